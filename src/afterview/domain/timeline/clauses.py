"""Clauses of a message and the cues in them.

A message is cut into clauses (at sentence ends, commas, spaced dashes, and words such as
"but", "since" or "and we"). Each clause is read once: where its cue is (a reply verb, a
decision noun, a hope, a report of what was said), and whether it is only a time and
filler ("hopefully by Friday"). ``promises`` decides from these which clauses promise.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterview.domain.timeline.cues import (
    AUDIENCES,
    PASSIVE,
    RECIPIENTS,
    TRIGGERS,
    cue_at,
    rejects,
)
from afterview.domain.timeline.signals import promises_nothing
from afterview.domain.timeline.tokens import (
    COMMA,
    DASH,
    NEWLINE,
    NUM,
    ORD,
    STOP,
    TIME,
    WORD,
    Token,
)

# Words that make what follows the time of some other event ("once the manager is back
# next week"): up to the end of the clause, or until a word that reopens a deadline.
BLOCKERS = frozenset({"after", "once", "when", "whenever"})
CONDITIONS = frozenset({"if", "unless", "whether"})

SPLIT = frozenset({
    "but", "however", "though", "although", "since", "because", "while", "whereas",
    "meanwhile", "cause", "cos",
})
SPLIT_BEFORE_SUBJECT = frozenset({"and", "so", "then"})
SUBJECT_STARTS = frozenset({
    "we", "i", "you", "they", "he", "she", "someone", "somebody", "our", "will", "would",
    "should", "shall", "then", "hopefully", "expect", "please", "the", "your", "it",
})
SLIPS = frozenset({
    "slip", "slips", "slide", "slides", "push", "pushed", "delay", "delayed", "longer",
    "latest", "worst", "spill", "extend", "extended", "later", "stretch", "looking",
    "looks", "postponed", "rescheduled", "correction", "actually", "instead", "revised",
    "now",
})
FILLER = frozenset({
    "by", "before", "on", "in", "within", "at", "the", "latest", "hopefully", "probably",
    "likely", "maybe", "perhaps", "possibly", "ideally", "or", "and", "around", "about",
    "approximately", "approx", "roughly", "sometime", "no", "later", "than", "until", "till",
    "til", "up", "to", "of", "so", "ish", "it", "is", "be", "should", "will", "would",
    "could", "might", "may", "definitely", "certainly", "most", "worst", "case", "best",
    "realistically", "say", "i", "think", "guess", "well", "that", "then", "but", "though",
    "although", "however", "any", "for", "sure", "ok", "okay", "just", "over", "during",
    "with", "luck", "fingers", "crossed", "not", "a", "an", "also", "again", "are", "more",
    "less", "somewhere", "between", "from", "now", "time", "some", "point", "thing", "first",
    "very", "really", "oh", "late", "early", "next", "this", "sorry", "mean", "rather",
    "actually", "oops", "after", "once", "give", "take", "tops", "max", "maximum", "least",
    "let", "us", "wait", "am", "pm", "promise", "tbh", "lol", "honestly", "realistic",
    "seriously", "eastern", "central", "pacific", "mountain", "gmt",
    "bst", "utc", "et", "pt", "ct", "est", "pst", "cst",
}) | SLIPS


HOPING = frozenset({
    "hoping", "hope", "aiming", "aim", "targeting", "target", "planning", "looking", "eyeing",
    "shooting", "expecting", "pencilled", "penciled", "earmarked", "try", "trying", "shoot",
    "push", "pushing", "working",
})
TARGET_NOUNS = frozenset({
    "target", "goal", "aim", "plan", "hope", "timeline", "timeframe", "eta", "expectation",
    "estimate", "deadline", "turnaround",
})
# Someone reporting the employer's estimate, a time right after it: "recruiter said end of
# next week", "she reckons Friday", "they told me two weeks".
SAYING = frozenset({
    "said", "says", "mentioned", "told", "reckons", "reckoned", "estimated", "estimates",
    "thinks", "figured", "quoted", "indicated", "guessed",
})
_AFTER_SAYING = ("me", "us", "it", "it'd", "would", "be", "will", "probably", "maybe", "likely",
                 "prob", "like", "that", "hopefully", "definitely", "before", "by", "between",
                 "around", "about", "within", "in", "sometime", "the", "until", "no", "later",
                 "than", "ideally", "roughly", "", "you", "expect", "one")
# A candidate's note of who said it: "Mgr: 6 working days", "HR: a few days".
SPEAKERS = frozenset({
    "mgr", "hm", "hr", "recruiter", "manager", "they", "he", "she", "boss", "ceo", "founder",
    "panel", "interviewer", "director", "agency", "ta", "cto", "lead", "chair", "principal",
    "head", "owner",
})
# How long this employer's process takes: "the process takes four to six weeks from
# interview to offer", "our turnaround usually takes ten days".
TAKING = frozenset({"takes", "take", "taking", "lasts", "last"})
_PROCESS = frozenset({"process", "turnaround", "decision", "review", "selection", "hiring",
                      "recruitment", "it", "this", "everything"})
_AFTER_TAKING = ("us", "about", "around", "roughly", "approximately", "up", "to", "usually",
                 "typically", "generally", "normally", "the", "at", "least", "most", "a", "no",
                 "longer", "than", "more")
HOPE_WORDS = HOPING | TARGET_NOUNS | SAYING | TAKING | {"allow", "await"}


@dataclass(slots=True)
class Clause:
    """Tokens ``start:end`` of one clause, and what was found in it."""

    start: int
    end: int
    sentence: int
    cue: int = -1
    fragment: bool = False
    promise: bool = False


def clauses(tokens: list[Token], covered: list[int]) -> list[Clause]:
    """Cut ``tokens`` into clauses; a break inside a time expression does not cut."""
    found: list[Clause] = []
    append = found.append
    sentence, start, n = 0, 0, len(tokens)
    for t in range(n):
        if covered[t] >= 0:
            continue
        tok = tokens[t]
        kind = tok.kind
        if kind == WORD:
            if t > start:
                text = tok.text
                if text in SPLIT or (text in SPLIT_BEFORE_SUBJECT and (
                        tokens[t + 1].text if t + 1 < n else "") in SUBJECT_STARTS
                        and not _time_follows(tokens, covered, t + 1)):
                    append(Clause(start, t, sentence))
                    start = t
        elif kind in (STOP, COMMA) or (kind == DASH and _spaced_dash(tokens, t)):
            if tok.text == ":" and t - start == 1 and tokens[start].text in SPEAKERS:
                continue  # "Mgr: 6 working days": the note goes on
            if t > start:
                append(Clause(start, t, sentence))
            start = t + 1
            if kind == STOP:
                sentence += 1
        elif kind == NEWLINE:
            nxt = tokens[t + 1] if t + 1 < n else None
            if nxt is None or nxt.capital or nxt.kind != WORD:
                if t > start:
                    append(Clause(start, t, sentence))
                start = t + 1
                sentence += 1
    if start < n:
        append(Clause(start, n, sentence))
    return found


def as_told(words: list[str]) -> None:
    """In a note of what was said ("they said they'd phone me", "said they'd let me know"),
    read the writer's "me" and "my" as the candidate's "you" and "your"."""
    told = False
    for t, w in enumerate(words):
        if w in SAYING:
            told = True
        elif not w:
            continue
        elif told and w == "me":
            words[t] = "you"
        elif told and w == "my":
            words[t] = "your"


def _spaced_dash(tokens: list[Token], t: int) -> bool:
    """Whether the dash at ``t`` sets off a clause, as a comma would: spaced on both sides
    between words ("later this week — second interviews are on Monday"), not "3 – 5"."""
    if not 0 < t < len(tokens) - 1:
        return False
    before, dash, after = tokens[t - 1], tokens[t], tokens[t + 1]
    return (dash.text == "-" and before.end < dash.start and after.start > dash.end
            and before.kind == WORD and after.kind in (WORD, ORD, NUM))


def _time_follows(tokens: list[Token], covered: list[int], t: int) -> bool:
    """Whether a time expression starts at ``t``, or right after "the" there: "and the
    7th" goes on the clause before it, not a new one."""
    if t < len(tokens) and tokens[t].text == "the":
        t += 1
    return t < len(tokens) and covered[t] >= 0


