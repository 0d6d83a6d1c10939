"""Detectors for form: length, template slots left unfilled, and the wrong name."""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys
from afterview.domain.checker.model import EMAILS, SPOKEN, Hit
from afterview.domain.checker.record import Facts, same_name
from afterview.domain.checker.text import Draft, fold, words_of
from afterview.domain.checker.vocab import STOP
from afterview.domain.policy import Policy

# --- too-long ------------------------------------------------------------------------

_COUNTED_WORD = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]")


def word_limit(kind: str, policy: Policy) -> int | None:
    """The most words a draft of ``kind`` may have, or ``None`` for texts (characters)."""
    if kind in EMAILS:
        return policy.email_max_words
    seconds = policy.call_max_seconds if kind == "call_script" else policy.voicemail_max_seconds
    return seconds * policy.words_per_minute // 60 if kind in SPOKEN else None


def too_long(draft: Draft, facts: Facts | None, policy: Policy) -> list[Hit]:
    """Over the policy's length: words for emails and scripts, characters for texts."""
    limit = word_limit(draft.kind, policy)
    text = draft.text
    if limit is None:
        stripped = text.rstrip()
        if len(stripped.strip()) <= policy.text_max_chars:
            return []
        start = len(text) - len(text.lstrip()) + policy.text_max_chars
        return [Hit(start, len(stripped), f"Cut it to {policy.text_max_chars} characters.")]
    if len(text.split()) <= limit:
        return []  # every counted word is a whitespace token, so this is a safe shortcut
    count = 0
    for match in _COUNTED_WORD.finditer(text):
        if _HAS_ALNUM.search(match.group()):
            count += 1
            if count == limit + 1:
                return [Hit(match.start(), len(text.rstrip()), f"Cut it to {limit} words.")]
    return []


# --- placeholder-left ----------------------------------------------------------------

_SLOT = re.compile(
    r"\[[^\[\]\n]{0,40}[^\W\d_][^\[\]\n]{0,40}\](?!\()"
    r"|\{\{[^{}\n]{0,40}\}\}|\{%[^\n]{0,40}?%\}|(?<!\{)\{[A-Za-z_][\w .-]{0,30}\}(?!\})"
    r"|<[A-Za-z][\w .'-]{0,30}>|_{3,}|\bX{3,}\b|\bXX/XX\b"
    r"|\((?i:your|company|interviewer|hiring manager|position|job title|insert|name|date|day)"
    r"[^()\n]{0,30}\)"
)
_SUBJECT_NOUNS = frozenset(
    [
        "bug", "variable", "tag", "template", "syntax", "placeholder", "field", "macro", "token",
        "error", "issue", "key", "filter", "helper", "expression", "element", "component",
    ]
)
_HTML = frozenset([
    "br", "p", "b", "i", "u", "a", "em", "strong", "div", "span", "ul", "ol", "li", "hr",
])
_NOT_SLOTS = frozenset({"sic", "x", " ", "", "…", "...", "edited"})


def placeholder_left(draft: Draft, facts: Facts | None) -> list[Hit]:
    """An unfilled template slot: '[Your Name]', '{{ name }}', '<Company>', '____'."""
    known = facts.subject_text if facts else ""
    hits: list[Hit] = []
    text = draft.text
    if not any(c in text for c in "[{<_X(") :
        return hits
    for m in _SLOT.finditer(text):
        slot = m.group()
        inner = slot.strip("[]{}<>()%").strip().lower()
        if inner in _NOT_SLOTS or (slot.startswith("<") and inner in _HTML):
            continue
        if slot.lower() in known:
            continue  # the record itself talks about this template syntax
        before = words_of(draft.text[max(0, m.start() - 20) : m.start()])
        after = words_of(draft.text[m.end() : m.end() + 20])
        if (after and after[0] in _SUBJECT_NOUNS) or (before and before[-1] in _SUBJECT_NOUNS):
            continue
        if draft.text[max(0, m.start() - 1) : m.start()] == "`":
            continue
        hits.append(Hit(m.start(), m.end(), f"Fill in or remove {slot}."))
    return hits


# --- wrong-name ----------------------------------------------------------------------

