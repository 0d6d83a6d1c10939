"""Detectors for manner: other candidates, a desperate tone, and casual slang."""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.model import OFFER_UPDATES, Hit
from afterview.domain.checker.record import Facts
from afterview.domain.checker.text import Draft
from afterview.domain.checker.vocab import (
    EMOTICON,
    LETTER_NAMES,
    LETTER_WORDS,
    SLANG,
    SLANG_PHRASES,
    TEXTSPEAK,
)

# --- mentions-other-candidates -------------------------------------------------------

_RIVALS = re.compile(r"\b(?:applicants?|finalists?|interviewees?|contenders?|shortlist\w*|"
                     r"front-?runners?|runners?-up)\b")
_CANDIDATES = re.compile(r"\b(?:other|another|fellow|remaining|competing) candidates?\b|"
                         r"\bcandidates\b")
_RIVAL_WORDS = frozenset(
    [
        "applicant", "applicants", "finalist", "finalists", "interviewee", "interviewees",
        "contender", "contenders", "candidate", "candidates", "shortlist", "shortlisted",
        "front-runner", "frontrunner", "front-runners", "frontrunners", "runner-up", "runners-up",
    ]
)
_RIVAL_CONTEXT = re.compile(
    r"\b(?:other|others|another|all|many|several|some|few|lot|your|you're|you are|you were|"
    r"you've|interview\w*|meeting|seeing|considering|compar\w*|than|among|pool|strong\w*|"
    r"qualified|field|rest|talented|experienced)\b"
)
_OTHERS_SEEN = re.compile(
    r"\bother (?:[\w-]+ ){0,2}?[\w-]+s\b.{0,200}?\b(?:seeing|meeting|interviewing|considering|"
    r"talking to|speaking (?:to|with)|came through|come through|coming through|comparing|"
    r"in the running|in the pool|applied|applying|trying out|tried out|try out|trialling|"
    r"trialing|auditioning)\b"
    r"|\b(?:seeing|meeting|interviewing|considering|talking to|speaking with) (?:a lot of |"
    r"lots of |many |several |a few |some )?other\b"
)
_CROWD = re.compile(
    r"\b(?:many|lots of|a lot of|plenty of|other|several|so many|numerous|hundreds of|dozens of)"
    r" (?:[\w-]+ ){0,2}?(?:people|folks|candidates|applicants|professionals|others) (?:\w+ ){0,3}?"
    r"(?:apply|applied|applying|interview|interviewing|interviewed|in the running|in the mix|"
    r"competing|vying|to choose from|to consider)\b"
    r"|\b(?:whoever|anyone|everyone|someone|somebody|others?) else (?:[\w']+ ){0,2}?(?:considering|"
    r"interviewing|meeting|seeing|choose|chose|pick|picked|hire|hired|select|selected)\b"
)
_SEEN_BY_YOU = (
    r"you(?:'re| are| were|'ve| have|'ll| will be| had)?\s+(?:(?:also|still|currently|probably|"
    r"likely|already)\s+)?(?:been\s+)?(?:meeting|seeing|"
    r"interviewing|considering|talking to|speaking (?:with|to)|met|saw|seen|interviewed|"
    r"considered|meet|see|interview|spoke (?:with|to)|spoken (?:with|to))"
)
_YOU_MEET_MANY = re.compile(
    rf"\b{_SEEN_BY_YOU}\s+(?:with\s+)?(?:quite\s+)?(?:a few|a lot of|lots of|many|several|"
    r"other|some|plenty of|a number of|dozens of|\"?hundreds\"? of|\"?thousands\"? of|all the|"
    r"the other|the rest of the|a bunch of|"
    r"more|so many|loads of|a range of|people|others|folks|someone else|somebody else)\b"
    # 'also' says the others are besides me: 'you were also talking to graduates from X'
    r"|\byou(?:'re| are| were|'ve| have|'ll| will be| had)?\s+also\s+(?:been\s+)?"
    r"(?:meeting|seeing|interviewing|considering|talking (?:to|with)|speaking (?:to|with)|met|"
    r"saw|seen|interviewed|considered|spoke (?:to|with)|spoken (?:to|with))"
    r"\s+(?!(?:me|my|us|our|it|that|this|about)\b)"
    rf"|\b(?:crowd|rest|others|group|pool|field|batch|lot|bunch|line-?up|number|all)\s+of\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:that\s+|who\s+|whom\s+)?{_SEEN_BY_YOU}"
)
_COMPARING = re.compile(boundary_first(
    r"\bcompar\w* me (?:with|to|against)\b|\bcompared (?:with|to) (?:the )?others?\b"
    r"|\bthan (?:the )?(?:other|others|rest)\b|\bthe rest of the (?:field|pool|group)\b"
    r"|\bthe competition\b|\b(?:nobody|no one|no-one) (?:else )?(?:will|can|could|would) "
    r"(?:outwork|beat|match|outdo)|\b(?:stand|stood|standing|stands) out "
    r"(?:from|among|amongst) (?:the )?(?:others|rest|"
    r"crowd|pack|other)\b"
    r"|\bset me apart from\b|\bagainst (?:the )?other\b"
    r"|\bcompet\w* (?:against|with) (?:the )?(?:competition|others|other|hundreds|thousands|"
    r"dozens|many|lots|\d+)\b"
    # the employer choosing others: 'seeking others with more experience'
    r"|\b(?:seeking|sought|chose|chosen|choosing|hired|hiring|picked|selected|went with|going"
    r" with|preferred|more interested in)\b (?:\w+ ){0,2}?(?:others|someone else|somebody else|"
    r"another (?:candidate|applicant|person)|other (?:people|candidates|applicants))\b"
))

