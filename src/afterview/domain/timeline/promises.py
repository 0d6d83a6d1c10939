"""Which time expressions are promises, and the deadline chosen.

The message is cut into clauses and each is read by ``clauses``. A clause promises when it
holds a cue; a clause that is only a time and
filler ("hopefully by Friday", or the whole text "next week") belongs to its neighbour;
a clause that says the promise may slip ("though it could slip to Monday") extends the one
before. Expressions in promising clauses are candidates, except those after "once",
"after", "from"...: those say when something else happens. The latest candidate wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterview.domain.timeline.clauses import (
    BLOCKERS,
    CONDITIONS,
    FILLER,
    SAYING,
    SLIPS,
    Clause,
    as_told,
    clauses,
    read_clause,
)
from afterview.domain.timeline.cues import turns_down
from afterview.domain.timeline.expression import Expression
from afterview.domain.timeline.signals import notes_to_candidate, subset, voids_sentence
from afterview.domain.timeline.tokens import WORD, Token
from afterview.domain.timeline.words import UNITS

HEDGES = frozenset({"possibly", "perhaps", "maybe", "might", "could", "may", "or"})
HEDGE_SUBJECTS = frozenset({"it", "that", "this", "which", "we", "possibly", "perhaps", "maybe",
                            "or", "though", "although", "but", "however", "and"})
# Words that do so only for the time right after them ("from Monday", "through Thursday").
STARTS = frozenset({
    "from", "starting", "since", "through", "thru", "throughout", "past", "following",
    "beginning", "commencing",
})
RANGE_ENDS = frozenset({"through", "thru"})
REOPENERS = frozenset({"by", "before", "within", "latest", "hopefully", "likely", "probably",
                       "ideally", "no", "expect", "in", "until"})
# A hope or target with a time right after it promises, verb or not: "we're hoping for
# tomorrow", "aiming for Friday", "targeting next week", "the goal is the 15th".
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


@dataclass(frozen=True, slots=True)
class Choice:
    """The outcome: the deadline's expression, or a vague promise, or nothing."""

    deadline: Expression | None
    vague: bool
    span: tuple[int, int] | None  # tokens the matched text covers


# A clause that ends on the verb of reported speech, the words said coming next.
REPORTING = SAYING | {"added", "adds", "replied", "wrote", "say", "promised"}
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
        as_told(words)  # "they said they'd phone me": the candidate is "me" in a note
    notes_to_candidate(words)  # "he will email me on Friday"
    parts = clauses(tokens, covered)
    for clause in parts:
        read_clause(clause, tokens, words, covered)
    _void_sentences(parts, tokens, words)
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

            if _candidates_deadline(words, clause.start, t) or _past_event(words, clause.start, t):
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
        if vague_span is None and _only_some_candidates(parts, words):
            return Choice(None, False, None)  # "if you are shortlisted we will contact you"
        return Choice(None, True, vague_span or cue_span)
    return Choice(None, False, None)


def _sentences(parts: list[Clause]) -> list[list[Clause]]:
    found: list[list[Clause]] = []
    for clause in parts:
        if found and found[-1][0].sentence == clause.sentence:
            found[-1].append(clause)
        else:
            found.append([clause])
    return found


def _void_sentences(parts: list[Clause], tokens: list[Token], words: list[str]) -> None:
    """Take the cues out of sentences that promise nothing as a whole (``voids_sentence``):
    advice in general terms, quoted examples, the writer's guesses. An example announced
    with a colon ("respond with an answer like this:") voids the words quoted after it."""
    quoted = False
    for sentence in _sentences(parts):
        first, last = sentence[0].start, sentence[-1].end
        void = quoted or voids_sentence(words[first:last])
        quoted = void and last < len(tokens) and tokens[last].text == ":"
        if void:
            for clause in sentence:
                clause.cue, clause.fragment = -1, False


def _only_some_candidates(parts: list[Clause], words: list[str]) -> bool:
    """Whether every promise with no time is made only to some candidates ("if you are
    shortlisted we will contact you", "unsuccessful applicants will be notified"): that
    promises this candidate nothing. Promises to both sides together reach everyone."""
    sides: set[int] = set()
    side = 0  # a sentence with no condition of its own goes on the one before it
    for sentence in _sentences(parts):
        own = subset(words[sentence[0].start:sentence[-1].end])
        side = own if own or not side else side
        if any(clause.promise and clause.cue >= 0 for clause in sentence):
            sides.add(side)
    return sides in ({1}, {-1})


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


# Verbs in the past that the time right after them dates: "she spoke to me on Tuesday",
# "I interviewed on Monday", "they got back to me Friday" — an event gone by, not a deadline.
_PAST_VERBS = frozenset({
    "interviewed", "met", "spoke", "called", "rang", "phoned", "emailed", "contacted", "sent",
    "came", "went", "applied", "started", "asked", "wrote", "replied", "texted", "messaged",
    "attended", "was", "were", "had",
})
_FUTURE_MARKS = frozenset({"will", "would", "shall", "should", "going", "can", "could",
                           "may", "might", "if", "unless", "not", "until", "by", "before",
                           "within"})


def _past_event(words: list[str], start: int, t: int) -> bool:
    """Whether the time at ``t`` dates something already done ("she spoke to me on
    Tuesday"): a past verb shortly before it, with no future, condition or deadline word
    between or before them in the clause."""
    before = words[start:t]
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        if before[k] in _PAST_VERBS:
            return _FUTURE_MARKS.isdisjoint(before)
    return False


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
        if clause.fragment and _opens_a_past_sentence(parts, index, words):
            clause.promise = False  # "The following Monday, they contacted me and said ..."
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
            if not clause.promise and before is not None and words[before.end - 1] in REPORTING:
                clause.promise = True  # "The email said, 'early next week.'"
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


def _opens_a_past_sentence(parts: list[Clause], index: int, words: list[str]) -> bool:
    """A time opening a sentence whose next clause tells of something done: "The following
    Monday, they contacted me"."""
    clause = parts[index]
    if index + 1 >= len(parts) or (index > 0 and parts[index - 1].sentence == clause.sentence):
        return False
    nxt = parts[index + 1]
    return nxt.sentence == clause.sentence and not _PAST_VERBS.isdisjoint(
        words[nxt.start:nxt.start + 3])


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
    if "been" in present and present & SLIPS <= {"now"}:
        return False  # "but it has been a week and a half now": time gone by
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
