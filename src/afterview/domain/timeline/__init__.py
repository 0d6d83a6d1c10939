"""What the employer said about timing, read as a deadline (RULES.md §2).

``parse_timeline`` takes a phrase or a whole message and returns a ``Timeline``: the
deadline (the last day of the window in which the candidate should hear back), or a vague
promise, or nothing. It never raises for any text, and takes time linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from afterview.domain.calendar import calendar_for
from afterview.domain.errors import InputError
from afterview.domain.timeline.expression import fmt
from afterview.domain.timeline.grammar import find_expressions
from afterview.domain.timeline.promises import choose
from afterview.domain.timeline.resolve import DateContext
from afterview.domain.timeline.scope import spans_to_read
from afterview.domain.timeline.signals import invites_call
from afterview.domain.timeline.tokens import STOP, WORD, Token, fold, tokenize

__all__ = ["Timeline", "parse_timeline"]

Kind = Literal["deadline", "vague", "none"]


@dataclass(frozen=True, slots=True)
class Timeline:
    """A reading of the employer's words.

    ``deadline`` is set for a dated promise; ``vague`` for a promise with no resolvable
    date; neither when nothing promises a response. ``matched`` quotes the words the
    deadline (or the vague promise) came from; ``reading`` says how they were understood.
    ``invited_to_call`` is set when the words invite the candidate to phone ("feel free to
    call me if you haven't heard in two weeks"), whatever they promise.
    """

    deadline: date | None
    vague: bool
    matched: str | None
    reading: str | None = None
    span: tuple[int, int] | None = None  # character offsets of ``matched`` in the text
    invited_to_call: bool = False  # the words invite the candidate to phone (rule invited-to-call)

    @property
    def kind(self) -> Kind:
        if self.deadline is not None:
            return "deadline"
        return "vague" if self.vague else "none"

    @property
    def explanation(self) -> str:
        """One sentence, for the candidate, on what was understood."""
        if self.deadline is not None:
            return f'"{self.matched}" reads as {fmt(self.deadline)} ({self.reading}).'
        if self.vague:
            quoted = f' ("{self.matched}")' if self.matched else ""
            return f"A reply is promised{quoted}, but with no date."
        return "Nothing here promises a reply or a decision."

    def to_dict(self) -> dict[str, Any]:
        return {
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "vague": self.vague,
            "kind": self.kind,
            "matched": self.matched,
            "reading": self.reading,
            "explanation": self.explanation,
            "invited_to_call": self.invited_to_call,
        }


def parse_timeline(
    text: str, *, said_on: date, country: str = "US", subdivision: str | None = None
) -> Timeline:
    """Read what the employer said about timing into a deadline, a vague promise, or none.

    ``said_on`` is the day the words were said (usually the interview); dates resolve
    from it and never from the clock. ``country`` (and ``subdivision``) choose the
    holidays for business days and named holidays, and the order of slash dates ("3/4" is
    4 March in the US, 3 April in GB). Bad ``said_on`` or country raise ``InputError``;
    any ``text`` whatsoever is read without an exception.
    """
    if not isinstance(said_on, date):
        raise InputError("said_on must be a date", field="said_on")
    if isinstance(said_on, datetime):
        said_on = said_on.date()
    if not isinstance(country, str) or not country.strip():
        raise InputError("country must be an ISO 3166 code such as US or GB", field="country")
    calendar = calendar_for(country.strip(), subdivision)
    if not isinstance(text, str):
        return Timeline(None, False, None)
    ctx = DateContext(said_on, calendar.country, calendar)
    folded = fold(text)
    tokens: list[Token] = []
    for first, last in spans_to_read(folded):
        if tokens:
            tokens.append(Token(STOP, "\n\n", first, first))  # text left out between
        tokens.extend(tokenize(folded, first, last))
    expressions = find_expressions(tokens, ctx)
    invited = invites_call([tok.text if tok.kind == WORD else "" for tok in tokens])
    choice = choose(tokens, expressions)
    if choice.span is None:
        return Timeline(None, choice.vague, None, invited_to_call=invited)
    first, last = choice.span
    start, end = tokens[first].start, tokens[last - 1].end
    matched = " ".join(text[start:end].split())
    reading = choice.deadline.reading if choice.deadline is not None else None
    deadline = choice.deadline.deadline if choice.deadline is not None else None
    return Timeline(deadline, choice.vague, matched, reading, (start, end), invited)
