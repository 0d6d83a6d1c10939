"""Clean input records and the plain dicts the store gives back (for the CLI, web and export).

The dict a record is written from and the dict it reads back as are the same shape; the
round-trip tests hold them equal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.domain.limits import MAX_ID
from afterview.store import validate as check
from afterview.store import vocabulary as v

if TYPE_CHECKING:
    from afterview.store import models

APPLICATION_FIELDS = (
    "company", "position", "country", "subdivision", "timezone", "industry",
    "traditional_industry", "company_size", "style", "process_length", "final_followup",
    "notes",
)
ROUND_FIELDS = (
    "interview_at", "duration_min", "format", "tone", "scheduled_via", "invited_to_call",
    "timeline", "deadline", "topics", "notes",
)
PERSON_FIELDS = ("name", "title", "email", "phone", "role", "primary", "round")
_PHONE_LIKE = re.compile(r"^\+?[\d][\d ().\-/]{4,}")


def person_from_spec(spec: str, role: str, *, primary: bool = False) -> dict[str, Any]:
    """A person from ``"Name, Title, email, phone"``: email and phone are found by their
    shape, in any order after the name; what is left is the title."""
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    person: dict[str, Any] = {"name": parts[0] if parts else "", "role": role,
                              "primary": primary}
    titles = []
    for part in parts[1:]:
        if "@" in part:
            person["email"] = part
        elif _PHONE_LIKE.match(part):
            person["phone"] = part
        else:
            titles.append(part)
    if titles:
        person["title"] = ", ".join(titles)
    return person


def clean_application(data: Mapping[str, Any], *, base: Mapping[str, Any] | None = None
                      ) -> dict[str, Any]:
    """The application's own fields, validated; ``base`` supplies values not given (edits)."""
    merged = {**(base or {}), **{k: data[k] for k in APPLICATION_FIELDS if k in data}}
    return {
        "company": check.text(merged.get("company"), "company", required=True),
        "position": check.text(merged.get("position"), "position", required=True),
        "country": check.country(merged.get("country")),
        "subdivision": check.subdivision(merged.get("subdivision")),
        "timezone": check.timezone_name(merged.get("timezone")),
        "industry": check.text(merged.get("industry"), "industry"),
        "traditional_industry": check.flag(merged.get("traditional_industry"),
                                           "traditional_industry"),
        "company_size": check.choice(merged.get("company_size"), "company_size",
                                     v.COMPANY_SIZES),
        "style": check.choice(merged.get("style"), "style", v.STYLES, "balanced"),
        "process_length": check.choice(merged.get("process_length"), "process_length",
                                       v.PROCESS_LENGTHS, "normal"),
        "final_followup": check.flag(merged.get("final_followup"), "final_followup", True),
        "notes": check.notes(merged.get("notes")),
    }


def clean_round(data: Mapping[str, Any], tz_name: str, number: int) -> dict[str, Any]:
    """One interview round, validated; ``interview_at`` is a local wall time in ``tz_name``."""
    topics = data.get("topics") or []
    if isinstance(topics, str):
        topics = [t for t in (part.strip() for part in topics.split(";")) if t]
    if not isinstance(topics, Sequence) or isinstance(topics, str):
        raise InputError("topics must be a list of short texts", field="topics")
    return {
        "number": number,
        "interview_at": check.local_datetime(data.get("interview_at"), tz_name),
        "duration_min": check.whole(data.get("duration_min"), "duration_min", low=1,
                                    high=24 * 60, default=60),
        "format": check.choice(data.get("format"), "format", v.FORMATS, "one_on_one"),
        "tone": check.choice(data.get("tone"), "tone", v.TONES, "neutral"),
        "scheduled_via": check.choice(data.get("scheduled_via"), "scheduled_via",
                                      v.SCHEDULED_VIA, "email"),
        "invited_to_call": check.flag(data.get("invited_to_call"), "invited_to_call"),
        "timeline": check.text(data.get("timeline"), "timeline", limit=2000, multiline=True),
        "deadline": check.deadline(data.get("deadline")),
        "topics": [check.text(t, "topic", required=True) for t in topics],
        "notes": check.notes(data.get("notes")),
    }


def clean_person(data: Mapping[str, Any], rounds: int) -> dict[str, Any]:
    """An interviewer or recruiter; ``round`` (1..rounds) names the round they interviewed in."""
    check.require_mapping(data, "a person")
    round_number = data.get("round")
    return {
        "name": check.text(data.get("name"), "name", required=True),
        "title": check.text(data.get("title"), "title"),
        "email": check.email(data.get("email")),
        "phone": check.phone(data.get("phone")),
        "role": check.choice(data.get("role"), "role", v.ROLES, "interviewer"),
        "primary": check.flag(data.get("primary"), "primary"),
        "round": None if round_number in (None, "") else check.whole(
            round_number, "round", low=1, high=max(rounds, 1)),
    }


