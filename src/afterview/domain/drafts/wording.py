"""Small pieces of wording computed from facts: dates in the local order, timing phrases."""

from __future__ import annotations

from datetime import date, timedelta

# Countries that write the month before the day ("May 20"); the rest write "20 May".
_MONTH_FIRST = frozenset({"US", "CA", "PH"})
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

def format_date(day: date, country: str) -> str:
    """The date without the year, in the country's order: "May 20" or "20 May"."""
    month = _MONTHS[day.month - 1]
    return f"{month} {day.day}" if country in _MONTH_FIRST else f"{day.day} {month}"


def format_day(day: date, country: str) -> str:
    """Weekday and date, which pins the day for the listener: "Tuesday, May 20"."""
    weekday = _WEEKDAYS[day.weekday()]
    if country in _MONTH_FIRST:
        return f"{weekday}, {format_date(day, country)}"
    return f"{weekday} {format_date(day, country)}"


def relative_day(day: date, today: date | None, country: str) -> str:
    """ "today", "yesterday" or "on Tuesday, May 20", for a sentence about the interview."""
    if today == day:
        return "today"
    if today is not None and today - day == timedelta(days=1):
        return "yesterday"
    return f"on {format_day(day, country)}"


def timing_phrase(deadline: str | date | None, country: str) -> str | None:
    """The employer's stated deadline as "by Friday, May 23", or None.

    Only a date is used. The employer's own words ("by the end of next week") are
    relative to the day they were said, so quoted weeks later they would point at the
    wrong week; the timeline parser turns them into a date first.
    """
    if not isinstance(deadline, date):
        return None
    return f"by {format_day(deadline, country)}"
