"""Word matching that tolerates the ways people shorten or inflect a word."""

from __future__ import annotations

import re

from afterview.domain.checker.text import fold
from afterview.domain.checker.vocab import ORDINALS

_PIECE = re.compile(r"[^\W_]+")


def canon(word: str) -> str:
    """A folded word with ordinals spelt out ('7th' → 'seventh')."""
    word = fold(word)
    return ORDINALS.get(word, word)


def pieces(text: str) -> list[str]:
    """Words split at hyphens and apostrophes too ('no-show' → 'no', 'show'), canonical."""
    return [canon(m.group()) for m in _PIECE.finditer(text.replace("&", " and "))]


_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "es", "ed", "s", "e",
             "y", "al", "ly")


def stem(word: str) -> str:
    """The word without one common English suffix ('nursing', 'nurse' → 'nurs')."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def akin(word: str, target: str) -> bool:
    """Whether ``word`` can stand for ``target``: equal, an abbreviation or an inflection.

    'tech' stands for 'technician', 'deliveries' for 'delivery', 'nursing' for 'nurse'.
    Short words must match exactly, so 'the' never stands for 'theatre', and a shared
    start such as 'inter-' is not enough ('interview' is not 'intercompany').
    """
    if word == target:
        return True
    if len(word) < 3 or len(target) < 3 or word[:2] != target[:2]:
        return False
    if len(target) >= 5 and target.startswith(word):
        return True
    if stem(word) == stem(target):
        return True
    return _common_prefix(word, target) >= max(5, min(len(word), len(target)) - 3)
