"""The ranges every input keeps to, checked here once: dates, record ids and text.

The command line, the web interface and the store all call these, so a date, an id or a
piece of text is accepted or refused the same way wherever it comes in.
"""

from __future__ import annotations

import re
from datetime import date

from afterview.domain.errors import InputError, NotFoundError

EARLIEST_YEAR, LATEST_YEAR = 1990, 2100
"""Dates before or after these years are typing mistakes, not interviews."""
MAX_ID = 2**31 - 1
"""The largest id a record can have: the id columns are 32-bit on PostgreSQL and SQLite alike."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def within_years(day: date, field: str) -> date:
    """``day`` if its year is within EARLIEST_YEAR..LATEST_YEAR, else a message naming ``field``."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise InputError(f"{field} {day.isoformat()} is outside {EARLIEST_YEAR}–{LATEST_YEAR}",
                         field=field)
    return day


def record_id(value: object, what: str = "application", field: str = "id") -> int:
    """A stored record's id: a whole number from 1 to MAX_ID.

    Any other number names nothing, so it is refused as not found (404 on the web, exit 2
    on the command line) rather than sent to the database, which cannot hold it.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise NotFoundError(f"{what} id must be a positive whole number; got {value!r}",
                            field=field)
    if value > MAX_ID:
        raise NotFoundError(f"there is no {what} {value}", field=field)
    return value


def is_text(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8: no lone surrogates (``"\\ud800"`` in JSON,
    or bytes that were not UTF-8 in a command-line argument)."""
    return _SURROGATE.search(value) is None


def require_text(value: str, field: str) -> str:
    """``value`` if it is text (see ``is_text``), else a one-line message naming ``field``."""
    if not is_text(value):
        raise InputError(f"{field} is not valid text: it holds a character that is not "
                         "UTF-8 (a lone surrogate or an undecodable byte)", field=field)
    return value
