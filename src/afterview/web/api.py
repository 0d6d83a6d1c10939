"""The JSON API under ``/api/``: the same services as the pages, described by OpenAPI."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from afterview.domain.limits import MAX_ID
from afterview.web import drafting
from afterview.web.api_models import (
    ApplicationIn,
    ApplicationPatch,
    CheckIn,
    CloseIn,
    ContactIn,
    ContactPatch,
    DraftKind,
    ErrorOut,
    PersonPatch,
    TimelineIn,
)
from afterview.web.render import state_of

ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorOut}, 404: {"model": ErrorOut}}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
AppId = Annotated[int, Path(ge=1, le=MAX_ID)]
PersonId = Annotated[int, Path(ge=1, le=MAX_ID)]
ContactId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _day(value: str | None, request: Request) -> date:
    """The ``date`` asked for (YYYY-MM-DD within the years Afterview keeps to), or today."""
    if value is None:
        return state_of(request).today()
    from afterview.domain.scenario import parse_date

    return parse_date(value, "date")


def _exists(request: Request, app_id: int) -> None:
    from afterview.store.web_queries import application_exists

    if not application_exists(state_of(request).config.database_url, app_id):
        raise HTTPException(404, f"there is no application {app_id}")


@router.get("/today")
def today(request: Request, day: Annotated[str | None, Query(
        alias="date", max_length=10, examples=["2026-03-12"],
        description="The day, YYYY-MM-DD (1990–2100) [default: today].")] = None
          ) -> dict[str, Any]:
    """Overdue, due today, this week, time to move on, and live applications to focus on."""
    from afterview.store.agenda import agenda

    return dict(agenda(state_of(request).config.database_url, _day(day, request)))


@router.get("/applications")
def applications(request: Request, q: Annotated[str, Query(max_length=100)] = "",
                 stage: Literal["", "interviewing", "awaiting", "followed_up", "final_sent",
                                "moved_on", "next_round", "offer", "rejected",
                                "withdrawn"] = "",
                 due: Literal["", "overdue", "due_today", "this_week", "move_on"] = "",
                 limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    """Applications matching a search of company and position, a stage, a due section."""
    from afterview.store.web_queries import search_applications

    st = state_of(request)
    return search_applications(st.config.database_url, today=st.today(), query=q,
                               stage=stage, due=due, limit=limit)


@router.post("/applications", status_code=201)
def create_application(request: Request, body: ApplicationIn) -> dict[str, Any]:
    """Record an application with its first round and people."""
    from afterview.store.tracker import add_application

    st = state_of(request)
    data = body.model_dump(exclude_none=True)
    data.setdefault("timezone", st.timezone)
    data.setdefault("country", st.profile.country)
    return add_application(st.store, data, now=st.config.clock())


@router.get("/applications/{app_id}")
def show(request: Request, app_id: AppId) -> dict[str, Any]:
    """The record and its plan as of today, each step with its reasons."""
    from afterview.store.tracker import show_application

    st = state_of(request)
    _exists(request, app_id)
    return show_application(st.store, app_id, today=st.today())


@router.patch("/applications/{app_id}")
def edit(request: Request, app_id: AppId, body: ApplicationPatch) -> dict[str, Any]:
    """Change fields of the application and of its latest round."""
    from afterview.store.tracker import edit_application

    st = state_of(request)
    _exists(request, app_id)
    return edit_application(st.store, app_id, body.model_dump(exclude_none=True),
                            now=st.config.clock())


@router.patch("/applications/{app_id}/people/{person_id}")
def edit_person(request: Request, app_id: AppId, person_id: PersonId, body: PersonPatch
                ) -> dict[str, Any]:
    """Correct one person of the application; the answer is the application's record."""
    from afterview.store.tracker import edit_person

    st = state_of(request)
    return edit_person(st.store, app_id, person_id, body.model_dump(exclude_unset=True),
                       now=st.config.clock())


@router.delete("/applications/{app_id}/people/{person_id}")
def remove_person(request: Request, app_id: AppId, person_id: PersonId) -> dict[str, Any]:
    """Remove one person; contacts logged with them stay, without the link to them.

    The answer holds the record (``application``), the person ``removed`` and the ids of
    the ``unlinked_contacts``."""
    from afterview.store.tracker import remove_person

    st = state_of(request)
    return remove_person(st.store, app_id, person_id, now=st.config.clock())


