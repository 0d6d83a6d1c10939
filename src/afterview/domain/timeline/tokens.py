"""Tokens of an employer's message: words, numbers, dates, and the breaks between clauses.

One pass of a regular expression with no nested repetition keeps tokenizing linear in the
length of the text. Tokens keep their character span in the original text, so the part a
deadline came from can be quoted back exactly. Words come out lower case, with contractions
opened ("we'll" → "we will"), common short forms and one-letter typos corrected
("nxt" → "next", "thrusday" → "thursday") and numbers in words turned into numbers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from afterview.domain.timeline.words import (
    CAPITALISED_ONLY,
    CARDINALS,
    FUZZY_TARGETS,
    HOLIDAY_STEMS,
    MONTHS,
    NEAR_KEYWORDS,
    ORDINALS,
    PROTECTED,
    SPELLINGS,
    TENS,
    TIME_ZONES,
    UNITS,
    WEEKDAYS,
)

WORD, NUM, ORD, SLASH, ISO, TIME, QUARTER = "w", "n", "o", "/", "iso", "t", "q"
STOP, COMMA, DASH, NEWLINE = ".", ",", "-", "nl"
FILLER = "um"  # "by, um, next Wednesday": dropped with its commas before the grammar runs


class Token(NamedTuple):
    """One token: its kind, normalised text, span in the original text, and value."""

    kind: str
    text: str
    start: int
    end: int
    value: int | float | tuple[int, ...] | None = None
    capital: bool = False


# Length-preserving folds, so spans found in the folded text index the original too.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2026": ".", "\u2028": "\n", "\u2029": "\n", "\r": " ", "\t": " ",
})

# Words, the commonest tokens, are tried early: only "quarter" (before them) can also start
# with a letter; every other alternative starts with a character no word starts with. No
# token starts with a space, and the look-ahead saying so lets the search skip spaces fast.
_TOKEN = re.compile(
    r"(?=[^ ])(?:"
    r"(?P<quarter>[qQ][1-4])(?![A-Za-z\d])"
    r"|(?P<word>(?:2(?:mor+o+w?|mrw|mro|day|nite|night)|[bB]4)(?![A-Za-z\d])"
    r"|[A-Za-z]+(?:'[A-Za-z]+)?)"
    r"|(?P<iso>\d{4}-\d{1,2}-\d{1,2})(?![\d])"
    r"|(?P<slash>\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\d/])"
    r"|(?P<dotted>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?![\d]|\.\d)"
    r"|(?P<time>\d{1,2}(?:[:.]\d\d)? ?[aApP]\.?[mM](?![A-Za-z])\.?|\d{1,2}:\d\d)"
    r"|(?P<num>\d+(?:\.\d+)?)(?:(?P<sfx>st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z]))?"
    r"|(?P<para>\n *\n)"
    r"|(?P<nl>\n)"
    r"|(?P<stop>[.!?;]+)"
    r"|(?P<comma>[,:()\[\]])"
    r"|(?P<dash>-+|/)"
    r")"
)

_CONTRACTIONS = {"ll": "will", "d": "would", "re": "are", "ve": "have", "m": "am"}
_FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "erm", "er", "ehm", "hmm", "mm"})
# Words after which "wed", "sat", "sun" or "mar" in lower case name the day or month.
_BEFORE_A_DAY = frozenset({
    "by", "on", "before", "until", "till", "til", "this", "next", "from", "thru", "through",
    "latest", "or", "and", "than", "following", "coming",
})
# Real words that are a slip of a unit after these ("end of the moth", "next weak").
_SLIPPED_UNITS = {"moth": "month", "moths": "months", "weak": "week", "weaks": "weeks"}
_BEFORE_A_UNIT = frozenset({"the", "this", "next", "following", "coming", "a", "one", "per",
                            "that"})
# "ill" is "I'll" typed without its apostrophe when one of these follows ("ill get back").
_AFTER_ILL = frozenset({
    "get", "be", "call", "let", "send", "email", "text", "message", "reach", "update", "have",
    "circle", "ring", "phone", "follow", "give", "check", "try", "keep", "see", "know", "write",
    "contact", "touch", "confirm", "revert", "ping", "come", "definitely", "probably", "def",
    "also", "hopefully", "likely",
})
_NEGATIVES = {"wo": "will", "ca": "can", "sha": "shall"}
_KNOWN = frozenset(
    list(FUZZY_TARGETS) + list(PROTECTED) + list(NEAR_KEYWORDS) + list(CARDINALS) + list(ORDINALS)
    + list(WEEKDAYS) + list(MONTHS) + list(UNITS) + list(TIME_ZONES)
)
# Deleting one letter from a keyword maps to that keyword; "" marks a clash between two.
_DELETIONS: dict[str, str] = {}
for _target in sorted(FUZZY_TARGETS):
    for _i in range(len(_target)):
        _key = _target[:_i] + _target[_i + 1:]
        _prev = _DELETIONS.get(_key)
        _DELETIONS[_key] = _target if _prev in (None, _target) else ""
_MEMO: dict[str, str] = {}
_MEMO_LIMIT = 50_000


def _nearest_keyword(word: str) -> str:
    """The keyword one typo (a letter added, dropped, changed or swapped) from ``word``."""
    found = set()
    direct = _DELETIONS.get(word)
    if direct and len(direct) == len(word) + 1:
        found.add(direct)  # a letter dropped: "tomorow"
    for i in range(len(word)):
        cut = word[:i] + word[i + 1:]
        if cut in FUZZY_TARGETS and not (i == len(cut) and (
                cut in HOLIDAY_STEMS or word[-1] in "sdr")):
            found.add(cut)  # a letter added: "weeek"; not an ending: "updated", "decides"
        near = _DELETIONS.get(cut)
        if near and len(near) == len(word) and _one_change(word, near):
            found.add(near)  # a letter changed or two swapped: "thrusday"
    if len(found) > 1:  # "weesk": "weeks" swapped beats "week" with a letter added
        found = {f for f in found if len(f) == len(word)} or found
    return found.pop() if len(found) == 1 else word


def _one_change(typed: str, target: str) -> bool:
    """Whether two words of equal length differ by one letter or one swap of neighbours."""
    diffs = [i for i, (a, b) in enumerate(zip(typed, target, strict=True)) if a != b]
    if len(diffs) == 1:
        return True
    return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
            and typed[diffs[0]] == target[diffs[1]] and typed[diffs[1]] == target[diffs[0]])


def _spelling(word: str, capital: bool = False) -> str:
    """The word the grammar should see for a lower-case ``word`` (may be several words);
    ``capital`` when it was typed capitalised (then a short word may be a name: no typo
    correction)."""
    known = SPELLINGS.get(word)
    if known is not None:
        return known
    if word in _KNOWN or len(word) < 3 or (capital and len(word) < 5) or not word.isascii():
        return word
    memo = _MEMO.get(word)
    if memo is None:
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        memo = _MEMO[word] = _nearest_keyword(word)
    return memo


def _number(text: str) -> int | float | None:
    if len(text) > 9:  # far too big to be a count of days, and int() would be slow
        return None
    return float(text) if "." in text else int(text)


def fold(text: str) -> str:
    """``text`` with curly quotes, dashes and odd spaces made plain, same length."""
    return text.translate(_FOLD)


def tokenize(text: str, first: int = 0, last: int | None = None) -> list[Token]:
    """The tokens of ``text[first:last]`` (already folded), in order, with spans in ``text``;
    characters that make no token are skipped."""
    tokens: list[Token] = []
    append = tokens.append
    readings = _READINGS
    new = _new_token
    tens = False  # whether a number word could join the next one ("twenty-one")
    for m in _TOKEN.finditer(text, first, len(text) if last is None else last):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "word":  # the common case: the reading of each word is worked out once
            raw = m.group()
            found = readings.get(raw)
            if found is None:
                found = _remember(raw)
            reading, joins, by_stop = found
            if by_stop:  # the reading depends on whether a full stop follows
                reading, joins, _ = _remember_at(raw, text[end:end + 1] == ".")
            tens = tens or joins
            for word_kind, word, value, capital in reading:
                append(new(Token, (word_kind, word, start, end, value, capital)))
            continue
        if kind == "sfx":  # an ordinal's suffix closes last
            kind = "num"
        if kind == "num":
            sfx = m.group("sfx")
            digits = m.group("num")
            value = _number(digits)
            if value is None:
                continue
            if sfx and isinstance(value, int):
                append(Token(ORD, digits + sfx.lower(), start, end, value))
            else:
                append(Token(NUM, digits, start, end, value))
        elif kind in {"slash", "iso", "dotted"}:  # "16.03.2026" reads as "16/03/2026"
            parts = tuple(int(p) for p in re.split(r"[/.-]", m.group()))
            append(Token(ISO if kind == "iso" else SLASH, m.group(), start, end, parts))
        elif kind == "time":
            append(Token(TIME, m.group().lower(), start, end))
            if m.group().endswith(".") and _ends_sentence(text, end):
                append(Token(STOP, ".", end - 1, end))  # "due at 5pm. Reach out ..."
        elif kind == "quarter":
            append(Token(QUARTER, m.group().lower(), start, end, int(m.group()[1])))
        elif kind == "para":
            append(Token(STOP, "\n\n", start, end))
        elif kind == "nl":
            append(Token(NEWLINE, "\n", start, end))
        elif kind == "stop":
            append(Token(STOP, m.group()[0], start, end))
        elif kind == "comma":
            append(Token(COMMA, m.group(), start, end))
        else:
            append(Token(DASH, m.group()[0], start, end))
    return _second_pass(tokens) if tens else tokens


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the full stop closing a time ("5pm.", "4 p.m.") also ends its sentence:
    the text ends there, or a line break or a capitalised word follows — but not a day,
    month or time zone, which goes on with the time ("by 5 p.m. Friday, Eastern")."""
    rest = text[end:end + 3].lstrip(" ")
    if not rest or rest[0] == "\n":
        return True
    if not rest[0].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    word = following.group(1).lower() if following else ""
    return not (word in WEEKDAYS or word in MONTHS or word in TIME_ZONES
                or SPELLINGS.get(word, "") in WEEKDAYS or SPELLINGS.get(word, "") in MONTHS)