def read_clause(clause: Clause, tokens: list[Token], words: list[str], covered: list[int]) -> None:
    """Find the clause's cue, and whether it is only a time and filler."""
    fragment = True
    cue = clause.cue
    start = clause.start
    for t in range(start, clause.end):
        if covered[t] >= 0:
            continue
        w = words[t]
        if not w:
            if fragment and tokens[t].kind not in (TIME, "-", "nl"):
                fragment = False
                if cue >= 0:
                    break  # nothing more to find
            continue
        if cue < 0 and ((w in TRIGGERS and cue_at(words, t, start)) or (
                w in HOPE_WORDS and _hopes_for(words, covered, t, clause))):
            cue = t
        if fragment and w not in FILLER:
            fragment = False
        if cue >= 0 and not fragment:
            break  # nothing more to find
    if (cue < 0 and words[start] in SPEAKERS and start + 1 < clause.end
            and tokens[start + 1].text == ":"
            and any(covered[t] >= 0 for t in range(start + 2, clause.end))):
        cue, fragment = start, False  # "HM: sometime next week for the offer call"
    if cue < 0 and words[start] in BLOCKERS and start + 1 < clause.end:
        fragment = True  # "after the holidays", "once the manager is back": a vague time
    if cue < 0 and "have" in words[start:clause.end]:
        cue = _had_done(words, start, clause.end)  # "hope to have the post filled by Q3"
    if cue >= 0 and (rejects(words[start:clause.end]) or promises_nothing(
            words, start, clause.end, cue,
            any(covered[t] >= 0 for t in range(cue + 1, clause.end)))):
        cue = -1
    if cue >= 0 and _about_others(words, start, clause.end):
        cue = -1  # "most companies take two weeks to get back to candidates"
    if cue >= 0 and words[start] in CONDITIONS and all(
            covered[t] < 0 for t in range(start, clause.end)):
        cue = -1  # "if you receive an offer, ...": a condition with no time promises nothing
    clause.cue = cue
    clause.fragment = fragment and cue < 0


