"""Spelling through a shipped English word list; grammar through Harper (Rust, offline).

Spelling: every word is looked up in pyspellchecker's English dictionary (about 160,000
words with frequencies). A word it lacks is reported only when it is an ordinary word
gone wrong: names and other capitalised words mid-sentence, acronyms, words with digits
or accents, addresses, words from the record or the user's list, slang, greetings,
titles and courtesies in other languages ('Merci', 'Salamat'), clipped words ('sched'),
British spellings (mapped to their American form), inflections and compounds of known
words all pass. Lookups are set membership, so the cost is linear in the text.

Grammar: Harper with a handful of rules precise enough on real drafts; Harper sees only
the first ``GRAMMAR_SPAN`` characters, because its cost grows fast on non-words.
Both engines load lazily, once, on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from afterview.domain.checker.form import GREETING_WORDS, TITLE_WORDS
from afterview.domain.checker.text import fold
from afterview.domain.checker.vocab import FOREIGN_COURTESY, SLANG

GRAMMAR_RULES = frozenset({"RepeatedWords", "AnA", "CorrectNumberSuffix", "DoubleNegative"})
"""Harper rules reported as grammar; others flag non-native but acceptable phrasing."""
GRAMMAR_SPAN = 20_000
MAX_SPELLING = 200
"""At most this many misspellings are reported (and suggested) per draft."""

_UNSAFE = re.compile(r"[\ud800-\udfff\x00]")
_CHUNK = re.compile(r"\S+")
_ADDRESS = re.compile(r"[@/\\]|^www\.|\.(?:com|org|net|io|dev|edu|gov|co)\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_REPEATS = re.compile(r"(.)\1{2,}")
_CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
_INFLECTIONS = (("s", False), ("es", False), ("ed", True), ("d", False), ("ing", True),
                ("ly", False), ("er", True), ("ers", True))
_VERB_IZE = re.compile(r"(?:is|iz)(?:e|ed|es|ing|ation|ations)$")
_TITLES = ("mr.", "mrs.", "ms.", "dr.", "prof.", "st.")
HARPER_LOOKUPS = 30
"""Unknown words checked against Harper per draft; past that, unknown means misspelt."""
_BRITISH = (
    (re.compile(r"our"), "or"),
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ae|oe"), "e"),
)
_BRITISH_WORDS = frozenset(
    [
        "whilst", "amongst", "learnt", "spelt", "dreamt", "burnt", "cheque", "cheques", "tyre",
        "tyres", "kerb", "aluminium", "mum", "cosy", "jewellery", "enrol", "enrols", "fulfil",
        "fulfils", "skilful", "wilful", "plough", "pyjamas", "sceptical", "grey", "storey",
        "draught", "gaol", "programme", "judgement", "acknowledgement", "ageing",
    ]
)


# Greetings, titles and courtesies the checker reads as such ('Namaste', 'Engr.', 'Oga',
# 'Merci'), whatever their language: never misspellings.
_FORMS_OF_ADDRESS = FOREIGN_COURTESY | GREETING_WORDS | TITLE_WORDS


@dataclass(frozen=True, slots=True)
class Problem:
    """A spelling or grammar problem: ``kind`` is the rule id, the span is into the text."""

    kind: str
    start: int
    end: int
    replacement: str | None


@cache
def _harper() -> Any:
    import harper

    linter = harper.Linter(harper.Dialect.AMERICAN)
    config: dict[str, bool | None] = dict.fromkeys(linter.get_default_lint_config(), False)
    config.update(dict.fromkeys(GRAMMAR_RULES, True))
    linter.set_lint_config(config)
    return linter


@cache
def _harper_speller(british: bool = False) -> Any:
    import harper

    linter = harper.Linter(harper.Dialect.BRITISH if british else harper.Dialect.AMERICAN)
    config: dict[str, bool | None] = dict.fromkeys(linter.get_default_lint_config(), False)
    config["SpellCheck"] = True
    linter.set_lint_config(config)
    return linter


@lru_cache(maxsize=4096)
def _harper_knows(word: str) -> bool:
    """Harper's curated dictionary knows newer words ('inbox', 'ransomware')."""
    return not _harper_speller().lint(word, language="plaintext") or not _harper_speller(
        True
    ).lint(word, language="plaintext")