# Others applying for this very role, whoever they are: 'many students from better-known
# universities applied for this internship', 'hundreds of nurses are applying for the post'.
_OTHERS_APPLIED = re.compile(
    r"\b(?:many|lots of|a lot of|plenty of|other|others|several|so many|numerous|hundreds of|"
    r"dozens of|thousands of|countless)\b(?: (?!i\b|i'|we\b|my\b|me\b)[\w'-]+){0,6}? "
    r"(?:have |had |who |that |are |were )?(?:applied|applying|apply|interviewed|interviewing|"
    r"competing|vying|shortlisted) for (?:this|the|your|that) (?:[\w-]+ ){0,2}?(?:role|position|"
    r"job|internship|post|opening|vacancy|place|placement|spot|programme|program|scheme|"
    r"opportunity|traineeship|apprenticeship|intake|cohort|fellowship|residency)\b"
)
# Others met in the waiting room are other interviewees: 'I met some of the other graduates
# in the waiting room', 'the other drivers sitting in reception'.
_OTHERS_WAITING = re.compile(
    r"\b(?:other|others|fellow)\b(?: (?!i\b|we\b)[\w'-]+){0,3}? (?:(?:who were |waiting |"
    r"sitting |sat )?(?:in|at) (?:the )?(?:waiting room|waiting area)\b|(?:who were )?"
    r"(?:waiting|sitting|sat) (?:in|at) (?:the )?(?:lobby|reception|foyer)\b)"
)

# The employer's other interviews: 'the committee still has other campus visits to complete',
# 'you've still got a few more interviews this week' (not the candidate's own next rounds).
_OTHER_SESSIONS = re.compile(
    r"\b(?:you|you've|you're|you'll|the committee|the panel|the team|they|they've|they're)\b"
    r"(?: [\w']+){0,4}? (?:still |also )?(?:has|have|got|doing|holding|conducting|running|"
    r"finishing|completing|wrapping up|scheduled|lined up)"
    r" (?:[\w-]+ )?(?:other|remaining|more|a few more|several more|some more|a couple more|"
    r"a couple of other|a few other|several other)"
    r" (?:[\w-]+ )?(?:interviews|visits|calls|conversations|meetings)\b"
    r"|\b(?:other|remaining|more) (?:[\w-]+ )?(?:interviews|visits) (?:\w+ )?"
    r"(?:to complete|to finish|to get through|to do|to hold|left|this week|to go)\b"
)
# Others seen coming in for their own interviews: 'other drivers waiting in the lobby for
# their interviews', 'people lined up to interview', 'the nurse interviewing after me'
# (not the candidate's own interview, nor the panel: 'two managers sat in on it').
_GROUP = (
    r"\b(?:other|others|several|many|a few|a couple of|lots of|a lot of|plenty of|more|two|three|"
    r"four|five|six|\d+|everyone else|everybody else|someone else|somebody else|people|"
    r"the next|a group of|a line of|a queue of|a room (?:full )?of)\b(?! thanks)"
    r"(?: (?!who\b|that\b)[\w'-]+){0,3}?(?: (?:who|that)(?: (?:were|was|are|is|had|have))?)?"
    r"(?: (?:all|also|still|already|just))?"
)
_PERSON = r"(?:person|guy|woman|man|lady|gentleman|one)"
_OTHERS_INTERVIEWING = re.compile(
    rf"{_GROUP} (?:(?:waiting|sitting|sat|here|there|lined up|queued|queuing|scheduled|booked|"
    r"coming in|came in|come in|arriving|arrived|showed up|turned up|going in|went in|"
    r"interviewing|interviewed)(?: [\w'-]+){0,4}? (?:(?:for|to|into) (?:(?:their|his|her) "
    r"(?:own )?interviews?|interviews)\b|to (?:be )?interview(?:ed)?\b|"
    r"(?:after|before|ahead of) me\b)"
    r"|(?:waiting|lined up|queued|queuing|scheduled|booked)(?: [\w'-]+){0,4}? "
    r"for (?:an|the|a) interview\b(?! to (?:start|begin)))"
    rf"|\b(?:the|a|another) (?:\w+ )?(?:{_PERSON} (?:who |that )?(?:was |were |is )?"
    r"(?:interviewing|interviewed|scheduled|booked|waiting|going|went|coming|came|in)"
    r"(?: in)?|candidate|applicant|interviewee) (?:right |just )?(?:after|before|ahead of) me\b"
)
# Both are needed: a word about the interview or the queue, and a word about being there.
_INTERVIEW_WORD_KEYS = Keys("interview", "after me", "before me", "ahead of me")
_INTERVIEWING_KEYS = Keys("waiting", "sitting", "sat ", " here", " there", "lined up", "queu",
                          "scheduled", "booked", "came in", "come in", "coming in", "arriv",
                          "showed up", "turned up", "going in", "went in", "interviewing",
                          "interviewed", "after me", "before me", "ahead of me")
