"""Detectors for the courtesies a follow-up carries: thanks, interest, a status question."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.model import Hit
from afterview.domain.checker.record import Facts
from afterview.domain.checker.text import Draft, Sentence
from afterview.domain.checker.vocab import ROLE_NOUNS
from afterview.domain.checker.wording import akin, pieces

# --- no-gratitude --------------------------------------------------------------------

_THANKS = re.compile(
    r"\b(?:thank(?:s|ful)?|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive))\b"
)
# Not thanks: 'thanks to X' (because of X) and requests ('I'd appreciate an update').
_NOT_THANKS = re.compile(
    r"\bthanks to\b|(?:\bwould|'d|\bwill)\s+(?:\w+\s+)?(?:appreciate|be\s+(?:\w+\s+)?"
    r"(?:grateful|appreciated|thankful))|\bbe (?:\w+ )?appreciated\b"
)


_NOT_THANKS_KEYS = Keys("thanks to", "would", "'d", "will", "be ")


def no_gratitude(draft: Draft, facts: Facts | None) -> list[Hit]:
    """No thanks or appreciation addressed to the reader."""
    if not any(k in draft.low for k in ("thank", "thx", "grat", "appreciat")):
        return [Hit(*draft.last_span())]
    names = _name_spans(draft, facts)
    for match in draft.search(_THANKS):
        if any(s <= match.start() < e for s, e in names) or _in_a_name(draft, match, facts):
            continue  # 'Thanks A Latte Coffee House': part of a name, not thanks
        # A blocking phrase and the thanks it contains lie in the same sentence.
        sentence = draft.sentence_at(match.start())
        blocked = _blocked(draft, sentence) if sentence is not None else []
        if not any(s <= match.start() and match.end() <= e for s, e in blocked):
            return []
    return [Hit(*draft.last_span())]


def _name_spans(draft: Draft, facts: Facts | None) -> list[tuple[int, int]]:
    """Where the record's company is named in the draft."""
    company = facts.company.lower() if facts is not None else ""
    if not company or not _THANKS.search(company):
        return []
    spans: list[tuple[int, int]] = []
    at = draft.low.find(company)
    while at != -1:
        spans.append((at, at + len(company)))
        at = draft.low.find(company, at + 1)
    return spans


_NEXT_WORD = re.compile(r"[ \t]+([A-ZÀ-Þ][\w'’&-]*)")


_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _in_a_name(draft: Draft, match: re.Match[str], facts: Facts | None) -> bool:
    """Whether a capitalised 'Thanks' mid-sentence starts a multi-word name.

    'at Thanks A Latte Coffee House' is a name; 'Many Thanks Omar', 'Again, Thanks' and a
    'Thanks' that opens a line are ordinary thanks.
    """
    start = match.start()
    if not draft.text[start].isupper():
        return False
    previous = _PREVIOUS_WORD.search(draft.text[max(0, start - 30) : start])
    if previous is None or not previous.group(1)[0].islower():
        return False  # after punctuation, at a line start or after 'Many': ordinary thanks
    following = _NEXT_WORD.match(draft.text, match.end())
    if following is None:
        return False
    word = following.group(1).lower()
    people = facts.interviewer_names if facts is not None else frozenset()
    return word not in ("again", "so", "you", "for") and word not in people


