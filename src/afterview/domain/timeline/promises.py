"""Which time expressions are promises: clauses, the cues in them, and the deadline chosen.

A message is cut into clauses (at sentence ends, commas, and words such as "but", "since"
or "and we"). A clause promises when it holds a cue; a clause that is only a time and
filler ("hopefully by Friday", or the whole text "next week") belongs to its neighbour;
a clause that says the promise may slip ("though it could slip to Monday") extends the one
before. Expressions in promising clauses are candidates, except those after "once",
"after", "from"...: those say when something else happens. The latest candidate wins.
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
    turns_down,
)
from afterview.domain.timeline.expression import Expression
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
from afterview.domain.timeline.words import UNITS

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

HEDGES = frozenset({"possibly", "perhaps", "maybe", "might", "could", "may", "or"})
HEDGE_SUBJECTS = frozenset({"it", "that", "this", "which", "we", "possibly", "perhaps", "maybe",
                            "or", "though", "although", "but", "however", "and"})
# Words that make what follows the time of some other event ("once the manager is back
# next week"): up to the end of the clause, or until a word that reopens a deadline.
BLOCKERS = frozenset({"after", "once", "when", "whenever"})
# Words that do so only for the time right after them ("from Monday", "through Thursday").
STARTS = frozenset({
    "from", "starting", "since", "through", "thru", "throughout", "past", "following",
    "beginning", "commencing",
})
RANGE_ENDS = frozenset({"through", "thru"})
CONDITIONS = frozenset({"if", "unless", "whether"})
REOPENERS = frozenset({"by", "before", "within", "latest", "hopefully", "likely", "probably",
                       "ideally", "no", "expect", "in"})
# A hope or target with a time right after it promises, verb or not: "we're hoping for
# tomorrow", "aiming for Friday", "targeting next week", "the goal is the 15th".
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
                 "than", "ideally", "roughly", "", "you")
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
                 "typically", "generally", "normally", "the", "at", "least", "most", "a")
HOPE_WORDS = HOPING | TARGET_NOUNS | SAYING | TAKING | {"allow", "await"}
# A time after these words, in a clause about the candidate, is the candidate's deadline.
CANDIDATE_TASKS = frozenset({"due", "submit", "submitted", "submission", "upload", "uploaded"})
CANDIDATE_MARKS = frozenset({"you", "your", "u", "ur", "please", "kindly", "pls"})
# The employer saying how long it needs ("we need a few days", "it'll take two weeks", "give
# us a week"), and the words that join the promise which follows ("and then we'll call").
NEEDING = frozenset({"need", "needs", "needed", "take", "takes", "taking", "require",
                     "requires", "give", "allow", "spend", "want"})
WAITING = frozenset({"wait", "allow", "await"})
JOINS = frozenset({"and", "then", "after", "afterwards", "so"})
PREPOSITIONS = frozenset({
    "by", "before", "on", "in", "within", "until", "till", "around", "about", "sometime",
    "over", "the", "no", "later", "than", "approximately", "roughly", "between", "during",
})


@dataclass(slots=True)
class Clause:
    """Tokens ``start:end`` of one clause, and what was found in it."""

    start: int
    end: int
    sentence: int
    cue: int = -1
    fragment: bool = False
    promise: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """The outcome: the deadline's expression, or a vague promise, or nothing."""

    deadline: Expression | None
    vague: bool
    span: tuple[int, int] | None  # tokens the matched text covers


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


def _as_told(words: list[str]) -> None:
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


_PRONOUNS = frozenset({"we", "i", "you", "they", "someone", "she", "he"})
_UNTIL_EVENT = frozenset({"before", "until", "till", "til"})
_MODAL_VERBS = frozenset({"will", "shall", "should", "would", "can", "could", "might", "may"})


# A word's effect on the scoring loop: True blocks (a BLOCKER), False reopens a REOPENER.
_BLOCK_STATES: dict[str, bool] = dict.fromkeys(REOPENERS, False) | dict.fromkeys(BLOCKERS, True)


