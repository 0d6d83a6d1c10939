"""Detectors for what a good draft contains: who is writing, the role, the day, a topic.

Each detector returns the spans to report (empty when the draft is fine).
"""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.domain.checker.form import unfilled_slots
from afterview.domain.checker.keys import boundary_first
from afterview.domain.checker.model import SPOKEN, Hit
from afterview.domain.checker.record import Facts, same_name
from afterview.domain.checker.text import Draft, Sentence, fold
from afterview.domain.checker.vocab import (
    GENERIC,
    MONTHS,
    ROLE_NOUNS,
    SENIORITY,
    STOP,
    WEEKDAYS,
)
from afterview.domain.checker.wording import akin, pieces

_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_CAP_NAME = r"[A-ZÀ-Þ][\w'’-]+"
_INTRO = re.compile(
    rf"\b(?:this is|it's|it is|my name is|i'm|i am)\s+({_CAP_NAME}(?:\s+{_CAP_NAME})?)"
    rf"|\b({_CAP_NAME}\s+{_CAP_NAME})\s+(?:here|calling|speaking)\b",
    re.IGNORECASE,
)
_CLOSING_WORDS = frozenset(
    [
        "best", "regards", "kind", "warm", "warmest", "sincerely", "cheers", "thanks", "thank",
        "you", "again", "many", "all", "respectfully", "yours", "cordially", "with",
        "appreciation", "sent", "from", "my", "iphone", "android", "phone", "talk", "soon", "take",
        "care", "gratefully", "faithfully",
        # one-word and regional closings: 'Warmly', 'Respectfully yours', 'Blessings'
        "warmly", "truly", "fondly", "humbly", "kindly", "appreciatively", "thankfully",
        "affectionately", "sincerely", "wishes", "blessings", "peace", "ta", "rgds", "br",
        "love", "hugs", "onward", "onwards", "ever", "obediently", "faithful", "sincere",
        "respect", "respects", "gratitude", "thanking", "awaiting", "reply", "response",
        "hope", "hear", "later", "bye", "goodbye", "yours", "truly,", "salutations",
    ]
)
_GREETING_WORD = re.compile(r"(?i)(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b")
_SIGN_OFF_LINE = re.compile(r"^(?:[-–—~]\s*)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}$")


# --- no-self-intro -------------------------------------------------------------------


def _sign_off_name(draft: Draft) -> bool:
    """Whether one of the last lines looks like a name under a closing ('Best,\\nSam')."""
    lines = [line.strip() for line in draft.text.splitlines() if line.strip()][1:]
    for line in lines[-3:]:
        if "[" in line or "{" in line or "<" in line or _GREETING_WORD.match(line):
            continue
        words = {fold(w).strip(".,") for w in line.split()}
        looks_like_name = _SIGN_OFF_LINE.match(line.rstrip(",."))
        if looks_like_name and not words & _CLOSING_WORDS and not words <= STOP:
            return True
    return False


def _opening(draft: Draft) -> list[Sentence]:
    """The greeting and the first sentence to the person, where a caller gives their name.

    A call may open by asking for the person ('May I speak with Ms. Eze?', 'Is this
    Ben?'): that is said to whoever answers, so the opening to the person starts after it.
    """
    sentences = draft.sentences
    asked = 0
    while asked < min(2, len(sentences) - 1) and _ASKS_FOR_PERSON.search(sentences[asked].low):
        asked += 1
    rest = sentences[asked:]
    opening = rest[:2]
    if opening and len(opening[0].low.split()) <= 4 and len(rest) > 2:
        opening = rest[:3]
    return sentences[:asked] + opening


# Asking whoever answers for the person: 'may I speak with...', 'is Tom available?'.
_ASKS_FOR_PERSON = re.compile(
    r"\b(?:may|can|could|might) i (?:please )?(?:speak|talk) (?:with|to)\b"
    r"|\b(?:i'd|i would) like to (?:speak|talk) (?:with|to)\b"
    r"|^(?:[\w ,']{0,30}\b)?is (?:this|that|[\w.' -]{2,40}) (?:available|there|in)\b.*\?"
    r"|^(?:[\w ,']{0,30}\b)?is this [\w.' -]{2,40}\?"
    r"|\b(?:put|connect|transfer) me (?:through )?to\b"
)


