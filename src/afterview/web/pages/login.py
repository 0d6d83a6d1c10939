"""Signing in when the server was started with a password (required off loopback)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.web import forms
from afterview.web.gate import client_address, wait_message
from afterview.web.render import page, state_of
from afterview.web.security import password_ok
from afterview.web.sessions import sign_in, sign_out

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return page(request, "login.html", {"error": None})


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the password (wrong ones are counted per address); sign in with a new session."""
    from afterview.store.web_auth import password_attempt

    values = await forms.read_form(request)
    st = state_of(request)
    expected = st.config.password
    if expected is None:
        return RedirectResponse("/", status_code=303)
    ok = password_ok(expected, values.get("password"))
    wait = await run_in_threadpool(password_attempt, st.store, client_address(request.scope),
                                   ok=ok, now=st.config.clock())
    if wait:
        refused = page(request, "login.html", {"error": wait_message(wait)},
                       status_code=429)
        refused.headers["retry-after"] = str(wait)
        return refused
    if ok:
        await run_in_threadpool(sign_in, request)
        return RedirectResponse("/", status_code=303)
    return page(request, "login.html", {"error": "That password is not right."},
                status_code=401)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await forms.read_form(request)
    await run_in_threadpool(sign_out, request)
    return RedirectResponse("/login", status_code=303)
