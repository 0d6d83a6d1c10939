"""``afterview timeline``: what the employer's words mean for the follow-up date."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterview.cli.console import out

if TYPE_CHECKING:
    from afterview.domain.calendar import BusinessCalendar
    from afterview.domain.policy import Policy
    from afterview.domain.timeline import Timeline


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def _short(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


def follow_up(reading: Timeline, said_on: date, calendar: BusinessCalendar,
              policy: Policy) -> dict[str, Any]:
    """When the status follow-up falls for this reading (RULES.md §3 timing rules)."""
    deadline = reading.deadline
    if deadline is not None and deadline >= said_on:
        return {
            "rule": "wait-for-deadline",
            "earliest": calendar.add_business_days(deadline, policy.deadline_earliest_bd),
            "latest": calendar.add_business_days(deadline, policy.deadline_latest_bd),
        }
    earliest = calendar.first_business_day_from(
        said_on + timedelta(days=policy.no_deadline_earliest_days))
    latest = said_on + timedelta(days=policy.no_deadline_latest_days)
    return {"rule": "wait-one-to-two-weeks", "earliest": earliest, "latest": max(latest, earliest)}


def describe(reading: Timeline, step: dict[str, Any]) -> str:
    """The reading in words: the deadline and the day to follow up from."""
    earliest, latest = step["earliest"], step["latest"]
    if reading.deadline is not None and step["rule"] == "wait-for-deadline":
        return (f"Decision expected by {_day(reading.deadline)} — follow up from "
                f"{_short(earliest)}\n{reading.explanation}")
    window = f"follow up 1–2 weeks after the interview: from {_short(earliest)}, " \
             f"by {_short(latest)}"
    if reading.deadline is not None:
        return f"The date given, {_day(reading.deadline)}, has already passed — {window}"
    if reading.vague:
        quoted = f' ("{reading.matched}")' if reading.matched else ""
        return f"A reply was promised{quoted} but with no date — {window}"
    return f"Nothing here promises a reply or a decision — {window}"


def _payload(text: str, reading: Timeline, step: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": text,
        **reading.to_dict(),
        "follow_up": {
            "rule": step["rule"],
            "earliest": step["earliest"].isoformat(),
            "latest": step["latest"].isoformat(),
        },
    }


def timeline(
    text: Annotated[str, typer.Argument(help="The employer's words, or - for one message "
                                             "per line on standard input.")],
    on: Annotated[str | None, typer.Option(
        "--on", help="The day the words were said, YYYY-MM-DD (default: today).")] = None,
    country: Annotated[str, typer.Option(help="Country of the holidays (ISO code).")] = "US",
    subdivision: Annotated[str | None, typer.Option(
        help="State or region of the holidays, e.g. CA or ENG.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Say what the employer's words mean: the deadline, and when to follow up."""
    from afterview.config import load_policy
    from afterview.domain.calendar import calendar_for
    from afterview.domain.timeline import parse_timeline

    if on is None:
        said_on = date.today()  # noqa: DTZ011 - the candidate's local day is what counts
    else:
        from afterview.domain.scenario import parse_date

        said_on = parse_date(on, "--on")
    calendar = calendar_for(country, subdivision)
    policy = load_policy()

    def read(message: str) -> tuple[Timeline, dict[str, Any]]:
        reading = parse_timeline(message, said_on=said_on, country=country,
                                 subdivision=subdivision)
        return reading, follow_up(reading, said_on, calendar, policy)

    if text == "-":
        for line in sys.stdin:
            message = line.rstrip("\n")
            out.json_line(_payload(message, *read(message)))
        return
    reading, step = read(text)
    if as_json:
        out.json(_payload(text, reading, step))
    else:
        out.stdout.write(describe(reading, step) + "\n")


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline)
