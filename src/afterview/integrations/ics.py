"""A calendar (ICS) of the planned steps: one all-day event per step, with a reminder.

Calendar apps can import the file or subscribe to it. Event ids are stable per
application, round and step, so a re-export updates events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

PRODID = "-//Afterview//Follow-up plan//EN"
_TITLES = {
    "thank_you": "Thank-you email",
    "status": "Status follow-up",
    "final": "Final follow-up",
    "move_on": "Time to move on",
}
ALARM_AT = timedelta(hours=9)
"""Reminders fire at 09:00 on the step's first day (all-day events start at midnight)."""


def _description(application: Mapping[str, Any], step: Mapping[str, Any]) -> str:
    lines = [f"{application['position']} at {application['company']} "
             f"(afterview show {application['id']})"]
    if step.get("channel"):
        lines.append(f"Channel: {step['channel']}")
    if step.get("latest") and step["latest"] != step["earliest"]:
        from afterview.labels import day

        lines.append(f"Window: {day(step['earliest'])} to {day(step['latest'])}")
    lines.extend(f"Why ({r['rule']}): {r['explanation']}" for r in step.get("reasons", []))
    return "\n".join(lines)


def calendar(plans: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]], *,
             now: datetime) -> bytes:
    """The ICS file for ``(application summary, plan dict)`` pairs.

    Steps already done, cancelled or skipped get no event; a status follow-up spans its
    window (earliest to latest).
    """
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Afterview follow-ups")
    for application, plan in plans:
        for step in plan["steps"]:
            if step["state"] not in ("pending", "due", "overdue"):
                continue
            start = date.fromisoformat(step["earliest"])
            end = date.fromisoformat(step["latest"]) if step.get("latest") else start
            if step["step"] == "thank_you":
                start = end  # the day it is due
            title = _TITLES.get(step["step"], step["step"])
            person = step.get("person")
            if person:
                title += f" to {person['name']}"
            if step.get("channel") and step["step"] != "move_on":
                title += f" ({step['channel']})"
            # one thank-you per interviewer: each has its own event
            whom = f"-{person['id']}" if person and person.get("id") is not None else ""
            event = Event()
            event.add("uid", f"afterview-{application['id']}-{application.get('round', 1)}-"
                             f"{step['step']}{whom}@afterview")
            event.add("dtstamp", now)
            event.add("dtstart", start)
            event.add("dtend", max(end, start) + timedelta(days=1))
            event.add("summary", f"{title}: {application['company']}")
            event.add("description", _description(application, step))
            event.add("categories", ["Afterview"])
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{title}: {application['company']}")
            alarm.add("trigger", ALARM_AT)
            event.add_component(alarm)
            cal.add_component(event)
    return bytes(cal.to_ical())