_OTHERS = frozenset({"companies", "employers", "firms", "organisations", "organizations",
                     "recruiters", "places", "businesses", "teams"})
_SOME = frozenset({"most", "other", "many", "some", "typical", "typically", "lots", "plenty"})


_LONG_UNITS = frozenset({"day", "days", "week", "weeks", "fortnight", "month", "months"})
_ROLE_NOUNS = frozenset({"post", "role", "position", "vacancy", "job", "opening"})


def _had_done(words: list[str], start: int, end: int) -> int:
    """A cue in "have the post filled", "have everyone told / informed": the employer
    getting the decision made or told. Returns the participle's index, or -1."""
    for t in range(start + 2, end):
        w = words[t]
        if w in PASSIVE and "have" in words[max(start, t - 4):t] and (
                words[t - 1] in _ROLE_NOUNS or words[t - 1] in RECIPIENTS
                or words[t - 1] in AUDIENCES):
            return t
    return -1


def _about_others(words: list[str], start: int, end: int) -> bool:
    """Whether a clause speaks of other employers in general, not of this one."""
    part = words[start:end]
    if _OTHERS.isdisjoint(part):
        return False  # the common case, tested at C speed
    return any(part[t] in _OTHERS and part[t - 1] in _SOME for t in range(1, len(part)))


def _hopes_for(words: list[str], covered: list[int], t: int, clause: Clause) -> bool:
    """Whether ``t`` hopes for the time right after it: "hoping for tomorrow", "the goal
    is Friday", "we're targeting next week", or reports it: "recruiter said next week"."""
    w = words[t]
    k = t + 1
    nxt = words[k] if k < clause.end else ""
    if w in TARGET_NOUNS and nxt in ("is", "would", "will", "being"):
        if t > clause.start and words[t - 1] in ("your", "a"):
            return False  # "your start date is ..."
        while k < clause.end and words[k] in ("is", "would", "will", "be", "being", "now"):
            k += 1
    elif w in HOPING:
        if nxt in ("for", "at", "on", "by"):
            k += 1
        elif w not in ("targeting", "eyeing", "pencilled", "penciled", "earmarked"):
            return False
    elif w in ("allow", "await"):  # "Allow 7-10 business days." (not "allow two hours")
        while k < clause.end and words[k] in ("us", "up", "to", "about", "around", "for"):
            k += 1
        end = k
        while end < clause.end and covered[end] == covered[k] and covered[k] >= 0:
            end += 1
        if words[end - 1] not in _LONG_UNITS:
            return False
    elif w in TAKING:
        if not _PROCESS & set(words[clause.start:t]) or _about_others(words, clause.start, t):
            return False  # "background checks take a week" names no wait for a decision
        while k < clause.end and words[k] in _AFTER_TAKING:
            k += 1
    elif w in SAYING:
        if t > clause.start and words[t - 1] in ("we", "i"):
            return False  # "we said two weeks": the employer's own estimate, gone by
        while k < clause.end and covered[k] < 0 and words[k] in _AFTER_SAYING:
            k += 1
    else:
        return False
    if k < clause.end and covered[k] < 0 and words[k] in ("the", "sometime", "around", "about",
                                                          "early", "by"):
        k += 1
    return k < clause.end and covered[k] >= 0 and (k == 0 or covered[k - 1] != covered[k])
