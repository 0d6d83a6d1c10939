"""Turn what a person typed (flags, prompts, CSV cells, JSON) into clean tracker records.

Every function raises ``InputError`` with a one-line message naming the field; the values
they return are exactly what the store writes and reads back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from afterview.domain import errors
from afterview.domain.errors import InputError
from afterview.domain.limits import require_text, within_years
from afterview.domain.scenario import localize, zone

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().\-/]{2,28}(\s*(x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_SUBDIVISION = re.compile(r"^[A-Za-z0-9]{1,3}(-[A-Za-z0-9]{1,3})?$")
NotFoundError = errors.NotFoundError
"""An id that names nothing (defined in the domain, beside InputError; 404 on the web)."""


def text(value: Any, field: str, *, required: bool = False, limit: int = 200,
         multiline: bool = False) -> str | None:
    """A trimmed piece of text, or None when empty and not required."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(f"{field} is required", field=field)
        return None
    if not isinstance(value, str):
        raise InputError(f"{field} must be text; got {value!r}", field=field)
    cleaned = require_text(value.strip(), field)
    if "\x00" in cleaned or (not multiline and ("\n" in cleaned or "\r" in cleaned)):
        raise InputError(f"{field} must be a single line of text", field=field)
    if _CONTROL.search(cleaned.replace("\t", " ")):
        raise InputError(f"{field} contains control characters", field=field)
    if len(cleaned) > limit:
        raise InputError(f"{field} is longer than {limit} characters", field=field)
    return cleaned


def notes(value: Any, field: str = "notes") -> str:
    """Free notes: any text up to 10,000 characters; empty when missing."""
    return text(value, field, limit=10_000, multiline=True) or ""


def choice(value: Any, field: str, allowed: tuple[str, ...], default: str | None = None
           ) -> str | None:
    """One value of a fixed vocabulary; dashes and case are forgiven (``One-On-One``)."""
    if value is None or value == "":
        if default is None and field not in _OPTIONAL_CHOICES:
            raise InputError(f"{field} is required: one of {', '.join(allowed)}", field=field)
        return default
    key = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if key not in allowed:
        raise InputError(f"{field} must be one of {', '.join(allowed)}; got {value!r}",
                         field=field)
    return key


_OPTIONAL_CHOICES = {"purpose", "outcome", "company_size"}


