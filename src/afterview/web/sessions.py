"""Who the browser is: a server-side session once signed in, a signed CSRF cookie before.

``request.session`` is a plain dict with ``csrf`` (the form token) and, for a signed-in
browser, ``signed_in``. Where it comes from:

- Signed in (a password is set): the cookie holds only a random session id; the
  ``web_sessions`` table holds its hash, when it was opened and last used, and the CSRF
  token. Signing out deletes the row, so a copied cookie stops working at once; so does
  an idle or too old session, and one opened with a password the server no longer uses.
- Not signed in (the login form, or a server without a password): the CSRF token sits in
  a cookie signed with the app's secret key. Nothing is written to the database for a
  visitor who has not signed in.

Signing in makes a new session id and a new CSRF token, so that a token or id seen
before signing in is worth nothing after.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import cookie_parser

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from afterview.web.state import WebState

SCOPE_KEY = "afterview.session"
_SESSIONLESS = ("/static/", "/calendar/")
"""Paths that never need to know who asks (no database look-up for them)."""


@dataclass
class _Cookies:
    """What the middleware learnt from the request and must tell the browser."""

    session_id: str | None = None
    """The session id the request came with, when it is live."""
    stale: bool = False
    """The request carried a session id that no longer opens anything."""
    visit_token: str | None = None
    new_session_id: str | None = None
    ended: bool = False


def _names(secure: bool) -> tuple[str, str]:
    # the __Host- prefix makes browsers refuse the cookie unless Secure, for this host only
    prefix = "__Host-" if secure else ""
    return f"{prefix}afterview_session", f"{prefix}afterview_visit"


def _sign(token: str, secret: str) -> str:
    mac = hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{token}.{mac}"


def _unsign(value: str | None, secret: str) -> str | None:
    if not value or "." not in value:
        return None
    token, _, mac = value.rpartition(".")
    expected = _sign(token, secret).rpartition(".")[2]
    return token if token and hmac.compare_digest(mac, expected) else None


def _cookie(name: str, value: str, *, max_age: int, secure: bool) -> str:
    jar: SimpleCookie = SimpleCookie()
    jar[name] = value
    morsel = jar[name]
    morsel["path"] = "/"
    morsel["max-age"] = max_age
    morsel["httponly"] = True
    morsel["samesite"] = "strict"
    if secure:
        morsel["secure"] = True
    return morsel.OutputString()


class Sessions:
    """Pure ASGI middleware that fills ``scope["session"]`` and sets the cookies."""

    def __init__(self, app: ASGIApp, state: WebState, password_key: str | None) -> None:
        self.app = app
        self.state = state
        self.password_key = password_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(_SESSIONLESS):
            scope["session"] = {}
            await self.app(scope, receive, send)
            return
        config = self.state.config
        session_name, visit_name = _names(config.secure_cookies)
        cookies: dict[str, str] = {}
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                cookies.update(cookie_parser(value.decode("latin-1")))
        found = _Cookies()
        session: dict[str, Any] = {}
        session_id = cookies.get(session_name)
        if session_id and self.password_key is not None and len(session_id) <= 100:
            from afterview.store.web_auth import find_session

            csrf = await run_in_threadpool(
                find_session, self.state.store, session_id, key=self.password_key,
                now=config.clock(), idle=config.session_idle,
                lifetime=config.session_lifetime)
            if csrf is None:
                found.stale = True
            else:
                found.session_id = session_id
                session = {"signed_in": True, "csrf": csrf}
        elif session_id:
            found.stale = True
        if not session:
            found.visit_token = _unsign(cookies.get(visit_name), config.secret_key)
            if found.visit_token:
                session = {"csrf": found.visit_token}
        scope["session"] = session
        scope[SCOPE_KEY] = found

        async def send_with_cookies(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for cookie in self._cookies(scope["session"], found):
                    headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_cookies)

    def _cookies(self, session: dict[str, Any], found: _Cookies) -> list[str]:
        config = self.state.config
        secure = config.secure_cookies
        session_name, visit_name = _names(secure)
        lifetime = int(config.session_lifetime.total_seconds())
        out: list[str] = []
        if found.new_session_id:
            out.append(_cookie(session_name, found.new_session_id, max_age=lifetime,
                               secure=secure))
            if found.visit_token:
                out.append(_cookie(visit_name, "", max_age=0, secure=secure))
            return out
        if found.ended or found.stale:
            out.append(_cookie(session_name, "", max_age=0, secure=secure))
        token = session.get("csrf")
        if not session.get("signed_in") and token and token != found.visit_token:
            out.append(_cookie(visit_name, _sign(str(token), config.secret_key),
                               max_age=lifetime, secure=secure))
        return out


def _found(request: Request) -> _Cookies:
    found = request.scope.get(SCOPE_KEY)
    assert isinstance(found, _Cookies), "the Sessions middleware is not installed"
    return found


def sign_in(request: Request) -> None:
    """Open a new session for this browser: a fresh id and a fresh CSRF token."""
    from afterview.store.web_auth import end_session, start_session

    st = request.app.state.av
    key = request.app.state.password_key
    found = _found(request)
    if found.session_id:  # signing in again: the old session ends
        end_session(st.store, found.session_id)
        found.session_id = None
    session_id = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    start_session(st.store, session_id, csrf=csrf, key=key, now=st.config.clock())
    found.new_session_id = session_id
    request.session.clear()
    request.session.update(signed_in=True, csrf=csrf)


def sign_out(request: Request) -> None:
    """End this browser's session; its cookie (and any copy of it) opens nothing after."""
    from afterview.store.web_auth import end_session

    found = _found(request)
    if found.session_id:
        end_session(request.app.state.av.store, found.session_id)
        found.session_id = None
    found.ended = True
    request.session.clear()
