"""Signals, found in real writing, that a reply cue promises this candidate nothing.

Measured on real text (tests/data/timeline-real.tsv), most words about timing around a
hiring process are not a promise to the reader: advice that quotes the usual wait, an
example of what an employer might say, a condition that only some candidates meet, a
deadline or an expiry set for the candidate, a line about future openings, or the
candidate's own guess. Each test here reads words only (``words`` holds "" for every
token that is not a word), never a list of phrases from that set.
"""

from __future__ import annotations

from afterview.domain.timeline.cues import BARE, SUBJECTS, TO_YOU

# Saying, told, mentioning: the verbs of reported speech.
SAY_VERBS = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "mention",
                       "mentions", "mentioned", "specify", "specified", "promise", "promised"})
_NEGATIONS = frozenset({"not", "never", "nobody"})
# What dates an expiry or the candidate's own limit, not a reply: "the link expires in 4
# days", "the offer is valid for 10 days", "applications ... will be automatically closed".
EXPIRING = frozenset({"expire", "expires", "expired", "expiry", "expiration", "valid",
                      "validity", "lapse", "lapses", "withdrawn", "invalid"})
# Future openings: "should another position become available", "future opportunities".
_LATER = frozenset({"future", "new", "another", "other", "similar", "suitable", "relevant",
                    "further", "more"})
_OPENINGS = frozenset({"opening", "openings", "position", "positions", "vacancy", "vacancies",
                       "opportunity", "opportunities", "role", "roles", "job", "jobs", "post",
                       "posts"})
# Advice about employers in general: a general word and a general subject, no "we" or "I".
_GENERAL = frozenset({"usually", "typically", "generally", "normally", "often", "average",
                      "common", "commonly", "uncommon", "standard", "typical", "general",
                      "rule", "expectation", "most", "many"})
_STRONGLY_GENERAL = frozenset({"average", "common", "commonly", "uncommon", "standard",
                               "typical", "general", "rule", "expectation"})
_GENERAL_SUBJECTS = frozenset({"employers", "companies", "managers", "recruiters",
                               "interviewers", "organisations", "organizations", "firms",
                               "businesses"})
_FIRST_PERSON = frozenset({"we", "our", "us", "ours", "i", "me", "my"})
# The writer guessing: "I'm guessing they'll ...", "I hope they call", "I can expect a
# letter in a few days", "it will probably be a few more days before I hear".
_GUESSING = frozenset({"guess", "guessing", "reckon", "reckoning", "think", "thinking",
                       "suppose", "assume", "assumed", "assuming", "imagine", "expect",
                       "expected", "expecting", "suspect", "bet", "hope", "hoping", "doubt",
                       "figure", "feeling", "wonder", "wondering"})
_BETWEEN_I_AND_GUESS = frozenset({"am", "was", "can", "could", "would", "do", "did", "just",
                                  "really", "kind", "of", "sort", "still", "had", "have",
                                  "'m", "m", "not", "got", "the", "a"})
_RECEIVED = (["receive"], ["hear"], ["get"], ["see"], ["know"])
_UNSURE = frozenset({"probably", "maybe", "perhaps"})
_HEARING_WORDS = frozenset({"hear", "know", "find", "get", "receive", "will", "would",
                            "should"})
# Examples quoted in advice: "for instance, you could say ...", "along the lines of".
_EXAMPLE_PAIRS = (("for", "instance"), ("for", "example"), ("lines", "of"),
                  ("something", "like"), ("such", "as"), ("you", "could"), ("e", "g"),
                  ("like", "this"))
_CONDITION_WORDS = frozenset({"if", "whenever"})
# Who, in a candidate's note, is the employer: "he will email me", "HR was meant to call me".
_THIRD_PERSON = (SUBJECTS - {"we", "i", "us", "our", "who", "which", "one"}) | {
    "headmaster", "headteacher", "head", "boss", "hm", "mgr", "hiring", "supervisor",
    "contact", "consultant", "lady", "guy", "woman", "man", "person", "interviewer"}
_NOT_TO_ME = frozenset({"you", "u", "please", "kindly", "pls", "free", "hesitate", "let", "if",
                        "can", "could"})
