"""Times relative to the day the words were said: weekdays, weeks, months, parts of them.

Weeks run Monday to Sunday; "this", "next" and "the following" count in those weeks, and
"early / mid / late" pick the Tuesday / Wednesday / Friday of a week or the 10th / 15th /
last day of a month (RULES.md §2).
"""

from __future__ import annotations

from datetime import date, timedelta

from afterview.domain.timeline import dates
from afterview.domain.timeline.durations import duration
from afterview.domain.timeline.expression import Expression, skip, word
from afterview.domain.timeline.resolve import DateContext
from afterview.domain.timeline.tokens import ISO, NUM, ORD, QUARTER, SLASH, TIME, Token
from afterview.domain.timeline.words import BUSINESS, MONTHS, WEEKDAY_NAMES, WEEKDAYS

_PART_OF_DAY = ("morning", "afternoon", "evening", "night", "noon", "midday", "lunchtime")


def _at(start: int, end: int, day: date, reading: str) -> Expression:
    return Expression(start, end, day, reading)


def _vague(start: int, end: int, reading: str) -> Expression:
    return Expression(start, end, None, reading, vague=True)


def _past(start: int, end: int) -> Expression:
    return Expression(start, end, None, "a time in the past", past=True)


# --- weekdays -------------------------------------------------------------------------
def weekday(tokens: list[Token], i: int, ctx: DateContext, day: int, mode: str) -> Expression:
    """A weekday at ``i``; ``mode`` is how a prefix read it ("by", "this", "next")."""
    start = i
    j = i + 1
    k = skip(tokens, j + 1 if j < len(tokens) and tokens[j].kind == "," else j, "the")
    if (k < len(tokens) and tokens[k].kind in (ORD, NUM, SLASH, ISO)) or word(tokens, k) in MONTHS:
        explicit = _explicit(tokens, k, ctx)
        if explicit is not None and explicit.deadline is not None:
            return Expression(start, explicit.end, explicit.deadline, explicit.reading)
    while word(tokens, j) in _PART_OF_DAY or (j < len(tokens) and tokens[j].kind == TIME):
        j += 1
    after, after2 = word(tokens, j), word(tokens, j + 1)
    if after == "of":
        j, after, after2 = j + 1, after2, word(tokens, j + 2)
    if (after in ("next", "following") and after2 == "week") or (
            (after, after2) == ("the", "following")):
        end = j + 2 if after2 == "week" else skip(tokens, j + 2, "week")
        mode = "next"
    elif after == "this" and after2 == "week":
        end, mode = j + 2, "this"
    elif after == "after" and after2 == "next":
        end, mode = j + 2, "after next"
    elif after == "week" and mode == "by":  # "Friday week": a week after the coming Friday
        return _at(start, j + 1, ctx.weekday_after(day) + timedelta(days=7),
                   f"a week after the first {WEEKDAY_NAMES[day]} after the day it was said")
    else:
        end = j
    name = WEEKDAY_NAMES[day]
    if mode == "this":
        return _at(start, end, ctx.this_weekday(day), f"{name} of this week")
    if mode == "next":
        return _at(start, end, ctx.week_day(1, day), f"{name} of next week")
    if mode == "after next":
        return _at(start, end, ctx.week_day(2, day), f"{name} of the week after next")
    return _at(start, end, ctx.weekday_after(day), f"the first {name} after the day it was said")


def _explicit(tokens: list[Token], k: int, ctx: DateContext) -> Expression | None:
    kind = tokens[k].kind
    if kind in (SLASH, ISO):
        return dates.numeric(tokens, k, ctx)
    if kind in (ORD, NUM):
        return dates.day_number(tokens, k, ctx)
    return dates.month_name(tokens, k, ctx)