def no_self_intro(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Emails and texts: the sender's name anywhere. Calls: the full name in the opening."""
    if draft.kind in SPOKEN:
        opening = _opening(draft)
        start, end = (opening[0].start, opening[-1].end) if opening else (0, 0)
        chunk = draft.text[start:end]
        words = [fold(w) for w in _TOKEN.findall(chunk)]
        if facts is not None and facts.candidate_names:
            names = facts.candidate_names
            first, last = names[0], names[-1]
            has_first = any(same_name(w, first) for w in words)
            if has_first and (len(names) == 1 or last in words):
                return []
        elif _INTRO.search(chunk):
            return []
        return [Hit(start, end)]
    if facts is not None and facts.candidate_names:
        named = [w for w in facts.candidate_names if len(w) > 1 and w in draft.folded_words]
        if any(w not in facts.interviewer_names for w in named):
            return []
        if named:  # a name the interviewer shares counts only past the greeting line
            first_line_end = max(draft.text.find("\n"), 0)
            for word, start, _ in draft.words:
                if word in named and start >= first_line_end:
                    return []
    elif _INTRO.search(draft.text):
        return []
    if _sign_off_name(draft):
        return []
    return [Hit(*draft.last_span())]


# --- no-position ---------------------------------------------------------------------


@lru_cache(maxsize=256)
def _title_words(position: str) -> tuple[str, ...]:
    return tuple(w for w in pieces(position) if w not in STOP and w not in SENIORITY)


def mentions_position(draft: Draft, facts: Facts | None) -> bool:
    """Whether the role is named by its title or a recognisable short form."""
    words = draft.token_words
    title = _title_words(facts.position) if facts is not None else ()
    if not title:
        return _mentions_some_role(draft, words)
    # akin(w, t) implies that w and t start with the same two letters: look only there.
    heads = {t[:2] for t in title}
    near = [i for i, w in enumerate(words) if w[:2] in heads]
    if len(title) == 1 and any(akin(words[i], title[0]) for i in near if words[i] not in STOP):
        return True
    acronym = "".join(w[0] for w in title)
    if len(acronym) >= 2 and acronym in words:
        return True
    last = len(words) - 1
    for i in near:
        if i == last:
            continue
        a, b = words[i], words[i + 1]
        for j in range(len(title) - 1):
            if akin(a, title[j]) and akin(b, title[j + 1]) and a not in STOP:
                if j and _other_kind(words, i, title, facts):
                    continue
                return True
    for i, word in enumerate(words):
        if word in ROLE_NOUNS:
            run: list[int] = []
            for k in range(i - 1, max(-1, i - 5), -1):
                if words[k] in STOP:
                    break
                run.append(k)
            tied = [k for k in run if any(akin(words[k], t) for t in title)]
            if tied and not _other_kind(words, min(tied), title, facts):
                return True
    return False


def _other_kind(
    words: list[str], start: int, title: tuple[str, ...], facts: Facts | None
) -> bool:
    """Whether the title words from ``start`` on are another role's, by their modifier.

    A short form drops the title's first words ('the charge nurse role'), but when
    another qualifier stands in their place it names a different role or person: 'the
    general education teacher' is not the Special Education Teacher, nor is 'the day
    charge nurse' the Night Shift Charge Nurse. Generic modifiers ('the open charge nurse
    role') and the record's own words ('the Greenleaf store manager role') still count.
    """
    k = start
    while k > 0 and _title_like(words[k - 1], title):
        k -= 1  # back over title words and their abbreviations: 'sped', 'ed', 'ml'
    first = words[k]
    if k == 0 or akin(first, title[0]) or (len(first) >= 2 and _abbreviates(first, title)):
        return False  # the run starts the title: nothing was dropped or replaced
    before = words[k - 1]
    if before in STOP or before in _NEUTRAL_MODIFIERS or before in SENIORITY or before.isdigit():
        return False
    return facts is None or before not in facts.named


def _title_like(word: str, title: tuple[str, ...]) -> bool:
    """Whether ``word`` is a title word or abbreviates a run of them ('ed', 'sped')."""
    if word in STOP:
        return False
    if any(akin(word, t) for t in title):
        return True
    return len(word) >= 2 and any(_abbreviates(word, title[i:]) for i in range(len(title)))


def _abbreviates(word: str, title: tuple[str, ...]) -> bool:
    """Whether ``word`` is made of the starts of consecutive title words, in order.

    'ml' for 'machine learning', 'sped' for 'special education', 'spec' for 'special'.
    """
    if not word:
        return True
    if not title:
        return False
    head = title[0]
    return any(
        _abbreviates(word[n:], title[1:])
        for n in range(min(len(word), len(head)), 0, -1)
        if head.startswith(word[:n])
    )


_ROLE_MODIFIER_GENERIC = GENERIC | frozenset(
    [
        "same", "open", "full-time", "part-time", "exciting", "great", "perfect", "dream",
        "current", "previous", "last", "this", "that", "available", "advertised",
    ]
)


# Words that may stand before a shortened title without making it another role.
_NEUTRAL_MODIFIERS = frozenset(
    [
        "same", "open", "full-time", "part-time", "exciting", "great", "perfect", "dream", "new",
        "available", "advertised", "posted", "vacant", "current", "this", "that", "permanent",
        "temporary", "contract", "interim", "acting", "become", "became", "becoming", "join",
        "joining", "hire", "hired", "hiring",
    ]
)


def _mentions_some_role(draft: Draft, words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in ROLE_NOUNS - {"interview", "opportunity"} and i > 0:
            before = words[i - 1]
            if before not in STOP and before not in _ROLE_MODIFIER_GENERIC:
                return True
    return bool(_ROLE_OF.search(draft.low))


_ROLE_OF = re.compile(r"\b(?:position|role) of [a-z]")


def no_position(draft: Draft, facts: Facts | None) -> list[Hit]:
    """The role is not named (generic 'the role' or the company alone do not count)."""
    if mentions_position(draft, facts):
        return []
    fix = None
    if facts is not None and facts.position:
        fix = f"Name the position, e.g. 'the {facts.position} role'."
    return [Hit(*draft.first_span(), fix)]


# --- no-interview-date ---------------------------------------------------------------

_DATE = re.compile(boundary_first(
    rf"\b(?:{WEEKDAYS})\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)\.|"
    rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b|"
    r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\blast (?:" + WEEKDAYS + r")\b"
))
_RELATIVE_DAY = re.compile(
    r"\byesterday\b|\btoday\b|\btoday's\b|\bthis (?:morning|afternoon|evening)\b|"
    r"\blast night\b|\bearlier today\b"
)
_MEETING = re.compile(
    r"\b(?:interview\w*|met|meet|meeting|spoke|speak|talked|talk|conversation|chat|visit\w*|"
    r"came in|tour|tasting|panel|call|shadow\w*|trial|session)\b"
)
_DEADLINE_BEFORE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bend of|\bdecide|\bdecision)\W+"
                              r"(?:the\s+)?(?:next\s+|this\s+)?$")