@cache
def _dictionary() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _in_dictionary(word: str) -> bool:
    dictionary = _dictionary()
    if word in dictionary or word in _BRITISH_WORDS:
        return True
    return any(
        pattern.search(word) and pattern.sub(repl, word) in dictionary
        for pattern, repl in _BRITISH
    )


def _known(word: str) -> bool:
    """Whether a lowercase word is a real word, a British spelling, an inflection of a
    known word, or a compound of two common words ('makerspace')."""
    if _in_dictionary(word):
        return True
    for suffix, may_drop_e in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            if suffix == "d" and not base.endswith("e"):
                continue
            if _in_dictionary(base) or _compound(base) or (
                may_drop_e and _in_dictionary(base + "e")
            ):
                return True
    stem = _VERB_IZE.sub("", word)
    if stem != word and len(stem) >= 4 and any(
        _in_dictionary(stem + ending) for ending in ("", "e", "y", "ous", "ic", "al", "ity")
    ):
        return True  # '-ise' and '-ize' verbs made from a known word: 'anonymised'
    return _compound(word)


# Short words that never start a closed compound: 'thenext', 'andthe' are slips.
_FUNCTION_HEADS = frozenset([
    "the", "and", "for", "you", "are", "was", "but", "not", "can", "has", "had", "its", "his",
    "her", "our", "any", "all", "one", "two", "who", "how", "why", "may", "did", "get", "got",
    "too", "see",
])


def _compound(word: str) -> bool:
    """Two common words written together ('makerspace', 'wireframe', 'cutover')."""
    dictionary = _dictionary()
    first = 3 if len(word) >= 7 and word[:3] not in _FUNCTION_HEADS else 4
    for cut in range(first, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if head in dictionary and tail in dictionary and min(
            dictionary.word_usage_frequency(head), dictionary.word_usage_frequency(tail)
        ) > 2e-6:
            return True
    return False


COMMON = 1e-6
"""Frequency in the word list above which a word counts as common (about 'stanza')."""
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"(?<!^)[aeiou]+")


def _skeleton(word: str) -> str:
    """The word's consonants after the first letter, doubles merged ('greatful' → 'grtfl')."""
    return _VOWELS.sub("", _DOUBLES.sub(r"\1", word))


