"""``afterview scenario``: the plan for an interview described in a JSON file."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

SAMPLE_SCENARIO: dict[str, Any] = {
    "company": "Harborline Logistics",
    "position": "Senior Data Analyst",
    "interview_at": "2026-03-10T14:00",
    "duration_min": 45,
    "timezone": "America/New_York",
    "country": "US",
    "timeline": "We'll make a decision by the end of next week.",
    "deadline": "2026-03-20",
    "invited_to_call": False,
    "traditional_industry": False,
    "scheduled_via": "email",
    "format": "one_on_one",
    "tone": "casual",
    "style": "balanced",
    "process_length": "normal",
    "final_followup": True,
}


def _read_json(source: str, what: str) -> Any:
    from afterview.cli.files import read_json

    return read_json(source, what)


def scenario(
    file: Annotated[str | None, typer.Argument(help="Scenario JSON file, or - for stdin.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Plan a built-in sample.")] = False,
    today: Annotated[str | None, typer.Option(help="Plan as of this day (YYYY-MM-DD).")] = None,
    contacts: Annotated[
        str | None, typer.Option(help="JSON file with a list of logged contacts.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
) -> None:
    """Plan the follow-ups for an interview described in a JSON file (or a sample)."""
    from afterview.config import load_policy
    from afterview.domain.planner import plan_followups

    if sample == (file is not None):
        raise InputError("give a scenario FILE or --sample (one of them)")
    data = SAMPLE_SCENARIO if sample else _read_json(str(file), "scenario")
    logged = _read_json(contacts, "contacts") if contacts else []
    if not isinstance(logged, list):
        raise InputError("contacts must be a JSON list of contact objects")
    plan = plan_followups(data, today=today, contacts=logged, policy=load_policy()).to_dict()
    if as_json:
        out.json(plan)
        return
    from afterview.cli.plan_view import render_plan

    console = out.rich()
    if isinstance(data, dict) and data.get("company"):
        console.print(f"[bold]{data.get('position', 'Interview')} at {data['company']}[/]")
    render_plan(console, plan)


def register(app: typer.Typer) -> None:
    app.command("scenario")(scenario)
