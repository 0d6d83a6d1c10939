"""Words that promise the candidate a response or a decision, and words that take it back.

A cue is a reply verb with the employer as its subject ("we'll get back to you", "I'll
call you", "we'll write to you", "we'll be in contact"), a decision verb or noun ("we'll
decide", "wrap this up", "a decision", "news", "an offer"), or the candidate hearing
("you'll hear from us"). A reply verb asked *of the candidate* ("please reply by Friday",
"feel free to reach out", "you can reply by Friday") is a request, not a promise.
"""

from __future__ import annotations

NOUNS = frozenset({
    "decision", "decisions", "answer", "answers", "news", "outcome", "result", "results",
    "feedback", "verdict", "offer", "offers", "response", "update", "updates", "word",
    "confirmation", "notification", "conclusion", "turnaround", "steps", "deliberations",
})
# What the candidate is given even when it is "yours": "your feedback in 2-3 days".
RECEIVED = frozenset({"feedback", "result", "results", "outcome", "notification"})
HEARING = frozenset({"hear", "heard", "hearing", "hears"})
RECIPIENTS = frozenset({"you", "everyone", "all", "candidates", "both", "him", "her", "them"})
# verbs that promise something only when "you" follows: "call you", "send you"
TO_YOU = frozenset({
    "call", "ring", "phone", "email", "mail", "text", "message", "send", "contact", "update",
    "notify", "inform", "advise", "ping", "write", "tell", "get", "give", "reach", "let",
    "drop", "shoot", "fill", "loop",
})
# verbs that promise with "to you" or "with you" after them: "write to you", "speak with you"
TO_OR_WITH_YOU = frozenset({
    "write", "speak", "talk", "reach", "revert", "return", "report", "respond", "reply",
    "connect", "check", "catch", "sync", "touch", "follow", "circle", "come", "get",
    "reconnect", "loop",
})
LOOKING = frozenset({"look", "looking", "watch", "watching", "eye"})
# "give you a call", "drop you a line": what is given
GIVEN = frozenset({
    "call", "ring", "shout", "buzz", "bell", "line", "note", "email", "heads", "update",
    "answer", "decision", "response", "message", "text", "yes", "verdict", "outcome", "result",
    "confirmation", "feedback", "steer", "return",
})
INTRANSITIVE = frozenset({
    "reply", "respond", "confirm", "revert", "decide", "deciding", "decides", "finalise",
    "finalize", "choose", "determine", "select", "settle", "finalising", "finalizing",
    "confirming", "responding", "replying", "deliberate", "deliberating", "reconnect", "regroup",
    "responds", "confirms", "reverts", "appoint", "appointing", "return", "returning", "sort",
    "selecting", "choosing",
})
PASSIVE = frozenset({
    "contacted", "notified", "informed", "updated", "told", "called", "emailed", "advised",
    "decided", "confirmed", "finalised", "finalized", "filled", "phoned", "messaged",
    "texted", "sent", "delivered", "issued", "released", "announced", "published",
})
BACK_VERBS = frozenset({
    "get", "come", "circle", "report", "write", "revert", "call", "ring", "phone", "getting",
    "coming", "circling", "loop", "looping", "reach", "reaching", "writing", "reporting",
    "reverting", "calling", "ringing", "phoning", "be", "feed", "feeding",
})
# Finishing the process is deciding: "wrap this up", "conclude the process", "close the role".
FINISHING = frozenset({
    "wrap", "wrapping", "conclude", "concluding", "complete", "completing", "finish",
    "finishing", "close", "closing", "finalise", "finalize", "finalising", "finalizing",
    "lock", "locking",
})
PROCESS = frozenset({
    "process", "search", "recruitment", "recruiting", "hiring", "selection", "role",
    "position", "vacancy", "opening", "things", "everything", "matters", "this", "it",
    "decision", "decisions", "evaluation", "deliberations", "review",
})
# What finishing does not decide: "we wrap up interviews this week" promises nothing.
INTERVIEWING = frozenset({
    "interviews", "interview", "interviewing", "round", "rounds", "meetings", "calls",
    "screening", "screens", "conversations", "assessments", "sessions", "visits", "day",
})
SUBJECTS = frozenset({
    "we", "i", "someone", "somebody", "they", "he", "she", "us", "team", "recruiter",
    "manager", "hr", "who", "which", "our", "one", "committee", "panel", "recruiters",
    "interviewer", "interviewers", "company", "department", "coordinator", "director",
    "employer", "client", "lead", "partner", "colleague", "colleagues", "firm", "talent",
    "recruitment", "founder", "ceo", "staff", "board", "trust", "city", "county",
    "school", "district", "council", "agency", "authority", "principal", "owner", "chair",
})
# Communication verbs that promise a reply with the employer as subject even with no
# object ("our recruiter will call within three days", "will msg tmrw"), in any form.
BARE = frozenset({
    "call", "ring", "phone", "email", "mail", "text", "message", "contact", "write", "send",
    "sending", "sends",
    "notify", "inform", "update", "advise", "intimate", "announce", "communicate",
    "calling", "ringing", "phoning", "emailing", "texting", "messaging", "contacting",
    "writing", "notifying", "informing", "updating", "advising", "announcing",
    "communicating", "calls", "emails", "texts", "contacts",
})
# What may follow a bare verb: nothing, the candidate, or a time ("call within 3 days");
# "call your references", "email the panel" promise the candidate nothing.
OTHER_OBJECTS = frozenset({
    "your", "ur", "his", "her", "their", "its", "them", "him", "us", "me", "my", "it",
    "references", "referees", "reference", "this", "that", "these", "those", "our", "back",
    "out", "up", "in", "for",
})
DETERMINERS = frozenset({"the", "a", "an", "each", "every", "any"})
# Past participles read as the verb after "will have" / "should have" / "hope to have".
PERFECT = frozenset({
    "decided", "confirmed", "finalised", "finalized", "chosen", "selected", "contacted",
    "notified", "informed", "updated", "called", "emailed", "concluded", "completed",
    "finished", "reached", "made", "written", "replied", "responded", "reverted", "heard",
})
# Ways of asking the candidate to wait that are really the employer's promise: "please
# allow 5-7 business days for a response", "kindly wait for our decision".
PATIENCE = frozenset({
    "we", "i", "expect", "allow", "wait", "await", "patient", "patience", "bear", "note",
    "advised", "rest", "give",
})
# Words that may stand before a verb whose subject was left out ("will msg u tmrw",
# "ping u tmrw", "hopefully call you friday").
ELIDED = frozenset({
    "will", "shall", "should", "hopefully", "probably", "likely", "then", "and", "so",
    "ok", "okay", "sure", "also", "definitely", "gonna", "going", "to", "prob", "def",
    "maybe", "might", "can", "could", "just",
})
MODALS = frozenset({
    "will", "would", "shall", "should", "can", "could", "going", "gonna", "able", "might",
    "must", "plan", "aim", "hope", "expect", "intend", "try", "may", "take", "takes",
    "taking", "typically", "usually", "normally", "generally",
})
WANTING = frozenset({
    "hope", "hoping", "plan", "planning", "aim", "aiming", "try", "trying", "expect",
    "expecting", "want", "wanting", "like", "going", "intend", "able", "us", "me", "need",
    "hopes", "plans", "aims", "tries", "expects", "wants", "intends", "needs",
    "due", "meant", "supposed", "promised", "promises", "offered",
})
RECEIVING = frozenset({"get", "receive", "have", "hear", "see", "know", "be", "expect"})
AUDIENCES = frozenset({"all", "everyone", "candidates", "applicants", "successful", "each"})
ANNOUNCING = frozenset({"contact", "notify", "inform", "update", "email", "call", "advise"})
MESSAGES = frozenset({"email", "call", "message", "letter", "note", "text", "ring", "phone"})
ARRIVING = frozenset({"follow", "arrive", "reach", "come", "go"})
_BEFORE_ARRIVING = frozenset({"will", "should", "would", "to", "shall"}) | MESSAGES
REQUESTS = frozenset({"please", "kindly", "free", "hesitate", "you", "if"})
_US = ("us", "me")
# The words ``_cue_at`` tests before it turns to ``_reply_verb``; any other goes straight there.
_SPECIAL = NOUNS | HEARING | ARRIVING | PERFECT | PASSIVE | frozenset({
    "something", "know", "posted", "informed", "updated", "loop", "you", "expect",
    "expecting", "receive", "out", "inbox", "mailbox", "make", "making", "hire", "fill", "give",
    "allow", "tuned", "offer", "offers", "waiting", "hanging", "phoned", "rang", "texted",
    "messaged", "emailed", "called",
})