_RIVAL_KEYS = Keys("other", "more", "remaining", "compar", "you", "out from", "out among",
               "than", "rest of",
               "competition", "no one", "nobody",
               "no-one", "stand out", "apart from", "else", "people", "folks", "candidates",
               "applicants", "professionals", "many", "several", "numerous", "hundreds",
               "dozens", "thousands", "countless", "fellow")


_RIVAL_PATTERNS = (
    (_OTHERS_SEEN, Keys("other")),
    (_COMPARING, Keys("compar", "than", "rest of", "competition", "no one", "nobody", "no-one",
                  "out from", "out among", "apart from", "against", "compet", "seek", "sought",
                  "cho", "hir", "picked", "selected", "went with", "going with", "preferred",
                  "interested in")),
    (_CROWD, Keys("many", "lot", "plenty", "other", "several", "numerous", "hundreds", "dozens",
              "else")),
    (_OTHER_SESSIONS, Keys("other", "more", "remaining")),
    (_YOU_MEET_MANY, Keys("meet", "met", "see", "saw", "interview", "consider", "talk", "speak",
                      "spoke")),
    (_OTHERS_APPLIED, Keys("appl", "interview", "compet", "vying", "shortlist")),
    (_OTHERS_WAITING, Keys("waiting room", "waiting area", "lobby", "reception", "foyer")),
)


