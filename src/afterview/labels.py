"""How stored values read to people: one label per vocabulary value, one date style.

The web pages and the command line both print through these tables, so a value reads the
same everywhere. Each table has exactly the values of its vocabulary (``FORMATS``,
``CHANNELS``, the plan's step names, the draft kinds, …); ``tests/test_labels.py`` holds
the two together, so a new vocabulary value without a label fails the tests. Labels are
written as they read inside a sentence ("one-on-one", "LinkedIn"); ``label`` gives them
with a capital for a menu, a badge or a table cell.

Nothing is imported here: ``afterview today`` loads this module on start.
"""

from __future__ import annotations

from datetime import date, datetime

LABELS: dict[str, dict[str, str]] = {
    # the interview (domain/scenario.py)
    "format": {"one_on_one": "one-on-one", "small_team": "small team", "panel": "panel",
               "group": "group", "multi_round": "multi-round"},
    "tone": {"casual": "casual", "neutral": "neutral", "formal": "formal"},
    "scheduled_via": {"email": "email", "phone": "phone", "text": "text message",
                      "portal": "hiring portal", "linkedin": "LinkedIn",
                      "recruiter": "a recruiter"},
    "style": {"direct": "direct", "balanced": "balanced", "reserved": "reserved"},
    "process_length": {"short": "short", "normal": "usual length", "long": "long"},
    "deadline": {"VAGUE": "a promise with no date", "NONE": "no deadline given"},
    # contacts (domain/contacts.py)
    "direction": {"outbound": "you", "inbound": "they"},
    "channel": {"email": "email", "call": "call", "text": "text message",
                "in_person": "in person", "linkedin": "LinkedIn", "other": "other"},
    "purpose": {"thank_you": "thank-you", "status": "status follow-up",
                "final": "final follow-up", "other": "other"},
    "outcome": {"sent": "sent", "no_answer": "no answer", "voicemail": "left a voicemail",
                "spoke": "spoke with them", "replied": "replied", "rude": "rude",
                "bounced": "bounced", "next_round": "next round", "offer": "offer",
                "rejected": "rejected"},
    # the tracker (store/vocabulary.py, store/stages.py)
    "role": {"interviewer": "interviewer", "recruiter": "recruiter",
             "hiring_manager": "hiring manager", "other": "other"},
    "company_size": {"small": "small", "medium": "medium", "large": "large"},
    "stage": {"interviewing": "interviewing", "awaiting": "awaiting an answer",
              "followed_up": "followed up", "final_sent": "final follow-up sent",
              "moved_on": "moved on", "next_round": "next round", "offer": "offer",
              "rejected": "rejected", "withdrawn": "withdrawn"},
    "close_reason": {"moved_on": "moved on (no answer)", "rejected": "rejected",
                     "withdrawn": "I withdrew", "offer": "I accepted an offer"},
    "section": {"overdue": "overdue", "due_today": "due today", "this_week": "this week",
                "move_on": "time to move on"},
    # the plan (domain/planner.py)
    "step": {"thank_you": "thank-you", "status": "status follow-up",
             "final": "final follow-up", "move_on": "move on"},
    # a step not taken is "not sent" or "not needed", never "skipped": the user skipped
    # nothing the program can see
    "step_state": {"pending": "not yet", "due": "due", "overdue": "overdue", "done": "done",
                   "cancelled": "cancelled", "skipped": "not sent",
                   "not_needed": "not needed"},
    "plan_state": {"waiting": "waiting for the employer", "replied": "the employer replied",
                   "next_round": "invited to a next round", "offer": "offer received",
                   "rejected": "rejected", "move_on": "time to move on"},
    # drafts (domain/drafts/kinds.py)
    "draft_kind": {"thank_you_email": "thank-you email", "status_email": "status email",
                   "call_script": "call script", "voicemail": "voicemail message",
                   "text_message": "text message", "final_email": "final follow-up email",
                   "closing_email": "closing email (moving on)",
                   "after_rude_call_email": "email after a rude call",
                   "forgot_name_line": "line for a forgotten name",
                   "rude_call_line": "line for a rude call"},
}

BY_CHANNEL = {"email": "by email", "call": "by phone", "text": "by text message",
              "in_person": "in person", "linkedin": "on LinkedIn", "other": "another way"}
"""A planned step's channel inside a sentence: "Status follow-up by phone"."""


def phrase(vocabulary: str, value: object) -> str:
    """``value`` of ``vocabulary`` as it reads inside a sentence ("one-on-one")."""
    if value is None or value == "":
        return ""
    text = str(value)
    return LABELS[vocabulary].get(text, text.replace("_", " "))


def label(vocabulary: str, value: object) -> str:
    """``value`` of ``vocabulary`` on its own, with a capital: a menu item, a badge, a cell."""
    text = phrase(vocabulary, value)
    return text[:1].upper() + text[1:]


def by_channel(channel: str | None) -> str:
    """How a step goes out, inside a sentence: "by email", "by phone" ("" for none)."""
    if not channel:
        return ""
    return BY_CHANNEL.get(channel, "by " + phrase("channel", channel))


def step_by(step: str, channel: str | None) -> str:
    """A planned step and its channel: "Thank-you by email", "Move on"."""
    text = label("step", step)
    return f"{text} {by_channel(channel)}" if channel else text


def template_label(name: str) -> str:
    """A draft template's file name in words: ``status_email.formal.j2`` → "Status email,
    formal"; the shared parts (``_greeting.j2``) say that every draft uses them."""
    stem = name.removesuffix(".j2")
    if stem.startswith("_"):
        return f"{stem[1:].replace('_', ' ').capitalize()} (every draft)"
    kind, _, tone = stem.partition(".")
    return f"{label('draft_kind', kind)}, {phrase('tone', tone)}" if tone else label(
        "draft_kind", kind)


# One date style for every page and command: weekday, day, month, year, then the time.
DAY_FORMAT = "%a %-d %b %Y"


def day(value: object) -> str:
    """``Tue 10 Mar 2026`` from a date, a datetime or an ISO string ("" when empty)."""
    found = _parse(value)
    if found is None:
        return "" if value in (None, "") else str(value)
    return found.strftime(DAY_FORMAT)


def moment(value: object) -> str:
    """``Tue 10 Mar 2026, 14:00`` for a date-time (as given, no conversion); a date alone
    reads as ``day``."""
    found = _parse(value)
    if found is None:
        return "" if value in (None, "") else str(value)
    if isinstance(found, datetime):
        return found.strftime(f"{DAY_FORMAT}, %H:%M")
    return found.strftime(DAY_FORMAT)


def _parse(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) > 10:
            return datetime.fromisoformat(text.replace(" ", "T", 1)[:16])
        return date.fromisoformat(text)
    except ValueError:
        return None
