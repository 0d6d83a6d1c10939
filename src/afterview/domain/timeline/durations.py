"""Spans of time: "in 3 days", "within ten business days", "a week or two", "7–10 days".

A range counts by its upper bound, hedges ("about", "or so") are ignored, and the loose
counts follow RULES.md §2: a couple / a few / several days are 2 / 3 / 5 business days,
a couple / a few / several weeks are 14 / 21 / 28 days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from afterview.domain.timeline.expression import HORIZON_DAYS, Expression, skip, word
from afterview.domain.timeline.resolve import DateContext, shift_months
from afterview.domain.timeline.tokens import COMMA, DASH, NUM, Token
from afterview.domain.timeline.words import BUSINESS, UNITS, WEEKDAY_NAMES, WEEKDAYS

LOOSE = {"couple": 2, "few": 3, "several": 5}  # as business days
LOOSE_LABELS = {"couple": "a couple of days", "few": "a few days", "several": "several days"}
LOOSE_WEEKS = {"couple": 2, "few": 3, "several": 4}
LOOSE_MONTHS = {"couple": 2, "few": 3, "several": 4}
_MORE = ("more", "additional", "extra", "further", "full", "whole", "odd")
_CONNECTORS = ("to", "or", "and", "-", "through", "till", "until")
_DAY_WORDS = ("workdays", "weekdays", "workday", "weekday")
# The words that may follow a single count ("a", "an", "another", "one") in a span; after
# any other word (or none), a single count starts no span.
_AFTER_ONE = (frozenset(LOOSE) | frozenset(_MORE) | frozenset(_DAY_WORDS) | frozenset(BUSINESS)
              | frozenset(UNITS) | {"number", "half", "calendar"})
_ONE = frozenset({"a", "an", "another", "one"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """How many units: an exact amount, or a loose word ("couple", "few", "several")."""

    amount: float
    loose: str | None
    end: int


def _amount(tokens: list[Token], i: int) -> float | None:
    if 0 <= i < len(tokens) and tokens[i].kind == NUM:
        value = tokens[i].value
        if isinstance(value, (int, float)):
            return float(value)
    return None


def quantity(tokens: list[Token], i: int) -> Quantity | None:
    """A count before a unit: "3", "three to five", "a", "a couple of", "few", "1.5"."""
    w = word(tokens, i)
    if w in ("a", "an", "another", "one"):
        after = word(tokens, i + 1)
        if after in LOOSE or after == "number":
            return _loose(tokens, i + 1)
        if _amount(tokens, i + 1) is not None:
            return quantity(tokens, i + 1)  # "a two-week window"
        if after == "half":
            return Quantity(0.5, None, i + 2)
        return Quantity(1.0, None, i + 1)
    if w in LOOSE:
        return _loose(tokens, i)
    amount = _amount(tokens, i)
    if amount is None:
        return None
    j = _restated(tokens, i + 1, amount)
    if word(tokens, j) == "and" and word(tokens, j + 1) == "a" and word(tokens, j + 2) == "half":
        return Quantity(amount + 0.5, None, j + 3)
    connector = tokens[j].text if j < len(tokens) and tokens[j].kind in (DASH, "w") else ""
    if connector in _CONNECTORS:
        upper = _amount(tokens, j + 1)
        if upper is not None and upper >= amount:
            return Quantity(upper, None, j + 2)
    return Quantity(amount, None, j)


def _restated(tokens: list[Token], j: int, amount: float) -> int:
    """``j`` moved past a number restated in brackets: "five (5) business days"."""
    if (j + 2 < len(tokens) and tokens[j].text == "(" and _amount(tokens, j + 1) == amount
            and tokens[j + 2].text == ")"):
        return j + 3
    return j


def _loose(tokens: list[Token], i: int) -> Quantity:
    j = skip(tokens, i + 1, "of")
    return Quantity(0.0, word(tokens, i) if word(tokens, i) in LOOSE else "couple", j)


def duration(
    tokens: list[Token], i: int, ctx: DateContext, *, starting_at: int | None = None
) -> Expression | None:
    """A span of time starting at token ``i``, resolved from the day it was said.

    With ``starting_at`` (the token of a prefix such as "the next"), a unit with no count
    before it counts one ("within the next week").
    """
    if starting_at is None and word(tokens, i) in _ONE:  # a quick look: "a", "an" ...
        k = i + 1
        if k >= len(tokens) or (tokens[k].kind not in (NUM, DASH)
                                and word(tokens, k) not in _AFTER_ONE):
            return None
    if starting_at is None and i > 0 and tokens[i - 1].text in _PERIOD_OF:
        return None  # "the first 90 days" in the job: a period, not a wait
    qty = quantity(tokens, i)
    if qty is None and starting_at is not None:
        qty = Quantity(1.0, None, i)
    if qty is None:
        return None
    j = skip(tokens, qty.end, *_MORE)
    business: bool | None = None
    w = word(tokens, j)
    if (w in BUSINESS and w not in _DAY_WORDS) or w == "calendar":
        business = w != "calendar"
        j += 1
        if j < len(tokens) and tokens[j].kind == DASH:
            j += 1
        w = word(tokens, j)
    elif j < len(tokens) and tokens[j].kind == DASH:  # "two-week"; "31/hour" is a rate
        if tokens[j].text == "/":
            return None
        j += 1
        w = word(tokens, j)
    if w in _DAY_WORDS:
        unit, business = "day", True
    else:
        unit = UNITS.get(w, "")
    if not unit:
        return None
    j += 1
    amount, loose = qty.amount, qty.loose
    # "a week or two", "a day or two", "a week and a half"
    if word(tokens, j) == "or" and loose is None:
        after_or = _amount(tokens, j + 1)
        if after_or is None:  # "a week or tow": after "or", a slip of a small number
            after_or = _SLIPPED_NUMBERS.get(word(tokens, j + 1))
        if after_or is not None and word(tokens, j + 2) not in UNITS:
            amount, j = max(amount, after_or or amount), j + 2  # not "a week or 10 days"
    if word(tokens, j) == "and" and word(tokens, j + 1) == "a" and word(tokens, j + 2) == "half":
        amount, j = amount + 0.5, j + 3
    j = _hedges(tokens, j)
    bound = _upper_bound(tokens, j, unit)  # "1 week, 2 max", "5 biz days, 7 at most"
    if bound is not None and loose is not None and unit in ("week", "month"):
        base = (LOOSE_WEEKS if unit == "week" else LOOSE_MONTHS)[loose]
        amount, loose = float(base), None  # "a couple of weeks, three at most"
    if bound is not None and loose is None:
        amount, j = max(amount, bound[0]), bound[1]
    if word(tokens, j) == "ago":
        return Expression(i, j + 1, None, "a time in the past", past=True)
    if word(tokens, j) == "from" and (word(tokens, j + 1) == "when" or (
            word(tokens, j + 1) in ("the", "your", "their")
            and word(tokens, j + 2) in _FROM_EVENT)):
        k = skip(tokens, j + 1, "the", "your", "their", "date", "day", "of", *_INTERVIEW_WORDS)
        if word(tokens, k) in ("interview", "interviews"):
            j = k + 1  # "two weeks from the date of the interview": from said_on
        else:  # "2-3 weeks from the date applications closed"
            return Expression(i if starting_at is None else starting_at, j + 1, None,
                              "a span counted from another event", vague=True)
    if word(tokens, j) in ("of", "after", "following") and word(tokens, j + 1) not in (
            "now", "today", ""):
        k = skip(tokens, j + 1, *_INTERVIEW_WORDS)
        if word(tokens, k) == "assessment" and word(tokens, k + 1) in ("centre", "center", "day"):
            j = k + 2  # "within a few days of the assessment centre", the interview itself
        elif word(tokens, k) in ("interview", "interviews"):
            j = k + 1  # "within ten days of your interview": the day the words were said
        else:  # "within 48 hours of the reference checks"
            return Expression(i if starting_at is None else starting_at, j + 1, None,
                              "a span counted from another event", vague=True)
    deadline, reading = _resolve(amount, loose, unit, business, ctx)
    if deadline is None:
        return None
    if unit in ("day", "week", "fortnight") and not business:
        anchor = _anchor(tokens, j, ctx)  # "a week on Friday", "ten days from tomorrow"
        if anchor is not None:
            start_day, j, label = anchor
            deadline += start_day - ctx.said_on
            reading = f"{reading} after {label}"
    return Expression(i if starting_at is None else starting_at, j, deadline, reading)


def _anchor(tokens: list[Token], j: int, ctx: DateContext) -> tuple[date, int, str] | None:
    """The day a span counts from when it is not the day the words were said: "a week on
    Friday", "two weeks from Monday" (the first such weekday after said_on), "a week
    tomorrow", "ten days from tomorrow". Returns that day, the token after, and its name."""
    w = word(tokens, j)
    if w in ("on", "from"):
        j += 1
        w = word(tokens, j)
    elif w != "tomorrow":
        return None
    if w == "tomorrow":
        return ctx.said_on + timedelta(days=1), j + 1, "tomorrow"
    day = WEEKDAYS.get(w)
    if day is None:
        return None
    label = f"the first {WEEKDAY_NAMES[day]} after the day it was said"
    return ctx.weekday_after(day), j + 1, label


