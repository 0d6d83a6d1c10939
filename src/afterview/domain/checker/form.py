"""Detectors for form: length, template slots left unfilled, and the wrong name."""

from __future__ import annotations

import re

from afterview.domain.checker.keys import Keys
from afterview.domain.checker.model import CALL_LIKE, EMAILS, SPOKEN, Hit
from afterview.domain.checker.record import COMPANY_FILLER, Facts, same_name
from afterview.domain.checker.text import Draft, fold, words_of
from afterview.domain.checker.vocab import STOP
from afterview.domain.checker.wording import akin
from afterview.domain.policy import Policy

# --- too-long ------------------------------------------------------------------------

_COUNTED_WORD = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]")


def word_limit(kind: str, policy: Policy) -> int | None:
    """The most words a draft of ``kind`` may have, or ``None`` for texts (characters)."""
    if kind in EMAILS:
        return policy.email_max_words
    seconds = policy.call_max_seconds if kind in CALL_LIKE else policy.voicemail_max_seconds
    return seconds * policy.words_per_minute // 60 if kind in SPOKEN else None


def too_long(draft: Draft, facts: Facts | None, policy: Policy) -> list[Hit]:
    """Over the policy's length: words for emails and scripts, characters for texts."""
    limit = word_limit(draft.kind, policy)
    text = draft.text
    if limit is None:
        stripped = text.rstrip()
        if len(stripped.strip()) <= policy.text_max_chars:
            return []
        start = len(text) - len(text.lstrip()) + policy.text_max_chars
        return [Hit(start, len(stripped), f"Cut it to {policy.text_max_chars} characters.")]
    if len(text.split()) <= limit:
        return []  # every counted word is a whitespace token, so this is a safe shortcut
    count = 0
    for match in _COUNTED_WORD.finditer(text):
        if _HAS_ALNUM.search(match.group()):
            count += 1
            if count == limit + 1:
                return [Hit(match.start(), len(text.rstrip()), f"Cut it to {limit} words.")]
    return []


# --- placeholder-left ----------------------------------------------------------------

_SLOT = re.compile(
    r"\[[^\[\]\n]{0,40}[^\W\d_][^\[\]\n]{0,40}\](?!\()"
    r"|\{\{[^{}\n]{0,40}\}\}|\{%[^\n]{0,40}?%\}|(?<!\{)\{[A-Za-z_][\w .-]{0,30}\}(?!\})"
    r"|<[A-Za-z][\w .'-]{0,30}>|_{3,}|\bX{3,}\b|\bXX/XX\b"
    r"|\((?i:your|company|interviewer|hiring manager|position|job title|insert|name|date|day)"
    r"[^()\n]{0,30}\)"
)
_SUBJECT_NOUNS = frozenset(
    [
        "bug", "variable", "tag", "template", "syntax", "placeholder", "field", "macro", "token",
        "error", "issue", "key", "filter", "helper", "expression", "element", "component",
        "merge", "glitch", "typo", "string", "parameter", "snippet", "markup", "substitution",
    ]
)
_QUOTE_MARKS = "\"'‘’“”`"
_HTML = frozenset([
    "br", "p", "b", "i", "u", "a", "em", "strong", "div", "span", "ul", "ol", "li", "hr",
])
_NOT_SLOTS = frozenset({"sic", "x", " ", "", "…", "...", "edited"})


def placeholder_left(draft: Draft, facts: Facts | None) -> list[Hit]:
    """An unfilled template slot: '[Your Name]', '{{ name }}', '<Company>', '____'."""
    return [
        Hit(start, end, f"Fill in or remove {draft.text[start:end]}.")
        for start, end in unfilled_slots(draft, facts)
    ]


