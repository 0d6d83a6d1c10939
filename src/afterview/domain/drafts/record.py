"""The facts a draft needs, read from an interview record (a plain dict).

The store produces the full record; the ``interview`` objects of ``drafts-dev.jsonl`` are
a subset of it and are accepted as they are. Reading is strict about types and lenient
about absence: a missing fact is ``None`` here, and only the kinds that need it complain
(see :mod:`afterview.domain.drafts.kinds`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from afterview.domain.errors import InputError

TONES = ("formal", "neutral", "casual")


@dataclass(frozen=True, slots=True)
class Contact:
    """A person on the record: the candidate, an interviewer or the primary contact."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    salutation: str | None = None
    """How to address them formally, e.g. "Dr. Chen"; the full name is used without it."""
    topics: tuple[str, ...] = ()
    """What this person discussed in the interview (interviewers only)."""

    @property
    def first_name(self) -> str | None:
        """The first word of the name, which is how most drafts greet people."""
        return self.name.split()[0] if self.name else None


@dataclass(frozen=True, slots=True)
class InterviewFacts:
    """Everything on the record that a draft may use, validated and normalised."""

    candidate: Contact
    company: str | None
    position: str | None
    date: dt.date | None
    interviewers: tuple[Contact, ...]
    primary_contact: Contact | None
    topics: tuple[str, ...]
    tone: str | None
    deadline: str | dt.date | None
    country: str


def _text(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"the record's {field} must be text", field=field)
    value = " ".join(value.split())
    return value or None


def _topics(value: Any, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence):
        raise InputError(f"the record's {field} must be a list of text", field=field)
    topics = (_text(item, field) for item in value)
    return tuple(topic for topic in topics if topic)


def _contact(value: Any, field: str) -> Contact | None:
    if value is None:
        return None
    if isinstance(value, str):
        name = _text(value, field)
        return Contact(name=name) if name else None
    if not isinstance(value, Mapping):
        raise InputError(f"the record's {field} must be a name or an object", field=field)
    name = _text(value.get("name"), f"{field}.name")
    title = _text(value.get("title"), f"{field}.title")
    return Contact(
        name=name,
        email=_text(value.get("email"), f"{field}.email"),
        phone=_text(value.get("phone"), f"{field}.phone"),
        title=title,
        salutation=_text(value.get("salutation"), f"{field}.salutation")
        or _salutation(title, name),
        topics=_topics(value.get("topics"), f"{field}.topics"),
    )


# Titles that make a formal address with the surname: a title "Ms." on record means
# "Ms. O'Donnell" in every formal draft, written or spoken.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"})


def _salutation(title: str | None, name: str | None) -> str | None:
    if not title or not name or len(name.split()) < 2:
        return None
    if title.rstrip(".").lower() not in _HONORIFICS:
        return None
    return f"{title} {name.split()[-1]}"


def _interviewers(record: Mapping[str, Any]) -> tuple[Contact, ...]:
    listed = record.get("interviewers")
    if listed:
        if not isinstance(listed, Sequence) or isinstance(listed, str):
            raise InputError("the record's interviewers must be a list", field="interviewers")
        people = (_contact(item, f"interviewers[{i}]") for i, item in enumerate(listed))
        return tuple(person or Contact() for person in people)
    # the single-interviewer shorthand counts only when no list is given, so that a field
    # path such as interviewers[0].email always points at the same person
    lead = _contact(record.get("interviewer"), "interviewer")
    return (lead,) if lead else ()


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError("the record's date must be YYYY-MM-DD", field="date")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(
            f"the record's date {value!r} is not a date (use YYYY-MM-DD)", field="date"
        ) from exc


def _deadline(record: Mapping[str, Any]) -> str | date | None:
    value = record.get("deadline")
    if isinstance(value, date):
        return value
    text = _text(value, "deadline") if isinstance(value, str) else None
    if text:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    said = record.get("said")
    return _text(said, "said") if isinstance(said, str) else None


def read_record(record: Mapping[str, Any]) -> InterviewFacts:
    """Validate an interview record and return its facts; bad values raise InputError."""
    if not isinstance(record, Mapping):
        raise InputError("the record must be a JSON object", field="record")
    tone = _text(record.get("tone"), "tone")
    if tone is not None:
        tone = tone.lower()
        if tone not in TONES:
            raise InputError(
                f"the record's tone {tone!r} is not one of {', '.join(TONES)}", field="tone"
            )
    country = _text(record.get("country"), "country") or "US"
    return InterviewFacts(
        candidate=_contact(record.get("candidate"), "candidate") or Contact(),
        company=_text(record.get("company"), "company"),
        position=_text(record.get("position"), "position"),
        date=_date(record.get("date")),
        interviewers=_interviewers(record),
        primary_contact=_contact(record.get("primary_contact"), "primary_contact"),
        topics=_topics(record.get("topics"), "topics"),
        tone=tone,
        deadline=_deadline(record),
        country=country.upper(),
    )