# What a span counted "from the ..." may start at, other than the day it was said.
_FROM_EVENT = frozenset({"date", "day", "time", "closing", "completion", "end", "receipt",
                         "close", "start", "submission"})
_SLIPPED_NUMBERS: dict[str, float] = {"tow": 2, "too": 2, "twp": 2, "tree": 3, "thre": 3,
                                      "fuor": 4}
_PERIOD_OF = frozenset({"first", "last", "past", "initial", "opening", "final"})
# Words between "of" and "interview" in a span counted from the interview itself, which is
# the day the words were said ("within ten working days of your final interview").
_INTERVIEW_WORDS = ("the", "your", "their", "our", "this", "today's", "final", "last",
                    "second", "first", "panel", "onsite", "on-site", "in-person", "video")


def _upper_bound(tokens: list[Token], j: int, unit: str) -> tuple[float, int] | None:
    """An upper bound given after a span as a bare number: "1 week, 2 max", "5 days, 7 at
    most", "2 weeks, 3 weeks tops", "a week, maybe two". Returns the number and the token
    after the phrase."""
    k = j + 1 if j < len(tokens) and tokens[j].kind in (COMMA, DASH) else j
    hedged = word(tokens, k) in ("maybe", "perhaps", "possibly", "probably", "or")
    if hedged:
        k += 1  # "in a week, maybe two"
    elif word(tokens, k) == "make" and word(tokens, k + 1) == "that":
        hedged, k = True, k + 2  # "within 3 business days — make that 5"
    amount = _amount(tokens, k) if k < len(tokens) and tokens[k].kind == NUM else None
    if amount is None:
        return None
    k += 1
    if word(tokens, k) in UNITS:
        if UNITS[word(tokens, k)] != unit:
            return None  # "a fortnight, perhaps three weeks": counted in another unit
        k += 1
    w = word(tokens, k)
    if hedged and w not in ("max", "tops", "maximum", "latest", "at"):
        return amount, k
    if w in ("max", "tops", "maximum", "latest"):
        return amount, k + 1
    if w == "at" and word(tokens, k + 1) in ("most", "the", "latest"):
        k = skip(tokens, k + 1, "the")
        if word(tokens, k) in ("most", "latest"):
            return amount, k + 1
    return None