_NEXT_WORD = re.compile(r" *([A-Za-z]+)")


# How each word as typed reads, worked out once: (kind, text, value, capital) per token,
# and whether one of them is a number word that may join the next ("twenty-one").
_Reading = tuple[tuple[str, str, int | float | None, bool], ...]
_Found = tuple[_Reading, bool, bool]
# By word as typed: its reading, whether it joins, and whether a following full stop would
# change it (then ``_READINGS_AT`` holds the reading by word and "followed by a stop").
_READINGS: dict[str, _Found] = {}
_READINGS_AT: dict[tuple[str, bool], _Found] = {}
_new_token = tuple.__new__  # Token's own constructor, without its keyword defaults


def _joins(reading: _Reading) -> bool:
    """Whether a reading needs the second pass: a number word that may join the next
    ("twenty-one"), a filler ("um"), or "ill" that may be "I'll"."""
    return any((word_kind == NUM and word in TENS) or word_kind == FILLER or word == "ill"
               or word in CAPITALISED_ONLY or word in _SLIPPED_UNITS
               for word_kind, word, _, _ in reading)


def _remember(raw: str) -> _Found:
    """The reading of a word as typed, worked out once (see ``_READINGS``)."""
    if len(_READINGS) >= _MEMO_LIMIT:
        _READINGS.clear()
    plain = _read_word(raw, followed_by_stop=False)
    by_stop = _read_word(raw, followed_by_stop=True) != plain
    found = _READINGS[raw] = (plain, _joins(plain), by_stop)
    return found