def cue_at(words: list[str], k: int, start: int) -> bool:
    """Whether ``words[k]`` promises a response or decision to the candidate (see below)."""
    w = words[k]
    if w == "in":  # only "check in with you" and the like
        return k + 1 < len(words) and words[k + 1] == "with" and _cue_at(words, k, start)
    return w in TRIGGERS and _cue_at(words, k, start)


def _cue_at(words: list[str], k: int, start: int) -> bool:
    """Whether ``words[k]`` promises a response or decision to the candidate.

    ``start`` is where the clause begins: subjects are looked for no further back.
    """
    w = words[k]
    if w not in _SPECIAL:
        return _reply_verb(words, k, start)
    nxt = words[k + 1] if k + 1 < len(words) else ""
    prev = words[k - 1] if k > start else ""
    if w in ("offer", "offers"):
        return _offer_to_come(words, k, start)
    if w in NOUNS:
        if w == "steps" and prev != "next":
            return False
        if w == "news" and prev in _GOOD and not (k + 1 < len(words) and words[k + 1]):
            return False  # "Great news - ...": news given now, not promised
        if w in ("answer", "answers") and prev == "to":
            return False  # the verb: "two minutes to answer each question"
        before = words[start:k]
        if ("please" in before or "kindly" in before) and not (PATIENCE & set(before)):
            return False  # "please send a response by Friday"
        if any(words[j] in _GIVING and words[j + 1] in _TO_THEM
               for j in range(max(start, k - 4), k)):
            return False  # "I have until Thursday to give them an answer": the candidate's
        if w in ("decision", "answer") and prev in ("my", "her", "his") and k - 2 >= start and (
                words[k - 2] in _GIVING):
            return False  # "requested she give her decision by Monday"
        return ((prev not in ("your", "my", "ur") or w in RECEIVED)
                and not (w == "word" and prev not in (
            "get", "send", "have")) and words[k + 1:k + 3] not in (["from", "you"], ["from", "u"]))
    if w == "tuned":
        return prev in ("stay", "keep")  # "stay tuned"
    if w in ("waiting", "hanging"):  # "we won't keep you waiting past December 1st"
        before = words[start:k]
        return bool({"keep", "leave", "left", "kept"} & set(before[-4:])) and bool(
            {"not", "never"} & set(before))
    if w in _CONTACTED and prev in ("we", "i") and k - 2 >= start and words[k - 2] == "if" and (
            nxt in ("you", "u")):
        return True  # "would it be all right if we phoned you later this week?"
    if w == "something" and words[k + 1:k + 3] == ["for", "you"]:
        return prev in ("have", "had")  # "we'll have something for you by Friday"
    if w in HEARING:
        ahead = words[k + 1:k + 4]
        return not ("from" in ahead and ahead[ahead.index("from") + 1:][:1] in (["you"], ["u"]))
    if w == "know":
        return _knows(words, k, start)
    if w in ("posted", "informed", "updated", "loop") and "keep" in words[max(start, k - 4):k]:
        return True
    if w == "you" and nxt in MODALS and words[k + 2:k + 3] and words[k + 2] in RECEIVING:
        if words[k + 2] == "have" and "to" in words[k + 3:k + 12]:
            return False  # "you will have 12 hours to sign": the candidate's time
        return words[k + 2] != "be" or (words[k + 3:k + 4] != [] and words[k + 3] in _BE_GIVEN)
    if w in ("expect", "expecting", "receive") and set(words[k + 1:k + 4]) & MESSAGES:
        return True
    if w == "out" and prev in LOOKING and set(words[k + 1:k + 5]) & MESSAGES:
        return True  # "look out for an email from us"
    if w in ARRIVING and set(words[max(start, k - 4):k]) & MESSAGES and prev in _BEFORE_ARRIVING:
        return True  # "an email will follow", "a letter should reach you"
    if w in ("inbox", "mailbox") and set(words[max(start, k - 5):k]) & {"eye", "check", "watch"}:
        return True  # "keep an eye on your inbox"
    if w in PERFECT and prev in ("have", "has") and k - 2 >= start and (
            words[k - 2] in MODALS or words[k - 2] == "to"):
        return by_employer(words, k - 1, start)  # "we'll have decided by the 30th"
    if w in PASSIVE:
        if prev in _USUALLY and k - 2 >= start and words[k - 2] in ("be", "being", "are", "is"):
            return True  # "outcomes are usually confirmed within 5-7 working days"
        return prev in {"be", "being"} or (prev in ("get", "getting") and w != "sent")
    if w in ("make", "making") and nxt in _MADE:
        return True  # "we'll make calls the following Monday", "make offers by Friday"
    if w in ("make", "making") and nxt in ("the", "a", "an", "our", "any", "final", "its",
                                           "their", "his", "her") and (
            set(words[k + 2:k + 4]) & {"call", "hire", "choice", "selection", "determination",
                                       "pick", "picks", "choices", "selections", "decision"}
            or (words[k + 2:k + 3] == ["appointment"]
                and words[k + 3:k + 4] not in (["with"], ["for"], ["to"]))):
        return True  # "make the call", "making an appointment" (British: filling the post)
    if w == "hire":
        return prev in ("a", "to")
    if w == "fill" and set(words[k + 1:k + 4]) & {"role", "position", "vacancy", "job", "opening"}:
        return True
    if w in ("give", "allow") and nxt in _US:
        return words[k + 3:k + 4] not in (["call"], ["ring"], ["shout"], ["buzz"])
    return _reply_verb(words, k, start)


