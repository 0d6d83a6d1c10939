"""Guided ``add``: one question at a time, each answer checked at once, the employer's
timeline read back as a date before it is kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any, TypeVar

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

T = TypeVar("T")


def _ask(question: str, check: Callable[[str], T], *, default: str | None = None) -> T:
    """Ask until ``check`` accepts the answer; its error is shown and the question repeated."""
    while True:
        answer = typer.prompt(question, default=default, show_default=default is not None,
                              err=True)
        try:
            return check(answer)
        except InputError as exc:
            out.error(exc.message)


def _choice(question: str, allowed: tuple[str, ...], default: str) -> str:
    from afterview.store import validate

    return _ask(f"{question} ({'/'.join(allowed)})",
                lambda a: validate.choice(a, "answer", allowed, default) or default,
                default=default)


def _yes(question: str, default: bool = False) -> bool:
    return bool(typer.confirm(question, default=default, err=True))


def describe_timeline(text: str, *, said_on: date, country: str,
                      subdivision: str | None) -> tuple[str | None, str]:
    """(deadline to store, a sentence for the person) from the employer's words."""
    from afterview import parse_timeline

    parsed = parse_timeline(text, said_on=said_on, country=country, subdivision=subdivision)
    if parsed.deadline is not None:
        source = f" (from “{parsed.matched}”)" if parsed.matched else ""
        return parsed.deadline.isoformat(), (
            f"→ deadline {parsed.deadline.strftime('%A %d %B %Y')}{source}")
    if parsed.vague:
        return "VAGUE", "→ a vague promise with no date: the plan waits one to two weeks"
    return "NONE", "→ no promise of a reply found: the plan waits one to two weeks"


def _people(role: str, question: str, many: bool) -> list[dict[str, Any]]:
    from afterview.store import validate

    people: list[dict[str, Any]] = []
    while True:
        name = typer.prompt(question, default="", show_default=False, err=True).strip()
        if not name:
            return people
        person: dict[str, Any] = {"name": validate.text(name, "name", required=True),
                                  "role": role, "primary": role == "recruiter"}
        person["title"] = _ask("  Title", lambda a: validate.text(a, "title"), default="")
        person["email"] = _ask("  Email", validate.email, default="")
        person["phone"] = _ask("  Phone", validate.phone, default="")
        people.append(person)
        if not many:
            return people
        question = "Another interviewer's name (empty to finish)"


def ask_application(*, default_timezone: str) -> dict[str, Any]:
    """Ask for an application's fields in turn and return the record to add."""
    from afterview.store import validate
    from afterview.store import vocabulary as v

    data: dict[str, Any] = {}
    data["company"] = _ask("Company", partial(validate.text, field="company", required=True))
    data["position"] = _ask("Position", partial(validate.text, field="position",
                                                required=True))
    data["timezone"] = _ask("Time zone", validate.timezone_name, default=default_timezone)
    data["interview_at"] = _ask("Interview date and time (YYYY-MM-DD HH:MM)",
                                lambda a: validate.local_datetime(a, data["timezone"]))
    data["duration_min"] = _ask("Length in minutes", lambda a: validate.whole(
        a, "length", low=1, high=1440), default="60")
    data["country"] = _ask("Country (for public holidays)", validate.country, default="US")
    data["format"] = _choice("Format", v.FORMATS, "one_on_one")
    data["tone"] = _choice("Tone", v.TONES, "neutral")
    data["scheduled_via"] = _choice("They scheduled it by", v.SCHEDULED_VIA, "email")
    data["people"] = _people("interviewer", "Interviewer's name (empty to skip)", True)
    data["people"] += _people("recruiter", "Recruiter or primary contact (empty to skip)", False)
    said_on = datetime.fromisoformat(data["interview_at"]).date()
    while True:
        words = typer.prompt("What did they say about timing? (empty if nothing)", default="",
                             show_default=False, err=True).strip()
        if not words:
            data["deadline"] = "NONE"
            break
        try:
            deadline, sentence = describe_timeline(words, said_on=said_on,
                                                   country=data["country"], subdivision=None)
        except InputError as exc:
            out.error(exc.message)
            continue
        out.rich(stderr=True).print(sentence)
        if _yes("Is that right?", default=True):
            data["timeline"], data["deadline"] = words, deadline
            break
        data["timeline"] = words
        data["deadline"] = _ask("Then the deadline (YYYY-MM-DD, vague or none)",
                                validate.deadline)
        break
    data["invited_to_call"] = _yes("Did they invite you to call?")
    data["traditional_industry"] = _yes("Is it a traditional industry (finance, law, "
                                        "government…)?")
    data["style"] = _choice("Your style", v.STYLES, "balanced")
    data["topics"] = _topics()
    return data


_TOPICS_QUESTION = ("What did you discuss? One or more specific points, separated by ; "
                    "(e.g. the dashboards migration; on-call rotas)")


def _topics() -> list[str]:
    """The points discussed: thank-you and status drafts name one, so an empty answer is
    explained and asked once more before it is accepted."""
    from afterview.store import validate

    attempt = 0
    while attempt < 2:
        answer = typer.prompt(_TOPICS_QUESTION, default="", show_default=False, err=True)
        try:
            topics = [str(validate.text(t.strip(), "topic", required=True))
                      for t in answer.split(";") if t.strip()]
        except InputError as exc:
            out.error(exc.message)
            continue
        if topics:
            return topics
        if attempt == 0:
            out.stderr.write("Thank-you and status drafts name one specific point from the "
                             "interview, so they need at least one topic.\n")
        attempt += 1
    out.stderr.write("No topics for now: add them before drafting with "
                     "afterview edit ID --topic \"…\".\n")
    return []