# A weekday naming something else: 'the Thursday signings', 'every Friday'.
_OTHER_DAY_BEFORE = re.compile(r"\b(?:every|each|most|some|other|alternate|our|their|its|"
                               r"the|a|your)\s+$")
_DAY_NOUN_AFTER = re.compile(r"\s+([a-z][a-z'-]*)")
_MEETING_NOUNS = frozenset(
    [
        "interview", "interviews", "meeting", "conversation", "chat", "call", "visit", "tour",
        "panel", "session", "trial", "talk", "morning", "afternoon", "evening", "night",
        "the", "of", "at", "and", "or", "last", "before", "after", "when", "i", "we",
    ]
)
# A date counts when its sentence is about the interview or thanks for the day.
_TIED = re.compile(
    r"\b(?:interview\w*|met|meet|meeting|spoke|speak|speaking|talked|talk|conversation|chat\w*|"
    r"visit\w*|came in|come in|tour|tasting|panel|call|shadow\w*|trial|session|sat down|"
    r"thank\w*|thanks|appreciat\w*|grateful|time|enjoyed|pleasure|follow(?:ing)?[- ]up|"
    r"position|role|job|gig|opening|post|vacancy|application|candidacy|applied)\b"
)


def _names_the_interview_day(draft: Draft, match: re.Match[str]) -> bool:
    """Whether a date or weekday is the interview's, not a deadline or another event."""
    before = draft.low[max(0, match.start() - 20) : match.start()]
    if _DEADLINE_BEFORE.search(before):
        return False
    word = match.group(0).strip()
    if word in _WEEKDAY_SET:
        after = _DAY_NOUN_AFTER.match(draft.low, match.end())
        if _OTHER_DAY_BEFORE.search(before) and after and after.group(1) not in _MEETING_NOUNS:
            return False  # 'the Thursday signings'
        if before.rstrip().endswith(("every", "each")):
            return False
    sentence = draft.sentence_at(match.start())
    return sentence is None or _TIED.search(sentence.low) is not None