# "you will be <one of these>": the candidate receives; "you will be asked" does not.
_BE_GIVEN = frozenset({
    "hearing", "contacted", "notified", "informed", "told", "updated", "advised", "called",
    "emailed", "receiving", "getting", "sent", "given", "texted", "messaged",
})
_CONCLUDING = frozenset({"conclude", "concluding", "finalise", "finalize", "finalising",
                         "finalizing"})
# Words after a verb that start its time: "expects to conclude by month-end".
_TIME_NEXT = frozenset({"by", "within", "in", "before", "on", "next", "this", "early", "later",
                        "soon", "shortly", "sometime", "around", "end", "", "today",
                        "tomorrow"})
_USUALLY = frozenset({"usually", "typically", "normally", "generally", "always", "often",
                      "then", "all"})
_AIMS = frozenset({"goal", "aim", "plan", "hope", "intention", "idea", "target",
                   "expectation", "objective"})
_MADE = frozenset({"calls", "offers", "decisions", "selections", "appointments", "picks"})
_CONTACTED = frozenset({"phoned", "rang", "texted", "messaged", "emailed", "called"})
_GIVING = frozenset({"give", "gave", "giving", "send", "sending", "provide"})
_TO_THEM = frozenset({"them", "him", "her", "us", "me", "it"})
_GOOD = frozenset({"great", "good", "exciting", "wonderful", "happy", "bad", "sad", "fantastic"})
# An offer promised: "you'll receive an offer", "we hope to make an offer by Friday".
_OFFER_TO_COME = frozenset({
    "will", "expect", "expecting", "receive", "receiving", "get", "getting", "send", "sending",
    "make", "making", "extend", "extending", "issue", "issuing", "hope", "hoping", "plan",
    "planning", "aim", "aiming", "hear", "should", "shall", "for",
})
# An offer made, held or done with: "thanks for accepting the offer", "the offer expires".
_OFFER_GIVEN = frozenset({
    "accept", "accepted", "accepting", "signed", "sign", "conditional", "decline", "declined",
    "declining", "withdraw", "pleased", "delighted", "confirm", "attached", "expires",
    "valid", "remains", "acknowledge", "acknowledging",
})


