"""Correcting and removing logged contacts from the interview page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.store.validate import NotFoundError
from afterview.web import forms
from afterview.web.pages.interview import correction_refused
from afterview.web.render import state_of

router = APIRouter(include_in_schema=False)

CONTACT_FIELDS = ("at", "channel", "purpose", "outcome", "person", "notes")


@router.post("/interviews/{app_id}/contacts/{contact_id}")
async def edit_contact_form(request: Request, app_id: int, contact_id: int) -> Response:
    """Save a corrected contact; on bad input show the page again with that contact's form
    open and the message beside the field."""
    from afterview.store.contact_log import edit_contact

    values = await forms.read_form(request)
    st = state_of(request)
    changes: dict[str, object] = {key: forms.text(values, key) or None
                                  for key in CONTACT_FIELDS if key in values}
    changes["notes"] = forms.text(values, "notes") or ""
    if not changes.get("at"):
        changes.pop("at", None)  # an emptied time keeps the logged one, never "now"
    try:
        edit_contact(st.store, app_id, contact_id, changes, now=st.config.clock(),
                     today=st.today())
    except NotFoundError:
        raise
    except InputError as exc:
        return correction_refused(request, app_id, "contact", contact_id, exc=exc, values=values)
    return RedirectResponse(f"/interviews/{app_id}#contact-{contact_id}", status_code=303)


@router.post("/interviews/{app_id}/contacts/{contact_id}/remove")
async def remove_contact_form(request: Request, app_id: int, contact_id: int) -> Response:
    """Remove a contact (the page asks first); the plan is made again without it."""
    from afterview.store.contact_log import remove_contact

    await forms.read_form(request)
    st = state_of(request)
    remove_contact(st.store, app_id, contact_id, now=st.config.clock(), today=st.today())
    return RedirectResponse(f"/interviews/{app_id}#contacts", status_code=303)