def mentions_other_candidates(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Any reference to other applicants, finalists or interviewees, kind or competitive."""
    hits: list[Hit] = []
    company = facts.company.lower() if facts is not None else ""
    patterns = (_RIVALS, _CANDIDATES) if _RIVAL_WORDS & draft.folded_words else ()
    for pattern in patterns:
        for m in draft.search(pattern):
            if draft.text[m.start()].isupper() and m.start() > 0 and not _line_start(draft, m):
                continue  # a name such as 'Candidate Labs'
            if company and m.group() in company:
                continue
            sentence = _sentence_of(draft, m.start())
            if pattern is _CANDIDATES and not _RIVAL_CONTEXT.search(sentence):
                continue
            if m.group() == "candidates" and _STILL_DECIDING.search(sentence):
                continue  # 'if you are still considering candidates, I remain interested
            hits.append(Hit(m.start(), m.end()))
    for s in draft.sentences_with(_RIVAL_KEYS):
        if any(
            draft.contains(s, keys) and pattern.search(s.low)
            for pattern, keys in _RIVAL_PATTERNS
        ):
            hits.append(Hit(s.start, s.end))
    for s in draft.sentences_with(_INTERVIEW_WORD_KEYS):
        if draft.contains(s, _INTERVIEWING_KEYS) and _OTHERS_INTERVIEWING.search(s.low):
            hits.append(Hit(s.start, s.end))
    return hits


# The process still open, in an if-clause: no rival is named or counted.
_STILL_DECIDING = re.compile(
    r"\b(?:if|whether|while|as long as) (?:you(?:'re| are)?|the (?:team|company|panel) "
    r"(?:is|are)) still (?:considering|interviewing|reviewing|meeting|looking at|speaking with)"
    r" candidates\b"
)


def _sentence_of(draft: Draft, offset: int) -> str:
    sentence = draft.sentence_at(offset)
    return sentence.low if sentence is not None else ""


def _line_start(draft: Draft, m: re.Match[str]) -> bool:
    before = draft.text[max(0, m.start() - 200) : m.start()].rstrip(" \t")
    return not before or before[-1] in "\n.!?"


# --- desperate-tone ------------------------------------------------------------------

_DESPERATE = re.compile(boundary_first(
    r"!{2,}|\?!|!\?"
    r"|\bplease,? please\b|\b(?:i'm|i am) begging\b|\bbegging you\b"
    r"|\bi beg\b(?! (?:to differ|your pardon))"
    # pleading in any wording: 'I humbly beg you', 'I am pleading with you', 'I implore you'
    r"|\bi(?:'m| am)? (?:\w+ )?(?:beg|begging|plead|pleading|implore|imploring|beseech|"
    r"beseeching)\b(?! (?:to differ|your pardon|the question))"
    r"|\b(?:pleading|imploring|beseeching) (?:with )?you\b"
    # others' livelihoods hung on the outcome: 'my whole family is depending on me'
    r"|\b(?:family|families|kids|children|parents|mother|father|mum|mom|wife|husband|siblings|"
    r"household|dependants|dependents)(?: \w+)? (?:is|are|has been|have been|will be) "
    r"(?:\w+ )?(?:depending|relying|counting|dependent) on (?:me|this|it|my|the outcome)\b"
    r"|\bi (?:really |truly |desperately |just |badly |so )*need (?:this|the|a) "
    r"(?:job|position|role|one|opportunity|work|income|chance)\b|\bi (?:really |desperately )"
    r"?need this\b|\bdesperate(?:ly)?\b"
    r"|\b(?:this|the) (?:job|role|position|opportunity) (?:means|would mean) (?:everything|"
    r"the world|so much)|\bmeans everything to me\b|\bcounting on (?:this|it|you|getting)\b"
    r"|\bout of work\b|\b(?:family|kids|children) to (?:support|feed)\b"
    r"|\b(?:my )?(?:savings|rent|lease|mortgage|bills) (?:are|is) (?:gone|due|up|overdue|"
    r"running out)|\b(?:don't|do not) know what i(?:'ll| will|'m going to| am going to) do\b"
    r"|\baccept (?:whatever|any) (?:package|salary|offer|pay|terms)\b|\bpriority basis\b"
    r"|\bi(?:'ll| will) do anything\b|\blast hope\b|\brunning out of (?:money|options|time)\b"
    r"|\b(?:i'd|i would|i will|i'll) do (?:anything|whatever it takes)\b"
    r"|\bcan't afford to (?:lose|miss|wait)\b|\bcannot afford to (?:lose|miss|wait)\b"
    r"|\bneed (?:this|it|the job|the work|the money|the income) (?:so )?(?:badly|desperately|"
    r"more than anything)|\bplease,? (?:\w+ )?(?:give me a chance|consider me|hire me|"
    r"choose me|pick me)\b|\bbehind on (?:my )?(?:rent|bills|payments)\b"
    r"|\bunemployed (?:for|since)\b|\bfinancial(?:ly)? (?:trouble|hardship|strain|difficult\w*)"
    r"|\b(?:would|will|could|'d) mean (?:everything|the world|so much) to (?:me|my|us)\b"
    r"|\b(?:tough|difficult|hard|bad|desperate|tight) (?:spot|place|situation|position) "
    r"financially\b|\bfinancially (?:struggling|strapped|desperate)\b|\bstruggling financially\b"
    r"|\bas soon as possible\b|\bday or night\b|\burgent(?:ly)?\b|\basap\b"
    r"|\b(?:call|get back to|respond to|reply to|text) me (?:back )?(?:right away|immediately|"
    r"as soon as you can)"
))


_DESPERATE_KEYS = Keys(
    "!", "please,", "please please", "pleas ", "beg", "need", "desperat", "means everything",
    "mean everything", "mean the world", "mean so much", "counting on", "out of work",
    "to support", "to feed", "savings", " rent", " lease", "mortgage", "bills", "know what",
    "accept whatever", "accept any", "priority", "do anything", "whatever it takes",
    "last hope", "running out", "soon as", "day or night", "urgent", "asap", "me back",
    "afford", "behind on", "unemployed", "financ", "get back to me", "respond to me",
    "reply to me", "text me", "please give", "please consider", "please hire", "please choose",
    "please pick", "please just", "plead", "implor", "beseech", "depend", "relying",
)


def desperate_tone(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Begging, stated need, urgency or pressure, or stacked exclamation marks."""
    known = facts.subject_text if facts else ""
    hits: list[Hit] = []
    for start, end in draft.find(_DESPERATE, _DESPERATE_KEYS):
        word = draft.low[start:end]
        if word in {"asap", "urgent"} and _names_a_thing(draft, start, end, known):
            continue  # a name or a subject: 'the ASAP tier', 'Urgent Care'
        if word == "as soon as possible" and draft.kind in OFFER_UPDATES:
            continue  # an offer must be answered by its date: that urgency is the point
        hits.append(Hit(start, end))
    return hits


_PLAIN_FOLLOWERS = frozenset(
    [
        "please", "as", "so", "and", "because", "if", "since", "thanks", "thank", "or", "i", "it",
        "would", "will", "to", "for", "me", "matter",
    ]
)


_FOLLOWING = re.compile(r"\s+([\w-]+)")


def _names_a_thing(draft: Draft, start: int, end: int, known: str) -> bool:
    """Whether 'ASAP' or 'urgent' modifies a noun ('the ASAP tier', 'Urgent Care')."""
    if draft.low[start:end] in known or draft.low[max(0, start - 4) : start] == "the ":
        return True
    following = _FOLLOWING.match(draft.text[end : end + 30])
    if not following:
        return False
    word = following.group(1)
    if draft.low[start:end] == "urgent":
        return word[0].isupper()
    return word.lower() not in _PLAIN_FOLLOWERS


# --- too-informal --------------------------------------------------------------------

_GREETING = re.compile(
    r"(?:^|\n)[ \t]*(hey|heyy+|yo|hiya|heya|howdy|sup|wassup|whassup|hey there|g'day|gday|oi)"
    r"\b(?=[\s,!.])"
)
_SLANG_PHRASE_KEYS = Keys("guys", "thanks a", "blast", "super", "cool", "kinda fire", "a sec",
                          "biggie", "hit me", "catch you", "what's up", "keen as", "heaps",
                          "yarn", "catch ya", "wahala", "dramas", " mate",
                          " bro", " dude", " fam", " off", "sucks")
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b06\u2934\u2935]"
)