@cache
def _common_skeletons() -> dict[str, tuple[str, ...]]:
    """Common words by their skeleton, for misspellings two edits away ('schedual')."""
    dictionary = _dictionary()
    index: dict[str, list[str]] = {}
    for word, count in dictionary.word_frequency.dictionary.items():
        if len(word) >= 6 and count and dictionary.word_usage_frequency(word) >= COMMON:
            index.setdefault(_skeleton(word), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


def near_common_word(word: str) -> bool:
    """Whether an unknown word is an ordinary word gone wrong, not a foreign or trade word.

    A misspelling is one edit (a letter left out, added, changed or swapped, or a doubled
    letter) from a common word ('foward', 'usefull', 'tommorow'), two common words run
    together ('thankyou'), or, for longer words, a common word with its vowels confused
    ('greatful', 'schedual'). A word near nothing common is kept as written: foreign words
    ('wahala'), trade terms ('animatic') and names of things.
    """
    if _clipping(word):
        return False
    dictionary = _dictionary()
    freq = dictionary.word_usage_frequency
    forms = {word, _DOUBLES.sub(r"\1", word)}
    for form in forms:
        if any(_common_form(c) for c in dictionary.known(dictionary.edit_distance_1(form))):
            return True
    for cut in range(3, len(word) - 2):
        if freq(word[:cut]) >= 10 * COMMON and freq(word[cut:]) >= 10 * COMMON:
            return True
    if len(word) >= 7:
        for c in _common_skeletons().get(_skeleton(word), ()):
            if abs(len(c) - len(word)) <= 2 and c[0] == word[0]:
                return True
    return False


@cache
def _common_words() -> tuple[str, ...]:
    """Common words in order, for finding the words that start with a given prefix."""
    dictionary = _dictionary()
    return tuple(sorted(
        w for w, count in dictionary.word_frequency.dictionary.items()
        if count and w.isalpha() and dictionary.word_usage_frequency(w) >= COMMON
    ))


def _clipping(word: str) -> bool:
    """Whether a word is a common word cut short ('sched', 'reqs'), as in texts and notes.

    The cut must drop at least three letters and leave at least four (three before a
    plural 's'); a word one or two letters short of a common word ('stil', 'interes')
    is a slip, not a clipping.
    """
    plural = word.endswith("s") and len(word) >= 4
    base = word[:-1] if plural else word
    if len(base) < (3 if plural else 4):
        return False
    words = _common_words()
    start = bisect_left(words, base)
    longer = False
    for candidate in words[start:]:
        if not candidate.startswith(base):
            break
        if len(candidate) - len(base) <= 2:
            return False
        longer = True
    return longer


def _common_form(word: str) -> bool:
    """Whether a known word is common, or an inflection of a common word ('scheduling')."""
    freq = _dictionary().word_usage_frequency
    if freq(word) >= COMMON:
        return True
    for suffix, add in (("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("s", ""),
                        ("es", ""), ("er", "e"), ("er", "")):
        if (word.endswith(suffix) and len(word) - len(suffix) >= 4
                and freq(word[: -len(suffix)] + add) >= COMMON):
            return True
    return False


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 200) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _misspelt(text: str, start: int, end: int, known: frozenset[str]) -> bool | None:
    """Whether the word at ``start:end`` is an ordinary word spelt wrong: ``None`` when
    only Harper's dictionary can tell."""
    word = text[start:end].replace("’", "'")
    if not word.isascii() or len(word) < 3 or len(word) > 30:
        return False  # two letters are an abbreviation more often than a slip ('fx', 'pm')
    if text[end : end + 1] in ("-", "_") or text[max(0, start - 1) : start] in ("-", "_"):
        return False  # part of a compound, handle or identifier
    folded = word.lower()
    for clitic in _CLITICS:
        if folded.endswith(clitic):
            folded = folded[: -len(clitic)]
            break
    if not folded or folded in known or folded in SLANG or folded in _FORMS_OF_ADDRESS:
        return False
    if fold(word) in known:
        return False
    if word[1:] != word[1:].lower():
        return False  # acronyms and names such as 'NetSuite'
    if word[0].isupper():
        after_title = text[max(0, start - 20) : start].rstrip().lower().endswith(_TITLES)
        if after_title or not _sentence_start(text, start):
            return False  # a proper noun
        following = text[end : end + 2]
        if following[:1] == " " and following[1:2].isupper():
            return False  # the first word of a name: 'Priya Nair'
        line_end = text.find("\n", end, end + 300)
        line = text[text.rfind("\n", max(0, start - 300), start) + 1 : line_end % (len(text) + 1)]
        if len(line.split()) <= 3 and not line.rstrip().endswith((".", "?", "!")):
            return False  # a short line of names: a sign-off or a greeting
    if _REPEATS.search(folded) and _known(_REPEATS.sub(r"\1", folded)):
        return False  # stretched slang: 'sooo'
    if "'" in folded or _known(folded):
        return False
    return None


def _mask_address(m: re.Match[str]) -> str:
    """Blank out e-mail addresses, URLs and paths, keeping offsets."""
    chunk = m.group()
    return " " * len(chunk) if _ADDRESS.search(chunk) else chunk


def find_problems(
    text: str, *, known: Iterable[str] = (), grammar: bool = True
) -> list[Problem]:
    """Misspelt words and reliable grammar mistakes in ``text``; ``known`` words pass."""
    safe = _CHUNK.sub(_mask_address, _UNSAFE.sub(" ", text))
    known_words = frozenset(fold(w) for w in known)
    problems: list[Problem] = []
    lookups = 0
    for match in _WORD.finditer(safe):
        verdict = _misspelt(safe, match.start(), match.end(), known_words)
        if verdict is None:
            word = match.group().lower().replace("’", "'")
            lookups += 1
            verdict = (lookups > HARPER_LOOKUPS or not _harper_knows(word)) and (
                near_common_word(word)
            )
        if verdict:
            word = match.group().lower()
            guess = _dictionary().correction(word)
            problems.append(Problem("spelling", match.start(), match.end(),
                                    guess if guess != word else None))
            if len(problems) >= MAX_SPELLING:
                break
    if grammar:
        head = safe[:GRAMMAR_SPAN]
        for lint in _harper().lint(head, language="plaintext"):
            replacement = lint.suggestions[0].replacement_text if lint.suggestions else None
            problems.append(Problem("grammar", lint.span.start, lint.span.end, replacement))
    return sorted(problems, key=lambda p: (p.start, p.end))