def _offer_to_come(words: list[str], k: int, start: int) -> bool:
    """Whether "offer" at ``k`` is one the candidate is yet to receive: "you'll receive an
    offer", "we hope to extend an offer", "offers will go out" — not "we'd like to offer
    you the role" (made now), "your offer is valid until ..." or "thanks for accepting"."""
    if words[k + 1:k + 2] in (["you"], ["u"]):
        return False
    if k > start and words[k - 1] in ("your", "this"):
        return False
    before = set(words[max(start, k - 6):k])
    ahead = words[k + 1:k + 4]
    after = set(ahead[:ahead.index("")] if "" in ahead else ahead)  # up to a break
    if (before | after) & _OFFER_GIVEN or before & {"please", "kindly", "pls"}:
        return False
    return bool(before & _OFFER_TO_COME) or bool(after & {"will", "should", "go", "going"})


def _knows(words: list[str], k: int, start: int) -> bool:
    """ "let you know", "let all applicants know", "we should know", "should know more"
    (a text with its subject left out), "you'll know by Friday"."""
    prev = words[k - 1] if k > start else ""
    if prev in ("will", "should", "would", "shall", "to", "may", "might"):
        subject = words[k - 2] if k - 2 >= start else ""
        if prev == "to":  # "we hope to know", "we expect to know"
            return subject in WANTING and by_employer(words, k - 1, start)
        if subject == "you":  # "you'll know by Friday", not "you should know that"
            return words[k + 1:k + 2] not in (["that"], ["about"], ["how"])
        return subject in ("we", "i", "they", "") or subject in SUBJECTS
    for j in range(k - 1, max(start, k - 5) - 1, -1):
        if words[j] in ("let", "letting", "lets"):
            between = words[j + 1:k]
            if j - 2 >= start and words[j - 1] == "to" and words[j - 2] in _TELLING_NOW:
                return False  # "pleased to let you know you've been shortlisted"
            return bool(between) and not set(between) & {"us", "me", "we", "i"} and (
                j == start or words[j - 1] not in ("please", "kindly", "you", "u", "pls", "plz"))
    return False


