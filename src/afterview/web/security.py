"""Headers every answer carries, CSRF tokens for forms, and the password comparison."""

from __future__ import annotations

import hmac
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
       "object-src 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    # same-origin rather than no-referrer: with no-referrer a browser sends "Origin: null"
    # on our own forms, and the Origin check (web.guards) could not tell them from a
    # foreign page's; other sites still get no referrer at all
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
OPEN_PATHS = ("/login", "/static/", "/calendar/")
"""Reachable without signing in: the login form, static files, the secret calendar feed."""


class SecurityHeaders:
    """Pure ASGI middleware: adds CSP and friends to every HTTP answer (cheap per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # the server's own error page is sent outside this middleware: send the 500
            # here, with the headers, and let the error go on to be logged
            if not started:
                await send_with_headers({"type": "http.response.start", "status": 500,
                                         "headers": [(b"content-type", b"text/plain")]})
                await send({"type": "http.response.body", "body": b"Internal Server Error"})
            raise


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def csrf_ok(request: Request, submitted: str | None) -> bool:
    """Whether a form or htmx request carries the token of its session."""
    expected = request.session.get("csrf")
    given = submitted or request.headers.get(CSRF_HEADER)
    return bool(expected and given and hmac.compare_digest(str(expected), given))


def password_ok(expected: str, given: object) -> bool:
    """Compare a submitted password in constant time."""
    return isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode())


def signed_in(request: Request) -> bool:
    return bool(request.session.get("signed_in"))


def needs_sign_in(path: str) -> bool:
    return not (path == "/login" or path.startswith(OPEN_PATHS))
