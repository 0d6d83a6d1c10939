"""Which parts of a long text are read: the sentences that mention time or a reply.

A pasted email thread can run to many kilobytes of quotes, signatures and disclaimers. A
text longer than ``LONG_TEXT`` is cut into sentences, and only those that hold a word the
grammar or the promise cues know (or a digit) are read, up to ``READ_LIMIT`` characters of
them and at most ``MAX_SPANS`` stretches, in order: the newest message of a thread comes
first. This bounds the time any text takes; shorter texts are read whole.
"""

from __future__ import annotations

import re

from afterview.domain.timeline.cues import (
    AUDIENCES,
    BACK_VERBS,
    HEARING,
    INTRANSITIVE,
    MESSAGES,
    NOUNS,
    PASSIVE,
    TO_YOU,
)
from afterview.domain.timeline.named_days import ALIASES, EASTER, FIXED
from afterview.domain.timeline.words import (
    CAPITALISED_ONLY,
    CARDINALS,
    MONTHS,
    ORDINALS,
    SPELLINGS,
    UNITS,
    WEEKDAYS,
)

LONG_TEXT = 2_000
READ_LIMIT = 2_000
MAX_SPANS = 48
_LONGEST_SENTENCE = 400

ANCHORS = frozenset(
    list(WEEKDAYS) + list(MONTHS) + list(UNITS) + list(SPELLINGS) + list(CAPITALISED_ONLY)
    + list(CARDINALS) + list(ORDINALS) + list(NOUNS) + list(HEARING) + list(TO_YOU)
    + list(INTRANSITIVE) + list(PASSIVE) + list(BACK_VERBS) + list(MESSAGES) + list(AUDIENCES)
    + [w for name in (*ALIASES, *FIXED, *EASTER) for w in name if len(w) > 3]
    + [
        "today", "tonight", "tomorrow", "yesterday", "weekend", "soon", "shortly", "course",
        "future", "holiday", "holidays", "quarter", "year", "midweek", "fortnight", "know",
        "touch", "back", "reach", "follow", "hire", "fill", "expect", "receive", "give",
        "allow", "posted", "eow", "eod", "asap", "q1", "q2", "q3", "q4", "bank",
    ]
)


def _trie_pattern(words: list[str]) -> str:
    """A regular expression for any of ``words``, branching letter by letter (a trie).

    Python's engine tries the alternatives of a flat list one by one at every position;
    a trie tries one branch, which keeps the search over a long text in milliseconds.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return build(trie)


_ANCHOR = re.compile(
    r"(?<![a-z])" + _trie_pattern(sorted(w for w in ANCHORS if w.isalpha()))
    + r"(?![a-z])|\d"
)
_BREAK = re.compile(r"[.!?;]+|\n")
_BREAK_CHARS = ".!?;\n"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def spans_to_read(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` to read, in order; the whole text when it is short."""
    if len(text) <= LONG_TEXT:
        return [(0, len(text))]
    lowered = text.translate(_ASCII_LOWER)  # same length, so offsets stay true
    spans: list[tuple[int, int]] = []
    budget = READ_LIMIT
    pos = 0
    while budget > 0 and len(spans) < MAX_SPANS:
        m = _ANCHOR.search(lowered, pos)
        if m is None:
            break
        at = m.start()
        floor = max(spans[-1][1] if spans else 0, at - _LONGEST_SENTENCE)
        start = max(text.rfind(ch, floor, at) for ch in _BREAK_CHARS) + 1
        start = max(start, floor)
        stop = _BREAK.search(text, at, at + _LONGEST_SENTENCE)
        end = stop.end() if stop else min(len(text), at + _LONGEST_SENTENCE)
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)  # neighbours stay one stretch of text
        else:
            spans.append((start, end))
        budget -= end - start
        pos = max(end, at + 1)
    return spans
