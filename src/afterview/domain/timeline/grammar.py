"""The grammar of time expressions: finds each one in a token list and resolves it.

The scan goes left to right and, at each token, tries the few rules that can start there,
each looking ahead a bounded number of tokens; the first rule that matches wins and the
scan resumes after it. So the work is linear in the length of the message, whatever it
holds: no backtracking over the text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from afterview.domain.timeline import dates, relative
from afterview.domain.timeline.durations import duration
from afterview.domain.timeline.expression import Expression
from afterview.domain.timeline.resolve import DateContext
from afterview.domain.timeline.signals import SAY_VERBS
from afterview.domain.timeline.tokens import (
    COMMA,
    DASH,
    ISO,
    NEWLINE,
    NUM,
    ORD,
    QUARTER,
    SLASH,
    STOP,
    TIME,
    WORD,
    Token,
)
from afterview.domain.timeline.words import MONTHS, WEEKDAYS

Rule = Callable[[list[Token], int, DateContext], Expression | None]

# The rules a word can start, by that word.
_RULES: dict[str, Rule] = {
    "today": relative.today, "tonight": relative.today, "tomorrow": relative.tomorrow,
    "day": relative.day_after, "same": relative.same, "that": relative.same,
    "then": relative.then,
    "morning": relative.morning,
    "this": relative.this, "next": relative.next_,
    "coming": relative.coming, "following": relative.following,
    "end": relative.end, "close": relative.end,
    "early": relative.early, "beginning": relative.early, "start": relative.early,
    "mid": relative.mid, "middle": relative.mid, "midweek": relative.mid,
    "late": relative.late, "later": relative.late, "latter": relative.late,
    "weekend": relative.weekend, "week": relative.unit_end, "month": relative.unit_end,
    "quarter": relative.unit_end, "year": relative.unit_end,
    "soon": relative.vague, "shortly": relative.vague, "asap": relative.vague,
    "as": relative.vague, "due": relative.vague, "future": relative.vague,
    "holidays": relative.vague, "holiday": relative.vague, "festive": relative.vague,
    "before": relative.vague,
    "yesterday": relative.past, "last": relative.past, "earlier": relative.past,
}
_COUNT_WORDS = frozenset({"a", "an", "another", "couple", "few", "several", "one"})
# Words that may start a rule (named holidays aside), and kinds of token that never do.
_START_WORDS = frozenset(_RULES) | frozenset(WEEKDAYS) | frozenset(MONTHS) | _COUNT_WORDS
_NO_START = frozenset({STOP, COMMA, DASH, NEWLINE, TIME})


def find_expressions(tokens: list[Token], ctx: DateContext) -> list[Expression]:
    """Every time expression in ``tokens``, in order, none overlapping."""
    found: list[Expression] = []
    holiday_words = dates.holiday_starts(ctx)
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.kind
        if kind in _NO_START or (kind == WORD and tok.text not in _START_WORDS
                                 and tok.text not in holiday_words):
            i += 1  # a quick look: no rule can start here
            continue
        try:
            expr = _expression_at(tokens, i, ctx, holiday_words)
        except (OverflowError, ValueError):  # a date beyond the calendar's range
            expr = None
        if expr is not None and expr.end > i:
            if expr.reading == relative.DAY_AFTER:
                expr = _day_after(expr, found)
            elif expr.reading in _REFERRING:
                expr = _refer(expr, found, tokens, ctx)
            found.append(expr)
            i = expr.end
        else:
            i += 1
    return found


def _day_after(expr: Expression, found: list[Expression]) -> Expression:
    """ "the day after", read as the day after the last date named before it, if any."""
    named = next((e for e in reversed(found) if e.deadline is not None), None)
    if named is None or named.deadline is None:
        return expr
    return Expression(expr.start, expr.end, named.deadline + timedelta(days=1),
                      "the day after the date named before it")


_REFERRING = frozenset({relative.SAME_DAY, relative.NEXT_DAY, relative.NEXT_BUSINESS_DAY})


def _refer(expr: Expression, found: list[Expression], tokens: list[Token],
           ctx: DateContext) -> Expression:
    """ "the same day", "the next (business) day": the date named before it (for "the next
    day", in the same sentence; else "the next day" counts from said_on)."""
    named = found[-1] if found else None
    if named is None and expr.reading == relative.SAME_DAY and any(
            tokens[t].text in SAY_VERBS for t in range(max(0, expr.start - 30), expr.start)):
        # "they said they would call that afternoon": the day the words were said
        return Expression(expr.start, expr.end, ctx.said_on, "the day it was said")
    if named is None or named.deadline is None or named.past or (
            expr.reading != relative.SAME_DAY  # "that day" may point back past a full stop
            and any(tokens[t].kind == STOP for t in range(named.end, expr.start))):
        return expr
    if expr.reading == relative.SAME_DAY:
        return Expression(expr.start, expr.end, named.deadline, "the date named before it")
    if expr.reading == relative.NEXT_DAY:
        return Expression(expr.start, expr.end, named.deadline + timedelta(days=1),
                          "the day after the date named before it")
    return Expression(expr.start, expr.end, ctx.calendar.add_business_days(named.deadline, 1),
                      "the business day after the date named before it")


def _expression_at(
    tokens: list[Token], i: int, ctx: DateContext,
    holiday_words: dict[str, tuple[tuple[str, ...], ...]],
) -> Expression | None:
    tok = tokens[i]
    kind = tok.kind
    if kind == WORD:
        text = tok.text
        if text in holiday_words:
            found = dates.holiday(tokens, i, ctx)
            if found is not None:
                return found
        rule = _RULES.get(text)
        if rule is not None:
            found = rule(tokens, i, ctx)
            if found is not None:
                return found
        if text in WEEKDAYS:
            return relative.weekday(tokens, i, ctx, WEEKDAYS[text], "by")
        if text in MONTHS:
            return dates.month_name(tokens, i, ctx)
        if text in _COUNT_WORDS:
            return duration(tokens, i, ctx)
        return None
    if kind == NUM:
        return duration(tokens, i, ctx) or dates.day_number(tokens, i, ctx)
    if kind == ORD:
        if tok.text in ("first", "second"):
            found = relative.half(tokens, i, ctx)
            if found is not None:
                return found
        return dates.day_number(tokens, i, ctx)
    if kind in (SLASH, ISO):
        return dates.numeric(tokens, i, ctx)
    if kind == QUARTER:
        value = tok.value if isinstance(tok.value, int) else 4
        end = ctx.named_quarter_end(value)
        return Expression(i, i + 1, end, f"the last day of Q{value}")
    return None