def _remember_at(raw: str, followed_by_stop: bool) -> _Found:
    """The reading of a word whose reading depends on a full stop following it."""
    key = (raw, followed_by_stop)
    found = _READINGS_AT.get(key)
    if found is None:
        if len(_READINGS_AT) >= _MEMO_LIMIT:
            _READINGS_AT.clear()
        reading = _read_word(raw, followed_by_stop=followed_by_stop)
        found = _READINGS_AT[key] = (reading, _joins(reading), True)
    return found


def _read_word(raw: str, *, followed_by_stop: bool) -> _Reading:
    capital = raw[0].isupper()
    lower = raw.lower()
    base, _, suffix = lower.partition("'")
    extra: str | None = None
    if suffix:
        if lower == "let's":
            base, extra = "let", "us"
        elif suffix == "t" and base.endswith("n"):
            base = _NEGATIVES.get(base[:-1], base[:-1])
            extra = "not"
        elif suffix in _CONTRACTIONS:
            extra = _CONTRACTIONS[suffix]
        elif suffix != "s":
            base = lower  # "o'clock": keep as typed
    if base in _FILLERS and not suffix:
        return ((FILLER, base, None, False),)
    if raw == "HR":
        return ((WORD, "hr", None, True),)  # the department; "hr" in lower case is an hour
    if base in CAPITALISED_ONLY and (capital or followed_by_stop):
        spelled = CAPITALISED_ONLY[base]
    else:
        spelled = _spelling(base, capital)
    pieces = [_word(word, capital) for word in spelled.split(" ")]
    if extra is not None:
        pieces.append((WORD, extra, None, False))
    return tuple(pieces)


