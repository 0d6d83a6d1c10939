"""What the checker needs from an interview record, accepting both record shapes.

A record is a dict as in ``drafts-dev.jsonl`` (``candidate`` and ``interviewer`` as
strings) or the fuller shape (``candidate`` as ``{"name", "email", "phone"}`` and
``interviewers`` as a list of ``{"name", "title", "topics"}``); both may be mixed, and
either key may hold a single person or a list (a panel listed under ``interviewer``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from afterview.domain.checker.text import words_of
from afterview.domain.errors import InputError

# Words of a company name that say nothing about which company it is.
COMPANY_FILLER = frozenset(
    [
        "the", "and", "of", "&", "inc", "inc.", "llc", "llp", "ltd", "co", "co.", "corp",
        "corporation", "company", "group", "partners", "holdings", "international", "services",
        "systems", "solutions", "associates",
    ]
)


@dataclass(frozen=True)
class Facts:
    """The names, role and topics a draft is checked against."""

    candidate: str
    interviewers: tuple[str, ...]
    company: str
    position: str
    date: dt.date | None
    topics: tuple[str, ...]

    @cached_property
    def candidate_names(self) -> tuple[str, ...]:
        """The candidate's name split into folded words ('Tomás Herrera' → tomas, herrera)."""
        return tuple(words_of(self.candidate))

    @cached_property
    def interviewer_names(self) -> frozenset[str]:
        """Every folded word of every interviewer's name."""
        return frozenset(w for name in self.interviewers for w in words_of(name))

    @cached_property
    def company_words(self) -> frozenset[str]:
        """The distinctive folded words of the company's name."""
        return frozenset(words_of(self.company)) - COMPANY_FILLER

    def known_words(self) -> frozenset[str]:
        """Folded words of every name, the role and the topics: never misspellings."""
        return self._known

    @cached_property
    def _known(self) -> frozenset[str]:
        parts = [self.candidate, self.company, self.position, *self.interviewers, *self.topics]
        return frozenset(w for part in parts for w in words_of(part))

    @cached_property
    def named(self) -> frozenset[str]:
        """Words a draft may use as a name: interviewers, company and every known word."""
        return self.interviewer_names | self.company_words | self.known_words()

    @cached_property
    def subject_text(self) -> str:
        """The company, position and topics as one lowercase text, for substring tests."""
        return " ".join((self.company, self.position, *self.topics)).lower()


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Iterable) and not isinstance(value, Mapping | bytes):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _people(value: object) -> list[object]:
    """One person (a name or a mapping) or a list of them, as a list."""
    if isinstance(value, str | Mapping):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        return list(value)
    return []


RECORD_FIELDS: tuple[str, ...] = (
    "candidate", "interviewer", "interviewers", "primary_contact", "company", "position",
    "date", "topics", "tone", "deadline", "said", "country",
)
"""The fields of an interview record (docs/records.md); the checker reads the first eight."""
_NAMING_FIELDS = ("candidate", "interviewer", "interviewers", "primary_contact", "company",
                  "position", "topics")
_PERSON_FIELDS = frozenset({"name", "email", "phone", "title", "salutation", "topics", "id",
                            "role", "primary", "round"})


def validate_record(record: object) -> Mapping[str, object]:
    """``record`` if it is an interview record, else :class:`InputError` naming the field.

    Refused: anything but a mapping, a field the record format does not have (a typo
    would silently check nothing), a value of the wrong type, and a record that names
    nothing a draft could be checked against (no person, company, position or topic).
    """
    if not isinstance(record, Mapping):
        raise InputError("the interview record must be a JSON object", field="record")
    for key in record:
        if key not in RECORD_FIELDS:
            raise InputError(
                f"the record has an unknown field {key!r}; an interview record has: "
                f"{', '.join(RECORD_FIELDS)} (see docs/records.md)", field=str(key))
    for key in ("company", "position", "tone", "said", "country"):
        _check_text(record.get(key), key)
    date = record.get("date")
    if date not in (None, "") and _date(date) is None:
        raise InputError(f"the record's date {date!r} is not a date (use YYYY-MM-DD)",
                         field="date")
    _check_texts(record.get("topics"), "topics")
    for key in ("candidate", "interviewer", "interviewers", "primary_contact"):
        value = record.get(key)
        if key == "interviewers" and value is not None and not isinstance(value, list):
            raise InputError("the record's interviewers must be a list", field=key)
        people = value if isinstance(value, list) else [] if value is None else [value]
        for i, person in enumerate(people):
            _check_person(person, f"{key}[{i}]" if isinstance(value, list) else key)
    facts = facts_from_record(record)
    if facts is None or not (facts.candidate or facts.interviewers or facts.company
                             or facts.position or facts.topics):
        raise InputError(
            "the record names nothing to check against; give at least one of: "
            f"{', '.join(_NAMING_FIELDS)} (see docs/records.md)", field="record")
    return record


