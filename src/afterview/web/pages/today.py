"""Today: overdue, due today, this week; log a step in one click; move on, and focus."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.web import forms
from afterview.web.render import is_htmx, page, state_of
from afterview.web.security import CSRF_FIELD, csrf_token

if TYPE_CHECKING:
    from afterview.web.state import WebState

router = APIRouter(include_in_schema=False)

OUTCOMES_BY_CHANNEL = {
    "email": ("sent", "bounced"),
    "call": ("spoke", "voicemail", "no_answer", "rude"),
    "text": ("sent",),
}
SECTION_TITLES = (("overdue", "Overdue"), ("due_today", "Due today"),
                  ("this_week", "Coming up this week"))
_TOKEN_SLOT = "\x00csrf\x00"  # noqa: S105 - a placeholder, not a secret
"""Stands for the session's CSRF token in the cached agenda, replaced per request."""


def _compute(st: WebState, key: tuple[object, ...]) -> tuple[tuple[object, ...], str,
                                                           dict[str, str]]:
    from afterview.store.web_queries import today_view

    day = key[1]
    assert isinstance(day, date)
    agenda = today_view(st.config.database_url, day, limit=st.config.today_limit)
    html = st.render("_agenda.html", {
        "agenda": agenda, "section_titles": SECTION_TITLES, "outcomes": OUTCOMES_BY_CHANNEL,
        "csrf_field": CSRF_FIELD, "csrf_token": _TOKEN_SLOT})
    st.agenda_cache = (key, html, {})
    return st.agenda_cache


async def agenda_html(request: Request) -> Markup:
    """The agenda's sections as HTML, reused until the database changes or the day turns.

    Working out the agenda reads every application with a step due within a week; with
    thousands of them that takes far longer than rendering, so the result is kept, and a
    fresh one is worked out in a worker thread so that other requests keep flowing.
    """
    st = state_of(request)
    key = (st.data_version.current(), st.today(), st.config.today_limit)
    cached = st.agenda_cache
    if key[0] is None or cached is None or cached[0] != key:
        cached = await run_in_threadpool(_compute, st, key)
    token = csrf_token(request)
    per_session = cached[2]
    html = per_session.get(token)
    if html is None:
        html = cached[1].replace(_TOKEN_SLOT, token)
        if len(per_session) < 64:  # the few sessions of one person's browsers
            per_session[token] = html
    return Markup(html)  # noqa: S704 - rendered with autoescape; the token is URL-safe


@router.get("/", response_class=HTMLResponse)
async def today_page(request: Request) -> HTMLResponse:
    """The day's work (runs on the event loop: a cached agenda costs well under 1 ms)."""
    return page(request, "today.html", {"agenda_html": await agenda_html(request),
                                        "flash": None}, section="today")


@router.post("/steps/done")
async def step_done(request: Request) -> Response:
    """Log a planned step as done, with its channel and outcome, then show Today again."""
    from afterview.store.tracker import log_contact

    values = await forms.read_form(request)
    st = state_of(request)
    app_id = forms.whole(values, "application")
    step = forms.text(values, "step")
    if app_id is None or step not in ("thank_you", "status", "final"):
        return page(request, "_message.html", {"message": "Pick a step to log.",
                                               "level": "error"}, status_code=400)
    contact = {"channel": forms.text(values, "channel") or "email", "purpose": step,
               "outcome": forms.text(values, "outcome") or None,
               "notes": forms.text(values, "notes")}
    try:
        log_contact(st.store, app_id, contact, direction="outbound", now=st.config.clock(),
                    today=st.today())
    except InputError as exc:
        return page(request, "_message.html", {"message": exc.message, "level": "error"},
                    status_code=404 if exc.field == "id" else 400)
    if is_htmx(request):
        return page(request, "_agenda_wrap.html", {
            "agenda_html": await agenda_html(request), "flash": "Logged. The plan has moved on."})
    return RedirectResponse("/", status_code=303)