def flag(value: Any, field: str, default: bool = False) -> bool:
    """A yes/no value; CSV and prompts give strings such as ``yes`` or ``false``."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    key = str(value).strip().lower()
    if key in {"true", "yes", "y", "1"}:
        return True
    if key in {"false", "no", "n", "0"}:
        return False
    raise InputError(f"{field} must be true or false; got {value!r}", field=field)


def whole(value: Any, field: str, *, low: int, high: int, default: int | None = None) -> int:
    """A whole number within ``low``..``high``."""
    if value is None or value == "":
        if default is None:
            raise InputError(f"{field} is required", field=field)
        return default
    if isinstance(value, bool):
        raise InputError(f"{field} must be a whole number; got {value!r}", field=field)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError as exc:
        raise InputError(f"{field} must be a whole number; got {value!r}", field=field) from exc
    if not low <= number <= high:
        raise InputError(f"{field} must be between {low} and {high}; got {number}", field=field)
    return number


def email(value: Any, field: str = "email") -> str | None:
    """An email address (or None)."""
    cleaned = text(value, field, limit=254)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise InputError(f"{field} {cleaned!r} is not an email address like ana@example.com",
                         field=field)
    return cleaned


def phone(value: Any, field: str = "phone") -> str | None:
    """A phone number as people write them: digits, spaces, + ( ) - . / and an extension."""
    cleaned = text(value, field, limit=40)
    if cleaned is not None and not _PHONE.match(cleaned):
        raise InputError(f"{field} {cleaned!r} is not a phone number like +1 212 555 0100",
                         field=field)
    return cleaned


def timezone_name(value: Any) -> str:
    """An IANA time zone name that exists."""
    return zone(value.strip() if isinstance(value, str) else value).key


def country(value: Any) -> str:
    """An ISO 3166 country code with a holiday calendar (``US``, ``GB``)."""
    code = (text(value, "country") or "US").upper()
    if not _COUNTRY.match(code):
        raise InputError(f"country must be a two-letter code such as US or GB; got {value!r}",
                         field="country")
    return code


def subdivision(value: Any) -> str | None:
    code = text(value, "subdivision", limit=10)
    if code is not None and not _SUBDIVISION.match(code):
        raise InputError(f"subdivision must be a code such as CA or ENG; got {value!r}",
                         field="subdivision")
    return code.upper() if code else None


def local_datetime(value: Any, tz_name: str, field: str = "interview_at") -> str:
    """A local wall time ``YYYY-MM-DDTHH:MM`` in ``tz_name`` (an offset is converted)."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace(" ", "T", 1))
        except ValueError as exc:
            raise InputError(f"{field} {value!r} is not a date and time like 2026-03-10T14:00",
                             field=field) from exc
    else:
        raise InputError(f"{field} is required, e.g. 2026-03-10T14:00", field=field)
    tz = zone(tz_name)
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz).replace(tzinfo=None)
    else:
        localize(moment, tz, field=field)
    within_years(moment.date(), field)
    return moment.replace(second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M")


def deadline(value: Any) -> str | None:
    """An explicit deadline: ``YYYY-MM-DD``, ``VAGUE`` or ``NONE`` (None: parse the timeline)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        day = value
    else:
        word = str(value).strip().upper()
        if word in {"VAGUE", "NONE"}:
            return word
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError as exc:
            raise InputError(f"deadline {value!r} is not a date like 2026-03-10, vague or none",
                             field="deadline") from exc
    within_years(day, "deadline")
    return day.isoformat()


FUTURE_TOLERANCE = timedelta(minutes=5)


def moment(value: Any, tz_name: str, *, now: datetime, field: str = "at") -> datetime:
    """When a contact happened, as an aware datetime.

    A date alone means noon local time (or now, if noon is still ahead today); a wall time
    without offset is local to the application's time zone. Times more than
    ``FUTURE_TOLERANCE`` (a few minutes, for clocks that differ) ahead of ``now`` are
    refused: a contact that has not happened yet cannot be logged. This is the one check,
    for every way in (command line, web page, API, import, corrections).
    """
    tz = zone(tz_name)
    if value is None or value == "":
        result = now.astimezone(tz)
    elif isinstance(value, datetime):
        result = value if value.tzinfo else localize(value, tz, field=field)
    else:
        raw = str(value).strip()
        try:
            if len(raw) == 10:
                day = date.fromisoformat(raw)
                result = localize(datetime.combine(day, time(12, 0)), tz, field=field)
                if day == now.astimezone(tz).date():
                    result = min(result, now.astimezone(tz))
            else:
                parsed = datetime.fromisoformat(raw.replace(" ", "T", 1))
                result = parsed if parsed.tzinfo else localize(parsed, tz, field=field)
        except ValueError as exc:
            raise InputError(f"{field} {value!r} is not a date or date and time like "
                             "2026-03-17T10:00", field=field) from exc
    within_years(result.date(), field)
    if result - now > FUTURE_TOLERANCE:
        raise InputError(f"{field} {result.isoformat(timespec='minutes')} is in the future "
                         f"(now is {now.astimezone(tz).isoformat(timespec='minutes')}); log "
                         "contacts that happened", field=field)
    return result


def utc_now() -> datetime:
    """The current time, aware, in UTC (the store's only clock reading)."""
    return datetime.now(UTC)


def require_mapping(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise InputError(f"{what} must be a mapping of field names to values")
    return data


def require_changes(changes: Any, fields: tuple[str, ...] | list[str], what: str) -> None:
    """Refuse a correction that is not a mapping, names a field ``what`` does not have, or
    changes nothing (``what``: "person", "contact")."""
    require_mapping(changes, "changes")
    unknown = set(changes) - set(fields)
    if unknown:
        raise InputError(f"cannot change a {what}'s {', '.join(sorted(unknown))}; the fields "
                         f"are {', '.join(fields)}", field=sorted(unknown)[0])
    if not changes:
        raise InputError(f"nothing to change: give one of {', '.join(fields)}", field=what)
