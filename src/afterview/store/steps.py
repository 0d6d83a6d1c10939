"""The due steps of a plan as stored rows: what Today reads instead of planning again.

Each application in a planned stage keeps one ``due_steps`` row per step it may act on:
the thank-you until the status window opens, the status follow-up, and once that went out
the final follow-up and the move-on date. A step that waits for an earlier one still
pending (the final follow-up before the status follow-up was sent) has no row: its date
moves with the earlier step, and Today shows it only once it is next. The rows hold the
fresh plan's window; the agenda's query reads them against the requested day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterview.domain.planner import Plan
    from afterview.store import models

STEP_KINDS = ("thank_you", "status", "final", "move_on")


def due_steps_of(plan: Plan | None, people: Mapping[str, Any] | None = None
                 ) -> list[dict[str, Any]]:
    """The rows for a fresh plan (``today=None``), as plain dicts, in plan order.

    ``people`` maps an interviewer's name to the stored person a thank-you row points at.

    ``expires_on`` is the first day a step is no longer offered: the thank-you once the
    status window opens, the final follow-up once it is time to move on.
    """
    if plan is None or plan.state != "waiting":
        return []
    rows: list[dict[str, Any]] = []
    status = plan.status
    if plan.thank_you.state == "pending":
        # one row per interviewer still to thank (one message each), or one for the round
        # when no names are recorded
        people = people or {}
        named = [s for s in plan.thank_yous if s.state == "pending" and s.person is not None]
        for step in named or [plan.thank_you]:
            rows.append(_row("thank_you", step.earliest, plan.thank_you_due.date(),
                             status.earliest, step.channel,
                             person=people.get(step.person.name) if step.person else None))
    if status.state == "pending":
        rows.append(_row("status", status.earliest, status.latest or status.earliest, None,
                         status.channel))
        return rows
    if plan.final is not None and plan.final.state == "pending":
        # offered until it is time to move on: that is the end of its window
        rows.append(_row("final", plan.final.earliest, plan.move_on.earliest,
                         plan.move_on.earliest, "email"))
    rows.append(_row("move_on", plan.move_on.earliest, None, None, None))
    return rows


def _row(step: str, earliest: date, latest: date | None, expires: date | None,
         channel: str | None, *, person: Any = None) -> dict[str, Any]:
    return {"step": step, "person": person, "earliest_on": earliest, "latest_on": latest,
            "expires_on": expires, "channel": channel, "state": "pending"}


def refresh_due_steps(app: models.Application, plan: Plan | None) -> None:
    """Replace ``app``'s stored steps with those of ``plan`` (in the caller's transaction).

    Rows that did not change are kept as they are, so a write that leaves the plan alone
    writes nothing here.
    """
    from afterview.store.models import DueStep

    wanted = due_steps_of(plan, {p.name: p for p in app.people})
    current = [_as_dict(s) for s in app.due_steps]
    if current == wanted:
        return
    app.due_steps = [DueStep(**row) for row in wanted]


def _as_dict(step: models.DueStep) -> dict[str, Any]:
    return {"step": step.step, "person": step.person, "earliest_on": step.earliest_on,
            "latest_on": step.latest_on, "expires_on": step.expires_on,
            "channel": step.channel, "state": step.state}