def choose(tokens: list[Token], expressions: list[Expression]) -> Choice:
    """The deadline a message promises (the latest promised date), or vague, or none."""
    n = len(tokens)
    covered = [-1] * n
    for index, expr in enumerate(expressions):
        for t in range(expr.start, expr.end):
            covered[t] = index
    words = [tok.text if tok.kind == WORD else "" for tok in tokens]
    if not SAYING.isdisjoint(words):
        _as_told(words)  # "they said they'd phone me": the candidate is "me" in a note
    parts = clauses(tokens, covered)
    for clause in parts:
        _read(clause, tokens, words, covered)
    if _turned_down(parts, words):
        return Choice(None, False, None)  # a rejection promises nothing more
    _resolve_promises(parts, words, covered, expressions)
    _lend_needed_time(parts, words, covered, expressions)

    block_states = _BLOCK_STATES
    best: Expression | None = None
    vague_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    for clause in parts:
        if not clause.promise:
            continue
        if clause.cue >= 0 and cue_span is None:
            cue_span = _cue_span(clause, words)
        if cue_span is None and clause.fragment and words[clause.start] in BLOCKERS:
            cue_span = (clause.start, clause.end)  # "after the holidays" said alone
        blocked, blocker = False, clause.start
        for t in range(clause.start, clause.end):
            index = covered[t]
            if index < 0:
                state = block_states.get(words[t])
                if state is not None:
                    if state:
                        blocked, blocker = True, t
                    else:
                        blocked = False
                elif blocked and words[t] in _PRONOUNS and t + 1 < clause.end and words[
                        t + 1] in _MODAL_VERBS:
                    blocked = False  # "after tomorrow's interviews we'll call you Monday"
                if words[t] in _UNTIL_EVENT and t + 1 < clause.end and words[t + 1] in _PRONOUNS:
                    blocked, blocker = True, t  # "before I go on leave next week"
                continue
            expr = expressions[index]
            if t != expr.start:
                continue
            if t > clause.start and _starts_another_event(words, covered, clause.start, t):
                continue

            if _candidates_deadline(words, clause.start, t):
                continue
            if expr.vague:
                if vague_span is None:  # "after the holidays": quoted from the "after"
                    vague_span = (blocker if blocked else expr.start, expr.end)
                blocked = blocked or expr.reading == "as soon as"
                continue
            if expr.past or expr.deadline is None or blocked:
                if vague_span is None and blocked:
                    vague_span = (blocker, expr.end)
                continue
            if best is None or expr.deadline > best.deadline:  # type: ignore[operator]
                best = expr
    if best is not None:
        return Choice(best, False, (_with_preposition(best.start, _clause_of(parts, best.start),
                                                      words), best.end))
    if any(clause.promise for clause in parts):
        return Choice(None, True, vague_span or cue_span)
    return Choice(None, False, None)


def _starts_another_event(words: list[str], covered: list[int], start: int, t: int) -> bool:
    """Whether the time at ``t`` is when something else starts or lasts: "from Monday",
    "through Thursday" — but not the end of a range ("Monday through Wednesday")."""
    k = t - 1
    if words[k] == "the" and k > start:
        k -= 1
    if words[k] not in STARTS:
        return False
    if words[k] == "past" and k > start and words[k - 1] in ("waiting", "hanging", "wait"):
        return False  # "we won't keep you waiting past Monday": Monday is the deadline
    return not (words[k] in RANGE_ENDS and k - 1 >= start and covered[k - 1] >= 0)


def _candidates_deadline(words: list[str], start: int, t: int) -> bool:
    """Whether the time at ``t`` is the candidate's own deadline, not the employer's: "your
    take-home is due Friday", "please submit it by the 12th"."""
    before = words[start:t]
    if not CANDIDATE_MARKS & set(before):
        return False
    for k in range(len(before) - 1, -1, -1):
        if before[k] in CANDIDATE_TASKS:
            return not (before[k] == "due" and words[start + k + 1:start + k + 2] == ["course"])
    return False


def _read(clause: Clause, tokens: list[Token], words: list[str], covered: list[int]) -> None:
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
    if cue >= 0 and rejects(words[start:clause.end]):
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


_REJECTING = frozenset({"regret", "not", "another", "other"})


def _turned_down(parts: list[Clause], words: list[str]) -> bool:
    """Whether a sentence of the message turns the candidate down outright."""
    if _REJECTING.isdisjoint(words):
        return False  # no sentence can reject without one of these words (see ``rejects``)
    sentence = -1
    found: list[str] = []
    for clause in [*parts, Clause(0, 0, -2)]:
        if clause.sentence != sentence:
            if found and turns_down(found):
                return True
            sentence, found = clause.sentence, []
        found.extend(words[clause.start:clause.end])
    return False


def _resolve_promises(parts: list[Clause], words: list[str], covered: list[int],
                      expressions: list[Expression]) -> None:
    """Decide which clauses promise: by a cue, as a fragment of a neighbour, or as a slip."""
    before: Clause | None = None  # the last clause that is not a fragment
    for clause in parts:
        if clause.cue >= 0:
            clause.promise = True
        elif not clause.fragment and before is not None and before.promise:
            clause.promise = _slips(words[clause.start:clause.end])
        if not clause.fragment:
            before = clause
    # A fragment leans on the clause before it in its sentence, else the next one in it,
    # else the nearest before, else the nearest after; a text of fragments only promises.
    # A condition with no cue of its own ("If approvals drag, April 12 at the latest") is
    # passed over: the fragment leans on the promise beyond it.
    previous: list[Clause | None] = []
    last: Clause | None = None
    for clause in parts:
        previous.append(last)
        if not clause.fragment and not _condition(clause, words):
            last = clause
    cued = any(clause.cue >= 0 for clause in parts)
    following: Clause | None = None
    for index in range(len(parts) - 1, -1, -1):
        clause = parts[index]
        if _condition(clause, words) and not clause.fragment:
            continue
        if clause.fragment:
            before = previous[index]
            if before is not None and before.sentence == clause.sentence:
                clause.promise = before.promise
            elif following is not None and following.sentence == clause.sentence:
                clause.promise = following.promise
            elif before is not None or following is not None:
                clause.promise = (before or following).promise  # type: ignore[union-attr]
            else:
                clause.promise = _names_a_time(parts, words, covered, expressions)
            if not clause.promise and not cued and index == 0:
                # a text that opens with a bare time and has no cue at all is an answer
                # noted down: "couple weeks tops, we're slammed"
                clause.promise = _names_a_time([clause], words, covered, expressions)
        else:
            following = clause