# Textspeak that needs its neighbours: a digit for a word ('thx 4 the', 'talk 2 u'), 'u'
# for 'you', 'c u', 'ty so much'; and slang vocatives ('that job, man.', 'Whoa, man,').
_DIGIT_FOR_WORD = re.compile(
    r"\b([a-z']+) ([24])(?= (?:the|u|you|ur|your|me|my|all|us|him|her|them|see|c|meet|talk|"
    r"chat|hear|get|go|be|call|text|let)\b)"
)
# Words after which a digit is a number ('at 4 the latest', 'page 2 the table').
_NUMBER_CONTEXT = frozenset(
    [
        "at", "on", "by", "of", "to", "or", "and", "page", "room", "step", "from", "until", "till",
        "til", "about", "around", "under", "over", "after", "before", "between", "suite", "floor",
        "unit", "no", "number", "level", "grade", "year", "minus", "plus", "times"
    ]
)
_TEXT_PHRASE = re.compile(
    r"\bc u\b|\bcu (?:soon|later|then|tomorrow|there)\b|\bty(?= (?:so much|for|again|very)\b|"
    r" *[!.]|$)|(?<![\w.'-])u(?= (?:r|are|were|have|can|could|will|would|should|for|too|"
    r"soon|so|guys|all|don't|didn't|c\*+ts|know|get|go|see)\b| *[?.!,]|$)"
)
_VOCATIVE = re.compile(
    r"(?:^|[,.!?;]\s*|\n)(man|dude|bro|mate|buddy|pal|fam|guys)(?=\s*(?:[,.!?]|$))"
)
_TEXT_KEYS = Keys("2 ", "4 ", "c u", "cu ", "ty ", "ty!", "ty.", "ty,", " u ", " u?", " u.",
                  " u,", " u!")
_VOCATIVE_KEYS = Keys(*(f"{w}{p}" for w in ("man", "dude", "bro", "mate", "buddy", "pal",
                                            "fam", "guys") for p in ",.!?"))


