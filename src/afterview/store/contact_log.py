"""Correcting and removing logged contacts; the plan and the stage follow the log.

A contact's direction stays as it was logged (a reply is not turned into a contact the
candidate made): to change it, remove the contact and log it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.store import records as rec
from afterview.store import validate as check
from afterview.store import vocabulary as v
from afterview.store.planning import initial_stage, plan_for, store_plan
from afterview.store.tracker import _contact, _set_stage, load_for_update
from afterview.store.validate import NotFoundError, utc_now

if TYPE_CHECKING:
    from afterview.domain.planner import Plan
    from afterview.store import models
    from afterview.store.database import Store

CONTACT_FIELDS = ("at", "channel", "purpose", "outcome", "person", "notes")
_DECISIONS = ("next_round", "offer", "rejected")


def _contact_of(app: models.Application, contact_id: int) -> models.Contact:
    """The contact with this id on ``app`` (a contact of another application is unknown)."""
    if isinstance(contact_id, bool) or not isinstance(contact_id, int) or contact_id < 1:
        raise InputError(f"contact id must be a positive whole number; got {contact_id!r}",
                         field="contact")
    found = next((c for c in app.contacts if c.id == contact_id), None)
    if found is None:
        raise NotFoundError(f"application {app.id} has no contact {contact_id}",
                            field="contact")
    return found


def _follows_log(app: models.Application) -> bool:
    """Whether the stage came from the log (not from the user closing the application)."""
    if app.stage in v.PLANNED_STAGES:
        return True
    last = max(app.stage_history, key=lambda s: (s.at_utc, s.id or 0), default=None)
    return last is not None and last.reason.startswith(("reply: ", "contact: "))


def _stage_from_log(app: models.Application, plan: Plan | None, now: datetime) -> str:
    """The stage the contacts of the latest round lead to, read from the whole log."""
    if plan is None:
        return app.stage
    start = plan.scenario.start
    latest = max(app.rounds, key=lambda r: r.number)
    recent = [c for c in app.contacts if rec.from_utc(c.at_utc, c.utc_offset_min) >= start]
    decided = [c.outcome for c in recent if c.direction == "inbound" and c.outcome in _DECISIONS]
    if decided:
        return str(decided[-1])
    if any(c.direction == "inbound" for c in recent):
        return "awaiting"
    if plan.final is not None and plan.final.state == "done":
        return "final_sent"
    if plan.status.state == "done":
        return "followed_up"
    return initial_stage(latest.interview_at, app.timezone, now)


def _after_change(store: Store, app: models.Application, what: str, now: datetime,
                  today: date | None) -> dict[str, Any]:
    previous = app.stage
    if _follows_log(app):
        _set_stage(app, _stage_from_log(app, plan_for(app, policy=store.policy), now), what, now)
    app.updated_at = rec.utc_naive(now)
    store_plan(app, store.policy)
    live = plan_for(app, today=today, policy=store.policy)
    return {"application": app.id, "previous_stage": previous, "stage": app.stage,
            "plan": live.to_dict() if live else None}


def edit_contact(store: Store, app_id: int, contact_id: int, changes: Mapping[str, Any], *,
                 now: datetime | None = None, today: date | None = None) -> dict[str, Any]:
    """Correct a logged contact (time, channel, purpose, outcome, person, notes).

    Fields not in ``changes`` keep their value; the result is checked as a new contact
    would be (a time more than a few minutes ahead is refused). Returns the contact, the
    stage before and after, and the plan as of ``today``.
    """
    moment = now or utc_now()
    check.require_changes(changes, CONTACT_FIELDS, "contact")
    with store.write() as session:
        app = load_for_update(session, app_id)
        row = _contact_of(app, contact_id)
        current = {k: val for k, val in rec.contact_dict(row).items() if k != "id"}
        if "at" in changes and changes["at"] in (None, ""):
            raise InputError("a contact's time cannot be cleared; give the corrected time",
                             field="at")
        if "outcome" in changes and changes["outcome"] is not None:
            # the outcomes `log` and `reply` offer, by the contact's direction
            check.choice(changes["outcome"], "outcome", v.REPLY_OUTCOMES
                         if row.direction == "inbound" else v.LOG_OUTCOMES)
        cleaned = rec.clean_contact({**current, **changes}, app.timezone, now=moment,
                                    direction=row.direction)
        if cleaned["person"] is not None and cleaned["person"] not in {p.id for p in app.people}:
            raise InputError(f"application {app_id} has no person {cleaned['person']}",
                             field="person")
        fresh = _contact(cleaned)
        for name in ("at_utc", "utc_offset_min", "channel", "purpose", "outcome", "person_id",
                     "notes"):
            setattr(row, name, getattr(fresh, name))
        session.flush()
        result = _after_change(store, app, f"contact {contact_id} corrected", moment, today)
        session.flush()
        return {**result, "contact": rec.contact_dict(row)}


def remove_contact(store: Store, app_id: int, contact_id: int, *,
                   now: datetime | None = None, today: date | None = None) -> dict[str, Any]:
    """Remove a contact logged by mistake; the plan is made again without it.

    Returns ``removed`` (the contact as it was), the stage before and after, and the plan
    as of ``today``.
    """
    moment = now or utc_now()
    with store.write() as session:
        app = load_for_update(session, app_id)
        row = _contact_of(app, contact_id)
        removed = rec.contact_dict(row)
        app.contacts.remove(row)
        session.flush()
        result = _after_change(store, app, f"contact {contact_id} removed", moment, today)
        session.flush()
        return {**result, "removed": removed}