# --- references to a week, month, quarter or year ---------------------------------------
def _period(tokens: list[Token], i: int) -> tuple[str, int, int] | None:
    """ "this week", "the week", "next month", "the following week", "the week after next":
    the unit, how many ahead (-1: after "this", which the caller resolves) and the end."""
    j = skip(tokens, i, "the")
    w = word(tokens, j)
    ahead = 0
    if w in ("this", "current"):
        j += 1
    elif w in ("next", "following", "coming"):
        ahead, j = 1, j + 1
    if word(tokens, j) == "calendar":  # "the end of the calendar year"
        j += 1
    unit = word(tokens, j)
    if unit in ("wk",):
        unit = "week"
    if unit in ("week", "month", "quarter", "year"):
        if word(tokens, j + 1) == "after" and word(tokens, j + 2) == "next":
            return unit, 2, j + 3
        return unit, ahead, j + 1
    return None


_ELLIPTICAL_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (2, 15),
                     "middle": (2, 15)}


def _or_next(tokens: list[Token], period: tuple[str, int, int]) -> tuple[int, int, str]:
    """An elliptical range read by its upper end: "this week or next", "this month or the
    following one", "the end of the week or early next". Returns how many units later the
    range ends (0: no range), the token after it, and the part of that unit ("" = its end)."""
    unit, ahead, end = period
    if word(tokens, end) != "or" or ahead >= 2:
        return 0, end, ""
    j = skip(tokens, end + 1, "the")
    if j < len(tokens) and tokens[j].text in ("one", unit) and word(tokens, j + 1) == "after":
        return 1, j + 2, ""  # "next week or the one after"
    part = word(tokens, j)
    if part not in _ELLIPTICAL_PARTS:
        part = ""
    j = skip(tokens, j, "the", "early", "mid", "middle", "beginning", "start", "late", "end",
             "of", "-")
    if word(tokens, j) not in ("next", "following"):
        return 0, end, ""
    j += 1
    if word(tokens, j) in (unit, "one"):
        j += 1
    elif word(tokens, j) in ("week", "month", "quarter", "year"):
        return 0, end, ""  # "this week or next month": two times, each read on its own
    return 1, j, part


def _end_of(period: tuple[str, int, int], start: int, ctx: DateContext,
            tokens: list[Token] | None = None) -> Expression:
    unit, ahead, end = period
    later, part = 0, ""
    if tokens is not None:
        later, end, part = _or_next(tokens, period)
    if unit == "week":
        day = ctx.this_week(4) if ahead == 0 else ctx.week_day(ahead, 4)
        if not later:
            return _at(start, end, day, "the Friday of that week")
        day += timedelta(days=7)
        if part:
            day -= timedelta(days=4 - _ELLIPTICAL_PARTS[part][0])
        return _at(start, end, day, f"the {WEEKDAY_NAMES[day.weekday()]} of the later week")
    ahead += later
    if unit == "month" and part:
        return _at(start, end, ctx.month_day(ahead, _ELLIPTICAL_PARTS[part][1]),
                   f"{part} in the later month")
    if unit == "month":
        return _at(start, end, ctx.month_end(ahead), "the last day of that month")
    if unit == "quarter":
        return _at(start, end, ctx.quarter_end(ahead), "the last day of that quarter")
    return _at(start, end, ctx.year_end(ahead), "the last day of that year")


def end(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i + 1) != "of":
        return None
    j = skip(tokens, i + 2, "the", "this")
    w = word(tokens, j)
    if w in BUSINESS and word(tokens, j + 1) == "week":  # "the end of the working week"
        return _at(i, j + 2, ctx.this_week(4), "the Friday of that week")
    if w in ("day", "business", "play", "today"):
        end = skip(tokens, j + 1, "day", "today")
        return _at(i, end, ctx.said_on, "the end of the day it was said")
    if j < len(tokens) and tokens[j].kind == QUARTER:
        quarter = tokens[j].value
        value = quarter if isinstance(quarter, int) else 4
        return _at(i, j + 1, ctx.named_quarter_end(value), f"the last day of Q{value}")
    if w in MONTHS:
        found = dates.month_name(tokens, j, ctx)
        return None if found is None else Expression(i, found.end, found.deadline, found.reading)
    period = _period(tokens, i + 2)
    return None if period is None else _end_of(period, i, ctx, tokens)


