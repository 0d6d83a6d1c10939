"""Shouting, insults, threats and stated need (desperate-tone, RULES.md §5).

RULES.md §5 counts shouting (words in capitals, "???!!!") and insults as desperate-tone,
beside begging and urgency. Signals, not phrases:

- shouting: a run of two or more words in capitals, or one capitalised word of the small
  closed class people stress ("SO much", "NOT", "EVER"), in a draft that is not all
  capitals by accident of a name; stacked question marks;
- insults: a lexicon of epithets and swearing (masked with asterisks too), evaluative words
  aimed at the reader ("you are rude", "horrible to work for you"), accusations of lying,
  indignation ("how dare you", "I am insulted"), and spite at a rejection ("glad I didn't
  get it");
- threats: going over the reader's head or to a lawyer;
- stated need in any grammar: "I need job", "I have to get a job", hardship disclosed.
"""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.model import Hit
from afterview.domain.checker.record import Facts
from afterview.domain.checker.text import Draft

# --- shouting -------------------------------------------------------------------------

_CAPS_WORD = re.compile(r"\b[A-Z]{2,}(?:'[A-Z]+)?\b")
# Words people put in capitals to stress them; acronyms (HR, CEO, ASAP, IT, US) are not here.
_STRESSED = frozenset(
    [
        "so", "not", "never", "ever", "dare", "really", "very", "totally", "such", "must", "any",
        "all", "no", "still", "yet", "why", "what", "how", "you", "your", "me", "my", "but", "only",
        "just", "now", "again", "please", "need", "nothing", "always", "anything", "everything",
        "extremely", "completely", "absolutely", "seriously", "honestly", "literally", "don't",
        "won't", "can't", "cannot", "didn't", "did", "do", "does", "is", "are", "was", "were",
        "will", "would", "should", "have", "has", "had", "hate", "stop", "enough", "lied"
    ]
)


def _shouting(draft: Draft, known: str) -> list[Hit]:
    text = draft.text
    if text.isupper():  # a draft typed in capitals throughout shouts as a whole
        return [Hit(*draft.first_span())] if len(text.strip()) > 12 else []
    words = [m for m in _CAPS_WORD.finditer(text)
             if m.group().lower() not in known and not _heading(text, m.start())
             and not _in_slot(text, m.start())]
    hits: list[Hit] = []
    for i, m in enumerate(words):
        word = m.group().lower()
        follows = i > 0 and text[words[i - 1].end() : m.start()].strip(" .") == ""
        if word in _STRESSED or (follows and max(len(word), len(words[i - 1].group())) >= 3):
            hits.append(Hit(words[i - 1].start() if follows else m.start(), m.end()))
    return hits


