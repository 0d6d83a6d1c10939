"""The interview facts the planner works from, validated from a plain mapping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.domain.errors import InputError
from afterview.domain.limits import within_years
from afterview.domain.policy import Policy

SCHEDULED_VIA = ("email", "phone", "text", "portal", "linkedin", "recruiter")
FORMATS = ("one_on_one", "small_team", "panel", "group", "multi_round")
TONES = ("casual", "neutral", "formal")
STYLES = ("direct", "balanced", "reserved")
PROCESS_LENGTHS = ("short", "normal", "long")

DeadlineKind = Literal["dated", "vague", "none"]


@dataclass(frozen=True, slots=True)
class Interviewer:
    """Someone the candidate met, who is owed a thank-you of their own (``thanks-24h``)."""

    name: str
    id: int | None = None  # the store's person id, so a logged contact can name them

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True, slots=True)
class Scenario:
    """One interview round as the planner needs it."""

    start: datetime  # aware, in ``tz``
    duration: timedelta
    tz: ZoneInfo
    country: str
    subdivision: str | None
    deadline_kind: DeadlineKind
    deadline: date | None
    deadline_matched: str | None
    invited_to_call: bool
    traditional_industry: bool
    scheduled_via: str
    format: str
    tone: str
    style: str
    process_length: str
    final_followup: bool
    interviewers: tuple[Interviewer, ...] = ()  # empty: one thank-you step for everyone

    @property
    def interview_date(self) -> date:
        """R: the local calendar date of the interview's start."""
        return self.start.date()


