"""Detectors for what the guidance warns against saying to an employer who is deciding.

Complaining, pressing for the outcome, questioning the delay, bringing up other
candidates, and pleading. Each returns the spans of the offending words.
"""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.model import OFFER_UPDATES, Hit
from afterview.domain.checker.record import Facts
from afterview.domain.checker.text import Draft, Sentence

_NUM = r"(?:two|three|four|five|six|several|a few|many|\d+)"


# --- complains-about-wait ------------------------------------------------------------

_COMPLAINT = re.compile(boundary_first(
    r"\bstill (?:haven't|have not|hasn't|has not|not|no|nothing|waiting|no word)\b"
    r"|\b(?:haven't|have not|hadn't|had not|not|never) (?:heard|received|gotten|got) "
    r"(?:a thing|a word|a peep|anything at all|nothing|a single|zilch|squat|a sound)"
    r"|\bnot (?:a|one) (?:peep|word|single word)\b|\bradio silence\b|\bcrickets\b"
    r"|\b(?:weeks|days|months) of (?:silence|nothing|waiting)\b|\band counting\b"
    r"|\bheard (?:nothing|zilch|zip|nada)\b|\bblack hole\b|\binto the void\b"
    r"|\b(?:heard|hear|answer|response|reply|news) (?:\w+ ){0,3}by now\b"
    r"|\bnothing but silence\b|\bin the dark\b"
    r"|\bit(?:'s| has| had|s)(?: now| already| officially| honestly)? been "
    r"(?:ages|forever|so long|a long time|too long|way too|well over|"
    rf"over|more than|almost|nearly|a whole|an entire|already|{_NUM} (?:whole |full |long )?"
    r"(?:weeks|days|months) (?:now|already|and))"
    r"|\b(?:sitting|waiting) by the (?:phone|inbox|computer)\b"
    r"|\b(?:refreshing|staring at|glued to|obsessively checking) (?:my )?(?:inbox|email|"
    r"e-mail|phone|mail|voicemail)"
    r"|\bchecking (?:my )?(?:phone|email|e-mail|inbox|voicemail) (?:every|constantly|all|"
    r"non-?stop|daily|hourly|again)"
    r"|\b(?:been|kept|keep|keeping) (?:me )?waiting (?:for )?(?:so long|ages|forever|weeks|"
    r"months|a long time|too long)"
    r"|\bthe (?:wait(?:ing)?|silence|quiet|uncertainty|not knowing) (?:has been|is|was|'s been)"
    r" (?:\w+ ){0,3}?(?:hard|tough|difficult|frustrating|"
    r"killing|agony|awful|excruciating|long|stressful|painful|unbearable)"
    r"|\bexpected to (?:hear|have heard|get|receive)(?: \w+){0,3} (?:by now|sooner|earlier|"
    r"already|before now)|\bshould (?:have|'ve) heard\b|\blong overdue\b"
    r"|\b(?:nobody|no one|no-one) (?:has |had )?(?:called|replied|responded|gotten back|got back|"
    r"contacted|emailed|reached out|answered|bothered)"
    r"|\blosing (?:my )?patience\b|\bpatience (?:is )?(?:running|wearing) (?:out|thin)\b"
    rf"|\bno (?:answer|response|reply|word|news|update) (?:\w+ )?(?:after|since|in|for) "
    rf"(?:{_NUM}|weeks|days|so long|ages)|\bghost(?:ed|ing)\b"
    r"|\bwithout (?:hearing|a word|any word|a response|an answer) (?:anything|back|a thing)?"
    r"(?= for| in| after|\.|,)"
))
_LONG_WAIT_NUM = (
    r"(?:thirty|forty|fifty|sixty|ninety|[3-9]\d|\d{3})(?:[- ]\w+)? minutes"
    r"|(?:an|one|two|three|over an|more than an|nearly an|almost an|a full) hours?"
    r"|half an hour|(?:well )?over (?:half )?an hour|ages|forever"
)
# Waits the employer caused in scheduling and in the lobby ('rescheduled three times',
# 'sat in reception for forty minutes').
_KEPT_WAITING = re.compile(
    r"\b(?:rescheduled|postponed|cancell?ed|pushed back|(?:moved|bumped) (?:the |my |our )?"
    r"(?:interview|call|meeting|appointment|slot))(?: \w+){0,3}? "
    r"(?:twice|three times|four times|several times|multiple times|many times|\d+ times|"
    r"repeatedly|again and again|more than once|yet again|once again)\b"
    r"|\b(?:rescheduling|postponing|cancell?ing|moving) (?:it|the interview|my interview)"
    r" (?:again and again|repeatedly|over and over)\b"
    r"|\b(?:sit|sitting|sat|wait|waiting|waited|kept waiting|left waiting|left sitting|stuck|"
    r"stand|standing|stood|hang around|hanging around|hung around)"
    r"(?: \w+){0,3}? (?:in|at) (?:the |your )?(?:reception|lobby|waiting room|waiting area|"
    rf"front desk|foyer)(?: \w+){{0,3}}? for (?:over |more than |nearly |almost |about |a good )?"
    rf"(?:{_LONG_WAIT_NUM})\b"
    r"|\b(?:wait|waited|waiting|sit|sat|sitting)(?: \w+){0,2}? (?:for )?"
    rf"(?:over |more than |nearly |almost |a good )?(?:{_LONG_WAIT_NUM}) (?:in|at) "
    r"(?:the |your )?(?:reception|lobby|"
    r"waiting room|waiting area|front desk|foyer)\b"
)
_KEPT_WAITING_KEYS = Keys("reschedul", "postpon", "cancel", "moved", "pushed back", "bumped",
                          "reception", "lobby", "waiting room", "waiting area", "front desk",
                          "foyer")