def _heading(text: str, offset: int) -> bool:
    """Whether ``offset`` is on a short line in capitals: a subject line or a signature."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return line.isupper() and len(line.split()) <= 5


_OPEN, _CLOSE = "<[{(", ">]})"


def _in_slot(text: str, offset: int) -> bool:
    """Whether ``offset`` is inside a template slot such as '<JOB TITLE>' or '[NAME]'."""
    before = text[max(0, offset - 40) : offset]
    opened = max(before.rfind(c) for c in _OPEN)
    return opened >= 0 and not any(c in before[opened:] for c in _CLOSE) and any(
        c in text[offset : offset + 40] for c in _CLOSE)


# --- insults --------------------------------------------------------------------------

# Epithets and swearing: aimed at anyone in a message to an employer, they insult.
_EPITHETS = re.compile(boundary_first(
    r"\b(?:idiot\w*|moron\w*|imbecile\w*|asshole\w*|a\*\*hole\w*|jerks?|clowns?|losers?|"
    r"douche\w*|bastards?|scum|bullshit|(?:some|this|that|the|total|such) bs|shit\w*|crap|"
    r"pissed|fuck\w*|f\*+k\w*|cunt\w*|c\*+ts?|d\*+k\w*|wank\w*|your ass|kiss my)\b"
    r"|\b(?:shove|stick) (?:it|that|this|your [\w-]+(?: [\w-]+)?)\b(?: \w+){0,4}? (?:where|up)\b"
    r"|\bwhere the sun (?:doesn't|don't|does not) shine\b"
    r"|\b[a-z]\*{1,3}[a-z]*\b|\bgo \*+ (?:yourself|yourselves)\b"
    r"|\b(?:go to hell|drop dead|screw you|damn you|to hell with|blow it out)\b"
    r"|(?:^|\b(?:you can|go|just|now) )get lost\b"
))
# Judgements of the reader, the company or the people in it.
_YOU_ARE_BAD = re.compile(boundary_first(
    r"\b(?:you|you people|you guys|your (?:company|firm|team|staff|office|hr|department|"
    r"organi[sz]ation)|recruiters)(?:'re| are| were|'ve been| have been| seem| sound| is)"
    r"(?: (?:so|very|really|just|clearly|obviously|all|such|being))?(?: an?)? "
    r"(?:rude|unprofessional|incompetent|pathetic|clueless|useless|arrogant|ridiculous|"
    r"a joke|poor at \w+|disgrace\w*|terrible|awful|horrible|the worst|lazy|careless|"
    r"hopeless|liars?|lying|dishonest|misleading|fraud\w*|cowards?|stupid|dumb|morons?|"
    r"idiots?|shameful|disgusting)\b"
    r"|\byou(?: all| people)? (?:lied|lie to|are lying|were lying|cheated|deceived|misled|"
    r"tricked|wasted my time|strung me along)\b"
    r"|\b(?:guilty of|fraudulent|deceitful|distasteful|disgusting|despicable|appalling|"
    r"shameful|disgraceful|cowardly|spineless|gutless)\b"
    # an ailment wished on the reader: 'you either suffer from ADD or PTS disorder'
    r"|\byou (?:\w+ ){0,2}?(?:suffer from|must have|clearly have|obviously have) (?:\w+ )?"
    r"(?:add|adhd|dementia|amnesia|memory loss|brain damage|a disorder|disorder|issues|problems"
    r"|a problem)\b"
    r"|\b(?:horrible|awful|terrible|miserable|a nightmare|hell) to work (?:for|with|at)\b"
    r"|\bwhat kind of (?:\w+ )?(?:morons|idiots|clowns|fools)\b"
    r"|\b(?:your|the) (?:tiny|ridiculous|joke of a) "
    r"(?:\w+ )?(?:job|role|position|company|process|interview|email|letter|form)\b"
    # contempt for whatever the employer did or said: 'the pathetic excuse', 'your stupid rule'
    r"|\b(?:your|the|this|that|such an?|such) (?:stupid|pathetic|lousy|crappy|idiotic|moronic|"
    r"laughable|pitiful) [\w-]+"
    r"|\b(?:it's|it is|that's|that is|was|is) (?:an? )?(?:absolute |complete |total |outright |"
    r"blatant |bald-faced )?lie\b"
))
# Taking offence, and indignation.
_INDIGNANT = re.compile(boundary_first(
    r"\bhow dare (?:you|they)\b|\bshame on you\b|\byou should be ashamed\b"
    r"|\bwho (?:do you think you are|cares)\b|\bare you (?:kidding|serious|joking)\b"
    r"|\b(?:we're|we are|i'm|i am) not (?:fools|stupid|idiots|dumb|an idiot|a fool|naive|"
    r"that naive|born yesterday)\b"
    r"|\b(?:i am|i'm|i feel|i felt|i was) (?:so |very |deeply |truly |quite |frankly )?"
    r"(?:insulted|offended|appalled|disgusted|outraged)\b"
))
# Spite at a rejection: 'I am happy I was not offered the position', 'glad I didn't get it'.
_SPITE = re.compile(
    r"\b(?:happy|glad|relieved|thankful|grateful|lucky)\b(?: [\w']+){0,3}? (?:that )?"
    r"(?:i|it) (?:was not|wasn't|did not|didn't|am not|won't|will not|never)"
    r"(?: [\w']+){0,2}? (?:offered|hired|get|got|selected|chosen|work out|worked out)\b"
    r"(?! (?:lost|stuck|sick|hurt|wet|to |the chance|a chance|in the way))"
)
# Pressure through the reader's superiors or a lawyer.
_THREAT = re.compile(boundary_first(
    r"\b(?:i will|i'll|i am going to|i'm going to|i intend to)(?: be sure to| certainly)? "
    r"(?:mention|report|tell|complain|escalate|share|post|write|forward)\b(?: [\w']+){0,8}? "
    r"(?:to |with |on )?(?:my friend|a friend|your (?:ceo|cfo|boss|manager|director|president|"
    r"owner|board|superiors?|supervisor)|the (?:ceo|cfo|owner|board|president|press)|"
    r"glassdoor|the press)"
    r"|\bmy (?:dad|father|mom|mum|mother|uncle|aunt|brother|sister|friend|wife|husband|cousin)"
    r"\b(?: \w+){0,2}? (?:is|works as) (?:a |an )?(?:[\w-]+ ){0,4}?(?:lawyer|attorney|"
    r"solicitor)\b"
    r"|\b(?:legal action|sue you|take you to court|my lawyer|my attorney|my solicitor)\b"
    # an ultimatum's other half: 'as I can't wait forever', 'or I will accept the other offer'
    r"|\b(?:can't|cannot|can not|won't|will not|am not going to) (?:keep )?wait(?:ing)? "
    r"(?:forever|much longer|any longer|indefinitely|around)\b"
    r"|\b(?:or|otherwise|else) (?:i(?:'ll| will| am going to|'m going to| shall| have to|'d)|"
    r"i'll have to) (?:\w+ ){0,2}?(?:accept|take|go with|move on|withdraw|look elsewhere|"
    r"walk away|sign with)\b"
))

# --- stated need ----------------------------------------------------------------------

_NEED = re.compile(boundary_first(
    r"\bi (?:(?:really|truly|desperately|just|badly|so|seriously|urgently|still),? )*"
    r"(?:need|must (?:get|have|find)|have to (?:get|find)|gotta get) (?:a |this |the |some |"
    r"any )?(?:job|position|role|income|paycheck|pay ?check|"
    r"(?:work|money)(?=\s*(?:[.,;!?]|$|and\b|so\b|to\b|badly|now|right)))"
    r"|\bi (?:lose|lost|am losing|'m losing|will lose|could lose|might lose) (?:my )?(?:house|"
    r"home|apartment|flat|car)\b"
    r"|\b(?:i'm|i am) (?:so |very |now |currently )?(?:poor(?! at| in)|"
    r"broke(?! (?:the|it|down))|homeless|depressed|destitute|penniless)\b"
    r"|\b(?:student loan|medical|credit card) debt\b"
    r"|\b(?:don't|do not) have (?:any )?health insurance\b"
))
# 'Hire me.' as a sentence of its own; and a scolding 'Stop underestimating our intelligence.'
_HIRE_ME = re.compile(r"^(?:(?:so|just|please|now|then|go ahead and),? )*(?:(?:hire|pick|choose|"
                      r"employ) me\b|stop (?!by\b)[a-z]+ing\b)")

_EPITHET_KEYS = Keys("idiot", "moron", "imbecile", "asshole", "*", "jerk", "clown", "loser",
                     "shove", "stick", "sun",
                     "douche", "bastard", "scum", "bull", " bs", "shit", "crap", "piss", "fuck",
                     "cunt", "wank", "your ass", "my ass", "kiss my", "go to hell", "get lost",
                     "drop dead", "screw you", "damn you", "to hell", "blow it")
_BAD_KEYS = Keys("rude", "unprofessional", "incompetent", "pathetic", "clueless", "useless",
                 "arrogant", "ridiculous", "joke", "poor at", "disgrace", "terrible", "awful",
                 "horrible", "worst", "lazy", "careless", "hopeless", "liar", "lying",
                 "dishonest", "mislead", "fraud", "coward", "stupid", "dumb", "moron", "idiot",
                 "shame", "disgust", "lied", "lie to", "cheated", "deceiv", "misled", "tricked",
                 "wasted my time", "strung me", "guilty", "deceit", "distaste", "despicable",
                 "appalling", "nightmare", "hell to", "what kind of", "tiny", "lousy", "crappy",
                 "silly", "coward", "spineless", "gutless", "suffer from", "must have",
                 "idiotic", "moronic", "laughable", "pitiful", "lie",
                 "clearly have", "obviously have")
_INDIGNANT_KEYS = Keys("dare", "shame", "ashamed", "who ", "kidding", "serious", "joking",
                       "not fools", "not stupid", "not idiots", "not dumb", "not an idiot",
                       "not a fool", "not naive", "not that naive", "born yesterday",
                       "insulted", "offended", "appalled", "disgusted", "outraged")
_SPITE_KEYS = Keys("happy", "glad", "relieved", "thankful", "grateful", "lucky")
_THREAT_KEYS = Keys("mention", "report", "tell", "complain", "escalate", "share", "post",
                    "write", "forward", "lawyer", "attorney", "solicitor", "legal", "sue ",
                    "court", "wait", "or i", "otherwise", "else")
_NEED_KEYS = Keys("need", "must", "have to", "gotta", "lose", "lost", "losing", "poor",
                  "broke", "homeless", "depressed", "destitute", "penniless", "debt",
                  "insurance")
_HIRE_KEYS = Keys("hire me", "pick me", "choose me", "employ me", "stop ")
_PATTERNS = (
    (_EPITHETS, _EPITHET_KEYS), (_YOU_ARE_BAD, _BAD_KEYS), (_INDIGNANT, _INDIGNANT_KEYS),
    (_SPITE, _SPITE_KEYS), (_THREAT, _THREAT_KEYS), (_NEED, _NEED_KEYS),
)


def hostile_or_needy(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Shouting, insults, indignation, spite, threats and stated need."""
    known = facts.subject_text if facts is not None else ""
    hits = _shouting(draft, known) if any(c.isupper() for c in draft.text[1:]) else []
    if "??" in draft.low:
        hits += [Hit(m.start(), m.end()) for m in re.finditer(r"\?{2,}", draft.low)]
    for pattern, keys in _PATTERNS:
        hits += [Hit(*span) for span in draft.find(pattern, keys)]
    for s in draft.sentences_with(_HIRE_KEYS):
        if _HIRE_ME.search(s.low):
            hits.append(Hit(s.start, s.end))
    return hits
