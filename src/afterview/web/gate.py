"""The password gate: with a password set, every page but the open ones needs signing in.

A browser signs in on ``/login`` (a server-side session, see ``web.sessions``); API
clients may send the password as HTTP Basic credentials (any user name) instead. Both
ways count wrong passwords per client address (``store.web_auth``): after a few, the
address must wait, longer each time, and is answered 429 with ``Retry-After`` whatever
it sends.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, RedirectResponse, Response

from afterview.web.security import needs_sign_in, password_ok

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from afterview.web.state import WebState


def client_address(scope: Scope) -> str:
    """The client's address (behind a trusted proxy, the one it forwarded)."""
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def wait_message(seconds: int) -> str:
    minutes = -(-seconds // 60)
    span = f"{seconds} seconds" if seconds < 120 else f"{minutes} minutes"
    return (f"Too many wrong passwords from your address: try again in {span}. "
            "See docs/remote.md.")


def too_many(seconds: int) -> Response:
    return JSONResponse({"detail": wait_message(seconds)}, status_code=429,
                        headers={"retry-after": str(seconds)})


class SignInGate:
    """Lets through signed-in sessions, right Basic credentials and the open paths."""

    def __init__(self, app: ASGIApp, state: WebState) -> None:
        self.app = app
        self.state = state
        self.password = state.config.password

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self.password is None or scope["type"] != "http"
                or not needs_sign_in(scope["path"])
                or scope.get("session", {}).get("signed_in")):
            await self.app(scope, receive, send)
            return
        given = _basic_password(scope)
        response: Response
        if given is not None:
            from afterview.store.web_auth import password_attempt

            ok = password_ok(self.password, given)
            wait = await run_in_threadpool(
                password_attempt, self.state.store, client_address(scope), ok=ok,
                now=self.state.config.clock())
            if wait:
                await too_many(wait)(scope, receive, send)
                return
            if ok:
                await self.app(scope, receive, send)
                return
        if scope["path"].startswith("/api/"):
            response = JSONResponse({"detail": "sign in first"}, status_code=401,
                                    headers={"www-authenticate": 'Basic realm="afterview"'})
        elif scope["method"] == "GET" and given is None:
            response = RedirectResponse("/login", status_code=303)
        else:
            response = JSONResponse({"detail": "sign in first"}, status_code=401)
        await response(scope, receive, send)


def _basic_password(scope: Scope) -> str | None:
    """The password of HTTP Basic credentials ('' when they cannot be read), else None."""
    for name, value in scope.get("headers", []):
        if name == b"authorization" and value[:6].lower() == b"basic ":
            try:
                decoded = base64.b64decode(value[6:], validate=True).decode()
            except ValueError:
                return ""
            return decoded.partition(":")[2]
    return None