_PROMISED = frozenset({"promised", "due", "meant", "supposed", "offered"})
_REPLY_TO_ME = (TO_YOU | BARE) - {"let", "give", "get"}


def notes_to_candidate(words: list[str]) -> None:
    """In a candidate's note the employer writes to "me" or "us": "he will email me on
    Friday", "the headmaster was due to inform us". Read that "me" or "us" as the
    candidate's "you" when someone else is the subject of the reply verb before it."""
    for t in range(1, len(words)):
        if words[t] not in ("me", "us") or words[t - 1] not in _REPLY_TO_ME:
            continue
        for j in range(t - 2, max(-1, t - 8), -1):
            w = words[j]
            if not w or w in _NOT_TO_ME or w in _FIRST_PERSON:
                break
            if w in _THIRD_PERSON or (w in _PROMISED and words[j + 1] == "to"):
                words[t] = "you"
                break


def promises_nothing(words: list[str], start: int, end: int, cue: int, timed: bool) -> bool:
    # ``timed``: a time follows the cue in the clause ("you may not hear for another week")
    """Whether a clause with a cue at ``cue`` promises this candidate nothing after all: an
    expiry or the candidate's own limit, future openings, a reply denied or gone by ("I
    haven't heard anything", "no response whatsoever"), advice telling the candidate what
    to do ("wait three days, then follow up"), or a promise someone did not make."""
    part = words[start:end]
    if not timed and not _CONDITION_OPENERS.isdisjoint(words[max(0, start - 10):start]):
        timed = True  # "If, in a few days, you still don't see our reply": a condition
    if (not timed and _denied(part, cue - start)) or _told_to_act(part):
        return True
    if not EXPIRING.isdisjoint(part) or _future_openings(part):
        return True
    if any(part[t] == "closed" and part[t - 1] in ("be", "been", "automatically")
           for t in range(1, len(part))):
        return True  # "applications with no response in 3 months will be closed"
    return _not_said(part)


def voids_sentence(part: list[str]) -> bool:
    """Whether a whole sentence promises nothing: advice about employers in general, an
    example of what one might say, or the writer's own guess."""
    present = set(part)
    if present & _GENERAL and not present & _FIRST_PERSON and (
            present & _STRONGLY_GENERAL or _general_subject(part)):
        return True
    if reports_hypothetically(part) or (present.isdisjoint(_FIRST_PERSON) and _advises(part)):
        return True
    return "i" in present and present.isdisjoint(SAY_VERBS) and _guesses(part)


_CONDITION_OPENERS = frozenset({"if", "should", "unless", "until", "til", "till", "when",
                                "whether"})
# Imperatives that tell the candidate what to do: advice, not the employer's promise.
_TELLING = frozenset({"wait", "aim", "send", "ask", "return", "verify", "respond", "reply",
                      "make", "check", "follow", "remember", "try", "write", "thank", "give",
                      "prepare", "consider", "acknowledge", "signify", "sign", "complete",
                      "reach", "contact", "telephone", "phone"})
_OPENING_WORDS = frozenset({"then", "so", "and", "also", "just", "simply", "always", "first",
                            ""})


def _denied(part: list[str], cue: int) -> bool:
    """A reply that did not come or will not: "I haven't heard back", "you won't hear
    anything until after this date", "no response whatsoever" — unless it sets a time for
    the silence ("if you don't hear from us by Friday")."""
    if not 0 <= cue < len(part) or not _CONDITION_OPENERS.isdisjoint(part) or part[cue] in (
            "waiting", "hanging"):
        return False  # "we won't keep you waiting past Monday" promises Monday
    if part[max(0, cue - 2):cue] == ["got", "in"] or part[cue - 1:cue] == ["got"]:
        return True  # "they got in touch with him this morning": done, not promised
    return any(p in _NEGATIONS or p == "no" for p in part[max(0, cue - 3):cue])


def _told_to_act(part: list[str]) -> bool:
    t = 0
    while t < len(part) and part[t] in _OPENING_WORDS:
        t += 1
    return t < len(part) and part[t] in _TELLING and part[t + 1:t + 2] not in (
        ["you"], ["u"], ["us"], ["for"], ["me"], ["is"])