def _word(word: str, capital: bool) -> tuple[str, str, int | float | None, bool]:
    cardinal = CARDINALS.get(word)
    if cardinal is not None:
        return (NUM, word, cardinal, False)
    ordinal = ORDINALS.get(word)
    if ordinal is not None:
        return (ORD, word, ordinal, False)
    return (WORD, word, None, capital)


def _second_pass(tokens: list[Token]) -> list[Token]:
    """Join "twenty-one" and "thirty first" into one number or ordinal, drop fillers with
    the commas around them ("by, um, next Wednesday"), open "ill get back" into "I will
    get back", and read "by wed" as Wednesday."""
    out: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.kind == FILLER:
            if out and out[-1].kind == COMMA:
                out.pop()
            i += 1
            if i < n and tokens[i].kind == COMMA and out:
                i += 1
            continue
        if (tok.kind == WORD and tok.text in CAPITALISED_ONLY and out and out[-1].kind == WORD
                and out[-1].text in _BEFORE_A_DAY):
            out.append(tok._replace(text=CAPITALISED_ONLY[tok.text]))  # "by wed"
            i += 1
            continue
        if (tok.kind == WORD and tok.text in _SLIPPED_UNITS and out and out[-1].kind == WORD
                and out[-1].text in _BEFORE_A_UNIT):
            out.append(tok._replace(text=_SLIPPED_UNITS[tok.text]))  # "end of the moth"
            i += 1
            continue
        if (tok.kind == WORD and tok.text == "ill" and i + 1 < n
                and tokens[i + 1].kind == WORD and tokens[i + 1].text in _AFTER_ILL):
            out.append(Token(WORD, "i", tok.start, tok.end, None, tok.capital))
            out.append(Token(WORD, "will", tok.start, tok.end))
            i += 1
            continue
        if tok.kind == NUM and tok.text in TENS:
            j = i + 1
            if j < n and tokens[j].kind == DASH and tokens[j].text == "-":
                j += 1
            if j < n and tokens[j].kind in (NUM, ORD) and tokens[j].text.isalpha():
                unit = tokens[j].value
                if isinstance(unit, int) and 1 <= unit <= 9 and isinstance(tok.value, int):
                    nxt = tokens[j]
                    out.append(Token(nxt.kind, f"{tok.text}-{nxt.text}", tok.start, nxt.end,
                                     tok.value + unit))
                    i = j + 1
                    continue
        out.append(tok)
        i += 1
    return out
