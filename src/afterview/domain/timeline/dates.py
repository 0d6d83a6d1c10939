"""Dates named outright: "March 3", "30th October", "3/14", "2027-05-21", "the 21st", holidays.

Without a year, a date means its next occurrence, the day it was said included. Slash dates
are month first in the US and day first elsewhere; a date impossible in that order ("21/5"
in the US) is read the other way. A holiday is its actual date in the country's calendar.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from afterview.domain.calendar import BusinessCalendar
from afterview.domain.timeline.expression import Expression, count, ordinal, skip, word
from afterview.domain.timeline.named_days import holiday_date, known_names
from afterview.domain.timeline.resolve import DateContext, full_date, last_day
from afterview.domain.timeline.tokens import COMMA, ISO, NUM, ORD, SLASH, STOP, Token
from afterview.domain.timeline.words import MONTHS

# Words after a day number that show it counts something else ("the 2nd round").
_NOT_A_DAY = frozenset({
    "round", "interview", "interviews", "stage", "time", "candidate", "candidates", "person",
    "people", "call", "step", "floor", "place", "option", "choice", "meeting",
    "week", "weeks", "month", "months", "day", "days", "year", "years", "hour", "hours",
    "business", "working", "quarter", "half", "reference", "references", "one",
})
# Words before a month named alone that show it is the month ("in April", "by May").
_MONTH_ALONE_AFTER = frozenset({
    "in", "by", "before", "until", "till", "of", "early", "mid", "late", "end", "during",
    "through", "beginning", "middle", "start", "for", "sometime", "-", "around", "about",
    "within", "than", "later",
})


def _year(tokens: list[Token], i: int) -> int | None:
    value = count(tokens, i)
    return value if value is not None and 1900 <= value <= 2200 else None


def _month_of(tokens: list[Token], i: int) -> int | None:
    return MONTHS.get(word(tokens, i))


def _after_abbreviation(tokens: list[Token], i: int) -> int:
    """The token after a name at ``i``, past the full stop of an abbreviation ("Oct. 16")
    when a number follows it."""
    j = i + 1
    tok = tokens[i]
    if (j + 1 < len(tokens) and tokens[j].kind == STOP and tokens[j].text == "."
            and tokens[j].end - tokens[j].start == 1 and tok.end - tok.start < len(tok.text)
            and tokens[j + 1].kind in (NUM, ORD)):
        return j + 1
    return j


def _dated(start: int, end: int, day: date | None, said: str) -> Expression:
    return Expression(start, end, day, said if day else f"{said} (no such day)")


def _given(start: int, end: int, day: date | None, ctx: DateContext) -> Expression:
    """A date given with its year. One already past when the words were said dates
    something else ("privacy notice updated January 15, 2025"), never a reply to come."""
    if day is not None and day < ctx.said_on:
        return Expression(start, end, None, "a date already past", past=True)
    return _dated(start, end, day, "the date given")


def _with_year(
    tokens: list[Token], j: int, ctx: DateContext, *, month: int, day: int, start: int
) -> Expression:
    """Finish a month-and-day date, reading an optional year after it."""
    k = j + 1 if j < len(tokens) and tokens[j].kind == COMMA else j
    year = _year(tokens, k)
    if year is not None:
        return _given(start, k + 1, full_date(year, month, day), ctx)
    if day > 31:
        return _dated(start, j, None, "a date")
    return _dated(start, j, ctx.next_month_day(month, day), "the next such date")


def month_name(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "March 3", "March 3rd, 2027", "March the 3rd", "March first", "March", "March 2027"."""
    month = _month_of(tokens, i)
    if month is None:
        return None
    j = skip(tokens, _after_abbreviation(tokens, i), "the")
    if (j < len(tokens) and tokens[j].kind == ORD) or count(tokens, j) is not None:
        day = ordinal(tokens, j) or count(tokens, j)
        year = _year(tokens, j)
        if year is not None:
            end = last_day(year, month)
            return Expression(i, j + 1, end, "the last day of that month")
        if day is not None and 1 <= day <= 31 and word(tokens, j + 1) not in _NOT_A_DAY:
            return _with_year(tokens, j + 1, ctx, month=month, day=day, start=i)
    if word(tokens, i - 1) not in _MONTH_ALONE_AFTER:
        return None  # "Jan will call", "we may decide": a month alone needs a preposition
    end = ctx.month_window_end(month)
    return Expression(i, i + 1, end, "the last day of that month")


# Nouns a spelled-out ordinal may count ("the fifteenth candidate"), so it is no day.
_ORDINAL_NOUNS = frozenset({
    "century", "anniversary", "birthday", "time", "times", "round", "candidate", "person",
    "place", "floor", "year", "week", "day", "interview", "applicant", "hire", "edition",
    "annual",
})