@router.post("/applications/{app_id}/contacts", status_code=201)
def log(request: Request, app_id: AppId, body: ContactIn) -> dict[str, Any]:
    """Log a contact in either direction; the answer holds the stage and the updated plan."""
    from afterview.store.tracker import log_contact

    st = state_of(request)
    _exists(request, app_id)
    data = body.model_dump(exclude_none=True)
    direction = data.pop("direction")
    return log_contact(st.store, app_id, data, direction=direction, now=st.config.clock(),
                       today=st.today())


@router.patch("/applications/{app_id}/contacts/{contact_id}")
def edit_contact(request: Request, app_id: AppId, contact_id: ContactId, body: ContactPatch
                 ) -> dict[str, Any]:
    """Correct a logged contact; the answer holds the contact, the stage and the plan."""
    from afterview.store.contact_log import edit_contact

    st = state_of(request)
    return edit_contact(st.store, app_id, contact_id, body.model_dump(exclude_unset=True),
                        now=st.config.clock(), today=st.today())


@router.delete("/applications/{app_id}/contacts/{contact_id}")
def remove_contact(request: Request, app_id: AppId, contact_id: ContactId) -> dict[str, Any]:
    """Remove a logged contact; the answer holds the contact ``removed``, the stage and the
    plan made again without it."""
    from afterview.store.contact_log import remove_contact

    st = state_of(request)
    return remove_contact(st.store, app_id, contact_id, now=st.config.clock(),
                          today=st.today())


@router.post("/applications/{app_id}/close")
def close(request: Request, app_id: AppId, body: CloseIn) -> dict[str, Any]:
    """Close an application: moved on, rejected, withdrawn, or an offer taken."""
    from afterview.store.tracker import close_application

    st = state_of(request)
    _exists(request, app_id)
    return close_application(st.store, app_id, body.reason, note=body.note,
                             now=st.config.clock())


@router.get("/applications/{app_id}/drafts/{kind}")
def draft(request: Request, app_id: AppId, kind: DraftKind,
          tone: Literal["", "formal", "neutral", "casual"] = "",
          interviewer: Annotated[str, Query(max_length=200)] = "") -> dict[str, Any]:
    """A generated draft of ``kind`` for the application, with its findings and, when the
    kind goes against the plan, a warning citing the rule."""
    from afterview.domain.drafts.choice import choice_for_application
    from afterview.store.records import draft_record
    from afterview.store.tracker import show_application

    st = state_of(request)
    _exists(request, app_id)
    shown = show_application(st.store, app_id, today=st.today())
    record = draft_record(shown["application"], st.profile.candidate())
    made = drafting.render(st, record, kind, tone=tone, interviewer=interviewer)
    warning = choice_for_application(shown["application"], shown["plan"]).warning(kind)
    return {"kind": made.kind, "tone": made.tone, "subject": made.subject, "body": made.body,
            "to": {"name": made.to.name, "email": made.to.email},
            "speaking_seconds": made.speaking_seconds,
            "findings": drafting.findings_for(st, kind, made.body, record),
            "warnings": [warning] if warning else []}


@router.post("/drafts/check")
def check(request: Request, body: CheckIn) -> dict[str, Any]:
    """Findings of the draft checker: rule id, severity, message, span, suggestion."""
    st = state_of(request)
    record = body.interview.model_dump(exclude_none=True) if body.interview else None
    from afterview.domain.checker import check_draft

    found = check_draft(body.text, kind=body.kind, interview=record, policy=st.policy)
    return {"findings": [f.to_dict() for f in found]}


@router.post("/timeline")
def timeline(body: TimelineIn) -> dict[str, Any]:
    """The deadline understood from the employer's words (or vague, or none)."""
    from afterview.domain.scenario import parse_date
    from afterview.web.preview import understand_timeline

    said_on = parse_date(body.said_on, "said_on")
    return understand_timeline(body.text, said_on=said_on, country=body.country.upper(),
                               subdivision=body.subdivision or None)


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    """Response rates and days to an answer by channel, format and company size."""
    from afterview.store.stats import statistics

    st = state_of(request)
    return statistics(st.store, now=st.config.clock())

