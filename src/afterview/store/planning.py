"""From a stored application to ``plan_followups`` and back: scenario, plan dates, stage.

The plan is recomputed on every write and its pending dates are stored on the application,
so that ``today`` can find what is due with one indexed query instead of planning every
application again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterview.store import vocabulary as v
from afterview.store.due import agenda_entry
from afterview.store.records import from_utc

if TYPE_CHECKING:
    from afterview.domain.planner import Plan
    from afterview.domain.policy import Policy
    from afterview.store import models

__all__ = ["agenda_entry", "contacts_for", "initial_stage", "plan_for", "scenario_for",
           "stage_after", "store_plan"]

_PLAN_COLUMNS = ("plan_state", "thank_you_due_on", "status_earliest_on", "status_latest_on",
                 "status_channel", "final_on", "move_on_on", "next_due_on")


def scenario_for(app: models.Application, rnd: models.Round) -> dict[str, Any]:
    """The planner's scenario dict for one round of an application."""
    scenario: dict[str, Any] = {
        "id": app.id,
        "interview_at": rnd.interview_at.strftime("%Y-%m-%dT%H:%M"),
        "duration_min": rnd.duration_min,
        "timezone": app.timezone,
        "country": app.country,
        "invited_to_call": rnd.invited_to_call,
        "traditional_industry": app.traditional_industry,
        "scheduled_via": rnd.scheduled_via,
        "format": rnd.format,
        "tone": rnd.tone,
        "style": app.style,
        "process_length": app.process_length,
        "final_followup": app.final_followup,
    }
    if app.subdivision:
        scenario["subdivision"] = app.subdivision
    # each interviewer of this round is owed a thank-you of their own; the first listed leads
    scenario["interviewers"] = [
        {"id": p.id, "name": p.name} for p in app.people
        if p.role in v.INTERVIEWER_ROLES and p.round_number in (None, rnd.number)]
    if rnd.timeline:
        scenario["timeline"] = rnd.timeline  # read for a deadline, and for an invitation to call
    if rnd.deadline:
        scenario["deadline"] = rnd.deadline
    elif not rnd.timeline:
        scenario["deadline"] = "NONE"
    return scenario


def contacts_for(app: models.Application) -> list[dict[str, Any]]:
    """The logged contacts as the planner reads them."""
    return [{"at": from_utc(c.at_utc, c.utc_offset_min), "direction": c.direction,
             "channel": c.channel, "purpose": c.purpose, "outcome": c.outcome,
             "notes": c.notes, "person": c.person_id} for c in app.contacts]


def plan_for(app: models.Application, *, today: date | None = None,
             policy: Policy | None = None) -> Plan | None:
    """The plan of the latest round (None before any round is recorded)."""
    from afterview.domain.planner import plan_followups

    if not app.rounds:
        return None
    latest = max(app.rounds, key=lambda r: r.number)
    return plan_followups(scenario_for(app, latest), today=today, contacts=contacts_for(app),
                          policy=policy)


def store_plan(app: models.Application, policy: Policy | None = None) -> Plan | None:
    """Recompute the fresh plan, keep its pending dates on ``app`` and its due steps in
    ``app.due_steps`` (written with the caller's transaction)."""
    from afterview.store.steps import refresh_due_steps

    plan = _store_dates(app, policy)
    refresh_due_steps(app, plan if app.stage in v.PLANNED_STAGES else None)
    return plan


def _store_dates(app: models.Application, policy: Policy | None) -> Plan | None:
    for column in _PLAN_COLUMNS:
        setattr(app, column, None)
    app.last_interview_at = max((r.interview_at for r in app.rounds), default=None)
    if app.stage not in v.PLANNED_STAGES:
        return plan_for(app, policy=policy) if app.rounds else None
    plan = plan_for(app, policy=policy)
    if plan is None:
        return None
    app.plan_state = plan.state
    if plan.state != "waiting":
        return plan
    pending: list[date] = []
    if plan.thank_you.state == "pending":
        app.thank_you_due_on = plan.thank_you_due.date()
        pending.append(app.thank_you_due_on)
    if plan.status.state == "pending":
        app.status_earliest_on = plan.status.earliest
        app.status_latest_on = plan.status.latest or plan.status.earliest
        app.status_channel = plan.status.channel
        pending.append(plan.status.earliest)
    if plan.final is not None and plan.final.state == "pending":
        app.final_on = plan.final.earliest
        pending.append(plan.final.earliest)
    app.move_on_on = plan.move_on.earliest
    pending.append(plan.move_on.earliest)
    app.next_due_on = min(pending)
    return plan


def stage_after(app: models.Application, plan: Plan | None, contact: dict[str, Any],
                now: datetime) -> str:
    """The stage an application reaches after ``contact`` was logged.

    An employer's answer moves it on (next round, offer, rejection) and reopens an
    application the candidate had moved on from; outbound follow-ups mark it followed up.
    """
    stage = app.stage
    if contact["direction"] == "inbound":
        if contact["outcome"] in ("next_round", "offer", "rejected"):
            return str(contact["outcome"])
        if stage in (*v.PLANNED_STAGES, "moved_on"):
            return "awaiting"
        return stage
    if stage not in v.PLANNED_STAGES or plan is None:
        return stage
    if plan.final is not None and plan.final.state == "done":
        return "final_sent"
    if plan.status.state == "done":
        return "followed_up"
    return "awaiting" if plan.scenario.start <= now else "interviewing"


def initial_stage(interview_at: datetime, tz_name: str, now: datetime) -> str:
    """``interviewing`` before the interview starts, ``awaiting`` after."""
    from zoneinfo import ZoneInfo

    start = interview_at.replace(tzinfo=ZoneInfo(tz_name))
    return "interviewing" if start > now else "awaiting"
