"""Correcting and removing the people of an application from its interview page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.store.validate import NotFoundError
from afterview.web import forms
from afterview.web.pages.interview import correction_refused
from afterview.web.render import state_of

router = APIRouter(include_in_schema=False)

PERSON_FIELDS = ("name", "title", "email", "phone", "role", "round")


@router.post("/interviews/{app_id}/people/{person_id}")
async def edit_person_form(request: Request, app_id: int, person_id: int) -> Response:
    """Save a person's corrected details; on bad input show the page again with the
    person's form open and the message beside the field."""
    from afterview.store.tracker import edit_person

    values = await forms.read_form(request)
    st = state_of(request)
    changes: dict[str, object] = {key: forms.text(values, key) for key in PERSON_FIELDS}
    # an unticked checkbox is not sent at all: the form always says whether they are primary
    changes["primary"] = forms.text(values, "primary") in ("on", "true", "yes", "1")
    try:
        edit_person(st.store, app_id, person_id, changes, now=st.config.clock())
    except NotFoundError:
        raise
    except InputError as exc:
        return correction_refused(request, app_id, "person", person_id, exc=exc, values=values)
    return RedirectResponse(f"/interviews/{app_id}#person-{person_id}", status_code=303)


@router.post("/interviews/{app_id}/people/{person_id}/remove")
async def remove_person_form(request: Request, app_id: int, person_id: int) -> Response:
    """Remove a person (the page asks first); their contacts stay in the log."""
    from afterview.store.tracker import remove_person

    await forms.read_form(request)
    st = state_of(request)
    remove_person(st.store, app_id, person_id, now=st.config.clock())
    return RedirectResponse(f"/interviews/{app_id}#people", status_code=303)
