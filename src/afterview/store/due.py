"""Which step of a stored plan is due, for the agenda (standard library only: it runs on
every ``afterview today``)."""

from __future__ import annotations

from datetime import date
from typing import Any


def agenda_entry(row: dict[str, Any], today: date, *, later: bool = False
                 ) -> tuple[str, str, date] | None:
    """Where an application belongs in today's agenda, from its stored plan dates.

    Returns (section, step, date) with section one of overdue, due_today, this_week,
    move_on; or None when nothing is due within a week (with ``later``, section ``later``
    and the next step whatever its date, as lists show it). The thank-you stops being a
    step once the status follow-up's window opens.
    """
    status_on = row["status_earliest_on"]
    steps: list[tuple[str, date, date | None]] = []
    if row["thank_you_due_on"] and (status_on is None or today < status_on):
        steps.append(("thank_you", row["thank_you_due_on"], row["thank_you_due_on"]))
    if status_on:
        steps.append(("status", status_on, row["status_latest_on"]))
    if row["final_on"]:
        steps.append(("final", row["final_on"], None))
    if not steps and row["move_on_on"]:
        if row["move_on_on"] <= today:
            return "move_on", "move_on", row["move_on_on"]
        steps.append(("move_on", row["move_on_on"], None))
    if not steps:
        return None
    step, earliest, latest = steps[0]
    if step == "final" and row["move_on_on"] and row["move_on_on"] <= today:
        return "move_on", "move_on", row["move_on_on"]
    if latest is not None and latest < today:
        return "overdue", step, latest
    if earliest <= today:
        return "due_today", step, earliest
    if (earliest - today).days <= 7:
        return "this_week", step, earliest
    return ("later", step, earliest) if later else None