def _choice(data: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if value not in allowed:
        raise InputError(
            f"{key} must be one of {', '.join(allowed)}; got {value!r}", field=key
        )
    return str(value)


def _flag(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise InputError(f"{key} must be true or false; got {value!r}", field=key)
    return value


def zone(name: Any) -> ZoneInfo:
    """The IANA time zone called ``name``, or a clear error."""
    if not isinstance(name, str) or not name or name.startswith(("/", ".")) or ".." in name:
        raise InputError(f"unknown time zone {name!r}: use an IANA name such as "
                         "America/New_York", field="timezone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {name!r}: use an IANA name such as "
                         "America/New_York", field="timezone") from exc


def localize(naive: datetime, tz: ZoneInfo, *, field: str = "interview_at") -> datetime:
    """Attach ``tz`` to a local wall time, refusing times that a clock change skips or repeats."""
    early = naive.replace(tzinfo=tz, fold=0)
    late = naive.replace(tzinfo=tz, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early
    round_trip = early.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    when = naive.strftime("%Y-%m-%d %H:%M")
    if round_trip != naive:
        raise InputError(
            f"{when} does not exist in {tz.key}: the clocks skip that hour "
            "(daylight saving starts); give the time as the clock showed it",
            field=field,
        )
    raise InputError(
        f"{when} happens twice in {tz.key} (daylight saving ends); "
        "give the time with its UTC offset, e.g. 01:30-04:00",
        field=field,
    )


def parse_start(value: Any, tz: ZoneInfo) -> datetime:
    """The interview's start as an aware datetime in ``tz``."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError as exc:
            raise InputError(
                f"interview_at {value!r} is not a date and time like 2026-03-10T14:00",
                field="interview_at",
            ) from exc
    else:
        raise InputError("interview_at is required, e.g. 2026-03-10T14:00", field="interview_at")
    within_years(moment.date(), "interview_at")
    if moment.tzinfo is not None:
        return moment.astimezone(tz)
    return localize(moment, tz)


def parse_date(value: Any, field: str) -> date:
    """A calendar date from ``YYYY-MM-DD`` (or a date object), within the years Afterview
    keeps to (``limits.within_years``)."""
    if isinstance(value, datetime):
        return within_years(value.date(), field)
    if isinstance(value, date):
        return within_years(value, field)
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return within_years(day, field)
    raise InputError(f"{field} {value!r} is not a date like 2026-03-10", field=field)


def scenario_from_mapping(data: Mapping[str, Any], policy: Policy) -> Scenario:
    """Validate a scenario dict (the shape of ``scenarios-dev.jsonl``); unknown keys are ignored."""
    if not isinstance(data, Mapping):
        raise InputError("a scenario must be a mapping of field names to values")
    tz = zone(data.get("timezone"))
    start = parse_start(data.get("interview_at"), tz)

    duration_min = data.get("duration_min", policy.default_duration_min)
    if duration_min is None:
        duration_min = policy.default_duration_min
    if isinstance(duration_min, bool) or not isinstance(duration_min, int) or not (
        0 < duration_min <= 24 * 60
    ):
        raise InputError(
            f"duration_min must be a whole number of minutes from 1 to 1440; got {duration_min!r}",
            field="duration_min",
        )

    country = data.get("country") or "US"
    if not isinstance(country, str):
        raise InputError(f"country must be a code such as US or GB; got {country!r}",
                         field="country")
    subdivision = data.get("subdivision") or None
    if subdivision is not None and not isinstance(subdivision, str):
        raise InputError(f"subdivision must be a code such as ENG; got {subdivision!r}",
                         field="subdivision")

    kind, deadline, matched = _deadline(data, start.date(), country.upper(), subdivision)
    return Scenario(
        start=start,
        duration=timedelta(minutes=duration_min),
        tz=tz,
        country=country.upper(),
        subdivision=subdivision.upper() if subdivision else None,
        deadline_kind=kind,
        deadline=deadline,
        deadline_matched=matched,
        invited_to_call=_flag(data, "invited_to_call", False),
        traditional_industry=_flag(data, "traditional_industry", False),
        scheduled_via=_choice(data, "scheduled_via", SCHEDULED_VIA, "email"),
        format=_choice(data, "format", FORMATS, "one_on_one"),
        tone=_choice(data, "tone", TONES, "neutral"),
        style=_choice(data, "style", STYLES, "balanced"),
        process_length=_choice(data, "process_length", PROCESS_LENGTHS, "normal"),
        final_followup=_flag(data, "final_followup", policy.final_followup),
        interviewers=_interviewers(data.get("interviewers")),
    )


def _interviewers(value: Any) -> tuple[Interviewer, ...]:
    """``interviewers``: names, or mappings with ``name`` and an optional whole ``id``."""
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise InputError("interviewers must be a list of names or of {id, name}",
                         field="interviewers")
    found: list[Interviewer] = []
    for given in value:
        item = {"name": given} if isinstance(given, str) else given
        if not isinstance(item, Mapping):
            raise InputError("interviewers must be a list of names or of {id, name}",
                             field="interviewers")
        name, ident = item.get("name"), item.get("id")
        if not isinstance(name, str) or not name.strip():
            raise InputError("each interviewer needs a name", field="interviewers")
        if ident is not None and (isinstance(ident, bool) or not isinstance(ident, int)):
            raise InputError(f"interviewer id must be a whole number; got {ident!r}",
                             field="interviewers")
        found.append(Interviewer(name.strip(), ident))
    return tuple(found)


def _deadline(
    data: Mapping[str, Any], said_on: date, country: str, subdivision: str | None
) -> tuple[DeadlineKind, date | None, str | None]:
    value = data.get("deadline")
    if value is None and data.get("timeline"):
        text = data["timeline"]
        if not isinstance(text, str):
            raise InputError("timeline must be the employer's words as text", field="timeline")
        from afterview.domain.timeline import parse_timeline

        parsed = parse_timeline(text, said_on=said_on, country=country, subdivision=subdivision)
        if parsed.deadline is not None:
            return "dated", parsed.deadline, parsed.matched
        return ("vague" if parsed.vague else "none"), None, parsed.matched
    if value is None or value == "NONE":
        return "none", None, None
    if value == "VAGUE":
        return "vague", None, None
    return "dated", parse_date(value, "deadline"), None
