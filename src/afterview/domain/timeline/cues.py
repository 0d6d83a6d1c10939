"""Words that promise the candidate a response or a decision, and words that take it back.

A cue is a reply verb with the employer as its subject ("we'll get back to you", "I'll
call you"), a decision noun ("a decision", "news", "an offer"), or the candidate hearing
("you'll hear from us"). A reply verb asked *of the candidate* ("please reply by Friday",
"feel free to reach out") is a request, not a promise.
"""

from __future__ import annotations

NOUNS = frozenset({
    "decision", "decisions", "answer", "answers", "news", "outcome", "result", "results",
    "feedback", "verdict", "offer", "offers", "response", "update", "updates", "word",
})
HEARING = frozenset({"hear", "heard", "hearing", "hears"})
RECIPIENTS = frozenset({"you", "everyone", "all", "candidates", "both", "him", "her", "them"})
# verbs that promise something only when "you" follows: "call you", "send you"
TO_YOU = frozenset({
    "call", "ring", "phone", "email", "mail", "text", "message", "send", "contact", "update",
    "notify", "inform", "advise", "ping", "write", "tell", "get", "give", "reach", "let",
})
INTRANSITIVE = frozenset({
    "reply", "respond", "confirm", "revert", "decide", "deciding", "decides", "finalise",
    "finalize", "choose",
})
PASSIVE = frozenset({
    "contacted", "notified", "informed", "updated", "told", "called", "emailed", "advised",
})
BACK_VERBS = frozenset({
    "get", "come", "circle", "report", "write", "revert", "call", "ring", "phone", "getting",
    "coming", "circling",
})
SUBJECTS = frozenset({
    "we", "i", "someone", "somebody", "they", "he", "she", "us", "team", "recruiter",
    "manager", "hr", "who", "which", "our", "one", "committee", "panel",
})
MODALS = frozenset({
    "will", "would", "shall", "should", "can", "could", "going", "gonna", "able", "might",
    "must", "plan", "aim", "hope", "expect", "intend", "try",
})
WANTING = frozenset({
    "hope", "hoping", "plan", "planning", "aim", "aiming", "try", "trying", "expect",
    "expecting", "want", "wanting", "like", "going", "intend", "able", "us", "me", "need",
})
RECEIVING = frozenset({"get", "receive", "have", "hear", "see", "know", "be", "expect"})
AUDIENCES = frozenset({"all", "everyone", "candidates", "applicants", "successful", "each"})
ANNOUNCING = frozenset({"contact", "notify", "inform", "update", "email", "call", "advise"})
MESSAGES = frozenset({"email", "call", "message", "letter", "note", "text", "ring", "phone"})
REQUESTS = frozenset({"please", "kindly", "free", "hesitate", "you", "if"})
_US = ("us", "me")


def cue_at(words: list[str], k: int, start: int) -> bool:
    """Whether ``words[k]`` promises a response or decision to the candidate (see below)."""
    return words[k] in TRIGGERS and _cue_at(words, k, start)


def _cue_at(words: list[str], k: int, start: int) -> bool:
    """Whether ``words[k]`` promises a response or decision to the candidate.

    ``start`` is where the clause begins: subjects are looked for no further back.
    """
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    prev = words[k - 1] if k > start else ""
    if w in NOUNS:
        return prev not in ("your", "my", "ur") and not (w == "word" and prev != "get")
    if w in HEARING:
        ahead = words[k + 1:k + 4]
        return not ("from" in ahead and ahead[ahead.index("from") + 1:][:1] in (["you"], ["u"]))
    if w == "know":
        if prev in ("will", "should", "would", "shall") and k - 2 >= start:
            return words[k - 2] in ("we", "i", "they")  # "we should know by Monday"
        return prev in RECIPIENTS and k - 2 >= start and words[k - 2] in ("let", "letting")
    if w in ("posted", "informed", "updated", "loop") and "keep" in words[max(start, k - 4):k]:
        return True
    if w == "you" and nxt in MODALS and words[k + 2:k + 3] and words[k + 2] in RECEIVING:
        return True
    if w in ("expect", "expecting", "receive") and set(words[k + 1:k + 4]) & MESSAGES:
        return True
    if w in PASSIVE:
        return prev in {"be", "being"}
    if w == "make" and nxt in ("the", "a", "our") and words[k + 2:k + 3] in (["call"], ["hire"]):
        return True
    if w == "hire":
        return prev in ("a", "to")
    if w == "fill" and set(words[k + 1:k + 4]) & {"role", "position", "vacancy", "job", "opening"}:
        return True
    if w in ("give", "allow") and nxt in _US:
        return words[k + 3:k + 4] not in (["call"], ["ring"], ["shout"], ["buzz"])
    # reply verbs: only with the employer as subject
    if w == "touch":
        promised = (prev == "in" or nxt == "base") and not (
            nxt == "with" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w == "back":
        before = words[max(start, k - 2):k]
        promised = bool(set(before) & BACK_VERBS) and not (
            nxt == "to" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w == "out":
        promised = prev in ("reach", "reaching") and not (
            nxt == "to" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w == "up":
        promised = prev in ("follow", "following") and not (
            nxt == "with" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w in TO_YOU:
        promised = (nxt in ("you", "u") or (nxt in AUDIENCES and w in ANNOUNCING)) and (
            w not in ("get", "give", "let", "reach"))
    elif w in INTRANSITIVE:
        promised = True
    else:
        return False
    return promised and by_employer(words, k, start)


def by_employer(words: list[str], k: int, start: int) -> bool:
    """Whether the reply verb at ``k`` has the employer as subject, not the candidate."""
    for j in range(k - 1, max(start, k - 10) - 1, -1):
        w = words[j]
        if w in SUBJECTS or w in MODALS:
            return True
        if w == "to" and j > start and words[j - 1] in WANTING:
            return True
        if w in REQUESTS:
            return False
    return False


# Every word at which a cue can be found: a cheap test before the full one.
TRIGGERS = frozenset(
    NOUNS | HEARING | TO_YOU | INTRANSITIVE | PASSIVE | {
        "know", "posted", "informed", "updated", "loop", "you", "expect", "expecting",
        "receive", "make", "hire", "fill", "give", "allow", "touch", "back", "out", "up",
    }
)

REJECTION_MOVES = frozenset({
    "moving", "progressing", "proceeding", "proceed", "move", "progress", "successful",
    "pursue", "pursuing", "selected", "forward", "advance", "advancing",
})


def rejects(words: list[str]) -> bool:
    """Whether a clause turns the candidate down ("we will not be moving forward")."""
    present = set(words)
    if "regret" in present:
        return True
    if "not" in present and present & REJECTION_MOVES:
        return True
    return bool(present & {"another", "other"} and present & {"candidate", "candidates"}
                and present & {"decided", "chosen", "selected", "gone", "offered"})