def _part_of(tokens: list[Token], i: int, ctx: DateContext, *, weekday_: int, day: int,
             reading: str) -> Expression | None:
    """ "early/mid/late" + next week, next month, a named month or this week."""
    j = skip(tokens, i + 1, "-", "of", "in", "the", "part", "half", "portion", "stages", "days")
    w = word(tokens, j)
    if (w in MONTHS and w != "may") or (w == "may" and word(tokens, j + 1) != "be"):
        month = MONTHS[w]
        target = ctx.month_part(month, day) if day else ctx.month_window_end(month)
        return _at(i, j + 1, target, f"{reading} {w.title()}")
    period = _period(tokens, j)
    if period is None:
        return None
    unit, ahead, end = period
    if unit == "week":
        target = ctx.this_week(weekday_) if ahead == 0 else ctx.week_day(ahead, weekday_)
        return _at(i, end, target, f"{reading} that week")
    if unit == "month":
        target = ctx.month_day(ahead, day) if day else ctx.month_end(ahead)
        if target < ctx.said_on:
            target = ctx.month_day(ahead + 1, day)
        return _at(i, end, target, f"{reading} that month")
    if unit == "year" and day == 0:
        return _at(i, end, ctx.year_end(ahead), "late in that year")
    return None


def early(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i) == "start" and word(tokens, i + 1) != "of":
        return None
    if word(tokens, i) == "beginning" and word(tokens, i + 1) != "of":
        return None
    return _part_of(tokens, i, ctx, weekday_=1, day=10, reading="early in")