def _hedges(tokens: list[Token], j: int) -> int:
    """Skip what may follow a span without changing it: "or so", "-ish", "time", "from now"."""
    for _ in range(3):
        w = word(tokens, j)
        if w == "or" and word(tokens, j + 1) in ("so", "less", "sooner"):
            j += 2
        elif w in ("ish", "time", "tops", "max", "maximum", "max.", "at"):
            if w == "at" and not (word(tokens, j + 1) == "most" or (word(tokens, j + 1) == "the"
                                  and word(tokens, j + 2) == "most")):
                break
            j = skip(tokens, j + 1, "the", "most") if w == "at" else j + 1
        elif (w == "from" and word(tokens, j + 1) in ("now", "today")) or (
                w == "-" and word(tokens, j + 1) == "ish"):
            j += 2
        else:
            break
    return j


def _resolve(
    amount: float, loose: str | None, unit: str, business: bool | None, ctx: DateContext
) -> tuple[date | None, str]:
    """The deadline for ``amount`` units after said_on, and how it was read."""
    if unit == "day":
        if loose is not None and business is not False:
            n = LOOSE[loose]
            return _business(n, ctx), f"{LOOSE_LABELS[loose]}, read as {n} business days"
        n = math.ceil(amount)
        if business:
            return _business(n, ctx), f"{n} business days"
        return _days(n, ctx), f"{n} calendar days"
    if unit == "hour":
        n = 0 if loose is not None else math.ceil(amount / 24)
        return _days(n, ctx), f"{n} day{'s' if n != 1 else ''} (counted in hours)"
    if unit in ("week", "fortnight"):
        weeks = LOOSE_WEEKS[loose] if loose is not None else amount
        if unit == "fortnight":
            weeks *= 2
        if business and loose is None:
            n = math.ceil(weeks * 5)
            return _business(n, ctx), f"{n} business days"
        n = math.ceil(weeks * 7)
        return _days(n, ctx), f"{n} days"
    months = LOOSE_MONTHS[loose] if loose is not None else amount
    whole = math.floor(months)
    extra = round((months - whole) * 30)
    if whole > HORIZON_DAYS // 28:
        return None, ""
    day = shift_months(ctx.said_on, whole) + timedelta(days=extra)
    label = f"{whole} month{'s' if whole != 1 else ''}" + (f" and {extra} days" if extra else "")
    return day, f"{label}, same day number"


def _days(n: int, ctx: DateContext) -> date | None:
    return ctx.days(n) if 0 <= n <= HORIZON_DAYS else None


def _business(n: int, ctx: DateContext) -> date | None:
    return ctx.business_days(n) if 0 <= n <= HORIZON_DAYS * 5 // 7 else None