# Advice to the candidate in the second person: "you should acknowledge an offer within 24
# hours", "make sure you ask", "it is acceptable to send", "a good rule is to wait".
_YOU_MUST = frozenset({"should", "need", "must", "ought"})
_YOU_RECEIVE = frozenset({"hear", "receive", "get", "expect", "know", "be", "have", "see",
                          "hopefully", "soon", "shortly", "also", "then", "not", "now"})
_IT_IS = frozenset({"acceptable", "appropriate", "important", "advisable", "normal", "common",
                    "best", "polite", "fine", "okay", "reasonable", "wise", "worth", "crucial",
                    "essential", "helpful", "recommended", "customary"})


def _advises(part: list[str]) -> bool:
    for t in range(len(part) - 2):
        w, nxt, then = part[t], part[t + 1], part[t + 2]
        if w in ("you", "u") and nxt in _YOU_MUST and then not in _YOU_RECEIVE and (
                part[t + 3:t + 4] not in (["hear"], ["receive"], ["get"], ["expect"])):
            return True  # "you should acknowledge", "you need to maintain"
        if (w, nxt) == ("make", "sure") or (w, nxt) == ("good", "idea"):
            return True
        if w == "it" and nxt == "is" and (then in _IT_IS or part[t + 2:t + 4] == ["not", "out"]):
            return True
    return False


def _future_openings(part: list[str]) -> bool:
    for t, w in enumerate(part):
        if w in _OPENINGS and any(p in _LATER for p in part[max(0, t - 3):t]):
            return True
        if w in ("arise", "arises") or (w == "available" and t > 0 and part[t - 1] in (
                "become", "becomes")) or (w in ("opens", "reopens") and t + 1 < len(part)
                                          and part[t + 1] == "up"):
            return True
    return False


def _general_subject(part: list[str]) -> bool:
    return any(w in _GENERAL_SUBJECTS and (t == 0 or part[t - 1] not in ("your", "our", "my"))
               for t, w in enumerate(part))


def _guesses(part: list[str]) -> bool:
    """The writer's own estimate: "I" and a guessing verb, with no "you" to reply to ("I'm
    guessing they'll decide today", "I hope they call again"); or "probably" with the
    writer as the one who hears ("it will probably be a few more days before I hear")."""
    if "you" in part or "u" in part:
        return False
    unsure = not _UNSURE.isdisjoint(part)
    for t, w in enumerate(part):
        if w != "i":
            continue
        k = t + 1
        while k < len(part) and part[k] in _BETWEEN_I_AND_GUESS:
            k += 1
        if k < len(part) and part[k] in _GUESSING and part[k + 1:k + 2] != ["we"] and (
                part[k + 1:k + 2] != ["to"] or part[k + 2:k + 3] in _RECEIVED):
            return True  # "I was expecting them to call", "I'd have expected to receive"
        if unsure and k < len(part) and part[k] in _HEARING_WORDS:
            return True
    return False


def _not_said(part: list[str]) -> bool:
    """ "they didn't actually say they would call": a promise denied."""
    for t, w in enumerate(part):
        if w in SAY_VERBS and any(p in _NEGATIONS for p in part[max(0, t - 3):t]):
            return True
    return False


def reports_hypothetically(part: list[str]) -> bool:
    """Advice that quotes what an employer might say: "if a hiring manager says they'll get
    back to you Monday", "after the employer told you they would decide within two weeks",
    "for instance, you could say ..."."""
    for t in range(len(part) - 1):
        if (part[t], part[t + 1]) in _EXAMPLE_PAIRS or part[t:t + 3] == ["e", "", "g"]:
            return True
    condition = False
    for t, w in enumerate(part):
        if w in _CONDITION_WORDS and part[t + 1:t + 3] not in (["i", "remember"], ["i", "recall"]):
            condition = True
        elif condition and w in SAY_VERBS:
            return True
    return False


_CONDITIONAL = frozenset({"if", "should", "once", "when", "whether", "unless", "following"})
_MET = frozenset({"successful", "shortlisted", "selected", "chosen", "invited", "appointed",
                  "approved",
                  "offered", "progress", "progresses", "pass", "passed", "meet", "meets",
                  "match", "preferred", "recommended"})