_FEELING = re.compile(
    r"\b(?:frustrat\w*|discourag\w*|disheartening|annoy\w*|upsetting|exasperat\w*|"
    r"disappoint\w*|stressful|nerve-?wracking|agoniz\w*|black hole|long wait)\b"
    r"|\b(?:feel|feeling|felt|been|getting|got)(?: \w+){0,2}? (?:forgotten|ignored|overlooked|"
    r"brushed off|left hanging|strung along|left in the dark)\b"
)
_WAIT_CONTEXT = re.compile(
    r"\b(?:wait\w*|hear\w*|heard|silence|response|reply|answer|news|update|weeks?|days?|"
    r"months?|long|"
    r"still|yet|nobody|no one|reception|lobby|waiting room|foyer|start time|scheduled time|"
    r"messages|voicemails|emails|since then)\b"
)
_TAKING_LONG = re.compile(r"\btaking (?:so|this|too|very|such a) long\b|\bdragging on\b")


_ELAPSED = re.compile(boundary_first(
    rf"\b(?:{_NUM}|a|one|a whole|an entire|almost a|nearly a|over a|more than a) "
    r"(?:whole |full |long )?(?:days?|weeks?|months?)\b|\ba long (?:time|wait)\b|\bso long\b"
    # 'a long, quiet month', 'three silent weeks': the time, coloured by the silence
    rf"|\b(?:{_NUM}|a|one) (?:(?:long|quiet|silent|endless),? ){{1,2}}"
    r"(?:days?|weeks?|months?)\b"
    r"|\bages\b|\bforever\b|\ball (?:week|month)\b|\bevery (?:day|hour|morning|night)\b"
    r"|\bby now\b|\b(?:twice|three times|several times|multiple times|repeatedly) already\b"
    r"|\bsince (?:our|my|the) (?:meeting|interview|call|conversation|chat)\b"
))
_UNANSWERED = re.compile(boundary_first(
    r"\bno (?:\w+ )?(?:reply|replies|response|responses|answer|word|news|update|call|email|"
    r"feedback)\b|\bnot (?:a|one) (?:single )?(?:reply|response|word|call|email|peep|thing)\b"
    r"|\b(?:haven't|hasn't|have not|has not|hadn't|not|never) (?:\w+ )?(?:heard|received|"
    r"gotten|got|contacted|called|replied|responded|answered)\b|\bnothing (?:back|yet|from)\b"
    r"|\bwithout (?:a |any )?(?:single )?(?:reply|"
    r"response|answer|word|call|email|peep)\b|\bsilence\b|\b(?:nobody|no one)\b|\bblack hole\b"
))
_WAITING = re.compile(
    r"\b(?:been|am|'m|still|keep|kept|keeping) (?:\w+ )?waiting\b|\bwaiting (?:\w+ )?(?:by|on) "
    r"(?:the|my) (?:phone|inbox|email)|\bwaiting (?:for|on) (?:a |an |your |any )?(?:reply|"
    r"response|answer|word|news|update|decision|call|email)"
)
# A promised time set against the time that has passed ('You said a week, and it's been a
# month'): dwelling on the wait even without a complaint word.
_PERIOD = (
    r"(?:a|one|two|three|four|five|six|a few|a couple of|several|\d+|the next|a single)"
    r"(?: \w+)? (?:days?|weeks?|months?)"
)
_PROMISED = re.compile(
    r"\b(?:mentioned|said|told me|promised|expected|estimated|indicated|told|quoted|planned|"
    r"assured|were going to|was going to|would|should|hoped|expecting)\b(?: [\w']+){0,6}? "
    rf"(?:within|in|by|after|inside of|under) (?:about |roughly |around )?{_PERIOD}\b"
)
_SINCE = re.compile(
    r"\b(?:it(?:'s| has| is)(?: now| already| actually)? been|that was|we're now|we are now|"
    r"now it's|it's now|i'm now|we're|we are|here we are)(?: [\w-]+){0,2}? "
    rf"(?:over |more than |nearly |almost |well over |past )?{_PERIOD}\b"
)
_PROMISED_KEYS = Keys("within", "in a", "in one", "in two", "in three", "in a few", "by the",
                      "after a", "inside of", "under a")
