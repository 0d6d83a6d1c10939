"""The interview page: the record, the plan as a timeline with its reasons, the contact log."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.web import forms
from afterview.web.render import page, state_of

router = APIRouter(include_in_schema=False)

DRAFT_KINDS = ("thank_you_email", "status_email", "call_script", "voicemail", "text_message")


def interview_context(request: Request, app_id: int) -> dict[str, Any]:
    """The record and plan as of today, shaped for ``interview.html``."""
    from afterview.domain.drafts.choice import choice_for_application
    from afterview.store import vocabulary as v
    from afterview.store.tracker import show_application

    st = state_of(request)
    shown = show_application(st.store, app_id, today=st.today())
    record = shown["application"]
    choice = choice_for_application(record, shown["plan"])
    people = {p["id"]: p for p in record["people"]}
    return {
        "app": record,
        "plan": shown["plan"],
        "people": people,
        "latest_round": record["rounds"][-1] if record["rounds"] else None,
        "contacts": list(reversed(record["contacts"])),
        "draft_kinds": DRAFT_KINDS,
        "channels": v.CHANNELS,
        "purposes": v.PURPOSES,
        "default_purpose": choice.purpose,
        "log_outcomes": v.LOG_OUTCOMES,
        "reply_outcomes": v.REPLY_OUTCOMES,
        "close_reasons": v.CLOSE_REASONS,
        "roles": v.ROLES,
        "planned": record["stage"] in v.PLANNED_STAGES,
        "errors": {},
        "form": {},
        "person_form": {},
        "contact_form": {},
    }


@router.get("/interviews/{app_id}", response_class=HTMLResponse)
def interview_page(request: Request, app_id: int) -> HTMLResponse:
    """One application: record, plan timeline with reasons, contacts, actions."""
    context = interview_context(request, app_id)
    return page(request, "interview.html", context, section="pipeline")


@router.post("/interviews/{app_id}/contacts")
async def log_contact_form(request: Request, app_id: int) -> Response:
    """Log a contact the candidate made (``direction=outbound``) or a reply (``inbound``)."""
    from afterview.store.tracker import log_contact

    values = await forms.read_form(request)
    st = state_of(request)
    direction = "inbound" if forms.text(values, "direction") == "inbound" else "outbound"
    contact = {key: forms.text(values, key) or None
               for key in ("at", "channel", "purpose", "outcome", "person", "notes")}
    if direction == "inbound":
        contact.pop("purpose")
    try:
        log_contact(st.store, app_id, contact, direction=direction, now=st.config.clock(),
                    today=st.today())
    except InputError as exc:
        if exc.field == "id":
            raise
        context = interview_context(request, app_id)
        context["errors"] = {f"{direction}.{exc.field or 'form'}": exc.message}
        context["form"] = {"direction": direction, **values}
        return page(request, "interview.html", context, status_code=400, section="pipeline")
    return RedirectResponse(f"/interviews/{app_id}#contacts", status_code=303)


@router.post("/interviews/{app_id}/close")
async def close_form(request: Request, app_id: int) -> Response:
    """Close (archive) an application: moved on, rejected, withdrawn, or an offer taken."""
    from afterview.store.tracker import close_application

    values = await forms.read_form(request)
    st = state_of(request)
    close_application(st.store, app_id, forms.text(values, "reason") or "moved_on",
                      note=forms.text(values, "note") or None, now=st.config.clock())
    back = forms.text(values, "back")
    return RedirectResponse(back if back == "/" else f"/interviews/{app_id}", status_code=303)


def correction_refused(request: Request, app_id: int, row: str, row_id: int, *,
                       exc: InputError, values: Any) -> Response:
    """The interview page again with a refused correction of one of its rows (a person or a
    contact): the message beside the field, the form open with what was typed."""
    context = interview_context(request, app_id)
    context["errors"] = {f"{row}-{row_id}.{exc.field or 'form'}": exc.message}
    context[f"{row}_form"] = {"id": row_id, **values}
    return page(request, "interview.html", context, status_code=400, section="pipeline")
