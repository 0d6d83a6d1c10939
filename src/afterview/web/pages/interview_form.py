"""New and edit interview: the form, its live preview (deadline understood, plan), saving."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.web import forms
from afterview.web.preview import preview
from afterview.web.render import page, state_of

router = APIRouter(include_in_schema=False)

APP_FIELDS = ("company", "position", "industry", "company_size", "style", "process_length",
              "country", "subdivision", "timezone", "notes")
ROUND_FIELDS = ("interview_at", "duration_min", "format", "tone", "scheduled_via",
                "timeline", "deadline")
FLAGS = ("traditional_industry", "final_followup", "invited_to_call")
PEOPLE_ROWS = 3


def _choices() -> dict[str, Any]:
    from afterview.store import vocabulary as v

    return {"formats": v.FORMATS, "tones": v.TONES, "scheduled_vias": v.SCHEDULED_VIA,
            "styles": v.STYLES, "process_lengths": v.PROCESS_LENGTHS,
            "company_sizes": v.COMPANY_SIZES, "roles": v.ROLES}


def _people(values: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The person rows that have a name, validated row by row so errors land beside them."""
    from afterview.store.records import clean_person

    people: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    for i in range(PEOPLE_ROWS + 1):
        row: dict[str, Any] = {k: forms.text(values, f"person-{i}-{k}")
                               for k in ("name", "title", "email", "phone", "role")}
        if not any(row.values()) or (not row["name"] and not any(
                row[k] for k in ("title", "email", "phone"))):
            continue
        row["role"] = row["role"] or ("recruiter" if i == PEOPLE_ROWS else "interviewer")
        row["primary"] = i == PEOPLE_ROWS
        try:
            clean_person(row, 1)
        except InputError as exc:
            errors[f"person-{i}-{exc.field}"] = exc.message
        people.append({k: val for k, val in row.items() if val not in ("", None)})
    return people, errors


def record_from_form(values: dict[str, Any]) -> dict[str, Any]:
    """The store's application record from the form's fields (people not included)."""
    record: dict[str, Any] = {k: forms.text(values, k) or None for k in APP_FIELDS}
    record.update({k: forms.text(values, k) or None for k in ROUND_FIELDS})
    for flag in FLAGS:
        record[flag] = forms.text(values, flag) in ("on", "true", "yes", "1")
    record["topics"] = [t.strip() for t in forms.text(values, "topics").splitlines()
                        if t.strip()]
    return record


def _form_context(request: Request, values: dict[str, Any], *, app_id: int | None = None,
                  errors: dict[str, str] | None = None, existing: list[Any] | None = None
                  ) -> dict[str, Any]:
    st = state_of(request)
    return {"values": values, "errors": errors or {}, "app_id": app_id,
            "existing_people": existing or [], "people_rows": PEOPLE_ROWS,
            "preview": preview(record_from_form(values), today=st.today(),
                               policy=st.policy) if values.get("interview_at") else None,
            **_choices()}


def _defaults(request: Request) -> dict[str, Any]:
    st = state_of(request)
    return {"country": st.profile.country, "subdivision": st.profile.subdivision,
            "timezone": st.timezone, "duration_min": "60", "final_followup": "on",
            "format": "one_on_one", "tone": "neutral", "scheduled_via": "email",
            "style": "balanced", "process_length": "normal"}


@router.get("/interviews/new", response_class=HTMLResponse)
def new_form(request: Request) -> HTMLResponse:
    """An empty interview form with the profile's calendar and time zone."""
    context = _form_context(request, _defaults(request))
    return page(request, "interview_form.html", context, section="new")


@router.post("/interviews/preview", response_class=HTMLResponse)
async def preview_form(request: Request) -> HTMLResponse:
    """The deadline understood from the employer's words and the plan it leads to."""
    values = await forms.read_form(request)
    st = state_of(request)
    shown = preview(record_from_form(values), today=st.today(), policy=st.policy)
    return page(request, "_preview.html", {"preview": shown})


def _store_record(record: dict[str, Any], people: list[dict[str, Any]]) -> dict[str, Any]:
    data = dict(record)
    data["notes"] = record.get("notes") or ""
    data["rounds"] = [{k: record.get(k) for k in (*ROUND_FIELDS, "invited_to_call", "topics")}]
    data["people"] = people
    return data


@router.post("/interviews")
async def create(request: Request) -> Response:
    """Save a new interview; on bad input show the form again with errors beside fields."""
    from afterview.store.tracker import add_application

    values = await forms.read_form(request)
    st = state_of(request)
    people, errors = _people(values)
    if not errors:
        try:
            saved = add_application(st.store, _store_record(record_from_form(values), people),
                                    now=st.config.clock())
        except InputError as exc:
            errors[exc.field or "form"] = exc.message
        else:
            return RedirectResponse(f"/interviews/{saved['id']}", status_code=303)
    return page(request, "interview_form.html", _form_context(request, values, errors=errors),
                status_code=400, section="new")


def _values_from_record(app: dict[str, Any]) -> dict[str, Any]:
    latest = app["rounds"][-1]
    values: dict[str, Any] = {k: app.get(k) or "" for k in APP_FIELDS}
    values.update({k: latest.get(k) or "" for k in ROUND_FIELDS})
    values["duration_min"] = str(latest["duration_min"])
    values["topics"] = "\n".join(latest["topics"])
    values["traditional_industry"] = "on" if app["traditional_industry"] else ""
    values["final_followup"] = "on" if app["final_followup"] else ""
    values["invited_to_call"] = "on" if latest["invited_to_call"] else ""
    return values


@router.get("/interviews/{app_id}/edit", response_class=HTMLResponse)
def edit_form(request: Request, app_id: int) -> HTMLResponse:
    """The form filled in from the record (the latest round)."""
    from afterview.store.tracker import get_application

    app = get_application(state_of(request).store, app_id)
    context = _form_context(request, _values_from_record(app), app_id=app_id,
                            existing=app["people"])
    return page(request, "interview_form.html", context, section="pipeline")


@router.post("/interviews/{app_id}")
async def update(request: Request, app_id: int) -> Response:
    """Save changes to the application and its latest round; new people are added."""
    from afterview.store.tracker import edit_application, get_application

    values = await forms.read_form(request)
    st = state_of(request)
    existing_app = get_application(st.store, app_id)
    existing = existing_app["people"]
    people, errors = _people(values)
    record = record_from_form(values)
    changes = {k: val for k, val in record.items()
               if val is not None or k not in ("timezone", "country", "interview_at")}
    # the store applies "notes" to the application and its round alike: send it only
    # when the application's notes were changed here
    old_notes = existing_app.get("notes") or ""
    if (record.get("notes") or "") == old_notes:
        changes.pop("notes", None)
    else:
        changes["notes"] = record.get("notes") or ""
    changes["people"] = people
    if not errors:
        try:
            edit_application(st.store, app_id, changes, now=st.config.clock())
        except InputError as exc:
            if exc.field == "id":
                raise
            errors[exc.field or "form"] = exc.message
        else:
            return RedirectResponse(f"/interviews/{app_id}", status_code=303)
    context = _form_context(request, values, app_id=app_id, errors=errors, existing=existing)
    return page(request, "interview_form.html", context, status_code=400, section="pipeline")

