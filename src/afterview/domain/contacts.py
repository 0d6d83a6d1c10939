"""Logged contacts, both directions, as the planner reads them (rule ``document-attempts``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from afterview.domain.errors import InputError
from afterview.domain.limits import within_years

DIRECTIONS = ("outbound", "inbound")
CHANNELS = ("email", "call", "text", "in_person", "linkedin", "other")
PURPOSES = ("thank_you", "status", "final", "other")
OUTCOMES = (
    "sent", "no_answer", "voicemail", "spoke", "replied", "rude", "bounced",
    "next_round", "offer", "rejected",
)


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact: when, which way, by what channel, what for, and how it went."""

    at: datetime  # aware
    direction: str
    channel: str
    purpose: str | None = None
    outcome: str | None = None
    notes: str = ""
    person: int | None = None  # the id of the person the contact was with, when known

    def day(self, tz: ZoneInfo) -> date:
        """The contact's local calendar date in the candidate's time zone."""
        return self.at.astimezone(tz).date()


def _moment(value: Any, tz: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(12, 0))
    elif isinstance(value, str):
        text = value.strip()
        try:
            moment = (
                datetime.combine(date.fromisoformat(text), time(12, 0))
                if len(text) == 10
                else datetime.fromisoformat(text)
            )
        except ValueError as exc:
            raise InputError(
                f"contact time {value!r} is not a date or date and time like "
                "2026-03-17T10:00", field="at"
            ) from exc
    else:
        raise InputError("a contact needs its time (at)", field="at")
    within_years(moment.date(), "at")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment


def _pick(data: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str | None
          ) -> str | None:
    value = data.get(key, default)
    if value is None:
        return default
    if value not in allowed:
        raise InputError(f"contact {key} must be one of {', '.join(allowed)}; got {value!r}",
                         field=key)
    return str(value)


def contact_from(data: Contact | Mapping[str, Any], tz: ZoneInfo) -> Contact:
    """Validate one logged contact given as a mapping (or pass a Contact through)."""
    if isinstance(data, Contact):
        return data
    if not isinstance(data, Mapping):
        raise InputError("a contact must be a mapping of field names to values")
    direction = _pick(data, "direction", DIRECTIONS, "outbound")
    notes = data.get("notes") or ""
    person = data.get("person")
    if person is not None and (isinstance(person, bool) or not isinstance(person, int)):
        raise InputError(f"contact person must be a person's id; got {person!r}",
                         field="person")
    return Contact(
        at=_moment(data.get("at"), tz),
        direction=direction or "outbound",
        channel=_pick(data, "channel", CHANNELS, "email") or "email",
        purpose=_pick(data, "purpose", PURPOSES, None),
        outcome=_pick(data, "outcome", OUTCOMES, None),
        notes=str(notes),
        person=person,
    )
