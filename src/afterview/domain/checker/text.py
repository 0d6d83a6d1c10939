"""Text plumbing for the checker: a lowercase view that keeps offsets, sentences, tokens.

Every detector works on ``Draft.low``, which has exactly the length of the original text,
so a match's span is also a span into what the user wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from afterview.domain.checker.keys import Keys, Scanner, scanner
from afterview.domain.checker.vocab import ORDINALS

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# Titles and abbreviations that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
        "no", "approx", "dept", "mt", "ft", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
        # professional and regional titles before a name: 'Ar. Lim', 'Engr. Bello'
        "ar", "atty", "engr", "archt", "capt", "sgt", "hon", "rev", "supt", "insp", "sra",
        "srta", "mme", "mlle", "dra", "dott",
    ]
)
# A full stop ends a sentence unless it closes a title or abbreviation ('Mr.', 'e.g.');
# the look-behinds run only after a full stop has matched, so the scan stays fast.
_NOT_AFTER = "".join(f"(?<!\\b{re.escape(a)}\\.)" for a in sorted(_ABBREVIATIONS))
_SENTENCE_END = re.compile(rf"(?:\.{_NOT_AFTER}|[!?…])[.!?…]*[\"')\]]*(?=\s|$)|\n")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def lower_same_length(text: str) -> str:
    """Lowercase ``text`` with curly quotes and dashes made plain, keeping every offset."""
    plain = text.translate(_QUOTES)
    low = plain.lower()
    if len(low) == len(plain):
        return low
    # A few characters (such as 'İ') lowercase to two; keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in plain)


def fold(word: str) -> str:
    """A name or word without accents and case, for comparing 'Tomás' with 'tomas'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits, inner apostrophes and hyphens)."""
    return [fold(m.group()) for m in _WORD.finditer(text)]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a line without end punctuation) as a span of the draft."""

    start: int
    end: int
    low: str

    @property
    def is_question(self) -> bool:
        """Whether the sentence ends with (or contains) a question mark."""
        return "?" in self.low


def split_sentences(low: str) -> list[Sentence]:
    """Split on end punctuation and line breaks, not on titles such as 'Mr.' or 'Dr.'."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(low):
        _append(sentences, low, start, match.end())
        start = match.end()
    _append(sentences, low, start, len(low))
    return sentences


def _append(sentences: list[Sentence], low: str, start: int, end: int) -> None:
    chunk = low[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    real_start = start + lead
    real_end = real_start + len(stripped)
    sentences.append(Sentence(real_start, real_end, low[real_start:real_end]))


@dataclass
class Draft:
    """A draft prepared once for all detectors."""

    text: str
    kind: str
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.low = lower_same_length(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The draft's sentences in order."""
        return split_sentences(self.low)

    @cached_property
    def words(self) -> list[tuple[str, int, int]]:
        """Every word of the draft, folded, with its span."""
        return [
            (w if w.isascii() else fold(w), m.start(), m.end())
            for m in _WORD.finditer(self.low)
            for w in (m.group(),)
        ]

    @cached_property
    def word_list(self) -> list[str]:
        """Every word of the draft, folded, in order (``words`` without the spans)."""
        found: list[str] = _WORD.findall(self.low)
        if self.low.isascii():  # already lowercase, so already folded
            return found
        return [w if w.isascii() else fold(w) for w in found]

    @cached_property
    def token_words(self) -> list[str]:
        """The words with ordinals spelt out ('7th' → 'seventh')."""
        if self.folded_words.isdisjoint(ORDINALS):
            return self.word_list
        return [ORDINALS.get(w, w) for w in self.word_list]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, for finding the sentence around an offset."""
        return [s.start for s in self.sentences]

    @cached_property
    def folded_words(self) -> frozenset[str]:
        """Every word of the draft, folded, for quick membership tests."""
        return frozenset(self.word_list)

    def search(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of a lowercase pattern anywhere in the draft."""
        return pattern.finditer(self.low)

    @cached_property
    def _keys_found(self) -> tuple[Scanner, dict[int, frozenset[str]]]:
        """The keys found in each sentence (by start offset), from one scan of each."""
        scan = scanner()
        return scan, {s.start: scan.longest(s.low) for s in self.sentences}

    def sentences_with(self, keys: Keys) -> list[Sentence]:
        """The sentences that contain one of ``keys``: a cheap filter before a regex."""
        scan, found = self._keys_found
        if keys.version > scan.size:  # keys registered after this draft was scanned
            return [s for s in self.sentences if keys.in_text(s.low)]
        wanted = keys.expanded(scan)
        return [s for s in self.sentences if not wanted.isdisjoint(found[s.start])]

    def contains(self, sentence: Sentence, keys: Keys) -> bool:
        """Whether ``sentence`` (one of this draft's) contains one of ``keys``."""
        scan, found = self._keys_found
        here = found.get(sentence.start)
        if here is None or keys.version > scan.size:  # not scanned for these keys
            return keys.in_text(sentence.low)
        return not keys.expanded(scan).isdisjoint(here)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any (offsets between them have none)."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def find(self, pattern: re.Pattern[str], keys: Keys) -> Iterator[tuple[int, int]]:
        """Spans of ``pattern`` within the sentences that contain one of ``keys``."""
        for sentence in self.sentences_with(keys):
            for m in pattern.finditer(sentence.low):
                yield sentence.start + m.start(), sentence.start + m.end()

    def first_span(self) -> tuple[int, int]:
        """The span of the first sentence, where findings about a missing part point."""
        if not self.sentences:
            return (0, 0)
        first = self.sentences[0]
        return (first.start, first.end)

    def last_span(self) -> tuple[int, int]:
        """The span of the last sentence (the sign-off, in an email)."""
        if not self.sentences:
            return (0, 0)
        last = self.sentences[-1]
        return (last.start, last.end)