def too_informal(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Slang and textspeak anywhere; emoji, emoticons or a 'Hey' greeting outside texts."""
    known = frozenset() if facts is None else facts.known_words()
    text_message = draft.kind == "text_message"  # emoji, 'hi' and 'hey' are fine in a text
    greets = not text_message and any(
        k in draft.low for k in ("hey", "hiya", "heya", "howdy", "yo", "sup", "day", "oi"))
    hits = [Hit(m.start(1), m.end(1)) for m in draft.search(_GREETING)] if greets else []
    hits += _letters_for_words(draft)
    slang_words = (SLANG | TEXTSPEAK) & draft.folded_words
    for word, start, end in draft.words if slang_words else ():
        if word in slang_words and word not in known and not _proper(draft, start):
            if word in {"k", "kk"} and not draft.text[start].islower():
                continue  # an initial: 'K. Osei'
            hits.append(Hit(start, end))
    named = facts.subject_text if facts is not None else ""
    hits += [
        Hit(start, end) for start, end in draft.find(SLANG_PHRASES, _SLANG_PHRASE_KEYS)
        if not (draft.low[start:end] in named and _proper(draft, start))
    ]
    texting = draft.sentences_with(_TEXT_KEYS)
    if draft.low.rstrip().endswith((" u", " ty")) and draft.sentences \
            and draft.sentences[-1] not in texting:
        texting.append(draft.sentences[-1])  # 'see u', 'ty' with no full stop
    for s in texting:
        hits += [Hit(s.start + m.start(2), s.start + m.end(2))
                 for m in _DIGIT_FOR_WORD.finditer(s.low) if m.group(1) not in _NUMBER_CONTEXT]
        hits += [Hit(s.start + m.start(), s.start + m.end())
                 for m in _TEXT_PHRASE.finditer(s.low)
                 if draft.text[s.start + m.start()].islower()]
    for s in draft.sentences_with(_VOCATIVE_KEYS):
        hits += [Hit(s.start + m.start(1), s.start + m.end(1))
                 for m in _VOCATIVE.finditer(s.low) if draft.text[s.start + m.start(1)].islower()]
    if text_message:
        return hits
    if not draft.text.isascii():
        hits += [Hit(m.start(), m.end()) for m in _EMOJI.finditer(draft.text)]
    if any(c in draft.text for c in ":;=<^x"):
        hits += [Hit(m.start(), m.end()) for m in EMOTICON.finditer(draft.text)]
    return hits


# A digit inside a word for a sound: 'g0t', 'h0spital', 'ac2ly', 'sme1', 'b4'.
_DIGIT_SPELLING = re.compile(r"\b(?:[a-z]+0[a-z]*|[a-z]+[1248][a-z]+|[a-z]{2,}[1]|b4|l8r|gr8)\b")


_HAS_DIGIT = re.compile(r"[a-z][0-9]|[0-9][a-z]")
# Trade shorthands that mix letters and digits: not textspeak.
_TECH_TOKENS = frozenset(["e2e", "b2b", "b2c", "c2c", "p2p", "h2o", "g2g", "m2m", "d2c",
                          "tier1", "level1", "phase1"])


def _letters_for_words(draft: Draft) -> list[Hit]:
    """Textspeak made of letters and digits: 'how r u', 'd fone', 'g0t', 'ac2ly'."""
    hits: list[Hit] = []
    letters = LETTER_WORDS & draft.folded_words
    words = draft.words if letters else []
    for i, (word, start, end) in enumerate(words):
        if word in letters and draft.text[start].islower() and i > 0 \
                and words[i - 1][0] not in LETTER_NAMES \
                and draft.text[end : end + 1] not in (")", ".", "-", "'", "/", "&"):
            hits.append(Hit(start, end))
    if _HAS_DIGIT.search(draft.low):
        hits += [Hit(m.start(), m.end()) for m in _DIGIT_SPELLING.finditer(draft.low)
                 if draft.text[m.start()].islower() and m.group() not in _TECH_TOKENS]
    return hits


def _proper(draft: Draft, start: int) -> bool:
    """Whether the word at ``start`` is capitalised mid-sentence or quoted (a name)."""
    if draft.text[start].isupper():
        before = draft.text[max(0, start - 200) : start].rstrip(" \t")
        if before and before[-1] not in "\n.!?\"'":
            return True
    return start > 0 and draft.text[start - 1] in "\"'‘“"