_NOT_MET = frozenset({"unsuccessful", "rejected"})
_GROUPS = frozenset({"candidate", "candidates", "applicant", "applicants", "interviewees",
                     "applications", "application", "profile"})


def subset(part: list[str]) -> int:
    """Which candidates a sentence promises contact to: 0 everyone (or no condition at all),
    1 only those who succeed ("if you are shortlisted", "the successful candidate"), -1 only
    those who do not ("applicants not shortlisted", "if you are unsuccessful"), 2 both
    ("whether or not you have been successful")."""
    sides = 0
    either = False
    for t, w in enumerate(part):
        before = part[max(0, t - 4):t]
        if w in _NOT_MET:
            sides |= 2
        elif w in _MET:
            denied = "not" in part[max(0, t - 3):t]
            named = (t + 1 < len(part) and part[t + 1] in _GROUPS) or any(
                p in _GROUPS for p in before)
            conditional = w != "approved" and any(p in _CONDITIONAL for p in part[:t])
            if denied and (named or conditional):
                sides |= 2
            elif named or conditional:
                sides |= 1
        if w == "or" and t + 1 < len(part) and part[t + 1] == "not":
            either = True
        if w in ("regardless", "whether", "everyone") or (
                w in ("all", "either") and t + 1 < len(part) and part[t + 1] in _GROUPS | {
                    "way"}):
            either = True
    if either or sides == 3:
        return 2
    return 1 if sides == 1 else (-1 if sides == 2 else 0)


_CALL_VERBS = frozenset({"call", "ring", "phone", "telephone"})
_CALLED_WHO = frozenset({"me", "us", "my", "our", "the", "this", "", "if", "anytime", "any",
                         "at", "on", "directly", "back"})
_CALL_NOUNS = frozenset({"call", "ring", "bell", "buzz", "shout"})
_INVITING_FRAMES = frozenset({"free", "hesitate", "welcome", "please", "pls", "just", "do"})
_CLAUSE_OPENERS = frozenset({"", "then", "so", "and", "just", "otherwise", "or"})
_REPORTED_CALLEE = frozenset({"her", "him", "them"})


def invites_call(words: list[str]) -> bool:
    """Whether the words invite the candidate to phone: "feel free to call me if you haven't
    heard in two weeks", "don't hesitate to ring us", "give me a call on Friday", "call me
    if nothing's come through by then", or in a note, "she said I could call her Monday".
    An email or a "reach out" is not a call; "please do not call" is no invitation."""
    n = len(words)
    reported = False
    for t, w in enumerate(words):
        if w in _REPORTING_WORDS:
            reported = True
        if w == "give" and t + 3 < n and words[t + 1] in ("me", "us") and (
                words[t + 3] in _CALL_NOUNS) and _invited_at(words, t):
            return True
        if w not in _CALL_VERBS:
            continue
        after = words[t + 1] if t + 1 < n else ""
        before = words[max(0, t - 5):t]
        if reported and after in _REPORTED_CALLEE and (
                before[-2:] in (["i", "could"], ["i", "can"], ["i", "should"])
                or before[-3:] in (["told", "me", "to"], ["told", "you", "to"])):
            return True  # "she said I could call her", "told me to ring him"
        if after in _CALLED_WHO and _invited_at(words, t):
            return True
    return False


_REPORTING_WORDS = frozenset({"said", "says", "told", "mentioned"})


def _invited_at(words: list[str], t: int) -> bool:
    """Whether the verb at ``t`` is put to the candidate as an invitation: after "feel free
    to", "don't hesitate to", "you're welcome to", "you can", "please", or opening a clause
    as an imperative ("call me if you haven't heard")."""
    before = words[max(0, t - 5):t]
    if "" in before:
        before = before[len(before) - before[::-1].index(""):]  # this clause only
        if not before:
            return True  # "If you haven't heard by Friday, give me a call."
    if "not" in before and "hesitate" not in before:
        return False  # "please do not call"
    if _INVITING_FRAMES & set(before[-4:]):
        return True
    if before[-2:] in (["you", "can"], ["you", "may"], ["you", "could"], ["u", "can"]):
        return True
    return not before or before[-1] in _CLAUSE_OPENERS