_SINCE_KEYS = Keys("been", "that was", "we're", "we are", "now")
_DWELL = re.compile(boundary_first(
    r"\bcan't believe\b|\balready\b|\btwice\b|\bagain\b|\bstill\b|"
    r"\bby now\b|\bpins and needles\b|\bon edge\b|\banxious\w*\b"
))


# Cheap substring filters: a sentence without any of these cannot match the patterns.
_COMPLAINT_KEYS = Keys(
    "still", "hear", "peep", "word", "silence", "crickets", "counting", "nothing", "dark",
    "been", "phone", "inbox", "mail", "wait", "expected", "should", "overdue", "nobody",
    "no one", "no-one", "patience", "no ", "ghost", "without", "black hole", "void", "by now",
    "refresh", "staring", "glued", "checking", "heard",
)
_COMPLAINT_SENTENCE_KEYS = Keys(
    "frustrat", "discourag", "disheart", "annoy", "upsetting", "exasperat", "disappoint",
    "forgotten", "ignored", "overlooked", "brushed off", "hanging", "strung along", "in the dark",
    "stressful", "nerve", "agoniz", "black hole", "long", "no ", "not ", "n't", "never",
    "nothing", "without", "silence", "nobody", "no one", "wait", "day", "week", "month",
    "ages", "forever", "every", "by now", "already", "taking", "dragging", "twice",
)


_UNANSWERED_KEYS = Keys("no ", "not ", "n't", "never", "nothing", "without", "silence", "nobody",
                    "no one", "black hole")
_ELAPSED_KEYS = Keys("day", "week", "month", "long", "ages", "forever", "every", "by now",
                 "already", "twice", "times", "since")
_FEELING_KEYS = Keys("frustrat", "discourag", "disheart", "annoy", "upsetting", "exasperat",
                 "disappoint", "stressful", "nerve", "agoniz", "black hole", "long wait",
                 "forgotten", "ignored", "overlooked", "brushed off", "hanging", "strung along",
                 "in the dark")


def _signal(draft: Draft, s: Sentence, pattern: re.Pattern[str], keys: Keys) -> bool:
    return draft.contains(s, keys) and pattern.search(s.low) is not None


_IT_HAS_BEEN = re.compile(r"\bit(?:'s| has) been\b")