_WEEKDAY_SET = frozenset(WEEKDAYS.split("|"))


def no_interview_date(draft: Draft, facts: Facts | None) -> list[Hit]:
    """No date, weekday or pinning relative day for the interview ('recently' is not one)."""
    for match in draft.search(_DATE):
        if _names_the_interview_day(draft, match):
            return []
    for s in draft.sentences:
        if _RELATIVE_DAY.search(s.low) and _MEETING.search(s.low):
            return []
    return [Hit(*draft.first_span())]


# --- no-specific-topic ---------------------------------------------------------------

_WINDOW = 14
_CUE = re.compile(
    r"\b(?:discussion|discussing|conversation|chat|chatting|talk|talking|hearing|learning|"
    r"seeing|exchange|question|point|idea|insight|explanation|example|story|demo|overview)"
    r"\s+(?:about|of|on|around|regarding|that)\s+|"
    r"\b(?:you|we)\s+(?:mentioned|described|explained|discussed|showed|shared|raised|"
    r"outlined|demoed|demonstrated|walked me through|talked about|brought up|asked about)\s+|"
    r"\b(?:showing|walking|taking)\s+me\s+(?:through|around)?\s*|\bexplaining\s+"
)


_CALENDAR_WORDS = frozenset(
    f"{WEEKDAYS}|{MONTHS}|today|yesterday|morning|afternoon|evening|week|weeks|month|months|"
    "year|years|quarter|quarters|season|annual|yearly|term|semester".split("|")
)  # a span of time names no topic: 'the team's goals for this year'



@lru_cache(maxsize=1024)
def _topic_words(topic: str) -> frozenset[str]:
    return frozenset(
        w for w in pieces(topic)
        if w not in STOP and w not in GENERIC and (not w.isdigit() or len(w) >= 2)
    )


@lru_cache(maxsize=256)
def _topic_heads(topics: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t[:2] for topic in topics for t in _topic_words(topic))


def _covers_topic(index: dict[str, list[tuple[int, str]]], topic: frozenset[str]) -> bool:
    need = min(2, len(topic))
    if need == 0:
        return False
    hits = sorted(
        (i, t) for t in topic for i, w in index.get(t[:2], ()) if akin(w, t)
    )
    for i, _ in hits:
        found = {t for j, t in hits if i <= j < i + _WINDOW}
        if len(found) >= need:
            return True
    return False