def unfilled_slots(draft: Draft, facts: Facts | None) -> list[tuple[int, int]]:
    """Spans of the template slots left unfilled (not template syntax quoted as a subject).

    Syntax is a subject, not a slot, when the record mentions it, when it is quoted or in
    backticks ('the "{{ payer_name }}" merge field'), or when a word such as 'bug', 'tag'
    or 'field' names it in the words around it ('the {{ name }} mail merge bug').
    """
    known = facts.subject_text if facts else ""
    spans: list[tuple[int, int]] = []
    text = draft.text
    if not any(c in text for c in "[{<_X("):
        return spans
    for m in _SLOT.finditer(text):
        slot = m.group()
        inner = slot.strip("[]{}<>()%").strip().lower()
        if inner in _NOT_SLOTS or (slot.startswith("<") and inner in _HTML):
            continue
        if slot.lower() in known:
            continue  # the record itself talks about this template syntax
        opened = text[max(0, m.start() - 1) : m.start()]
        closed = text[m.end() : m.end() + 1]
        if opened == "`" or (opened and closed and opened in _QUOTE_MARKS
                             and closed in _QUOTE_MARKS):
            continue  # quoted: the syntax is what the sentence is about
        if _named_before(text, m.start()) or _named_after(text, m.end()):
            continue
        spans.append(m.span())
    return spans


_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]|\b(?:and|but|or|so|because)\b", re.IGNORECASE)


def _named_before(text: str, start: int) -> bool:
    """Whether the clause before a slot names it as syntax, a few words back.

    'the {{ x }} bug' and 'the bug you showed me where {{ x }} was empty' both talk about
    the syntax; a clause break ('the bug backlog, and {{ company }}') ends the look-back.
    """
    before = text[max(0, start - 60) : start]
    last = words_of(before[-20:])
    if last and last[-1] in _SUBJECT_NOUNS:
        return True  # 'the bug: {{ x }}'
    clause = _CLAUSE_BREAK.split(before)[-1]
    return any(word in _SUBJECT_NOUNS for word in words_of(clause)[-6:])


def _named_after(text: str, end: int) -> bool:
    """Whether the noun phrase after a slot names it as syntax ('{{ x }} merge field')."""
    for word in words_of(text[end : end + 40].split("\n", 1)[0])[:3]:
        if word in _SUBJECT_NOUNS:
            return True
        if word in STOP:
            return False
    return False


# --- wrong-name ----------------------------------------------------------------------