# "<word> to confirm ...": doing it now ("delighted to confirm our offer"), not promising to.
_DOING_NOW = frozenset({
    "pleased", "happy", "delighted", "glad", "writing", "sorry", "regret", "thrilled", "excited",
    "sad",
})
# "<word> to let you know ...": telling something now; wishes count here too ("wanted to").
_TELLING_NOW = _DOING_NOW | {"wanted", "want", "write", "like", "just", "quick", "note"}
# Words before a contact verb that make it a noun: "on the phone", "a quick intro call".
_NOUN_BEFORE = frozenset({
    "the", "a", "an", "our", "your", "my", "this", "that", "intro", "quick", "phone", "video",
    "screening", "short", "brief", "introductory", "scheduling", "reference", "first",
    "second", "final", "conference", "zoom", "teams", "group", "panel", "on", "via", "over",
})
_AWAITING = frozenset({"wait", "await", "awaiting", "expect", "expecting", "receive", "watch",
                       "look", "looking"})
# Verbs that, after "would like to" / "'d love to", invite rather than promise.
_INVITING = frozenset({
    "speak", "talk", "meet", "chat", "connect", "catch", "see", "invite", "schedule", "set",
    "arrange", "offer", "welcome", "have", "bring",
})


def _bare(words: list[str], k: int) -> bool:
    """Whether nothing but the candidate or a time follows the verb at ``k``."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if nxt in ("to", "with", "from") and words[k + 2:k + 3] not in (["you"], ["u"]):
        return _bare(words, k + 1)  # "write to the references", "call to arrange"
    if nxt == "in" and _span_follows(words, k + 2):
        return True  # "we'll call in a week", "will email in 3 days"
    if nxt in ("this", "that") and words[k + 2:k + 3] and words[k + 2] in _TIMES_OF:
        return True  # "they would call that afternoon"
    if nxt in OTHER_OBJECTS:
        return False
    if nxt in DETERMINERS:
        obj = words[k + 2:k + 4]
        return bool(set(obj) & (NOUNS | AUDIENCES | MESSAGES | CANDIDATES))
    return True


_TIMES_OF = frozenset({"afternoon", "morning", "evening", "day", "week", "weekend", "month",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "time"})
_SPAN_WORDS = frozenset({"few", "couple", "several", "next", "coming", "fortnight", "day",
                         "days", "week", "weeks", "month", "months", "hour", "hours"})


def _span_follows(words: list[str], k: int) -> bool:
    """Whether a span of time starts at ``k``: a number, "a week", "the next few days"."""
    w = words[k] if k < len(words) else None
    if w == "":
        return True  # a number: words holds "" for every token that is not a word
    if w in ("a", "an", "the"):
        return words[k + 1:k + 2] != [] and words[k + 1] in _SPAN_WORDS
    return w in _SPAN_WORDS


_FIND_OUT_MORE = frozenset({"more", "about", "how", "what", "why", "where", "who", "which",
                            "whether"})
_MINDS_OF = frozenset({"their", "our", "her", "his", "my", "its"})
CANDIDATES = frozenset({
    "candidate", "candidates", "applicant", "applicants", "shortlist", "shortlisted",
    "finalists", "everyone", "all",
})


def _reply_verb(words: list[str], k: int, start: int) -> bool:
    """Whether the verb at ``k`` replies to the candidate, with the employer as subject."""
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    prev = words[k - 1] if k > start else ""
    then = words[k + 2] if k + 2 < len(words) else ""
    if prev == "to" and k - 2 >= start and words[k - 2] in ("who", "whom", "how", "where",
                                                           "what"):
        return False  # "details of who to contact"
    if prev == "to" and k - 2 >= start and words[k - 2] in _DOING_NOW and (
            k - 3 < start or words[k - 3] != "be"):
        return False  # "delighted to confirm our offer": done now ("I'd be happy to" waits)
    if prev in _NOUN_BEFORE and (w in BARE or w in TO_YOU):
        # a noun: "as I mentioned on the phone", "set up a quick intro call"; but waiting
        # for it is a promise: "kindly wait for our call", "expect our email"
        return prev in ("our", "my", "a", "an", "the") and bool(
            set(words[max(start, k - 4):k]) & _AWAITING)
    if prev == "to" and k - 2 >= start and words[k - 2] in ("like", "love") and w in _INVITING:
        return False  # "we'd like to speak with you": an invitation, made now
    # reply verbs: only with the employer as subject
    if nxt in ("to", "with") and then in ("you", "u", "everyone", "all", "candidates") and (
            w in TO_OR_WITH_YOU or (w in ("in", "up", "back", "base") and prev in TO_OR_WITH_YOU)):
        promised = True  # "write to you", "speak with you", "check in with you"
    elif w == "touch" or (w in ("contact", "communication", "contacts") and prev == "in"):
        promised = (prev == "in" or (w == "touch" and nxt == "base")) and not (
            nxt == "with" and then in ("us", "me"))
    elif w == "back":
        before = words[max(start, k - 2):k]
        promised = bool(set(before) & BACK_VERBS) and not (
            nxt == "to" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w == "out" and prev in ("find", "finding"):
        # "should find out tomorrow", "I'll find out in a fortnight": told the outcome
        return nxt not in _FIND_OUT_MORE and words[k - 2:k - 1] not in (["to"], ["you"])
    elif w == "up" and prev in ("make", "making") and nxt in _MINDS_OF:
        return words[k + 2:k + 3] in (["mind"], ["minds"])  # "make up their minds"
    elif w == "out":
        promised = prev in ("reach", "reaching") and not (
            nxt == "to" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w == "up":
        promised = prev in ("follow", "following") and not (
            nxt == "with" and words[k + 2:k + 3] in (["us"], ["me"]))
    elif w in TO_YOU:
        if w in ("give", "drop", "shoot", "send") and nxt in ("you", "u"):
            promised = bool(set(words[k + 2:k + 5]) & GIVEN) or w == "send"
        elif w in ("fill", "loop"):
            promised = nxt in ("you", "u") and then == "in"  # "fill you in", "loop you in"
        else:
            promised = (nxt in ("you", "u") or (nxt in AUDIENCES and w in ANNOUNCING)) and (
                w not in ("get", "give", "let", "reach", "drop", "shoot"))
            if not promised and w in BARE and _bare(words, k):
                return by_employer(words, k, start, elided=False)
    elif w in BARE:
        if not _bare(words, k):
            return False
        return by_employer(words, k, start, elided=False)
    elif w in INTRANSITIVE:
        promised = True
    elif w in FINISHING:
        ahead = words[k + 1:k + 5]
        objects = set(ahead)
        if objects & INTERVIEWING:
            return False
        promised = (bool(objects & PROCESS) or (w in ("wrap", "wrapping") and "up" in ahead)
                    or (w in ("lock", "locking") and ahead[:2] in (["it", "in"], ["that", "in"],
                                                                    ["things", "in"]))
                    or (w in _CONCLUDING and (k + 1 >= len(words) or words[k + 1] in _TIME_NEXT)))
    else:
        return False
    return promised and by_employer(words, k, start)


def by_employer(words: list[str], k: int, start: int, *, elided: bool = True) -> bool:
    """Whether the reply verb at ``k`` has the employer as subject, not the candidate.

    A verb with no subject before it in its clause, only adverbs, has the employer as its
    left-out subject when "you" follows it ("ping u tmrw", "get back to you Friday"); a
    command to the candidate never has "you" as its object ("reply by Friday")."""
    for j in range(k - 1, max(start, k - 10) - 1, -1):
        w = words[j]
        if w in SUBJECTS or (w == "me" and j > start and words[j - 1] == "let"):
            return True  # "we will", "let me get back to you"
        if w in MODALS:  # "we will reply", but not "you can reply"
            return not (j > start and words[j - 1] in ("you", "u"))
        if w == "to" and j > start and words[j - 1] in WANTING:
            return True
        if w == "to" and j - 1 > start and words[j - 1] == "is" and words[j - 2] in _AIMS:
            return True  # "the goal is to decide before New Year's Day"
        if w in REQUESTS:
            return False
    if not elided or k - start > 10:
        return False
    if any(w not in ELIDED for w in words[start:k]):
        return False
    for w in words[k + 1:k + 4]:  # the candidate as object; "reach out if you ..." invites
        if w in CONDITIONS:
            return False
        if w in ("you", "u", "everyone", "all"):
            return True
    return False


# Words after which "you" is the subject of a condition, not the object of a reply verb:
# "reach out if you have any questions" invites the candidate to write; it promises nothing.
CONDITIONS = frozenset({"if", "when", "whenever", "should", "once", "in", "whether", "as"})


# Every word at which a cue can be found: a cheap test before the full one.
TRIGGERS = frozenset(
    NOUNS | HEARING | TO_YOU | INTRANSITIVE | PASSIVE | {
        "know", "posted", "informed", "updated", "loop", "you", "expect", "expecting",
        "receive", "make", "making", "hire", "fill", "give", "allow", "touch", "back", "out",
        "up", "contact", "contacts", "tuned", "communication", "in", "base", "inbox", "mailbox",
        "something", "waiting", "hanging", "phoned", "rang", "texted", "messaged", "emailed",
        "called",
    } | TO_OR_WITH_YOU | FINISHING | BARE | PERFECT | ARRIVING
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
    either = "whether" in present or ("successful" in present and "unsuccessful" in present) or any(
        words[t] == "or" and words[t + 1] == "not" for t in range(len(words) - 1))
    if "not" in present and present & REJECTION_MOVES and not either:
        return True
    if "unsuccessful" in present and not either:
        return True
    if "not" in present and present & {"decided", "unable"} and present & {
            "offer", "take", "further", "appoint", "invite", "shortlist", "continue"}:
        return True  # "we have decided not to offer you the role"
    if "filled" in present and present & {"position", "role", "vacancy", "post", "job"} and (
            present & {"has", "have", "now", "already", "been"}) and not present & {"will", "by"}:
        return True  # "the position has been filled"
    if "else" in present and "someone" in present and present & {
            "select", "selected", "chose", "chosen", "hired", "offered", "picked", "appointed"}:
        return True  # "we did select someone else"
    return bool(present & {"another", "other", "internal", "external", "different"}
                and present & {"candidate", "candidates", "applicant"}
                and present & {"decided", "chosen", "selected", "gone", "offered", "go", "going",
                               "went"})


def turns_down(words: list[str]) -> bool:
    """Whether a sentence rejects the candidate outright, not on a condition ("we've decided
    to move forward with other candidates"; not "if you're not successful, ...")."""
    present = set(words)
    inverted = any(words[i] == "should" and words[i + 1] in ("you", "we")
                   for i in range(len(words) - 1))  # "should you not hear from us by Friday"
    if "unsuccessful" in present and not present & {"you", "your", "regret"}:
        return False  # "unsuccessful applicants can seek feedback": about a group
    return (rejects(words) and not inverted and not present & {"if", "whether", "unless", "until"}
            and bool(present & {"you", "your", "application", "candidacy", "candidate",
                                "candidates", "applicants", "profile", "regret"}))
