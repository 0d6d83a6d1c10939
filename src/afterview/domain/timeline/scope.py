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


# Where the history of a thread starts: a reply header, a forwarded or original message.
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:On [^\n]{4,200}wrote:[ \t]*$|-{2,} ?(?:Original|Forwarded) [Mm]essage ?-{2,}"
    r"|From: [^\n]{1,200}\n[ \t]*(?:Sent|Date): )",
    re.MULTILINE,
)
# A note on top that hands on the message below: then the message below is read too.
_FORWARDING = re.compile(
    r"(?i)\bforward(?:ing|ed)?\b|\bsee below\b|\bbelow from\b"
    r"|\b(?:note|update|message|email|reply|response|news) below\b"
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


def _newest_message(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` that are the newest message of a thread: before the first
    reply or forward header (when something comes before it) and outside lines quoted
    with ">". A message that starts with a forwarded one is read whole."""
    end = len(text)
    if "wrote:" in text or "From:" in text or "-- " in text or "--F" in text or "--O" in text:
        header = _QUOTE_HEADER.search(text)
        if (header is not None and text[: header.start()].strip()
                and not _FORWARDING.search(text, 0, header.start())
                and "orward" not in header.group()):
            end = header.start()
    if ">" not in text[:end]:
        return [(0, end)]
    ranges: list[tuple[int, int]] = []
    start = 0
    for quoted in _QUOTED_LINE.finditer(text, 0, end):
        if quoted.start() > start:
            ranges.append((start, quoted.start()))
        start = quoted.end()
    if start < end:
        ranges.append((start, end))
    return ranges or [(0, 0)]


def spans_to_read(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` to read, in order: the newest message of a thread
    (see ``_newest_message``), whole when it is short, else its sentences that mention
    time or a reply."""
    ranges = _newest_message(text)
    if sum(b - a for a, b in ranges) <= LONG_TEXT:
        return ranges
    text = text[: ranges[-1][1]]
    lowered = text.translate(_ASCII_LOWER)  # same length, so offsets stay true
    if len(ranges) > 1:  # blank the quoted lines, keeping offsets, so nothing there is read
        lowered = " " * ranges[0][0] + "".join(
            lowered[a:b] + " " * ((ranges[n + 1][0] if n + 1 < len(ranges) else b) - b)
            for n, (a, b) in enumerate(ranges))
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