def day_number(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "30 October", "30th of October", "the 21st", "the 15th of next month", "3rd quarter"."""
    tok = tokens[i]
    day: int | None = tok.value if isinstance(tok.value, int) else None
    if day is None:
        return None
    j = skip(tokens, i + 1, "of")
    month = _month_of(tokens, j)
    if month is not None and 1 <= day <= 31:
        return _with_year(tokens, j + 1, ctx, month=month, day=day, start=i)
    if tok.kind == ORD and word(tokens, i + 1) == "quarter" and 1 <= day <= 4:
        quarter_end = ctx.named_quarter_end(day)
        return Expression(i, i + 2, quarter_end, "the last day of that quarter")
    after = word(tokens, i + 1)
    if after in _NOT_A_DAY or not 1 <= day <= 31:
        return None
    digits = tok.text[0].isdigit()
    after_the = word(tokens, i - 1) == "the"
    if tok.kind == NUM and not after_the:
        return None  # a bare number is not a day of the month
    if not digits and i + 1 < len(tokens) and tokens[i + 1].kind in (NUM, ORD):
        return None  # "the first 90 days": an ordinal counting something, not a day
    if not digits and not (after_the and (after in ("", "of", "at", "latest") or (
            day >= 13 and after not in _ORDINAL_NOUNS))):
        return None  # "the second round", "first thing"; "the twenty-first and" is a day
    months_ahead, end = 0, i + 1
    if after == "of":
        k = skip(tokens, i + 2, "the", "this")
        if word(tokens, k) == "month":
            end = k + 1
        elif word(tokens, k) in ("next", "following") and word(tokens, k + 1) == "month":
            months_ahead, end = 1, k + 2
    found = ctx.next_day_of_month(day, months_ahead)
    return _dated(i, end, found, "the next such day of the month")


def numeric(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "3/14", "14/3/2026" (by the country's order) and ISO "2027-05-21"."""
    tok = tokens[i]
    parts = tok.value if isinstance(tok.value, tuple) else ()
    if tok.kind == ISO and len(parts) == 3:
        return _given(i, i + 1, full_date(parts[0], parts[1], parts[2]), ctx)
    if tok.kind != SLASH or len(parts) < 2:
        return None
    first, second = parts[0], parts[1]
    month, day = (first, second) if ctx.month_first else (second, first)
    if month > 12 and day <= 12:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(parts) == 3:
        return _given(i, i + 1, full_date(parts[2], month, day), ctx)
    return _dated(i, i + 1, ctx.next_month_day(month, day), "the next such date")


@lru_cache(maxsize=128)
def _names_by_first_word(
    calendar: BusinessCalendar, year: int
) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in known_names(calendar, year):
        index.setdefault(name[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in index.items()}


def holiday_starts(ctx: DateContext) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Holiday names of the country, by their first word."""
    return _names_by_first_word(ctx.calendar, ctx.said_on.year)


def holiday(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """A named holiday at ``i`` ("Thanksgiving", "New Year's Day", "the bank holiday")."""
    names = holiday_starts(ctx).get(word(tokens, i))
    if not names:
        return None
    for name in names:
        end = i + len(name)
        if tuple(word(tokens, k) for k in range(i, end)) != name:
            continue
        if word(tokens, end) in ("day", "weekend", "break", "holiday", "holidays", "eve"):
            if word(tokens, end) == "eve":
                return None  # "Christmas Eve" is its own day, matched by its own name
            end += 1
        if _as_context(tokens, i, end):
            return Expression(i, end, None, "a holiday named as a reason, not a time")
        day = holiday_date(name, ctx.calendar, ctx.said_on)
        title = " ".join(name).title()
        if day is None:
            return Expression(i, end, None, f"{title} (not a public holiday in {ctx.country})")
        return Expression(i, end, day, f"{title}, on its own date")
    return None


_CONTEXT_BEFORE = frozenset({"with", "given", "despite", "because", "due", "owing"})
_CONTEXT_AFTER = (("coming", "up"), ("approaching",), ("around", "the", "corner"), ("looming",),
                  ("on", "the", "horizon"), ("in", "the", "way"), ("getting", "in", "the"),
                  ("so", "close"), ("nearly", "here"), ("almost", "here"))


def _as_context(tokens: list[Token], i: int, end: int) -> bool:
    """Whether a holiday is named as a reason, not a time: "with Thanksgiving coming up",
    "given Christmas is so close"."""
    k = i - 2 if word(tokens, i - 1) == "the" else i - 1
    if word(tokens, k) in _CONTEXT_BEFORE or (
            word(tokens, k) in ("of", "to") and word(tokens, k - 1) in _CONTEXT_BEFORE):
        return True  # "with Easter coming", "because of the Easter break", "due to Christmas"
    k = skip(tokens, end, "is", "being", "so")
    return any(all(word(tokens, k + n) == w for n, w in enumerate(after))
               for after in _CONTEXT_AFTER)