_NAME = r"[A-ZÀ-Þ][\w'’-]+"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Chef|Coach|Officer|Pastor|Rev)\.?"
# Lowercase particles of a surname ('Mr van Wyk', 'Ms de la Cruz'): the name is what follows.
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ten", "ter",
     "bin", "binti", "al", "el", "dos", "das", "do", "af", "zu"]
)
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:{_PARTICLE}\s+){{0,2}}({_NAME})")
# The greeting line: greeting words, then one or more people ('Priyanka and Owen',
# 'Ms. Shah & Mr. Mercer'), each a few titles and capitalised words.
# A subject line and the blank lines after it come before the greeting, not in it.
_SUBJECT_LINE = re.compile(r"\s*(?i:subject|re):[^\n]*\n\s*")
_HEAD_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|[,!:;?&()\n\[\]{}<>\d]")
# Words that greet or address someone without naming them: greetings, honorifics and
# titles in several Englishes, and the generic addressees ('Hiring Team', 'Sir/Madam').
GREETING_WORDS = frozenset(
    [
        "dear", "dearest", "hi", "hello", "hey", "heya", "hiya", "hii", "yo", "greetings", "good",
        "morning", "afternoon", "evening", "day", "g'day", "gday", "howdy", "respected",
        "esteemed", "honourable", "honorable", "namaste", "salaam", "salam", "assalamu", "alaikum",
        "bonjour", "hola", "ciao", "aloha", "kia", "ora", "shalom", "hallo", "ahoy", "sup",
        "wassup", "whassup", "hey-o", "hullo", "hai", "halo", "heyy", "heyyy", "hiii", "top",
        "season's", "compliments", "happy", "new", "year", "warm",
    ]
)
TITLE_WORDS = frozenset(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "sirs", "madam",
        "madame", "mam", "ma'am", "maam", "ma", "mister", "missus", "dame", "lord", "lady", "chef",
        "coach", "officer", "pastor", "rev", "reverend", "father", "sister", "brother", "aunty",
        "auntie", "uncle", "oga", "madam/sir", "sir/madam", "sir/ma'am", "captain", "capt",
        "sergeant", "sgt", "councillor", "councilor", "judge", "hon",
        # regional forms of address: 'Rajesh ji', 'Engr. Bello', 'Señora Ruiz', 'Herr Vogel'
        "ji", "sahib", "saheb", "saab", "sahab", "bhai", "engr", "engineer", "barrister",
        "alhaji", "alhaja", "elder", "deacon", "imam", "sheikh", "ustaz", "senor", "senora",
        "sra", "srta", "herr", "frau", "monsieur", "mme", "mlle", "principal", "director",
        "chair", "chairperson", "supervisor", "coordinator", "lead", "head", "admissions",
        "nurse", "matron",
        # professional titles: 'Ar. Lim' (architect), 'Atty. Cruz', 'Ing. Rossi', 'Supt. Hale'
        "ar", "arch", "archt", "atty", "attorney", "dra", "dott", "ing", "arq", "lic", "supt",
        "insp", "inspector", "gov", "governor", "lt", "col", "maj", "cdr",
    ]
)
_ADDRESSEES = frozenset(
    [
        "hiring", "manager", "managers", "team", "teams", "all", "there", "everyone", "everybody",
        "recruiting", "recruitment", "recruiter", "recruiters", "committee", "folks", "panel",
        "panelists", "friends", "colleagues", "hr", "talent", "acquisition", "again", "subject",
        "selection", "search", "interview", "interviewers", "board", "members", "member", "staff",
        "crew", "department", "office", "people", "human", "resources", "concern", "whom", "it",
        "may", "to", "both", "you", "guys", "y'all", "ladies", "gentlemen", "mate", "mates",
        "boss", "chief", "the", "of", "and", "at",
    ]
)
NOT_A_NAME = GREETING_WORDS | TITLE_WORDS | _ADDRESSEES
_THANKS_VOCATIVE = re.compile(
    rf"(?im)^(?:thanks|thank you|okay|ok|great|cheers|bye)\b[^.!?\n]{{0,60}},\s+"
    rf"(?:{_TITLE}\s+)?({_NAME})(?=[,.!?]|\s+and\b)"
)
_AT_COMPANY = re.compile(
    rf"\b(?i:join|joining|joined|be part of|being part of|part of the team at|the team at|"
    rf"(?:role|position|job|opportunity|career|future|interview|interviewing|start|starting|"
    rf"time|here|visit|everyone) at)\s+(?:the (?i:team) at\s+)?(?:(?i:the)\s+)?"
    rf"({_NAME}(?:[ \t]+&?[ \t]*{_NAME})*)"
)
# Words that end a company's name ('the Harbourside Hotel Group', 'the Kestrel Partners'):
# after 'at the', a capitalised run without one is more often a place ('at the Leeds office').
_DESIGNATORS = COMPANY_FILLER | frozenset(
    [
        "corp", "plc", "pty", "limited", "llc", "consulting", "consultants", "architects",
        "bank", "trust", "foundation", "agency", "studio", "studios", "labs", "ventures",
        "capital", "enterprises", "industries", "network", "institute", "collective", "hotels",
        "resorts", "health", "healthcare", "media", "games", "technologies", "tech", "foods",
        "logistics", "mining", "engineering", "construction", "pharma", "pharmaceuticals",
    ]
) - frozenset(["the", "and", "of", "&"])
_WORDY_NAME = r"[A-ZÀ-Þ][a-zà-ÿ][\w'’-]+"
_CAP_RUN = rf"{_WORDY_NAME}(?:[ \t]+&?[ \t]*{_WORDY_NAME}){{0,3}}"
_HOPED_COMPANY = re.compile(
    rf"\b(?i:at|join|joining)\s+({_CAP_RUN})"
    rf"|\b(?i:the)\s+({_CAP_RUN})\s+(?i:crew|team|family|group|staff|folks|community)\b"
    rf"|\b(?i:at|join|joining)\s+(?i:the)\s+({_CAP_RUN})"
)
_HOPE = re.compile(
    r"\b(?:love to|'d love|would love|hope|hoping|excited|eager|keen|look(?:ing)? forward|"
    r"chance to|opportunity to|join|joining|part of|be on|can't wait|thrilled|want to|glad to|"
    r"would be|'d be|future)\b"
)
_OWN_CONTEXT = re.compile(
    r"\b(?:learned|learnt|worked|did|built|led|managed|ran|used|was|were|spent|previously|"
    r"before|past|former|last|current|currently|my|our|studied|trained|graduated|"
    r"volunteer\w*|intern\w*|i'm at|i am at)\b"
)
_OWN_SIDE = re.compile(r"\b(?:my|our) (?:current|last|previous|former|old|own)\b|\bclients?\b|"
                       r"\bcustomers?\b|\bpartners?\b|\bcurrently\b")