def half(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "the first part of next week" (early), "first half" (to the middle), "second half"."""
    part = word(tokens, i + 1)
    if part not in ("half", "part", "portion") or word(tokens, i + 2) != "of":
        return None
    if tokens[i].text == "first":
        if part == "half":
            return _part_of(tokens, i, ctx, weekday_=2, day=15, reading="the first half of")
        return _part_of(tokens, i, ctx, weekday_=1, day=10, reading="early in")
    return _part_of(tokens, i, ctx, weekday_=4, day=0, reading="late in")


def mid(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i) == "middle" and word(tokens, i + 1) != "of":
        return None
    if word(tokens, i) in ("midweek",) or (word(tokens, i) == "mid" and word(
            tokens, skip(tokens, i + 1, "-")) == "week"):
        end = i + 1 if word(tokens, i) == "midweek" else skip(tokens, i + 1, "-") + 1
        period = _period(tokens, skip(tokens, end, "of", "in"))  # "midweek next week"
        if period is not None and period[0] == "week":
            return _at(i, period[2], ctx.this_week(2) if period[1] == 0 else ctx.week_day(
                period[1], 2), "the middle of that week")
        return _at(i, end, ctx.this_week(2), "the middle of this week")
    if word(tokens, i + 1) == "-" or word(tokens, i + 1) == "month":
        k = skip(tokens, i + 1, "-")
        if word(tokens, k) == "month":
            day = ctx.month_day(0, 15)
            return _at(i, k + 1, day if day >= ctx.said_on else ctx.month_day(1, 15), "mid-month")
    return _part_of(tokens, i, ctx, weekday_=2, day=15, reading="the middle of")


def late(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i + 1) == "that":
        found = same(tokens, i + 1, ctx)
        if found is not None:
            return found.starting_at(i)
    if word(tokens, i + 1) in ("today", "tonight"):
        return _at(i, i + 2, ctx.said_on, "later the same day")
    return _part_of(tokens, i, ctx, weekday_=4, day=0, reading="late in")


# --- days -------------------------------------------------------------------------------
def today(tokens: list[Token], i: int, ctx: DateContext) -> Expression:
    end = skip(tokens, i + 1, *_PART_OF_DAY)
    return _at(i, end, ctx.said_on, "the day it was said")


def tomorrow(tokens: list[Token], i: int, ctx: DateContext) -> Expression:
    end = skip(tokens, i + 1, *_PART_OF_DAY)
    return _at(i, end, ctx.days(1), "the day after it was said")


# "the day after" at the end of a clause: the day after the date just named, which the grammar
# supplies ("we'll decide on Monday and call you the day after"); before an event, vague.
DAY_AFTER = "the day after"


def day_after(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i + 1) == "after" and word(tokens, i + 2) == "tomorrow":
        return _at(i, i + 3, ctx.days(2), "two days after it was said")
    after = word(tokens, i + 1)
    if (word(tokens, i - 1) == "the" and after == "after") or (
            word(tokens, i - 1) == "following" and word(tokens, i - 2) == "the"):
        first = i - 1 if after == "after" else i - 2
        last = i + 2 if after == "after" else i + 1
        nxt = tokens[last] if last < len(tokens) else None
        if nxt is None or nxt.kind not in ("w", NUM, ORD, SLASH, ISO) or nxt.text in (
                "that", "then", "at", "by", "latest"):
            return _vague(first, last, DAY_AFTER)
        if after == "after":
            return _vague(first, last, "the day after an event")
    if word(tokens, i - 1) == "the" and (after in _ENDS or (
            after == "is" and word(tokens, i + 2) in _IS_OUT)):  # "before the day is out"
        return _at(i - 1, i + 2 if after in _ENDS else i + 3, ctx.said_on,
                   "the end of the day it was said")
    return None


# Times that refer back to the date just named in the same sentence ("the panel meets on
# Friday and we'll let you know the same day"); the grammar supplies that date. With none
# named, "the same day" is vague and "the next (business) day" counts from said_on.
SAME_DAY = "the same day as the date named before it"
NEXT_DAY = "the next day"
NEXT_BUSINESS_DAY = "the next business day"


def same(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "the same day", "that same afternoon", "that day", "later that day"."""
    start = i
    if word(tokens, i) == "same":
        if word(tokens, i - 1) not in ("the", "that"):
            return None
        start = i - 1
    elif word(tokens, i + 1) == "same":
        i += 1
    after = word(tokens, i + 1)
    if after != "day" and after not in _PART_OF_DAY:
        return None
    if word(tokens, i + 2) in ("after", "before", "of", "as") or (
            tokens[start].text == "that" and word(tokens, i + 2) in ("is", "was", "works")):
        return None  # "that day works", "the same day as the panel": not a reference
    if word(tokens, start - 1) == "later":
        start -= 1
    return _vague(start, i + 2, SAME_DAY)


def then(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "by then", "until then", "before then": the date named just before, as "that day"."""
    if word(tokens, i - 1) not in ("by", "until", "till", "til", "before"):
        return None
    return _vague(i, i + 1, SAME_DAY)


def _next_day(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "the next day", "the next business day", "the following working day" at ``i``."""
    w = word(tokens, i + 1)
    if w in BUSINESS and word(tokens, i + 2) == "day":
        return _at(i, i + 3, ctx.business_days(1), NEXT_BUSINESS_DAY)
    if w == "day" and word(tokens, i - 1) == "the" and word(tokens, i + 2) != "or":
        return _at(i, i + 2, ctx.days(1), NEXT_DAY)
    return None


def morning(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "first thing in the morning", "in the morning": the next morning."""
    if word(tokens, i - 1) == "the" and word(tokens, i - 2) in ("in", "by") and word(
            tokens, i + 1) not in ("of", "and"):
        return _at(i - 2, i + 1, ctx.days(1), "the morning after it was said")
    return None


# --- this, next, the following, coming ----------------------------------------------------
def this(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    w = word(tokens, i + 1)
    if w in WEEKDAYS:
        return weekday(tokens, i + 1, ctx, WEEKDAYS[w], "this").starting_at(i)
    if w == "coming":
        return coming(tokens, i + 1, ctx, start=i)
    if w == "time":  # "this time next week", "this time tomorrow": that many days on
        after, unit = word(tokens, i + 2), word(tokens, i + 3)
        if after == "tomorrow":
            return _at(i, i + 3, ctx.days(1), "the day after it was said")
        if after == "next" and unit in ("week", "month"):
            day = ctx.days(7) if unit == "week" else ctx.months(1)
            return _at(i, i + 4, day, f"a {unit} from the day it was said")
    if w in _PART_OF_DAY:
        return _at(i, i + 2, ctx.said_on, "later the same day")
    if w in ("weekend", "wkend"):
        return _at(i, i + 2, ctx.week_day(0, 6), "the Sunday of this week")
    period = _period(tokens, i)
    return None if period is None else _end_of(period, i, ctx, tokens)


def next_(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    w = word(tokens, i + 1)
    if w in WEEKDAYS:
        return weekday(tokens, i + 1, ctx, WEEKDAYS[w], "next").starting_at(i)
    if w in ("weekend", "wkend"):
        return _at(i, i + 2, ctx.week_day(1, 6), "the Sunday of next week")
    if w in BUSINESS and word(tokens, i + 2) == "day":
        return _next_day(tokens, i, ctx)
    span = duration(tokens, i + 1, ctx)  # "the next few days" is a span, not a week
    if span is not None:
        return Expression(i, span.end, span.deadline, span.reading)
    if _spans(tokens, i):
        # "within the next week", "in the next day or two", "over the next fortnight": a
        # span of one unit, not the calendar week after this one
        span = duration(tokens, i + 1, ctx, starting_at=i)
        if span is not None:
            return span
    if w == "day" and not _spans(tokens, i):
        return _next_day(tokens, i, ctx)
    period = _period(tokens, i)
    if period is None:
        return None
    unit, _ahead, end = period
    if _spans(tokens, i) and unit == "quarter":
        return None
    if unit == "week" and word(tokens, end) == "or" and word(tokens, end + 1) == "two":
        return _at(i, end + 2, ctx.week_day(2, 4), "the Friday of the week after next")
    return _end_of(period, i, ctx, tokens)


_SPAN_WORDS = frozenset({"within", "in", "over", "during", "across", "throughout", "for"})


def _spans(tokens: list[Token], i: int) -> bool:
    """Whether "next" / "coming" at ``i`` opens a span: "within the next ...", "in the
    coming ...", "within next ..."."""
    before = word(tokens, i - 1)
    return (before == "the" and word(tokens, i - 2) in _SPAN_WORDS) or before == "within"


def coming(tokens: list[Token], i: int, ctx: DateContext, start: int | None = None) -> \
        Expression | None:
    first = i if start is None else start
    w = word(tokens, i + 1)
    if w in WEEKDAYS:
        return weekday(tokens, i + 1, ctx, WEEKDAYS[w], "by").starting_at(first)
    if w not in ("days", "weeks", "months"):  # "in the coming two weeks": a count, a span
        span = duration(tokens, i + 1, ctx)
        if span is None and _spans(tokens, first) and w in ("week", "fortnight", "month"):
            span = duration(tokens, i + 1, ctx, starting_at=first)
        if span is not None:
            return Expression(first, span.end, span.deadline, span.reading)
    if w in ("days", "weeks", "months"):
        return _vague(first, i + 2, f"in the coming {w}")
    if w == "week":
        return _at(first, i + 2, ctx.week_day(1, 4), "the Friday of the coming week")
    return None


def following(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    w = word(tokens, i + 1)
    if w == "day" and word(tokens, i - 1) == "the":
        return day_after(tokens, i + 1, ctx)
    if w in BUSINESS and word(tokens, i + 2) == "day":
        return _next_day(tokens, i, ctx)
    if w in WEEKDAYS:
        return weekday(tokens, i + 1, ctx, WEEKDAYS[w], "next").starting_at(i)
    period = _period(tokens, i)
    return None if period is None else _end_of(period, i, ctx)


# Nouns a weekend qualifies ("the weekend message"): then it names no time.
_WEEKEND_OF = frozenset({
    "msg", "message", "messages", "email", "emails", "text", "texts", "call", "calls", "shift",
    "shifts", "work", "plans", "note", "ping", "rota", "staff", "team", "crew", "hours",
})


def weekend(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    if word(tokens, i + 1) in _WEEKEND_OF:
        return None  # "sorry for the weekend message"
    before = {word(tokens, i - 1), word(tokens, i - 2)}
    if before & {"by", "before"}:
        return _at(i, i + 1, ctx.this_week(4), "before the weekend, the Friday")
    return _at(i, i + 1, ctx.week_day(0, 6) if ctx.said_on.weekday() < 6 else ctx.said_on,
               "the Sunday of this week")


_IS_OUT = frozenset({"out", "over", "up", "done", "through", "finished", "gone"})
_ENDS = frozenset({"ends", "finishes", "closes", "concludes", "wraps"})


def unit_end(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "month end", "year-end", "within the week" (the end of this one), and "before the
    week is out" / "before the month ends"."""
    k = skip(tokens, i + 1, "-")
    unit = word(tokens, i)
    if word(tokens, i - 1) in ("the", "this") and unit in ("week", "month", "quarter", "year"):
        after = word(tokens, i + 1)
        if after in _ENDS or (after == "is" and word(tokens, i + 2) in _IS_OUT):
            stop = i + 2 if after in _ENDS else i + 3
            return _end_of((unit, 0, stop), i - 1, ctx)
    inside = word(tokens, i - 1) == "the" and word(tokens, i - 2) in ("within", "during")
    if word(tokens, k) == "end" or inside:
        end = k + 1 if word(tokens, k) == "end" else i + 1
        return _end_of((unit, 0, end), i, ctx, tokens)
    if unit == "week" and word(tokens, i + 1) == "of" and word(tokens, i - 1) == "the":
        k = skip(tokens, i + 2, "the")  # "the week of the 16th": the Friday of that week
        if k < len(tokens) and (tokens[k].kind in (ORD, NUM, SLASH, ISO) or word(
                tokens, k) in MONTHS):
            named = _explicit(tokens, k, ctx)
            if named is not None and named.deadline is not None:
                friday = named.deadline + timedelta(days=4 - named.deadline.weekday())
                return _at(i - 1, named.end, max(friday, named.deadline),
                           "the Friday of that week")
    if unit == "week" and word(tokens, i + 1) == "after" and word(tokens, i - 1) == "the":
        if word(tokens, i + 2) == "next":
            return _at(i, i + 3, ctx.week_day(2, 4), "the Friday of the week after next")
        if i + 2 >= len(tokens) or tokens[i + 2].kind != "w":  # "possibly the week after."
            return _at(i, i + 2, ctx.week_day(2, 4), "the Friday of the week after next")
    return None


def vague(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """A promise of time with no date: "soon", "in due course", "as soon as", "the holidays"."""
    w = word(tokens, i)
    if w in ("soon", "shortly", "asap"):
        return _vague(i, i + 1, w)
    if w == "as" and word(tokens, i + 1) == "soon" and word(tokens, i + 2) == "as":
        return _vague(i, i + 3, "as soon as")
    if w == "due" and word(tokens, i + 1) == "course":
        return _vague(i, i + 2, "in due course")
    if w == "future":
        return _vague(i, i + 1, "in the future")
    if w == "holidays" or (w in ("holiday", "festive") and word(tokens, i + 1) in (
            "season", "weekend", "period", "break")):
        return _vague(i, i + 1 if w == "holidays" else i + 2, "the holidays")
    if w == "before" and word(tokens, i + 1) == "long":
        return _vague(i, i + 2, "before long")
    return None


def past(tokens: list[Token], i: int, ctx: DateContext) -> Expression | None:
    """ "yesterday", "last week", "earlier this week": times that are already behind."""
    w = word(tokens, i)
    if w == "yesterday":
        return _past(i, i + 1)
    nxt = word(tokens, i + 1)
    if nxt in WEEKDAYS or nxt in ("week", "month", "year", "night", "weekend", "time"):
        return _past(i, i + 2)
    if w == "earlier" and nxt in ("today", "this"):
        return _past(i, i + 2 if nxt == "today" else i + 3)
    return None
