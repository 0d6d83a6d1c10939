"""Today: overdue, due today, coming up; log a step in one click; move on, and focus."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import TYPE_CHECKING, cast

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
                  ("coming_up", "Coming up"))
_TOKEN_SLOT = "\x00csrf\x00"  # noqa: S105 - a placeholder, not a secret
"""Stands for the session's CSRF token in the cached agenda, replaced per request."""


def _compute(st: WebState, key: tuple[int, Hashable]) -> tuple[str, dict[str, str]]:
    from afterview.store.web_queries import today_view

    day, limit = cast("tuple[date, int]", key[1])
    agenda = today_view(st.store, day, limit=limit)
    html = st.render("_agenda.html", {
        "agenda": agenda, "section_titles": SECTION_TITLES, "outcomes": OUTCOMES_BY_CHANNEL,
        "csrf_field": CSRF_FIELD, "csrf_token": _TOKEN_SLOT})
    return html, {}


async def change_version(st: WebState) -> int:
    """The store's change version (SQLite answers at once; PostgreSQL needs a query)."""
    if st.store.is_sqlite:
        return st.store.change_version()
    return await run_in_threadpool(st.store.change_version)


STALE_AFTER_S = 0.05
"""How long a page waits for a fresh agenda before it shows the previous one."""


async def agenda_html(request: Request, *, fresh: bool = False) -> Markup:
    """The agenda's sections as HTML, reused until the database changes or the day turns.

    The agenda is read from the stored due steps; it is worked out once per change in a
    thread of its own, so a burst of requests after a write costs one query. Requests
    arriving meanwhile wait for it up to ``STALE_AFTER_S``, then get the previous agenda;
    ``fresh`` (the answer to the user's own step) waits for the new one.
    """
    st = state_of(request)
    key = (await change_version(st), (st.today(), st.config.today_limit))
    cached = st.agenda_html.peek(key)
    if cached is None:
        cached = await run_in_threadpool(lambda: st.agenda_html.get(
            key, lambda k: _compute(st, k), stale_after=None if fresh else STALE_AFTER_S))
    token = csrf_token(request)
    per_session = cached[1]
    html = per_session.get(token)
    if html is None:
        html = cached[0].replace(_TOKEN_SLOT, token)
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
    contact: dict[str, str | int | None] = {
        "channel": forms.text(values, "channel") or "email", "purpose": step,
        "outcome": forms.text(values, "outcome") or None, "notes": forms.text(values, "notes")}
    person = forms.whole(values, "person")
    if person is not None:
        contact["person"] = person  # a thank-you to one interviewer of a panel
    try:
        log_contact(st.store, app_id, contact, direction="outbound", now=st.config.clock(),
                    today=st.today())
    except InputError as exc:
        return page(request, "_message.html", {"message": exc.message, "level": "error"},
                    status_code=404 if exc.field == "id" else 400)
    if is_htmx(request):
        return page(request, "_agenda_wrap.html", {
            "agenda_html": await agenda_html(request, fresh=True),
            "flash": "Logged. The plan has moved on."})
    return RedirectResponse("/", status_code=303)
