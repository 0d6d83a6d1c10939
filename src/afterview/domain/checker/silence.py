"""Pointed remarks about the employer's silence and missed dates (complains-about-wait).

RULES.md §5: accusing the employer of a missed date or of not answering is a complaint
about the wait. People write it as an accusation with "you" as the subject ("you did not
answer", "you haven't returned my calls"), as a promise set against what happened ("you
said you'd call on Monday, and it's Tuesday now!"), as a courtesy withheld ("you didn't
even have the decency to call"), or as a verbless fragment ("Then nothing."). Each signal
is a small family of wordings; the conditional "if you haven't had a chance" is not one.
"""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.model import Hit
from afterview.domain.checker.record import Facts
from afterview.domain.checker.text import Draft, Sentence
from afterview.domain.checker.vocab import WEEKDAYS

# Answering, in the forms that follow "haven't", "didn't", "never", "couldn't even".
_ANSWERED = (
    r"(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|return(?:ed)?(?: (?:my|our|any) "
    r"(?:calls?|e-?mails?|messages?|voicemails?))?|call(?:ed)?(?: me| back)?|phon(?:e|ed)|"
    r"rung|ring|contact(?:ed)?|e-?mail(?:ed)?(?: me)?|got back|gotten back|get back|"
    r"c[oa]me back|writ(?:e|ten)|followed up|follow up|been in touch|reached out|reach out|"
    r"acknowledg(?:e|ed)|let me know|told me|tell me|bother(?:ed)? to \w+)"
)
_NEGATED = (
    r"(?:have not|haven't|has not|hasn't|had not|hadn't|did not|didn't|never|do not|don't|"
    r"could not|couldn't|would not|wouldn't|will not|won't|cannot|can't|still haven't|"
    r"are not|aren't|were not|weren't)"
)
# 'you haven't returned my calls', 'you did not answer', 'nobody has bothered to reply'
_YOU_DID_NOT = re.compile(boundary_first(
    rf"\byou(?: people| guys| all)?(?: still)? {_NEGATED}(?: even| yet| once| ever| actually)?"
    rf"(?: (?:bother(?:ed)?|care(?:d)?|manage(?:d)?|take the time) to)? {_ANSWERED}\b"
    r"|\byou (?:are|were|'re) (?:not|never) (?:answering|responding|replying|returning|"
    r"calling)\b"
    # 'Are you EVER going to contact me?'
    r"|\b(?:are|were|will) you (?:ever|even) (?:going to |gonna )?(?:contact|call|reply|respond"
    r"|get back|answer|write|e-?mail|let me know|tell me)\b"
    # 'you cannot waste thirty seconds to copy-paste a rejection letter'
    r"|\byou (?:can't|cannot|couldn't|could not|won't|wouldn't)(?: even)? (?:waste|spare|take|"
    r"find|be bothered)(?: [\w-]+){0,3}? to (?:send|reply|respond|call|e-?mail|copy|write|let|"
    r"tell|inform|print)"
))
_CONDITION = re.compile(r"\b(?:if|in case|unless|whether|should|once|until)\b")
# A courtesy withheld: 'you didn't even have the decency to call', 'I wasn't even extended
# the courtesy of a form rejection', 'snubbed the common courtesy'.
_COURTESY = re.compile(r"\b(?:courtesy|decency)\b")
_WITHHELD = re.compile(
    r"\b(?:not|never|no|without|snubbed|denied|lack\w*|refus\w*|fail\w*|what happened to|"
    r"whatever happened to|where is|where's|too much)\b|n't\b"
)
# Messages left unanswered, or counted: 'my unreturned voicemails', 'the 17 calls'.
_UNRETURNED = re.compile(boundary_first(
    r"\b(?:unreturned|unanswered|ignored) (?:\w+ )?(?:calls?|e-?mails?|messages?|voicemails?|"
    r"letters?|texts?|inquiries|enquiries)\b"
    # never answered at all: 'I never heard back', 'I have never received a reply'
    r"|\bi (?:have |had )?never (?:once )?(?:heard|received|got|gotten)(?: back\b| (?:a |any )"
    r"?(?:word|reply|response|answer|call)\b)"
    # an answer too much to ask: 'too busy playing Solitaire to respond', 'too much effort to
    # send out a mail merge', 'is it so wrong to expect even a copy and paste rejection email?'
    r"|\btoo (?:busy|important|lazy)\b(?: [\w']+){0,6}? to (?:respond|reply|answer|get back|"
    r"call|e-?mail|write)\b"
    r"|\btoo much (?:effort|trouble|work|of a bother|to ask)\b(?: [\w'-]+){0,8}? (?:send|reply|"
    r"respond|answer|call|e-?mail|let|tell|inform)\b"
    r"|\b(?:expect|ask for|want|deserve)\w* (?:even|at least|just) (?:a|an|the) (?:[\w-]+ ){0,4}?"
    r"(?:e-?mail|reply|response|rejection|call|letter|note|answer)\b"
    # a reply asked for as if it would never come: 'if any of you would respond'
    r"|\b(?:if|when) (?:any of you|you (?:would|could|will) (?:ever|even|actually|finally|at "
    r"least))(?: \w+){0,2}? (?:respond|reply|answer|get back|call|write)\b"
    r"|\b(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|dozens of|several|multiple|"
    r"numerous|countless|repeated) (?:\w+ )?(?:phone )?(?:calls|e-?mails|messages|voicemails|"
    r"follow-?ups|texts)\b(?: \w+){0,4}? (?:to (?:your|the) (?:office|team|company|desk)|"
    r"trying to|without|unanswered|since)\b"
    r"|\b(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|voicemail|"
    r"letter)\b"
    r"|\bghost(?:s|ed|ing)? (?:me|us|candidates|applicants|people)\b"
    r"|\b(?:have|leave|leaving|left|keep|keeping|kept|leaves) me (?:standing |sitting )?"
    r"(?:on edge|hanging|guessing|in limbo|in the dark)\b"
))
# Expecting no answer at all: 'I am sure that I will not hear a response to this'.
_NO_ANSWER_EXPECTED = re.compile(
    r"\b(?:i(?:'m| am) (?:sure|certain|positive|confident)|i know|i doubt|i expect|"
    r"of course|probably)\b(?: that)? i (?:will not|won't|will never|shall not|'ll never)"
    r"(?: even)? (?:hear|get|receive)(?: \w+){0,2}? (?:a |any )?(?:response|reply|answer|"
    r"word|back)\b"
)
# A verbless sentence of silence: 'Then nothing.', 'Still nothing', 'And... crickets.'
_FRAGMENT = re.compile(
    r"^(?:and|but|so)?[ .…]*(?:then|still|yet|again|since then)?,?[ .…]*(?:nothing|silence|"
    r"crickets|not a word|not a peep|no reply|no response|no word|no answer|no call|"
    r"radio silence)(?: (?:since|yet|again|at all|back|whatsoever))?[ .!…]*$"
)