def clean_contact(data: Mapping[str, Any], tz_name: str, *, now: datetime,
                  direction: str | None = None) -> dict[str, Any]:
    """A contact in either direction; ``at`` becomes an aware datetime."""
    check.require_mapping(data, "a contact")
    way = direction or check.choice(data.get("direction"), "direction", v.DIRECTIONS,
                                    "outbound")
    return {
        "at": check.moment(data.get("at"), tz_name, now=now),
        "direction": way,
        "channel": check.choice(data.get("channel"), "channel", v.CHANNELS, "email"),
        "purpose": None if way == "inbound" else check.choice(
            data.get("purpose"), "purpose", v.PURPOSES),
        "outcome": check.choice(data.get("outcome"), "outcome", v.OUTCOMES,
                                "replied" if way == "inbound" else "sent"),
        "person": None if data.get("person") in (None, "") else check.whole(
            data.get("person"), "person", low=1, high=MAX_ID),
        "notes": check.notes(data.get("notes")),
    }


def utc_naive(moment: datetime) -> datetime:
    """An aware datetime as the naive UTC value the store keeps."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc(value: datetime, offset_min: int = 0) -> datetime:
    """A stored naive UTC time, back to aware with its original offset."""
    zone = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return value.replace(tzinfo=UTC).astimezone(zone)


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def round_dict(r: models.Round) -> dict[str, Any]:
    return {
        "number": r.number,
        "interview_at": r.interview_at.strftime("%Y-%m-%dT%H:%M"),
        "duration_min": r.duration_min,
        "format": r.format,
        "tone": r.tone,
        "scheduled_via": r.scheduled_via,
        "invited_to_call": r.invited_to_call,
        "timeline": r.timeline,
        "deadline": r.deadline,
        "topics": list(r.topics or []),
        "notes": r.notes,
    }


def person_dict(p: models.Person) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "title": p.title, "email": p.email, "phone": p.phone,
            "role": p.role, "primary": p.is_primary, "round": p.round_number}


def contact_dict(c: models.Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "at": from_utc(c.at_utc, c.utc_offset_min).isoformat(),
        "direction": c.direction,
        "channel": c.channel,
        "purpose": c.purpose,
        "outcome": c.outcome,
        "person": c.person_id,
        "notes": c.notes,
    }


def stage_dict(s: models.StageChange) -> dict[str, Any]:
    return {"stage": s.stage, "at": from_utc(s.at_utc).isoformat(), "reason": s.reason}


def summary_dict(app: models.Application) -> dict[str, Any]:
    """What a list shows: the application and its next step, without history."""
    return {
        "id": app.id,
        "company": app.company,
        "position": app.position,
        "stage": app.stage,
        "last_interview_at": (app.last_interview_at.strftime("%Y-%m-%dT%H:%M")
                              if app.last_interview_at else None),
        "next_due_on": app.next_due_on.isoformat() if app.next_due_on else None,
        "move_on_on": app.move_on_on.isoformat() if app.move_on_on else None,
    }


def application_dict(app: models.Application) -> dict[str, Any]:
    """The whole record: fields, rounds, people, contacts and stage history."""
    record: dict[str, Any] = {"id": app.id, "stage": app.stage}
    record.update({name: getattr(app, name) for name in APPLICATION_FIELDS})
    record["rounds"] = [round_dict(r) for r in app.rounds]
    record["people"] = [person_dict(p) for p in app.people]
    # a record just written still lists children in the order they were added
    record["contacts"] = [contact_dict(c) for c in sorted(
        app.contacts, key=lambda c: (c.at_utc, c.id or 0))]
    record["stage_history"] = [stage_dict(s) for s in sorted(
        app.stage_history, key=lambda s: (s.at_utc, s.id or 0))]
    record["created_at"] = from_utc(app.created_at).isoformat()
    record["updated_at"] = from_utc(app.updated_at).isoformat()
    return record


def draft_record(app: dict[str, Any], candidate: dict[str, Any]) -> dict[str, Any]:
    """The draft record (``candidate``, ``interviewers``, ``primary_contact``…) of the latest
    round of a stored application."""
    latest = app["rounds"][-1] if app["rounds"] else {}
    number = latest.get("number")
    people = app["people"]

    def person(p: dict[str, Any]) -> dict[str, Any]:
        return {k: p.get(k) for k in ("name", "email", "phone", "title")}

    interviewers = [person(p) for p in people if p["role"] in ("interviewer", "hiring_manager")
                    and p.get("round") in (None, number)]
    primary = next((p for p in people if p["primary"]), None) or next(
        (p for p in people if p["role"] == "recruiter"), None)
    deadline = latest.get("deadline")
    return {
        "candidate": candidate,
        "company": app["company"],
        "position": app["position"],
        "date": (latest.get("interview_at") or "")[:10] or None,
        "interviewers": interviewers,
        "primary_contact": person(primary) if primary else None,
        "topics": latest.get("topics") or [],
        "tone": latest.get("tone"),
        "deadline": deadline if deadline not in (None, "NONE", "VAGUE") else None,
        "said": latest.get("timeline"),
        "country": app["country"],
    }