def complains_about_wait(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Frustration at the wait, or dwelling on how long the employer has been silent."""
    hits = [Hit(*span) for span in draft.find(_COMPLAINT, _COMPLAINT_KEYS)]
    for s in draft.sentences_with(_KEPT_WAITING_KEYS):
        if not s.is_question:  # 'why was it pushed back twice?' questions the delay instead
            hits += [Hit(s.start + m.start(), s.start + m.end())
                     for m in _KEPT_WAITING.finditer(s.low)]
    for s in draft.sentences_with(_COMPLAINT_SENTENCE_KEYS):
        low = s.low
        unanswered = _signal(draft, s, _UNANSWERED, _UNANSWERED_KEYS)
        waiting = "wait" in low and _WAITING.search(low)
        elapsed = _signal(draft, s, _ELAPSED, _ELAPSED_KEYS)
        feeling = _signal(draft, s, _FEELING, _FEELING_KEYS)
        if not (unanswered or waiting or elapsed or feeling):
            if not s.is_question and _TAKING_LONG.search(low):
                hits.append(Hit(s.start, s.end))
            continue
        if (
            (feeling and _WAIT_CONTEXT.search(low))
            or (unanswered and (elapsed or _DWELL.search(low)))
            or (waiting and (elapsed or _DWELL.search(low) or unanswered))
            or (elapsed and _DWELL.search(low) and _WAIT_CONTEXT.search(low)
                and _IT_HAS_BEEN.search(low))
        ) or (not s.is_question and _TAKING_LONG.search(s.low)):
            hits.append(Hit(s.start, s.end))
    sentences = draft.sentences
    for i, s in enumerate(sentences):
        if not (draft.contains(s, _PROMISED_KEYS) and _PROMISED.search(s.low)):
            continue
        for later in sentences[i : i + 2]:  # the same sentence or the next
            if draft.contains(later, _SINCE_KEYS) and _SINCE.search(later.low):
                hits.append(Hit(s.start, later.end))
                break
    return hits


# --- asks-if-hired -------------------------------------------------------------------

_JOB = r"(?:job|position|role|offer|spot|post|gig|cut|place|it)"
_HIRED = re.compile(boundary_first(
    rf"\b(?:did|have|has|had) i (?:get|got|gotten|land|landed|win|won|make|made|secure|"
    rf"secured) (?:the |this |that |an )?(?:[\w-]+ ){{0,3}}?{_JOB}\b"
    r"|\b(?:whether|if) (?:you(?:'ll| will| are going to| plan to| want to| have decided to|"
    r" decided to| intend to) |to )(?:hire|offer|select|choose|pick|take on) me\b"
    r"|\b(?:was|am|were) i (?:successful|selected|chosen|picked|hired|accepted|the one)\b"
    r"|\b(?:i'm|i am|i was) (?:your|the) (?:pick|choice|top choice|hire|winner|one)\b"
    r"|\b(?:know|tell me|share|let me know|inform me)\b.{0,20}\b(?:the |your )?(?:final )?"
    r"(?:outcome|result|verdict)\b"
    r"|\bam i (?:in|hired|getting (?:it|the job|an offer)|the one|your (?:pick|choice|hire)|"
    r"going to (?:get|be offered))\b"
    r"|\bis (?:the|this) (?:job|position|role|offer|spot) mine\b|\bis it mine\b"
    r"|\b(?:have|has|had) i been (?:selected|chosen|hired|accepted|successful|picked|offered)"
    r"|\b(?:whether|if) i(?:'ve| have| had)? (?:been |was |am |got |get |made )"
    r"(?:selected|chosen|hired|accepted|successful|picked|offered|the job|the position|"
    r"the role|an offer|it|the cut)\b"
    r"|\b(?:offer|give|hire) me (?:the|this) (?:job|position|role)\b"
    # 'if I already passed', 'did I pass the interview?': passing the interview is the job
    r"|\b(?:(?:whether|if) i(?:'ve| have)?(?: already| finally| actually)? passed|"
    r"(?:did|have) i(?: already| finally| actually)? pass(?:ed)?)"
    r"(?= *(?:[.,;!?]|$|so\b|or\b|and\b|the (?:final )?interview\b))"
    # 'tell me if I got the activities job', 'whether I've landed the post'
    r"|\b(?:whether|if) i(?:'ve| have)? (?:got|gotten|landed|won|secured|earned) (?:the|this|that)"
    r" (?:[\w-]+ ){0,3}?(?:job|position|role|offer|post|spot|place)\b"
    r"|\b(?:decided|going|planning|able) to (?:offer|hire) me\b|\bmake me an offer\b"
    r"|\b(?:will|can|could|should|do) i (?:expect|get|receive|have) (?:an|the) "
    r"(?:offer|job|position|role)\b"
    r"|\b(?:let me know|know|tell me|hear|decide) either way\b|\byes or (?:a )?no\b"
    r"|\b(?:know|tell me|let me know|inform me|share) (?:of |about )?(?:your|the) (?:final )?"
    r"decision\b(?! (?:timeline|date|process|time|would|will|is expected))"
))
_CANDIDATE_DEADLINE = re.compile(
    r"\b(?:i need|i'd need|i have to|i must|please|can you|could you|let me know|tell me|"
    r"needs? to know|needs? an answer|needs? a decision)\b.{0,60}\b(?:by|before|no later than) "
    r"(?:(?:the )?(?:end|close) of (?:the )?)?(?:this |next )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tomorrow|tonight|today|eod|noon|the \d|\d|week|month)"
)
_EMPLOYER_SAID = re.compile(
    r"\byou(?:'d| had| have|'ve)? (?:said|mentioned|told|indicated|expected|hoped|planned|"
    r"estimated|would|'d|were|expect|plan)"
)
_OFFER_DEADLINE = re.compile(
    r"\b(?:another|competing|other|second|a) (?:job )?offer\b.{0,200}?\b(?:deadline|expires|"
    r"by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end|end|next)|respond|"
    r"answer|decide|until|need to (?:let|tell|give))"
    r"|\b(?:deadline|expires|respond|answer)\b.{0,200}?\b(?:another|competing|other) "
    r"(?:job )?offer\b"
)


# Being offered the job or taken on, not offered feedback or picked up from the station.
_ME_HIRED = re.compile(
    r"\b(?:offer|offering|give|giving) me (?:the |this |that |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:job|position|role|post|place|spot|offer|contract)\b"
    r"|\b(?:offer|offering|hire|hiring|select|selecting|choose|choosing|pick|picking|take|"
    r"taking) me\b(?= *(?:[.,;!?]|$|or not\b|for (?:the|this|that) |as (?:a|an|the|your) ))"
    r"|\b(?:take|taking) me on\b(?! (?:a|an|the|your|our) )"
)
# Asking, with or without a question mark: 'let me know', 'could you confirm if', 'I
# wondered whether', 'may I ask if'.
_ASKING_OUTCOME = re.compile(
    r"\?|\b(?:let me know|tell me|know (?:if|whether))\b"
    r"|\b(?:confirm|wonder\w*|ask|asking|enquir\w*|inquir\w*|check|advise|clarify|"
    r"find out|update me)\b[\w' ,]{0,40}\b(?:if|whether)\b"
)


_HIRED_KEYS = Keys(
    " i ", "i'", "mine", " me ", " me?", " me.", " me,", " me!", "either way", "yes or",
    "decision", "outcome", "result", "verdict", "notice",
)
# Whether to leave the current job, which presumes the offer: 'should I give notice?', 'if
# I should hand in my resignation', 'is it okay to tell my manager', 'whether to quit'.
# And the verdict itself: 'did you decide yes for me?', 'is it a yes?'.
_PRESUMES_OFFER = re.compile(boundary_first(
    r"\b(?:should i|(?:if|whether) (?:i should|i ought to|to)|can i|is it (?:safe|ok|okay|"
    r"time) to)(?: go ahead and| now| already)? (?:(?:give|hand in|put in|submit|turn in)"
    r" (?:[\w']+ ){0,3}?(?:notice|resignation)\b|tell (?:my )?(?:current )?(?:boss|manager|"
    r"employer)\b(?!'s)|resign\b|quit\b)"
    r"|\b(?:did|have|has|will|would) (?:you|the (?:team|panel|committee|board))(?: \w+)? "
    r"(?:decide|decided|say|said) (?:a )?(?:yes|no)\b"
    r"|\b(?:is|was|will) (?:it|the answer)(?: going to)?(?: be)? a (?:yes|no)\b"
    r"|\bdecided? (?:in my favou?r|on me)\b"
))
_PRESUMES_OFFER_KEYS = Keys("notice", "resign", "quit", "tell my", "tell boss", "tell manager",
                            "tell employer", "yes", "a no", "say no", "said no", "decide no",
                            "decided no", "favor", "favour", "on me")
_HIRED_SENTENCE_KEYS = Keys(" me", "by ", "before", "no later", "offer")


_ABOUT_OUTCOME = re.compile(r"\b(?:decision|decide|answer|know|hear|offer|job|if|whether)\b")


def asks_if_hired(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Asks for the outcome or the offer, or sets a deadline for the decision."""
    hits = [Hit(*span) for span in draft.find(_HIRED, _HIRED_KEYS)]
    hits += [Hit(*span) for span in draft.find(_PRESUMES_OFFER, _PRESUMES_OFFER_KEYS)]
    for s in draft.sentences_with(_HIRED_SENTENCE_KEYS):
        if _ME_HIRED.search(s.low) and _ASKING_OUTCOME.search(s.low):
            hits.append(Hit(s.start, s.end))
        if _CANDIDATE_DEADLINE.search(s.low) and not _EMPLOYER_SAID.search(s.low):
            if _ABOUT_OUTCOME.search(s.low):
                hits.append(Hit(s.start, s.end))
        elif draft.kind not in OFFER_UPDATES and _OFFER_DEADLINE.search(s.low):
            # In an offer update the competing offer and its date are the point (§6).
            hits.append(Hit(s.start, s.end))
    return hits


# --- questions-delay -----------------------------------------------------------------

_DELAYED = (
    r"(?:delay\w*|slip\w*|stall\w*|pushed|postpon\w*|held up|holding (?:\w+ )?up|hold-?up|"
    r"on hold|drag\w*|taking (?:so|this|such a) long|behind schedule)\b"
)
_REASON = re.compile(boundary_first(
    r"\bwhy\b|\bhow come\b|\bwhat(?:'s| is| was| has| had| might| could| may)?(?: been| be|"
    r" have been)? (?:holding|causing|"
    r"driving|behind|slowing|keeping|the (?:hold[- ]?up|delay|reason|problem|issue|matter))"
    r"|\bwhat (?:has |had |might have |could have |may have )?(?:happened|changed|caused|"
    r"delayed|held|slowed|stalled|pushed|went wrong)\b|\b(?:cause|reason|explanation) "
    r"(?:of|for|behind) (?:the|this|that) (?:delay|hold-?up|wait|change|slip)|\bwhat's going on\b"
    r"|\bwhat is going on\b|\b(?:is|was) there (?:a|any) (?:reason|problem|issue)\b"
    r"|\breason (?:for|behind) (?:the|this) (?:delay|hold|change|wait)"
    r"|\b(?:is|was|has) (?:something|anything) (?:\w+ ){0,3}(?:holding|held|delaying|slowing|"
    r"changed|wrong)|\bdid (?:something|anything) (?:change|happen|come up)\b"
    r"|\bwas (?:the|it) (?:\w+ )?(?:pushed|delayed|changed|moved|put on hold|postponed)"
    # 'what's actually holding up', 'what's pushed it back', 'what led to the delay'
    r"|\bwhat(?: exactly| actually| really)?(?:'s| is| has| had)?(?: been)? (?:\w+ly |else |now )?"
    r"(?:holding|held|causing|caused|driving|behind|slowing|slowed|keeping|kept|dragging|stalling|stalled|pushing|pushed|"
    r"delaying|delayed|led to|has led to)\b"
    # 'the reason the process is getting delayed', 'the cause of the hold-up'
    # (not the candidate's own lateness: 'the reason I was late')
    r"|\b(?:reason|reasons|cause|explanation)\b"
    r"(?! (?:why |that |for |behind )?(?:i|i'm|my|me|we)\b)"
    rf"(?: \w+){{0,7}} {_DELAYED}"
))
_DELAY = re.compile(
    r"\b(?:delay\w*|slip\w*|stall\w*|pushed|postpon\w*|holding|held|hold[- ]?up|long|longer|"
    r"late|behind|chang\w*|on hold|moved|drag\w*|wait\w*|timeline|happened|silence|still|"
    r"stuck|slow\w*|missed|past|reschedul\w*|cancell?\w*|short notice)\b"
    # not having answered: 'why haven't you come back to me?'
    r"|(?:n't|\bnot|\bnever) (?:\w+ )?(?:c[oa]me back|got back|gotten back|get back|replied|"
    r"responded|called|contacted|answered|been in touch|heard)\b"
)
_LATE = re.compile(
    r"\b(?:delay\w*|slip\w*|stall\w*|pushed|postpon\w*|held up|hold-?up|it's been|"
    r"haven't heard|was told|supposed to|expected|missed)\b"
)
_ASKS = re.compile(
    r"\?|\b(?:ask|understand|know|explain|tell me|curious|wonder\w*|inform me|enlighten me)\b"
    r"|\b(?:kindly|please|could you|can you|would you) (?:\w+ )?(?:share|clarify|advise)\b"
)
_THANKS_FOR = re.compile(
    r"\b(?:thank(?:s| you)|appreciate\w*|grateful)\b.{0,30}\b(?:explain\w*|let\w* me know|"
    r"clarify\w*|shar\w*|the update|telling)|\bi (?:understand|know|realize|realise) (?:why|that)"
)


def questions_delay(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Asks for, or challenges, the reason for a delay ('thanks for explaining' is fine)."""
    hits: list[Hit] = []
    previous: Sentence | None = None
    for s in draft.sentences:
        if (
            _REASON.search(s.low)
            and _ASKS.search(s.low)
            and not _THANKS_FOR.search(s.low)
            and (_DELAY.search(s.low) or (previous is not None and _LATE.search(previous.low)))
        ):
            hits.append(Hit(s.start, s.end))
        previous = s
    return hits