# Just before a company: the candidate's own side ('from my time at', 'I worked at').
_OWN_BEFORE = re.compile(
    r"\b(?:from|during|in|over|since) my (?:\w+ ){0,2}(?:time|years?|months|days|stint|spell)"
    r" (?:at|with) $|\bi(?:'ve| have| had)? (?:\w+ )?(?:work|worked|working|interned|volunteered|"
    r"trained|studied|served|started|was|am|'m) (?:\w+ ){0,2}(?:at|with|for) $"
    r"|\b(?:back|while|when i was) at $|\bwhere i (?:work|worked|am|was) $"
)
# Words that may follow the company's own words without naming another company.
_ORG_WORDS = COMPANY_FILLER | frozenset(
    [
        "team", "teams", "crew", "family", "staff", "department", "store", "branch", "office",
        "clinic", "hospital", "school", "site", "plant", "warehouse", "kitchen", "lab", "labs",
        "campus", "hq", "headquarters", "location", "locations",
    ]
)
# Words that open a first line without addressing anyone ('Thanks, Omar' starts with one).
_OPENERS = frozenset(
    [
        "thanks", "thank", "cheers", "hope", "hopefully", "just", "quick", "sorry", "okay", "ok",
        "great", "so", "well", "yes", "no", "firstly", "again", "also", "apologies",
        "congratulations", "welcome", "please", "kindly", "regards", "best", "today", "yesterday",
        "however", "anyway", "following", "further", "fyi", "update", "reminder", "note", "ps",
        "i", "it", "this", "my", "warm", "warmest", "kind",
    ]
)
_NOT_NAMES = NOT_A_NAME | _OPENERS