def mentions_topic(draft: Draft, facts: Facts | None) -> bool:
    """Whether the draft names a record topic (paraphrase allowed) or another specific."""
    if facts is not None and facts.topics:
        heads = _topic_heads(facts.topics)  # the index is looked up only under these
        index: dict[str, list[tuple[int, str]]] = {}
        for i, word in enumerate(draft.token_words):
            if word[:2] not in heads and "-" not in word:
                continue
            for w in word.split("-") if "-" in word else (word,):
                if w[:2] in heads and w not in STOP:
                    index.setdefault(w[:2], []).append((i, w))
        for topic in facts.topics:
            if _covers_topic(index, _topic_words(topic)):
                return True
        if _names_a_topic(draft, facts):
            return True
    skip = _skipped(facts)
    slots: list[tuple[int, int]] | None = None
    for match in draft.search(_CUE):
        if draft.low[max(0, match.start() - 11) : match.start()].endswith("forward to "):
            continue  # 'I look forward to hearing about...': what comes next, not a topic
        tail = draft.low[match.end() : match.end() + 80]
        if any(c in tail for c in "[{<_(") or "xx" in tail:
            if slots is None:
                slots = unfilled_slots(draft, facts)
            tail = _blank(tail, match.end(), slots)  # a placeholder supplies no content
        tail = _TAIL_END.split(tail, maxsplit=1)[0]
        if _specifics(pieces(tail)[:8], skip):
            return True
    return False


_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*")


@lru_cache(maxsize=256)
def _topic_names(facts: Facts) -> frozenset[str]:
    """The proper nouns and acronyms of the record's topics ('Epic', 'Iloilo', 'BIM').

    Calendar words, the company's, the interviewers' and the position's words are left
    out: they name the interview, not something discussed in it. A capital that only
    starts the topic ('Client retention') is sentence case, not a name.
    """
    own = facts.company_words | facts.interviewer_names | set(pieces(facts.position))
    return frozenset(
        m.group()
        for topic in facts.topics
        for m in _CAPITALISED.finditer(topic)
        if len(m.group()) >= 3
        and (m.start() > len(topic) - len(topic.lstrip()) or not m.group()[1:].islower())
        and (w := fold(m.group())) not in STOP
        and w not in GENERIC
        and w not in _CALENDAR_WORDS
        and w not in own
        and w not in facts.candidate_names
    )


def _names_a_topic(draft: Draft, facts: Facts) -> bool:
    """Whether the draft names a topic by its proper noun, as written, mid-sentence.

    'the Epic go-live' is the record's 'Epic EHR rollout' in other words; the name
    alone is specific where two ordinary words ('support the rollout') would not be.
    """
    names = _topic_names(facts)
    words = draft.folded_words
    if not names or not any((w := fold(n)) in words or f"{w}'s" in words for n in names):
        return False
    for m in _CAPITALISED.finditer(draft.text):
        name = m.group().removesuffix("'s").removesuffix("’s")
        if name in names and not _starts_sentence(draft.text, m.start()):
            return True
    return False


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 200) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _blank(tail: str, offset: int, slots: list[tuple[int, int]]) -> str:
    """``tail`` (which starts at ``offset`` in the draft) with unfilled slots blanked."""
    for start, end in slots:
        lo, hi = max(start - offset, 0), min(end - offset, len(tail))
        if lo < hi:
            tail = tail[:lo] + " " * (hi - lo) + tail[hi:]
    return tail


def _specifics(words: list[str], skip: frozenset[str]) -> bool:
    """Whether the words after a cue name something specific.

    Generic words do not ('the company and its goals'), nor the light verbs of a vague
    aim ('where you want to take things') or degree words, nor what only qualifies a
    team ('the training team' is the team). A relative clause after a noun describes
    that noun, so it ends the phrase: 'the direction you want to take the unit' is about
    the direction.
    """
    for i, word in enumerate(words):
        if word in _SUBJECTS and i and words[i - 1] not in _CLAUSE_OPENERS:
            break  # 'the direction you want...': what follows describes 'direction'
        if word in skip or len(word) <= 2 or word.isdigit() or word in _EMPTY_WORDS:
            continue
        if _qualifies_team(words, i):
            continue
        return True
    return False


