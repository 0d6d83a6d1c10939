"""Spelling and grammar through Harper (offline, in Rust) with a shipped English word list.

Harper finds unknown words and a few reliable grammar mistakes. A word Harper does not
know is only reported when it is an ordinary word gone wrong: names and other
capitalised words mid-sentence, acronyms, words with digits or accents, words from the
record or the user's list, slang, British spellings (a second, British Harper) and
words in pyspellchecker's dictionary all pass. Both engines load once, lazily, on first
use: building Harper's dictionary takes about half a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from afterview.domain.checker.text import fold
from afterview.domain.checker.vocab import SLANG

# Harper rules precise enough on real drafts to report as grammar; many others flag
# non-native but acceptable phrasing, which the guidance does not ask us to correct.
GRAMMAR_RULES = frozenset({"RepeatedWords", "AnA", "CorrectNumberSuffix", "DoubleNegative"})

_UNSAFE = re.compile(r"[\ud800-\udfff\x00]")
_REPEATS = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True, slots=True)
class Problem:
    """A spelling or grammar problem: ``kind`` is the rule id, the span is into the text."""

    kind: str
    start: int
    end: int
    replacement: str | None


@cache
def _harper(british: bool) -> Any:
    import harper

    dialect = harper.Dialect.BRITISH if british else harper.Dialect.AMERICAN
    linter = harper.Linter(dialect)
    config: dict[str, bool | None] = dict.fromkeys(linter.get_default_lint_config(), False)
    config["SpellCheck"] = True
    if not british:
        config.update(dict.fromkeys(GRAMMAR_RULES, True))
    linter.set_lint_config(config)
    return linter


@cache
def _dictionary() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


@cache
def _british_word(word: str) -> bool:
    return not _harper(True).lint(word, language="plaintext")


def _known(word: str) -> bool:
    """Whether an all-lowercase word is a real word, a British spelling or a compound."""
    dictionary = _dictionary()
    if word in dictionary or _british_word(word):
        return True
    for suffix in ("s", "es", "ed", "d", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            if base in dictionary or base + "e" in dictionary:
                return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in dictionary and tail in dictionary and min(
            dictionary.word_usage_frequency(head), dictionary.word_usage_frequency(tail)
        ) > 1e-6:
            return True
    return False


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _is_candidate(text: str, start: int, end: int, word: str, known: frozenset[str]) -> bool:
    """Whether an unknown word may be a misspelling rather than a name, term or slang."""
    if not word.isascii() or not word.replace("'", "").isalpha():
        return False
    folded = fold(word)
    if folded in known or folded in SLANG or folded.split("'")[0] in known:
        return False
    if word[1:] != word[1:].lower():
        return False  # acronyms and names such as 'NetSuite'
    if word[0].isupper():
        if not _sentence_start(text, start):
            return False  # a proper noun
        following = text[end : end + 2]
        if following[:1] == " " and following[1:2].isupper():
            return False  # the first word of a name: 'Priya Nair'
        line = text[text.rfind("\n", 0, start) + 1 : end]
        if line.strip() == word and len(text) > end and text[end : end + 1] in ",\n ":
            return False  # a name alone on its line (a sign-off)
    if _REPEATS.search(folded) and _known(_REPEATS.sub(r"\1", folded)):
        return False  # stretched slang: 'sooo'
    return not _known(folded.split("'")[0])


def find_problems(text: str, *, known: Iterable[str] = ()) -> list[Problem]:
    """Misspelt words and reliable grammar mistakes in ``text``; ``known`` words pass."""
    safe = _UNSAFE.sub(" ", text)
    known_words = frozenset(fold(w) for w in known)
    problems: list[Problem] = []
    for rule, lints in _harper(False).organized_lints(safe, language="plaintext").items():
        for lint in lints:
            start, end = lint.span.start, lint.span.end
            replacement = lint.suggestions[0].replacement_text if lint.suggestions else None
            if rule in GRAMMAR_RULES:
                problems.append(Problem("grammar", start, end, replacement))
            elif rule == "SpellCheck" and _is_candidate(
                safe, start, end, safe[start:end], known_words
            ):
                word = safe[start:end].lower()
                guess = _dictionary().correction(word) if replacement is None else replacement
                problems.append(Problem("spelling", start, end, guess))
    return sorted(problems, key=lambda p: (p.start, p.end))
