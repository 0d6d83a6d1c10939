"""The page templates' Jinja2 environment: autoescaped, with the filters pages share."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"

WORDS = {
    "thank_you": "Thank-you", "status": "Status follow-up", "final": "Final follow-up",
    "move_on": "Move on", "one_on_one": "one-on-one", "small_team": "small team",
    "multi_round": "multi-round", "in_person": "in person", "no_answer": "no answer",
    "next_round": "next round", "followed_up": "followed up", "final_sent": "final sent",
    "moved_on": "moved on", "due_today": "Due today", "this_week": "This week",
    "thank_you_email": "Thank-you email", "status_email": "Status email",
    "call_script": "Call script", "voicemail": "Voicemail script",
    "text_message": "Text message", "hiring_manager": "hiring manager",
}


def words(value: object) -> str:
    """A vocabulary value in words (``one_on_one`` → one-on-one)."""
    if value is None:
        return ""
    text = str(value)
    return WORDS.get(text, text.replace("_", " "))


def step_state(value: object) -> str:
    """A plan step's state in words ("not yet", "not needed"…), as the planner names them."""
    from afterview.domain.planner import STATE_WORDS

    return STATE_WORDS.get(str(value), str(value).replace("_", " "))


def nice_date(value: object) -> str:
    """``2026-03-10`` → ``Tue 10 Mar 2026`` (short, unambiguous in any country)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return value.strftime("%a %-d %b %Y, %H:%M")
    if isinstance(value, date):
        return value.strftime("%a %-d %b %Y")
    return str(value)


def make_environment() -> jinja2.Environment:
    """Autoescape everywhere: every piece of user text is escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["words"] = words
    env.filters["step_state"] = step_state
    env.filters["nice_date"] = nice_date
    return env
