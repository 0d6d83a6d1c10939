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

# A stated deadline in the employer's words is quoted only when it reads as the end of
# "planned to have an update ...": a short phrase opening with one of these words.
_TIMING_OPENERS = frozenset({"by", "before", "within", "in", "on", "around", "at", "early",
                             "late", "mid", "next", "this", "end", "sometime", "later"})
_TIMING_MAX_WORDS = 6


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
    """The employer's stated timing as a phrase such as "by Friday, May 23", or None.

    A parsed deadline (a date) is always usable; free text is used only when it is a short
    phrase that fits the sentence, because a whole quoted message would read badly.
    """
    if deadline is None:
        return None
    if isinstance(deadline, date):
        return f"by {format_day(deadline, country)}"
    words = deadline.rstrip(".").split()
    if not words or len(words) > _TIMING_MAX_WORDS or words[0].lower() not in _TIMING_OPENERS:
        return None
    if any(mark in deadline for mark in "?!;\"[]{}<>"):
        return None
    return " ".join(words)
