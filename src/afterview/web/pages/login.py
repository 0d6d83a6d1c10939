"""Signing in when the server was started with a password (required off loopback)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.web import forms
from afterview.web.render import page, state_of
from afterview.web.security import password_ok

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return page(request, "login.html", {"error": None})


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the password; a session cookie then keeps the browser signed in."""
    values = await forms.read_form(request)
    expected = state_of(request).config.password
    if expected is None or password_ok(expected, values.get("password")):
        request.session["signed_in"] = True
        return RedirectResponse("/", status_code=303)
    return page(request, "login.html", {"error": "That password is not right."},
                status_code=401)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await forms.read_form(request)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