def _check_text(value: object, field: str) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(f"the record's {field} must be text", field=field)


def _check_texts(value: object, field: str) -> None:
    if value is None or isinstance(value, str):
        return
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"the record's {field} must be a list of text", field=field)


def _check_person(person: object, field: str) -> None:
    if person is None or isinstance(person, str):
        return
    if not isinstance(person, Mapping):
        raise InputError(f"the record's {field} must be a name or an object", field=field)
    for key, value in person.items():
        if key not in _PERSON_FIELDS:
            raise InputError(f"the record's {field} has an unknown field {key!r}; a person "
                             "has: name, email, phone, title, salutation, topics",
                             field=f"{field}.{key}")
        if key == "topics":
            _check_texts(value, f"{field}.topics")
        elif key in ("name", "email", "phone", "title", "salutation"):
            _check_text(value, f"{field}.{key}")


def facts_from_record(record: Mapping[str, object] | None) -> Facts | None:
    """Read a record of either shape; ``None`` stays ``None``; a non-mapping is refused."""
    if record is None:
        return None
    if not isinstance(record, Mapping):
        raise InputError("the interview record must be a JSON object", field="interview")
    candidate = record.get("candidate")
    candidate_name = (
        _text(candidate.get("name")) if isinstance(candidate, Mapping) else _text(candidate)
    )
    interviewers: list[str] = []
    topics: list[str] = _texts(record.get("topics"))
    # Either key may hold one person or a list of them, each a name or a mapping: a
    # record that lists a panel under 'interviewer' still names every one of them.
    for key in ("interviewer", "interviewers"):
        for person in _people(record.get(key)):
            if isinstance(person, Mapping):
                if _text(person.get("name")):
                    interviewers.append(_text(person.get("name")))
                topics.extend(_texts(person.get("topics")))
            elif isinstance(person, str) and person.strip():
                interviewers.append(person.strip())
    contact = record.get("primary_contact")
    if isinstance(contact, Mapping) and _text(contact.get("name")):
        interviewers.append(_text(contact.get("name")))
    return _shared(Facts(
        candidate=candidate_name,
        interviewers=tuple(dict.fromkeys(interviewers)),
        company=_text(record.get("company")),
        position=_text(record.get("position")),
        date=_date(record.get("date")),
        topics=tuple(dict.fromkeys(topics)),
    ))


@lru_cache(maxsize=256)
def _shared(facts: Facts) -> Facts:
    """One instance per distinct record, so the words derived from it are computed once.

    Facts are immutable and everything cached on them derives from their fields, so an
    equal instance seen before can stand in for a new one.
    """
    return facts


def same_name(a: str, b: str) -> bool:
    """Whether two folded first names can be the same person ('dan' and 'daniel')."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 3 and abs(len(a) - len(b)) >= 2 and (
            a.startswith(b) or b.startswith(a)):
        return True  # a short form: 'dan' for 'daniel'; 'andrew' is not 'andre'

    return NICKNAMES.get(a) == b or NICKNAMES.get(b) == a or (
        a in NICKNAMES and NICKNAMES.get(a) == NICKNAMES.get(b)
    )


NICKNAMES: dict[str, str] = {
    nick: full
    for full, nicks in {
        "william": "bill billy will liam",
        "robert": "bob bobby rob robbie bert",
        "richard": "rick ricky dick rich",
        "elizabeth": "liz lizzie beth betty eliza",
        "katherine": "kate katie kathy kat",
        "catherine": "cathy cat",
        "margaret": "maggie meg peggy",
        "james": "jim jimmy jamie",
        "michael": "mike mikey",
        "thomas": "tom tommy",
        "john": "jack johnny",
        "joseph": "joe joey",
        "edward": "ed eddie ted ned",
        "anthony": "tony",
        "charles": "charlie chuck",
        "jennifer": "jen jenny",
        "rebecca": "becky becca",
        "susan": "sue suzy",
        "patricia": "pat patty tricia trish",
        "alexander": "alex",
        "christopher": "chris",
        "nicholas": "nick",
        "stephen": "steve",
        "steven": "steve",
        "andrew": "andy drew",
        "benjamin": "ben",
        "samuel": "sam",
        "samantha": "sam",
        "daniel": "dan danny",
        "david": "dave",
        "matthew": "matt",
    }.items()
    for nick in nicks.split()
}