# The employer's promise, and what became of it.
_PROMISE = re.compile(boundary_first(
    r"\b(?:you|he|she|they|the recruiter|the manager|your (?:team|office|assistant|"
    r"colleague|recruiter)|[a-z]+ personally)(?:'d| had| have|'ve)? (?:said|promised|told me|"
    r"mentioned|assured me|agreed|were going to|was going to|would|'d)\b"
    r"(?: [\w']+){0,6}? (?:call|phone|ring|get back|come back|hear|let me know|contact|"
    r"e-?mail|reply|respond|be in touch|update|decide|decision|answer)"
    r"|\b(?:not|never) (?:calling|phoning|ringing|e-?mailing|contacting|replying|responding|"
    r"getting back|writing)(?: \w+){0,3}? (?:like|as|when) (?:you|they|he|she) (?:said|"
    r"promised|told)\b"
))
_MISSED = re.compile(boundary_first(
    r"\b(?:you|they|he|she) (?:did not|didn't|never did|never have|have not|haven't|"
    r"has not|hasn't)\b(?! (?:\w+ )?(?:say|mention|give))"
    rf"|\band (?:it's|it is) (?:now )?(?:{WEEKDAYS}|the \d{{1,2}}(?:st|nd|rd|th)?)\b"
    rf"|\b(?:it's|it is) now (?:{WEEKDAYS})\b"
    r"|\bcame and went\b|\bcome and gone\b|\bbeen and gone\b"
    r"|\b(?:and|but) (?:still )?(?:nothing|no (?:call|word|email|reply|response|news)|"
    r"not a (?:word|peep))\b"
    r"|\band that was (?:\w+ ){0,4}?(?:ago|weeks|days|months)\b"
    r"|\bi (?:can only|must|will have to|'ll have to|have to) assume\b"
))
# A date or deadline that passed, with the silence after it: 'Thursday has come and gone
# and still nothing', 'the 12th came and went without a word'.
_DATE_PASSED = re.compile(
    rf"\b(?:{WEEKDAYS}|the \d{{1,2}}(?:st|nd|rd|th)?|(?:the |your |that )?(?:deadline|date|"
    r"week|day|timeline)|today|yesterday)\b[^.!?]{0,30}?\b(?:has |have |had )?(?:come and "
    r"gone|came and went|been and gone)\b,? (?:and|with|without|but)\b"
    r"|\b(?:deadline|date|timeline)\b[^.!?]{0,30}?\b(?:has |have |had )?(?:passed|gone by|"
    r"slipped by)\b,? (?:without|with no|and still|and no|and nothing|but nothing|and not)\b"
    r"|\b(?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?) (?:after|later than) "
    r"(?:we|you|they) (?:had )?(?:agreed|promised|said|arranged|planned)\b"
)
# Understanding, not accusing: 'I know you are too busy to respond to every email'.
_EMPATHY = re.compile(r"\b(?:i know|i understand|i realize|i realise|i appreciate|no need|"
                      r"don't worry|do not worry|no worries)\b")

