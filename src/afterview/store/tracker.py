"""The tracker's services: the operations the command line and the web interface call.

Each write validates its input first, then runs in one short transaction that also
recomputes the application's plan dates and records any change of stage.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.domain.limits import record_id
from afterview.store import records as rec
from afterview.store import validate as check
from afterview.store import vocabulary as v
from afterview.store.planning import initial_stage, plan_for, stage_after, store_plan
from afterview.store.validate import NotFoundError, require_mapping, utc_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterview.domain.policy import Policy
    from afterview.store import models
    from afterview.store.database import Store


def load(session: Session, app_id: int, *, for_update: bool = False) -> models.Application:
    """The application with this id and its history, or a clear error.

    A write that derives anything from what it read uses ``load_for_update`` instead.
    """
    from sqlalchemy.orm import selectinload

    from afterview.store.models import Application

    app = session.get(Application, record_id(app_id), with_for_update=for_update or None,
                      options=[selectinload(Application.rounds),
                               selectinload(Application.people),
                               selectinload(Application.contacts),
                               selectinload(Application.stage_history),
                               selectinload(Application.due_steps)])
    if app is None:
        raise NotFoundError(f"there is no application {app_id}", field="id")
    return app


def load_for_update(session: Session, app_id: int) -> models.Application:
    """``load``, with the application's row locked until the write transaction ends.

    Every read-modify-write of an application loads it here: on PostgreSQL (READ
    COMMITTED) a second writer then waits at its own load and reads what the first one
    committed, instead of deriving the stage from a stale row (a rejection logged beside
    a follow-up stayed "followed_up"). SQLite ignores ``FOR UPDATE``; there ``Store.write``
    takes the database's write lock with ``BEGIN IMMEDIATE`` before anything is read.
    """
    return load(session, app_id, for_update=True)


def _rounds_of(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    rounds = data.get("rounds")
    if rounds is None:
        return [data] if data.get("interview_at") else []
    if not isinstance(rounds, list) or not all(isinstance(r, Mapping) for r in rounds):
        raise InputError("rounds must be a list of interviews", field="rounds")
    return rounds


def build_application(data: Mapping[str, Any], now: datetime,
                      policy: Policy | None = None) -> models.Application:
    """A new application (not yet added to a session) from a validated record.

    ``data`` may carry ``contacts``, ``stage`` and ``stage_history`` (an import); a new
    record starts in ``interviewing`` or ``awaiting`` depending on the interview's time.
    """
    from afterview.store import models

    require_mapping(data, "an application")
    fields = rec.clean_application(data)
    rounds_in = _rounds_of(data)
    if not rounds_in:
        raise InputError("interview_at is required, e.g. 2026-03-10T14:00", field="interview_at")
    rounds = [rec.clean_round(r, fields["timezone"], i + 1) for i, r in enumerate(rounds_in)]
    people_in = data.get("people") or []
    if not isinstance(people_in, list):
        raise InputError("people must be a list", field="people")
    at = rec.utc_naive(now)
    app = models.Application(**fields, created_at=at, updated_at=at, stage="awaiting")
    for r in rounds:
        app.rounds.append(models.Round(**{**r, "interview_at": datetime.fromisoformat(
            r["interview_at"])}))
    by_old_id: dict[int, models.Person] = {}
    for p in people_in:
        person = _person(rec.clean_person(p, len(rounds)))
        app.people.append(person)
        if isinstance(p.get("id"), int):
            by_old_id[p["id"]] = person
    for c in data.get("contacts") or []:
        contact = rec.clean_contact(c, fields["timezone"], now=now)
        row = _contact(contact)
        if contact["person"] is not None:
            if contact["person"] not in by_old_id:
                raise InputError(f"contact names person {contact['person']}, who is not "
                                 "among the application's people", field="person")
            row.person_id = None
            row.person = by_old_id[contact["person"]]
        app.contacts.append(row)
    latest = rounds[-1]
    start_stage = initial_stage(datetime.fromisoformat(latest["interview_at"]),
                                fields["timezone"], now)
    history = data.get("stage_history") or []
    for entry in history:
        require_mapping(entry, "a stage history entry")
        app.stage_history.append(models.StageChange(
            stage=check.choice(entry.get("stage"), "stage", v.STAGES),
            at_utc=rec.utc_naive(check.moment(entry.get("at"), "UTC", now=now)),
            reason=check.notes(entry.get("reason"), "reason")))
    app.stage = check.choice(data.get("stage"), "stage", v.STAGES, start_stage) or start_stage
    if not history:
        app.stage_history.append(models.StageChange(stage=app.stage, at_utc=at, reason="added"))
    store_plan(app, policy)
    return app


def _person(p: dict[str, Any]) -> models.Person:
    from afterview.store.models import Person

    return Person(name=p["name"], title=p["title"], email=p["email"], phone=p["phone"],
                  role=p["role"], is_primary=p["primary"], round_number=p["round"])


def _contact(c: dict[str, Any]) -> models.Contact:
    from afterview.store.models import Contact

    return Contact(at_utc=rec.utc_naive(c["at"]), utc_offset_min=rec.offset_minutes(c["at"]),
                   direction=c["direction"], channel=c["channel"], purpose=c["purpose"],
                   outcome=c["outcome"], person_id=c["person"], notes=c["notes"])


def add_application(store: Store, data: Mapping[str, Any], *, now: datetime | None = None
                    ) -> dict[str, Any]:
    """Record a new application with its first round (or several) and its people."""
    moment = now or utc_now()
    app = build_application(data, moment, store.policy)
    with store.write() as session:
        session.add(app)
        session.flush()
        return rec.application_dict(app)


def _set_stage(app: models.Application, stage: str, reason: str, now: datetime) -> None:
    from afterview.store.models import StageChange

    if stage != app.stage:
        app.stage = stage
        app.stage_history.append(StageChange(stage=stage, at_utc=rec.utc_naive(now),
                                             reason=reason))


def edit_application(store: Store, app_id: int, changes: Mapping[str, Any], *,
                     round_number: int | None = None, now: datetime | None = None
                     ) -> dict[str, Any]:
    """Change fields of an application, of one of its rounds (default: the latest), and add
    people (``changes["people"]``)."""
    moment = now or utc_now()
    require_mapping(changes, "changes")
    unknown = set(changes) - set(rec.APPLICATION_FIELDS) - set(rec.ROUND_FIELDS) - {"people"}
    if unknown:
        raise InputError(f"cannot edit {', '.join(sorted(unknown))}", field=sorted(unknown)[0])
    with store.write() as session:
        app = load_for_update(session, app_id)
        base = {name: getattr(app, name) for name in rec.APPLICATION_FIELDS}
        for name, value in rec.clean_application(changes, base=base).items():
            setattr(app, name, value)
        round_changes = {k: changes[k] for k in rec.ROUND_FIELDS if k in changes}
        if round_changes or "timezone" in changes:
            number = round_number or max(r.number for r in app.rounds)
            target = next((r for r in app.rounds if r.number == number), None)
            if target is None:
                raise InputError(f"application {app_id} has no round {number}", field="round")
            merged = {**rec.round_dict(target), **round_changes}
            for name, value in rec.clean_round(merged, app.timezone, number).items():
                setattr(target, name, datetime.fromisoformat(value)
                        if name == "interview_at" else value)
        for p in changes.get("people") or []:
            app.people.append(_person(rec.clean_person(p, len(app.rounds))))
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        session.flush()
        return rec.application_dict(app)


def _person_of(app: models.Application, person_id: int) -> models.Person:
    """The person with this id on ``app`` (a person of another application is unknown here)."""
    record_id(person_id, "person", "person")
    found = next((p for p in app.people if p.id == person_id), None)
    if found is None:
        raise NotFoundError(f"application {app.id} has no person {person_id}", field="person")
    return found


def edit_person(store: Store, app_id: int, person_id: int, changes: Mapping[str, Any], *,
                now: datetime | None = None) -> dict[str, Any]:
    """Correct one person of an application (name, title, email, phone, role, primary,
    round) and return the application's record.

    Fields not in ``changes`` keep their value; ``None`` or ``""`` clears a field (the
    name cannot be cleared; a cleared role becomes ``interviewer``, as when adding). The
    result is checked exactly as a person being added. Making someone the primary contact
    makes them the only one, because drafts address a single primary contact.
    """
    moment = now or utc_now()
    check.require_changes(changes, rec.PERSON_FIELDS, "person")
    with store.write() as session:
        app = load_for_update(session, app_id)
        person = _person_of(app, person_id)
        current = {k: v for k, v in rec.person_dict(person).items() if k != "id"}
        cleaned = rec.clean_person({**current, **changes}, len(app.rounds))
        if cleaned["primary"] and not person.is_primary:
            for other in app.people:
                other.is_primary = False
        person.name, person.title = cleaned["name"], cleaned["title"]
        person.email, person.phone = cleaned["email"], cleaned["phone"]
        person.role, person.is_primary = cleaned["role"], cleaned["primary"]
        person.round_number = cleaned["round"]
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        session.flush()
        return rec.application_dict(app)


def remove_person(store: Store, app_id: int, person_id: int, *,
                  now: datetime | None = None) -> dict[str, Any]:
    """Remove one person from an application.

    Contacts logged with that person stay in the log, whole: only their link to the
    person is dropped (``person`` becomes null), as the schema's ``ON DELETE SET NULL``
    would do. The link only says whom a contact was with; the plan counts contacts by
    direction, channel, purpose and outcome, so no follow-up is lost or repeated. The
    notes are the user's words and are left as they were.

    Returns ``application`` (the record after the removal), ``removed`` (the person as
    they were) and ``unlinked_contacts`` (ids of the contacts that named them).
    """
    moment = now or utc_now()
    with store.write() as session:
        app = load_for_update(session, app_id)
        person = _person_of(app, person_id)
        removed = rec.person_dict(person)
        unlinked = []
        for contact in app.contacts:
            if contact.person_id == person.id:
                contact.person_id = None
                unlinked.append(contact.id)
        # contacts first, so the link is gone before the person on either backend
        session.flush()
        app.people.remove(person)
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        session.flush()
        return {"application": rec.application_dict(app), "removed": removed,
                "unlinked_contacts": sorted(unlinked)}


def add_round(store: Store, app_id: int, data: Mapping[str, Any], *,
              now: datetime | None = None) -> dict[str, Any]:
    """Record the next interview round; the plan then follows that round."""
    from afterview.store.models import Round

    moment = now or utc_now()
    require_mapping(data, "a round")
    with store.write() as session:
        app = load_for_update(session, app_id)
        number = max((r.number for r in app.rounds), default=0) + 1
        r = rec.clean_round(data, app.timezone, number)
        app.rounds.append(Round(**{**r, "interview_at": datetime.fromisoformat(
            r["interview_at"])}))
        for p in data.get("people") or []:
            app.people.append(_person(rec.clean_person({**p, "round": number}, number)))
        stage = initial_stage(datetime.fromisoformat(r["interview_at"]), app.timezone, moment)
        _set_stage(app, stage, f"round {number}", moment)
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        session.flush()
        return rec.application_dict(app)


def log_contact(store: Store, app_id: int, data: Mapping[str, Any], *,
                direction: str | None = None, now: datetime | None = None,
                today: date | None = None) -> dict[str, Any]:
    """Log one contact (``direction`` outbound: `log`; inbound: `reply`) and update the stage.

    Returns the contact, the stage before and after, and the plan as of ``today`` with the
    planner's warnings (e.g. a second call breaks ``follow-up-limit``).
    """
    moment = now or utc_now()
    with store.write() as session:
        app = load_for_update(session, app_id)
        contact = rec.clean_contact(data, app.timezone, now=moment, direction=direction)
        if contact["person"] is not None and contact["person"] not in {p.id for p in app.people}:
            raise InputError(f"application {app_id} has no person {contact['person']}",
                             field="person")
        row = _contact(contact)
        app.contacts.append(row)
        previous = app.stage
        plan = plan_for(app, policy=store.policy)
        what = "reply" if contact["direction"] == "inbound" else "contact"
        _set_stage(app, stage_after(app, plan, contact, moment),
                   f"{what}: {contact['outcome'] or contact['channel']}", moment)
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        session.flush()
        live = plan_for(app, today=today, policy=store.policy)
        return {"application": app.id, "contact": rec.contact_dict(row), "previous_stage": previous,
                "stage": app.stage, "plan": live.to_dict() if live else None}


def close_application(store: Store, app_id: int, reason: str, *, note: str | None = None,
                      now: datetime | None = None) -> dict[str, Any]:
    """Close an application: moved on, rejected, withdrawn, or an offer taken."""
    moment = now or utc_now()
    stage = check.choice(reason, "reason", v.CLOSE_REASONS) or "moved_on"
    with store.write() as session:
        app = load_for_update(session, app_id)
        previous = app.stage
        _set_stage(app, stage, check.notes(note, "note") or "closed", moment)
        app.updated_at = rec.utc_naive(moment)
        store_plan(app, store.policy)
        return {"application": app.id, "previous_stage": previous, "stage": app.stage}


def get_application(store: Store, app_id: int) -> dict[str, Any]:
    """The whole record of one application."""
    from afterview.store.reading import read_application

    record: dict[str, Any] = read_application(store, app_id, with_plan=False)["application"]
    return record


def show_application(source: str | Store, app_id: int, *, today: date | None = None,
                     policy: Policy | None = None) -> dict[str, Any]:
    """The record with its plan as of ``today`` (reasons included).

    ``source`` is an open store, or a database URL read with ``policy`` (the fast path of
    the command line: plain SQL, no ORM).
    """
    from afterview.store.reading import read_application

    return read_application(source, app_id, today=today, policy=policy)


def live_plans(store: Store, *, today: date) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(summary, plan as of ``today``) for every application that still has follow-ups."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterview.store.models import Application

    with store.read() as session:
        query = select(Application).where(Application.stage.in_(v.PLANNED_STAGES)).order_by(
            Application.id).options(selectinload(Application.rounds),
                                    selectinload(Application.contacts))
        result = []
        for app in session.scalars(query):
            plan = plan_for(app, today=today, policy=store.policy)
            if plan is not None:
                summary = {**rec.summary_dict(app), "round": max(r.number for r in app.rounds)}
                result.append((summary, plan.to_dict()))
        return result