_NAME = r"[A-ZÀ-Þ][\w'’-]+"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Chef|Coach|Officer|Pastor|Rev)\.?"
_GREETING = re.compile(
    r"^(?:\s*(?i:subject|re):[^\n]*\n)?\W*"
    r"(?:(?i:dear|hi|hello|hey|hiya|yo|greetings|good (?:morning|afternoon|evening))"
    rf",?\s+)?(?:{_TITLE}\s+)?({_NAME})(?:\s+({_NAME}))?\s*[,!.:\n]"
)
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+({_NAME})")
_THANKS_VOCATIVE = re.compile(
    rf"(?im)^(?:thanks|thank you|okay|ok|great|cheers|bye)\b[^.!?\n]{{0,60}},\s+"
    rf"(?:{_TITLE}\s+)?({_NAME})(?=[,.!?]|\s+and\b)"
)
_AT_COMPANY = re.compile(
    rf"\b(?i:join|joining|joined|be part of|being part of|part of the team at|the team at|"
    rf"(?:role|position|job|opportunity|career|future|interview|interviewing|start|starting|"
    rf"time|here|visit|everyone) at)\s+(?:the (?i:team) at\s+)?({_NAME}(?:\s+&?\s*{_NAME})*)"
)
_WORDY_NAME = r"[A-ZÀ-Þ][a-zà-ÿ][\w'’-]+"
_CAP_RUN = rf"{_WORDY_NAME}(?:\s+&?\s*{_WORDY_NAME}){{0,3}}"
_HOPED_COMPANY = re.compile(
    rf"\b(?i:at|join|joining)\s+({_CAP_RUN})"
    rf"|\b(?i:the)\s+({_CAP_RUN})\s+(?i:crew|team|family|group|staff|folks|community)\b"
)
_HOPE = re.compile(
    r"\b(?:love to|'d love|would love|hope|hoping|excited|eager|keen|look(?:ing)? forward|"
    r"chance to|opportunity to|join|joining|part of|be on|can't wait|thrilled|want to|glad to|"
    r"would be|'d be|future)\b"
)
_OWN_CONTEXT = re.compile(
    r"\b(?:learned|learnt|worked|did|built|led|managed|ran|used|was|were|spent|previously|"
    r"before|past|former|last|current|currently|my|our|studied|trained|graduated|"
    r"volunteer\w*|intern\w*|i'm at|i am at)\b"
)
_OWN_SIDE = re.compile(r"\b(?:my|our) (?:current|last|previous|former|old|own)\b|\bclients?\b|"
                       r"\bcustomers?\b|\bpartners?\b|\bcurrently\b")
_NOT_NAMES = frozenset(
    [
        "hiring", "manager", "team", "sir", "madam", "all", "there", "everyone", "everybody",
        "recruiting", "committee", "ma'am", "folks", "panel", "friends", "colleagues", "hr",
        "talent", "acquisition", "again", "chef", "coach", "doctor", "professor", "officer",
        "subject",
    ]
)


_HOPE_KEYS = Keys("love", "hope", "hoping", "excit", "eager", "keen", "forward", "chance",
              "opportunit", "join", "part of", "be on", "wait", "thrill", "want", "glad",
              "would be", "'d be", "future")
_COMPANY_SLOT_KEYS = Keys(" at ", "join", " crew", " team", " family", " group", " staff",
                      " folks", " community")
_CALENDAR = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "i",
    ]
)


def wrong_name(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Addresses or credits the interview to a person or company not on the record."""
    if facts is None:
        return []
    hits: list[Hit] = []
    people = facts.interviewer_names
    if people:
        spots: list[tuple[int, int]] = []
        greeting = _GREETING.match(draft.text)
        if greeting:
            spots += [greeting.span(g) for g in (1, 2) if greeting.group(g)]
        if any(t in draft.low for t in ("mr", "ms", "dr", "prof", "miss", "mx")):
            spots += [m.span(1) for m in _TITLED.finditer(draft.text)]
        spots += [m.span(1) for m in _THANKS_VOCATIVE.finditer(draft.text)]
        for start, end in spots:
            name = fold(draft.text[start:end]).removesuffix("'s")
            if name in _NOT_NAMES or name in STOP or name in facts.company_words:
                continue
            if name in facts.candidate_names or any(same_name(name, p) for p in people):
                continue
            hits.append(Hit(start, end, _use(facts.interviewers)))
    if facts.company_words:
        allowed = facts.named
        for m in _company_mentions(draft.text):
            first = fold(m.group(1).split()[0])
            if first in STOP or first in allowed:
                continue
            if _OWN_SIDE.search(draft.low[max(0, m.start() - 40) : m.start()]):
                continue
            hits.append(Hit(m.start(1), m.end(1), _use((facts.company,))))
        for s in draft.sentences_with(_HOPE_KEYS):
            if not draft.contains(s, _COMPANY_SLOT_KEYS):
                continue
            if not _HOPE.search(s.low) or _OWN_SIDE.search(s.low):
                continue
            chunk = draft.text[s.start : s.end]
            for m in _HOPED_COMPANY.finditer(chunk):
                group = 1 if m.group(1) else 2
                first = fold(m.group(group).split()[0])
                if first in STOP or first in allowed or first in _CALENDAR:
                    continue
                if _OWN_CONTEXT.search(chunk[max(0, m.start() - 40) : m.start()].lower()):
                    continue  # 'what I learned at Acme': the candidate's own side
                hits.append(Hit(s.start + m.start(group), s.start + m.end(group),
                                _use((facts.company,))))
    return hits


_AT_TRIGGER = re.compile(r"(?i:join\w*|part of|\bat)\s+(?:(?i:the team at)\s+)?[A-ZÀ-Þ]")


def _company_mentions(text: str) -> list[re.Match[str]]:
    """Matches of the company-context pattern, found by a cheap scan for 'at'/'join' first."""
    found: list[re.Match[str]] = []
    last = -1
    for trigger in _AT_TRIGGER.finditer(text):
        window_start = max(0, trigger.start() - 40)
        m = _AT_COMPANY.search(text, window_start, min(len(text), trigger.end() + 120))
        if m and m.start() > last:
            found.append(m)
            last = m.start()
    return found


def _use(names: tuple[str, ...]) -> str | None:
    shown = [n for n in names if n]
    return f"Use the name on record: {' or '.join(shown)}." if shown else None