_YOU_KEYS = Keys("you")
_NEG_KEYS = Keys("n't", "not ", "never", "ever ", "even ", "cannot")
_COURTESY_KEYS = Keys("courtesy", "decency")
_UNRETURNED_KEYS = Keys("unreturned", "unanswered", "ignored", " calls", "mails", " messages",
                        "never", "too busy", "too important", "too lazy", "too much", "expect",
                        "ask for", "want", "deserve", "any of you",
                        "voicemails", "follow-ups", "followups", " texts", "per my", "ghost",
                        "me on edge", "me hanging", "me guessing", "me in limbo",
                        "me in the dark", "me standing", "me sitting")
_NO_ANSWER_KEYS = Keys("won't", "will not", "will never", "shall not", "'ll never")
_FRAGMENT_KEYS = Keys("nothing", "silence", "crickets", "not a", "no ")
_PROMISE_KEYS = Keys("said", "promised", "told me", "mentioned", "assured", "agreed",
                     "going to", "you would", "he would", "she would", "they would", "you'd",
                     "he'd", "she'd", "they'd", "like you", "as you", "when you")
_PASSED_KEYS = Keys("gone", "went", "passed", "slipped", "after we", "after you", "after they",
                    "later than")


def _accusing(s: Sentence) -> bool:
    """'You' did not answer, outside an if-clause ('if you haven't had a chance')."""
    m = _YOU_DID_NOT.search(s.low)
    return m is not None and not _CONDITION.search(s.low[: m.start()])


def _remark(draft: Draft, s: Sentence) -> bool:
    """Whether the sentence itself accuses the employer of silence or a lapse of courtesy."""
    low = s.low
    if draft.contains(s, _NEG_KEYS) and draft.contains(s, _YOU_KEYS) and _accusing(s):
        return True
    if draft.contains(s, _COURTESY_KEYS) and _COURTESY.search(low) and _WITHHELD.search(low):
        return True
    return bool(
        (draft.contains(s, _UNRETURNED_KEYS) and _UNRETURNED.search(low)
         and not _EMPATHY.search(low))
        or (draft.contains(s, _NO_ANSWER_KEYS) and _NO_ANSWER_EXPECTED.search(low))
        or (draft.contains(s, _PASSED_KEYS) and _DATE_PASSED.search(low))
        or (len(low) < 60 and draft.contains(s, _FRAGMENT_KEYS) and _FRAGMENT.search(low))
    )


def pointed_silence(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Accusing the employer of not answering, of a missed date, or of a lapse of courtesy."""
    hits: list[Hit] = []
    sentences = draft.sentences
    for i, s in enumerate(sentences):
        if _remark(draft, s):
            hits.append(Hit(s.start, s.end))
        promise = _PROMISE.search(s.low) if draft.contains(s, _PROMISE_KEYS) else None
        if promise is None:
            continue
        if promise.group().startswith(("not", "never")) or _MISSED.search(s.low, promise.end()):
            hits.append(Hit(s.start, s.end))
            continue
        for later in sentences[i + 1 : i + 3]:  # 'You promised to call today. You did not.'
            if _MISSED.search(later.low):
                hits.append(Hit(s.start, later.end))
                break
    return hits
