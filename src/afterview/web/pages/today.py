"""Today: overdue, due today, this week; log a step in one click; move on, and focus."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.web import forms
from afterview.web.render import is_htmx, page, state_of

router = APIRouter(include_in_schema=False)

OUTCOMES_BY_CHANNEL = {
    "email": ("sent", "bounced"),
    "call": ("spoke", "voicemail", "no_answer", "rude"),
    "text": ("sent",),
}
SECTION_TITLES = (("overdue", "Overdue"), ("due_today", "Due today"),
                  ("this_week", "Coming up this week"))


def _agenda_context(request: Request) -> dict[str, object]:
    from afterview.store.web_queries import today_view

    st = state_of(request)
    return {"agenda": today_view(st.config.database_url, st.today(),
                                 limit=st.config.today_limit),
            "section_titles": SECTION_TITLES, "outcomes": OUTCOMES_BY_CHANNEL}


@router.get("/", response_class=HTMLResponse)
def today_page(request: Request) -> HTMLResponse:
    """The day's work."""
    return page(request, "today.html", _agenda_context(request), section="today")


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
        context = _agenda_context(request)
        context["flash"] = "Logged. The plan has moved on."
        return page(request, "_agenda.html", context)
    return RedirectResponse("/", status_code=303)
