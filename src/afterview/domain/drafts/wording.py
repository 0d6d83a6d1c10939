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


# Words that already open a noun phrase properly, or open a clause or a gerund phrase
# ("how we plan", "building the dashboard"): the topic is used as given after them.
_DETERMINERS = frozenset([
    "the", "a", "an", "your", "our", "my", "their", "his", "her", "its", "this", "that",
    "these", "those", "each", "every", "some", "any", "how", "why", "what", "whether",
    "when", "where", "who", "which", "one", "two", "three", "several", "both",
])


def topic_phrase(topic: str) -> str:
    """A topic as it reads after "about": a bare noun phrase gets "the".

    "dashboards migration" becomes "the dashboards migration"; a phrase that opens with an
    article, a possessive, a question word or a gerund ("rebuilding the scorecard"), and a
    single word ("budgets", "Kubernetes"), are used as given.
    """
    words = topic.split()
    if len(words) < 2:
        return topic
    first = words[0].lower()
    if first in _DETERMINERS or first.endswith("ing") or first[0].isdigit():
        return topic
    return f"the {topic}"


def phone_slowly(phone: str) -> str:
    """A phone number as it is best read out a second time: its digits in short groups.

    The groups the number was written in are kept ("(617) 555-0142" → "617, 555, 0142");
    a group of more than five digits is cut into threes, the last of up to four.
    """
    for mark in "()-./":
        phone = phone.replace(mark, " ")
    groups: list[str] = []
    for part in phone.split():
        run = "".join(ch for ch in part if ch.isdigit())
        while len(run) > 5:
            groups.append(run[:3])
            run = run[3:]
            if len(run) <= 4:
                break
        if run:
            groups.append(run)
    plus = "plus " if phone.strip().startswith("+") else ""
    return plus + ", ".join(groups)