def _qualifies_team(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` only qualifies a team-like noun ('the training team')."""
    for word in words[i + 1 :]:
        if word in _TEAM_NOUNS:
            return True
        if word in STOP or word in GENERIC or word in _EMPTY_WORDS:
            return False
    return False


# What comes after the interview, not a thing discussed in it ('hearing about next steps').
_OUTCOME_WORDS = frozenset(
    [
        "steps", "step", "stage", "stages", "round", "rounds", "decision", "decisions", "outcome",
        "result", "results", "timeline", "timelines", "update", "updates", "news", "progress",
        "status",
    ]
)
# The workplace itself and its character: 'the studio and its culture' is not a topic.
_PLACE_WORDS = frozenset(
    [
        "studio", "studios", "studio's", "shop", "branch", "site", "lab", "workplace", "its",
        "their", "ethos", "atmosphere", "vibe", "vibes", "spirit", "feel", "history", "story",
        "people", "staff", "crew", "colleagues", "everyone", "culture's", "values'", "mission's",
        "firm's", "clinic's", "priorities", "philosophy", "approach", "style", "dynamic",
        "dynamics", "energy", "community", "outlook", "direction", "ambitions", "aims",
    ]
)
# 'learning about how the team works' names nothing: a question word is not a specific.
_QUESTION_WORDS = frozenset(["how", "what", "why", "where", "who", "when", "which", "whether"])
# A phrase ends at punctuation, a new clause, or a new cue ('our talk about X and learning
# more about Y'): what follows is another phrase, judged from its own cue if it has one.
_TAIL_END = re.compile(
    r"[.;:!?,]| and (?:i|it|we)\b"
    r"| and (?:learning|hearing|seeing|talking|chatting|discussing|finding out|getting)\b"
)

_SUBJECTS = frozenset(["you", "we", "they", "he", "she", "i"])
# Words after which a subject opens the topic itself ('about how you plan shifts').
_CLAUSE_OPENERS = _QUESTION_WORDS | STOP | frozenset(["if", "because", "so", "but"])
_TEAM_NOUNS = frozenset(
    [
        "team", "teams", "department", "departments", "crew", "staff", "group", "unit", "division",
        "office", "squad", "section",
    ]
)
# Words that carry no topic of their own: the light verbs of a vague aim ('where you want
# to take the team', 'how it's going') and degree words ('most of all', 'especially').
_EMPTY_WORDS = frozenset(
    [
        "want", "wants", "wanted", "take", "takes", "taking", "go", "goes", "going", "went",
        "head", "heads", "headed", "heading", "grow", "grows", "growing", "see", "sees", "seeing",
        "like", "likes", "hope", "hopes", "hoping", "need", "needs", "think", "thinks", "plan",
        "planning", "move", "moves", "moving", "evolve", "evolving", "change", "changing",
        "develop", "developing", "do", "does", "did", "get", "gets", "got", "make", "makes",
        "run", "runs", "fit", "fits", "look", "looks", "looking", "become", "becoming", "will",
        "would", "can", "could", "should", "might", "may", "has", "have", "had", "there", "here",
        "something", "anything", "all", "much", "many", "really", "very", "most", "least",
        "especially", "particularly", "also", "too", "again", "just", "even", "still", "quite",
    ]
)


@lru_cache(maxsize=256)
def _skipped(facts: Facts | None) -> frozenset[str]:
    """Words that are not a specific after 'we discussed': generic, calendar, the record's."""
    skip = GENERIC | STOP | _CALENDAR_WORDS | _OUTCOME_WORDS | _PLACE_WORDS | _QUESTION_WORDS
    if facts is not None:
        skip = skip | facts.company_words | facts.interviewer_names | set(pieces(facts.position))
    return skip


def no_specific_topic(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Nothing concrete from the interview: no topic, case, tool or detail."""
    return [] if mentions_topic(draft, facts) else [Hit(*draft.first_span())]
