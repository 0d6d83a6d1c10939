"""Rendering pages and partials with the context every template shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afterview.web.security import CSRF_FIELD, csrf_token

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import HTMLResponse

    from afterview.web.state import WebState

NAV = (("today", "/", "Today"), ("pipeline", "/pipeline", "Pipeline"),
       ("new", "/interviews/new", "New interview"), ("stats", "/stats", "Stats"),
       ("settings", "/settings", "Settings"))


def state_of(request: Request) -> WebState:
    """The app's state (store, templates, settings)."""
    found: WebState = request.app.state.av
    return found


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def page(request: Request, template: str, context: dict[str, Any] | None = None, *,
         status_code: int = 200, section: str = "") -> HTMLResponse:
    """A full page or a partial (templates starting with ``_``) as HTML."""
    from starlette.responses import HTMLResponse

    st = state_of(request)
    shared = {
        "request": request,
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token(request),
        "nav": NAV,
        "section": section,
        "profile": st.profile,
        "today": st.today(),
        "demo": st.config.demo,
        "password": st.config.password is not None,
    }
    html = st.render(template, {**shared, **(context or {})})
    return HTMLResponse(html, status_code=status_code)
