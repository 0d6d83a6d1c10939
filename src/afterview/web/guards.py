"""Checks every request passes before the app reads it: its Host, its Origin, its size.

- **Host**: only the names the server was started for (``--host-name`` and this
  computer's own names), which stops a foreign web page from reaching the server through
  DNS rebinding.
- **Origin**: a request that changes something (POST, PUT, PATCH, DELETE) and says it
  comes from a page (``Origin``, else ``Referer``) must come from one of ours.
  Programs that send neither (scripts using the API) are let through: they are not a
  browser another site could steer.
- **Size**: a body larger than ``max_bytes`` is refused with 413, from its declared
  ``Content-Length`` before reading anything, or while it streams in, before it is held
  in memory whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response

from afterview.web.security import UNSAFE_METHODS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _refuse(scope: Scope, status: int, message: str) -> Response:
    if str(scope.get("path", "")).startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    return PlainTextResponse(message + "\n", status_code=status)


def split_host(value: str) -> tuple[str, str]:
    """(name, port) of a Host header or URL authority; IPv6 without its brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        name, _, rest = value[1:].partition("]")
        return name, rest[1:] if rest.startswith(":") else ""
    name, _, port = value.partition(":")
    return name.rstrip("."), port


class HostCheck:
    """Answers 400 to a request whose Host header names another server."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = {split_host(name)[0] for name in allowed}
        self.any = "*" in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self.any:
            name = split_host(Headers(scope=scope).get("host", ""))[0]
            if name not in self.allowed:
                await _refuse(scope, 400, "unknown host name")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _origin(url: str) -> tuple[str, str, str] | None:
    """(scheme, name, port) of a URL's origin with the default port filled in."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.netloc:
        return None
    name, port = split_host(parts.netloc.rpartition("@")[2])
    return parts.scheme, name, port or _DEFAULT_PORTS[parts.scheme]


def request_origin(scope: Scope, headers: Headers) -> tuple[str, str, str]:
    """The origin this request was sent to: its scheme (after a trusted proxy) and Host."""
    scheme = str(scope.get("scheme", "http"))
    name, port = split_host(headers.get("host", ""))
    return scheme, name, port or _DEFAULT_PORTS.get(scheme, "")


class OriginCheck:
    """Answers 403 to an unsafe request sent by a page of another site."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS:
            headers = Headers(scope=scope)
            claimed = headers.get("origin") or headers.get("referer")
            if claimed is not None and _origin(claimed) != request_origin(scope, headers):
                await _refuse(scope, 403, "this request came from another site")(
                    scope, receive, send)
                return
        await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    """Raised while reading a body past the limit; the app's handlers answer 413."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"the request is larger than {max_bytes // 1024 // 1024} MB "
                              f"({max_bytes} bytes), the most this server accepts")


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, without holding them whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(scope, receive, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watching_send)
        except BodyTooLarge:
            if started:
                raise
            await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = str(BodyTooLarge(self.max_bytes).detail)
        await _refuse(scope, 413, message)(scope, receive, send)
