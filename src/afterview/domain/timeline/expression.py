"""A time expression found in a message, and small helpers the grammar modules share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from afterview.domain.timeline.tokens import DASH, NUM, ORD, WORD, Token

# Longest span allowed for a deadline: anything later is read as no date at all, which also
# keeps huge numbers ("in 99999999 days") from overflowing the calendar.
HORIZON_DAYS = 3660


@dataclass(frozen=True, slots=True)
class Expression:
    """Tokens ``start:end`` name a time; ``deadline`` is the window's last day, if any.

    ``reading`` says in words how the expression was understood. ``past`` marks times
    that lie behind ("last week"), ``vague`` marks promises with no date ("soon").
    """

    start: int
    end: int
    deadline: date | None
    reading: str
    past: bool = False
    vague: bool = False

    def starting_at(self, start: int) -> Expression:
        """The same expression, taken to begin at an earlier token (a prefix it owns)."""
        # Built directly: ``dataclasses.replace`` costs several times as much.
        return Expression(start, self.end, self.deadline, self.reading, self.past, self.vague)


def word(tokens: list[Token], i: int) -> str:
    """The word (or dash) at ``i``, or "" when ``i`` is past the end or holds neither."""
    if 0 <= i < len(tokens):
        tok = tokens[i]
        if tok[0] in _WORDISH:  # by index: faster than the field names on this hot path
            return tok[1]
    return ""


_WORDISH = frozenset({WORD, DASH})


def skip(tokens: list[Token], i: int, *words: str) -> int:
    """``i`` moved past any run of the given words."""
    while word(tokens, i) in words and word(tokens, i):
        i += 1
    return i


def count(tokens: list[Token], i: int) -> int | None:
    """The whole number at ``i`` (digits or words), if any."""
    if 0 <= i < len(tokens) and tokens[i].kind == NUM:
        value = tokens[i].value
        if isinstance(value, int):
            return value
    return None


def ordinal(tokens: list[Token], i: int) -> int | None:
    """The ordinal at ``i`` ("21st", "first"), if any."""
    if 0 <= i < len(tokens) and tokens[i].kind == ORD:
        value = tokens[i].value
        if isinstance(value, int):
            return value
    return None


def fmt(day: date) -> str:
    """A date as people read it: "Fri 13 Mar 2026"."""
    return day.strftime("%a %d %b %Y").lstrip("0").replace(" 0", " ")