# Clauses that give a reason or a circumstance: "as two panel members are away", "with half
# the team at the offsite on Thursday", "because of the Easter break".
ASIDES = frozenset({"as", "because", "since", "cause", "cos", "given", "with", "due",
                    "owing"})


_OPENERS = frozenset({"apologies", "sorry", "unfortunately", "ok", "okay", "so", "well",
                      "actually", "also", "update", "note", "but", "and", ""})


def _condition(clause: Clause, words: list[str]) -> bool:
    """A condition or an aside with no cue of its own, which a bare time passes over
    ("Apologies — with the board meeting moved, ...")."""
    if clause.cue >= 0:
        return False
    t = clause.start
    while t < clause.end and words[t] in _OPENERS:
        t += 1
    return t == clause.end or words[t] in CONDITIONS or words[t] in ASIDES


def _names_a_time(parts: list[Clause], words: list[str], covered: list[int],
                  expressions: list[Expression]) -> bool:
    """Whether a text of fragments only names a time to come ("next week", "after the
    holidays") rather than filler alone ("by the", "after") or a date gone by."""
    return any(covered[t] >= 0 and not expressions[covered[t]].past
               for p in parts for t in range(p.start, p.end)) or any(
        words[p.start] in BLOCKERS and any(w and w not in FILLER for w in words[p.start:p.end])
        for p in parts)


def _lend_needed_time(parts: list[Clause], words: list[str], covered: list[int],
                      expressions: list[Expression]) -> None:
    """The time the employer says it needs goes with the promise that follows it: "we'll
    need several days to review everything and then we'll be in touch" promises a reply
    in several days. The promise must be joined to it ("and then", "then", "after which")
    in the same sentence and name no date of its own. So does the time a candidate is asked
    to wait: "kindly wait 3-4 working days, HR will revert"."""
    for index in range(1, len(parts)):
        clause, back = parts[index], index - 1
        while back > 0 and parts[back].fragment and not _dated(parts[back], covered, expressions):
            back -= 1  # "and" alone, cut off before "then we'll ..."
        before = parts[back]
        then = words[clause.end - 1] == "then"  # "...; you'll hear from us then"
        if (not clause.promise or before.promise or _dated(clause, covered, expressions)
                or (before.sentence != clause.sentence and not then)):
            continue
        if words[clause.start] in JOINS or then:
            needs = [t for t in range(before.start, before.end) if words[t] in NEEDING]
        else:  # "kindly wait 3-4 working days, HR will revert": asked to wait that long
            needs = [t for t in range(before.start, before.end) if words[t] in WAITING]
        if needs and any(_names_a_span(expressions[covered[t]], words)
                         for t in range(needs[0], before.end) if covered[t] >= 0):
            before.promise = True


def _names_a_span(expr: Expression, words: list[str]) -> bool:
    """Whether a time expression is a length of time ending in its unit ("a few days")."""
    return not expr.vague and words[expr.end - 1] in UNITS


def _dated(clause: Clause, covered: list[int], expressions: list[Expression]) -> bool:
    return any(covered[t] >= 0 and expressions[covered[t]].deadline is not None
               for t in range(clause.start, clause.end))


def _slips(words: list[str]) -> bool:
    present = set(words)
    if present & SLIPS or ("run" in present and present & HEDGES):
        return True  # "it could slip", "it may run into next week"
    if words[:2] == ["make", "that"]:
        return True  # "by Friday — actually, make that Monday"
    first = next((w for w in words if w), "")
    return bool(present & HEDGES) and first in HEDGE_SUBJECTS


def _clause_of(parts: list[Clause], token: int) -> Clause:
    for clause in parts:
        if clause.start <= token < clause.end:
            return clause
    return parts[0]


def _with_preposition(start: int, clause: Clause, words: list[str]) -> int:
    """Move ``start`` back over the preposition that introduces a time ("by the end of")."""
    t = start
    while t - 1 >= clause.start and start - t < 3 and words[t - 1] in PREPOSITIONS:
        t -= 1
    return t


def _cue_span(clause: Clause, words: list[str]) -> tuple[int, int]:
    """The few words around a cue, quoted when a promise carries no date."""
    start = clause.cue
    while start - 1 >= clause.start and clause.cue - start < 3 and words[start - 1]:
        start -= 1
    end = min(clause.end, clause.cue + 3)
    while end > clause.cue + 1 and not words[end - 1]:
        end -= 1
    return start, end