def _greeting_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names a draft's greeting line addresses ('Hi Priyanka and Oliver,').

    Greeting words, titles and honorifics ('G'day', 'Respected Madam', 'Mrs.', 'ma') are
    read past, not taken for names. Without a greeting word or a title, the words count
    as an address only when punctuation closes them ('Omar,'), so an opening sentence
    ('Liam Kowalski here') is not mistaken for one.
    """
    subject = _SUBJECT_LINE.match(text)
    offset = subject.end() if subject else 0
    head = text[offset : offset + 160]
    greeted = titled = False
    names: list[tuple[int, int]] = []
    closed = False
    for m in _HEAD_TOKEN.finditer(head):
        piece = m.group()
        word = fold(piece.rstrip("."))
        if not names and word in GREETING_WORDS:
            greeted = True
            continue
        if word in TITLE_WORDS or word in _ADDRESSEES:
            titled = titled or word in TITLE_WORDS
            if piece.endswith(".") and word not in TITLE_WORDS:
                closed = True
                break
            continue
        if piece in ("&",) or word in ("and", "or") or (len(word) == 1 and piece[0].isupper()):
            continue  # joiners and initials ('Mr. O. Haddad')
        if piece.islower() and word in _PARTICLES and (greeted or titled):
            continue  # a surname's particle ('Dear Mr van Wyk')
        if piece[0].isupper() and word not in _OPENERS:
            end = m.end() - (1 if piece.endswith(".") else 0)
            names.append((offset + m.start(), offset + end))
            if piece.endswith(".") or len(names) > 6:
                closed = piece.endswith(".")
                break
            continue
        closed = piece in ",!:;?\n"
        if piece in "[{<":
            return []  # a template slot: placeholder-left, not a name
        break
    else:
        closed = True  # the draft ends here
    if not names or not (greeted or titled or closed):
        return []
    return names


_HOPE_KEYS = Keys("love", "hope", "hoping", "excit", "eager", "keen", "forward", "chance",
              "opportunit", "join", "part of", "be on", "wait", "thrill", "want", "glad",
              "would be", "'d be", "future")
_COMPANY_SLOT_KEYS = Keys(" at ", "join", " crew", " team", " family", " group", " staff",
                      " folks", " community")
_CALENDAR = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "i",
    ]
)


def wrong_name(draft: Draft, facts: Facts | None) -> list[Hit]:
    """Addresses or credits the interview to a person or company not on the record."""
    if facts is None:
        return []
    hits: list[Hit] = []
    people = facts.interviewer_names
    if people:
        spots: list[tuple[int, int]] = _greeting_names(draft.text)
        if any(t in draft.low for t in ("mr", "ms", "dr", "prof", "miss", "mx")):
            spots += [m.span(1) for m in _TITLED.finditer(draft.text)]
        spots += [
            m.span(1) for m in _THANKS_VOCATIVE.finditer(draft.text)
            if draft.text[m.start(1)].isupper()
        ]
        for start, end in spots:
            name = fold(draft.text[start:end]).removesuffix("'s")
            if name in _NOT_NAMES or name in STOP or name in facts.company_words:
                continue
            if name in facts.candidate_names or any(same_name(name, p) for p in people):
                continue
            hits.append(Hit(start, end, _use(facts.interviewers)))
    if facts.company_words:
        for m in _company_mentions(draft.text):
            if _names_the_company(m.group(1), facts):
                continue
            if _after_the(draft.low, m.start(1), m.group(1)) and not _ends_like_company(m.group(1)):
                continue  # 'my interview at the Leeds office': a place, not a company
            before = draft.low[max(0, m.start(1) - 40) : m.start(1)]
            if _OWN_SIDE.search(before) or _OWN_BEFORE.search(before):
                continue
            hits.append(Hit(m.start(1), m.end(1), _use((facts.company,))))
        hits += _garbled_company(draft, facts, {h.start for h in hits})
        for s in draft.sentences_with(_HOPE_KEYS):
            if not draft.contains(s, _COMPANY_SLOT_KEYS):
                continue
            if not _HOPE.search(s.low) or _OWN_SIDE.search(s.low):
                continue
            chunk = draft.text[s.start : s.end]
            for m in _HOPED_COMPANY.finditer(chunk):
                group = next(g for g in (1, 2, 3) if m.group(g))
                if group == 3 and not _shares_company_word(m.group(3), facts):
                    continue  # 'join the Data team': only a garbled company name counts here,
                    # one that keeps a word of the real one ('the Metro Ledger newsroom')
                if _names_the_company(m.group(group), facts):
                    continue
                if _OWN_CONTEXT.search(chunk[max(0, m.start() - 40) : m.start()].lower()):
                    continue  # 'what I learned at Acme': the candidate's own side
                hits.append(Hit(s.start + m.start(group), s.start + m.end(group),
                                _use((facts.company,))))
    return hits


_ANY_CAP_RUN = re.compile(rf"{_CAP_RUN}")
_SOURCE_BEFORE = re.compile(r"\b(?:at|from|with|join|joining|for)\s+(?:the\s+)?$")


def _garbled_company(draft: Draft, facts: Facts, seen: set[int]) -> list[Hit]:
    """A misremembered company name: a capitalised run close to the record's, but not it.

    'Tideline Hotels' for Tidewater Hotel Group: a word shares a long start with one of
    the company's words without being it or its inflection. A single such word counts
    only where a company stands ('news from Tideline'), not as any name ('Brighton').
    """
    heads = {w[:4] for w in facts.company_words if len(w) >= 5}
    if not heads or not any(w[:4] in heads and w not in facts.named for w in draft.folded_words):
        return []
    hits: list[Hit] = []
    for m in _ANY_CAP_RUN.finditer(draft.text):
        if m.start() in seen or _names_the_company(m.group(), facts):
            continue
        words = [fold(w).removesuffix("'s").removesuffix("’s") for w in m.group().split()]
        garbled = [w for w in words if _garbles(w, facts)]
        if not garbled:
            continue
        before = draft.low[max(0, m.start() - 40) : m.start()]
        if _OWN_SIDE.search(before) or _OWN_BEFORE.search(before):
            continue
        others = [w for w in words if w not in garbled]
        company_like = any(
            w in facts.company_words or w in _DESIGNATORS
            or any(akin(w, c) for c in facts.company_words)
            for w in others
        )
        if company_like or _SOURCE_BEFORE.search(before):
            hits.append(Hit(m.start(), m.end(), _use((facts.company,))))
    return hits


def _garbles(word: str, facts: Facts) -> bool:
    """Whether ``word`` starts like a company word (four letters on) but is another word."""
    if word in facts.named or len(word) < 5:
        return False
    return any(
        len(c) >= 5 and word[:4] == c[:4] and not akin(word, c) for c in facts.company_words
    )


def _after_the(low: str, start: int, run: str) -> bool:
    """Whether a capitalised run opens with 'the' or 'The' ('at the Wharf Hotel Group')."""
    return low[max(0, start - 4) : start] == "the " or run.lower().startswith("the ")


def _ends_like_company(run: str) -> bool:
    """Whether a capitalised run ends in a word that closes a company's name ('Group')."""
    words = [fold(w).removesuffix("'s").removesuffix("’s") for w in run.split()]
    return len(words) >= 2 and words[-1] in _DESIGNATORS


def _shares_company_word(run: str, facts: Facts) -> bool:
    """Whether a capitalised run keeps a word of the company's name ('Metro Ledger')."""
    company = {w.removesuffix("'s") for w in facts.company_words}
    return any(fold(w).removesuffix("'s") in company for w in run.split())


def _names_the_company(run: str, facts: Facts) -> bool:
    """Whether a capitalised run ('Sahyadri Finserv', 'Red Gum') is not a wrong company.

    The run passes when its first word is a common or calendar word or one of the record's,
    and every further word is one of the company's own or a plain word ('team', 'Ltd');
    'Sahyadri Capital' for 'Sahyadri Finserv' shares a first word but is another company.
    """
    company = facts.company_words | {w.removesuffix("'s") for w in facts.company_words}
    words = [fold(w).removesuffix("'s").removesuffix("’s") for w in run.split()]
    words = [w for w in words if w not in ("&", "")]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # 'The Wharf Hotel Group': the article names no company
    if len(words) > 1 and any(w in STOP for w in words[1:]):
        words = words[: next(i for i, w in enumerate(words) if i and w in STOP)]
    if not words:
        return True
    first = words[0]
    allowed = facts.named
    if first in STOP or first in _CALENDAR:
        return True
    if first not in allowed and first not in company:
        return False
    if first not in company:
        return True  # an interviewer or a topic: not a company name at all
    return all(
        w in company or w in _ORG_WORDS or w in allowed or w in _CALENDAR
        or w in STOP
        for w in words[1:]
    )


_AT_TRIGGER = re.compile(r"(?i:join\w*|part of|\bat)\s+(?:(?i:the team at|the)\s+)?[A-ZÀ-Þ]")


def _company_mentions(text: str) -> list[re.Match[str]]:
    """Matches of the company-context pattern, found by a cheap scan for 'at'/'join' first."""
    found: list[re.Match[str]] = []
    last = -1
    for trigger in _AT_TRIGGER.finditer(text):
        window_start = max(0, trigger.start() - 40)
        m = _AT_COMPANY.search(text, window_start, min(len(text), trigger.end() + 120))
        if m and m.start() > last:
            found.append(m)
            last = m.start()
    return found


def _use(names: tuple[str, ...]) -> str | None:
    shown = [n for n in names if n]
    return f"Use the name on record: {' or '.join(shown)}." if shown else None