def _blocked(draft: Draft, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of 'thanks to' and of conditional requests in ``sentence``."""
    if not draft.contains(sentence, _NOT_THANKS_KEYS):
        return []
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _NOT_THANKS.finditer(sentence.low)
    ]


# --- no-interest ---------------------------------------------------------------------

_INTEREST = re.compile(
    r"\b(?:i|i'm|im|i've|i am|remain|remains|still|even|more|very|really|truly|so|genuinely|"
    r"definitely|definately|super|most|particularly|be|feel|felt|am|all the|much|keenly|"
    r"extremely|quite|deeply|incredibly|especially|always|pretty|real|totally|mega|hella|"
    r"proper|well|beyond)\s+"
    r"(?:(?:very|much|so|more|really|still|even|quite|truly|super|pretty|real|totally|mega|"
    r"hella|[a-z]+ly)\s+)*"
    r"(?P<adj>interested|intrested|intersted|interseted|keen|keener|excited|enthusiastic|eager|"
    r"thrilled|passionate|motivated|hyped|stoked|pumped|psyched|delighted|into)\b"
    r"|\b(?:my|strong|continued|genuine|keen|great|real|sincere)\s+(?:\w+\s+)?"
    r"(?P<noun>interest|enthusiasm|excitement)\s+(?:in|for|about)\b"
    r"|(?P<verb>(?:would|'d)\s+(?:really\s+|still\s+|truly\s+|certainly\s+)?(?:love|like|"
    r"welcome|be (?:\w+ )?(?:glad|happy|thrilled|honou?red|delighted|excited|pleased|eager|proud))"
    r"|hope|hoping|want|wanting|wanna|wish|wishing|wished|longing|aspire|aspiring|eager|keen|"
    r"dying|itching|look(?:ing)? forward|can't wait|cannot wait|excited|thrilled|stoked|"
    r"pumped|psyched|hyped|delighted|enthusiastic)"
    r"(?:\s+(?:very\s+|so\s+)?much)?"  # "I'd like very much to join"
    r"\s+(?:to\s+|about\s+|at\s+|for\s+)?"
    r"(?:the (?:chance|opportunity|possibility|prospect) (?:to|of)\s+)?"
    r"(?P<what>join|joining|work|working|be part|being part|be a part|contribute|contributing|"
    r"bring|bringing|help|helping|be considered|start|starting|come aboard|support|"
    r"supporting|teach|serve|build|the (?:chance|opportunity|possibility)|"
    r"(?:jump|hop|come|get|be|climb) on ?board)\b"
    r"|(?P<choice>\b(?:top|first|number one) choice\b|\bexactly what i(?:'m| am|'ve been| have "
    r"been) looking for\b|\bcount me in\b|\bmy interest (?:\w+ ){0,3}(?:grown|grew|strong|"
    r"stronger|increased)\b)"
)
_HEARING = re.compile(
    r"\s*(?:to\s+|in\s+|about\s+|on\s+)?(?:hear|hearing|learn|learning|know|knowing|see|"
    r"seeing|find out|finding out|receive|receiving|get|getting|the next|next steps|your "
    r"decision|an update|any update|updates|news|what you|how)\b"
)
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s*(?:but|so|and i|as|because)\b|\bbut\b")
_ROLE_WORDS = ROLE_NOUNS | frozenset(
    [
        "team", "company", "join", "joining", "joined", "work", "working", "be", "being", "part",
        "contribute", "contributing", "bring", "bringing", "help", "helping", "chance",
        "possibility", "prospect", "offer", "this", "it", "here", "crew", "staff", "firm",
        "practice", "clinic", "school", "hospital", "organisation", "organization", "department",
    ]
)


def _about_the_role(rest: str, facts: Facts | None) -> bool:
    """Whether what follows an interest word is about the role (or says nothing else)."""
    if _HEARING.match(rest):
        return False
    words = [w for w in pieces(rest) if w not in {"the", "a", "an", "in", "about", "to", "on"}]
    if not words:
        return True
    targets, long_targets = _targets(facts)
    return any(w in targets or any(akin(w, t) for t in long_targets) for w in words)


@lru_cache(maxsize=256)
def _targets(facts: Facts | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that place an interest on the role, and those long enough to match loosely."""
    targets = set(_ROLE_WORDS)
    if facts is not None:
        targets |= facts.company_words | set(pieces(facts.position))
    return frozenset(targets), tuple(t for t in targets if len(t) > 3)


def no_interest(draft: Draft, facts: Facts | None) -> list[Hit]:
    """The draft never says the candidate still wants the role."""
    for sentence in draft.sentences_with(_INTEREST_KEYS):
        for match in _INTEREST.finditer(sentence.low):
            if _shows_interest(draft, sentence.start + match.end(), match, facts):
                return []
    return [Hit(*draft.first_span())]


_INTEREST_KEYS = Keys(
    "interest", "intrest", "intersted", "keen", "excit", "enthusias", "eager", "thrill",
    "passion", "motivat", "hyped", "stoked", "pumped", "psyched", "delight", "into", "love",
    "like", "welcome", "glad", "happy", "honou", "pleased", "proud", "hope", "hoping", "want",
    "wish", "forward", "can't wait", "cannot wait", "choice", "looking for", "count me in",
    "wanna", "dying", "itching", "longing", "aspir",
)


def _shows_interest(draft: Draft, end: int, match: re.Match[str], facts: Facts | None) -> bool:
    """Whether one match of the interest pattern says the candidate wants the role."""
    if match.group("choice"):
        return True
    if match.group("what"):
        return not (
            match.group("what").startswith("the ")
            and _HEARING.match(draft.low[end : end + 30])
        )
    rest = _CLAUSE_END.split(draft.low[end : end + 120], maxsplit=1)[0]
    return _about_the_role(rest, facts)


# --- no-status-question ---------------------------------------------------------------

_STATUS = re.compile(
    r"\b(?:update|updates|news|timeline|timelines|timing|time ?frame|time-frame|next steps?|"
    r"status|progress|where (?:things|you|we|it|everything|matters|the \w+(?: process)?) "
    r"(?:stand|stands|are|is)|where i stand|decisions?|decide[ds]?|deciding|hear back|word on|"
    # when the employer acts, whatever the noun (or its spelling): 'when you might be making
    # a decision', 'an estimate of when offers will go out', 'when they plan to fill the post'
    r"estimated?|when (?:you|they|the \w+|we|a \w+|offers|decisions) (?:[\w']+ ){0,3}?"
    r"(?:making|make|made|decid\w*|choos\w*|chose|select\w*|fill\w*|finali[sz]\w*|reach\w*|"
    r"announc\w*|wrap\w* up|conclud\w*|go(?:ing)? out|sent out|known|expect\w*)|"
    r"any word|how (?:things|the process|it) (?:is|are) (?:going|progressing|moving)|"
    r"(?:hiring|interview|selection|recruitment|recruiting) process|when you expect|"
    r"the process|what comes next|what's next|what happens next|anything (?:new|more)|"
    r"something new|(?:expect|hope) to hear|when (?:i|we) (?:might|may|can|could|should|will) "
    r"(?:expect to )?hear|keep me (?:posted|updated|informed|in the loop)|"
    r"how (?:is|are) (?:the|your|"
    r"things) (?:\w+ )?(?:going|progressing|coming along|moving)|"
    r"how (?:the|my|your) (?:\w+ ){1,2}(?:is|are) (?:\w+ )?(?:going|progressing|moving|"
    r"coming along)|"
    r"developments?|movement|next (?:stage|round|phase|step)s?|"
    r"(?:where|how far along) (?:my|the) (?:application|candidacy|file) (?:is|stands))\b"
)
_ASKING = re.compile(boundary_first(
    r"\?|\blet me know\b|\bshare\b|\btell me\b|\bupdate me\b|\bfill me in\b|\bask\b|"
    r"\basking\b|\bcheck\b|\bchecking\b|\bsee if\b|\bsee whether\b|\bsee where\b|"
    r"\bwonder(?:ing)?\b|\bcurious\b|\bwelcome\b|(?:would|'d) (?:\w+ )?appreciate|"
    r"\bappreciate (?:any|an|hearing|knowing|it if)\b|(?:would|'d) be (?:\w+ )?grateful|"
    r"\b(?:glad|happy|love|like|keen) to (?:hear|know|learn)\b|\binquir|\benquir|"
    r"\bany (?:update|news|word)\b|\bknow (?:if|whether|when|where|how)\b|"
    r"\bkeep me (?:posted|updated|informed)\b|\bpass along\b|\bhappy to hear\b|"
    # requests without a question: 'I wanted to kindly know', 'kindly update me', 'may I know'
    r"\b(?:want|wanted|wish|wished|like|hoping|hoped|request|requesting|writing|write|"
    r"calling|call|reaching out|may i|could i|can i) (?:\w+ ){0,2}?(?:to )?(?:\w+ )?(?:know|"
    r"learn|find out|enquire|inquire|understand|ask|check|confirm|hear)\b|"
    r"\b(?:kindly|please) (?:\w+ )?(?:let|update|inform|advise|share|tell|intimate|apprise|"
    r"revert|confirm|keep)\b|"
    # asking to be contacted about it: 'please call me back about next steps'
    r"\b(?:kindly|please|do|feel free to|could you|can you|would you) (?:\w+ )?(?:call|ring|phone|"
    r"email|e-mail|text|message|contact|reach|get back|write|drop me|give me a)\b|"
    r"\b(?:call|ring|phone|email|e-mail|text|get back to) me (?:back )?(?:about|on|regarding|"
    r"with|re)\b"
))


def asks_for_status(draft: Draft) -> bool:
    """Whether any sentence asks for, or invites, an update, timeline or next steps."""
    return any(_STATUS.search(s.low) and _ASKING.search(s.low) for s in draft.sentences)


def no_status_question(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Never asks about the status or next steps ('I look forward to hearing' is not asking)."""
    return [] if asks_for_status(draft) else [Hit(*draft.last_span())]
