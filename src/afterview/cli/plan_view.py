"""How a plan looks in the terminal; shared by every command that shows one."""

from __future__ import annotations

from typing import Any

from afterview.cli.tracker_render import day
from afterview.labels import moment, phrase

_STEP_TITLES = {
    "thank_you": "Thank-you email to each interviewer",
    "status": "Status follow-up",
    "final": "One final follow-up",
    "move_on": "Move on",
}
_STATE_STYLE = {
    "done": "green", "due": "bold yellow", "overdue": "bold red", "pending": "cyan",
    "cancelled": "dim", "skipped": "dim", "not_needed": "dim",
}
_PLAN_STATES = {
    "waiting": "Waiting for the employer",
    "replied": "The employer replied: pending follow-ups are cancelled",
    "next_round": "Invited to a next round",
    "offer": "Offer received",
    "rejected": "Rejected",
    "move_on": "Time to move on: stop contacting them, and close the application when you "
               "are ready (afterview close ID)",
}


def step_title(step: dict[str, Any]) -> str:
    """The step's title; a thank-you names the interviewer it goes to."""
    person = step.get("person")
    if step["step"] == "thank_you" and person:
        return f"Thank-you email to {person['name']}"
    return _STEP_TITLES[step["step"]]


def step_when(step: dict[str, Any], thank_you_due: str) -> str:
    """When to act; a step moved past its window says the day advised and the window missed."""
    if step["step"] == "thank_you":
        return f"by {moment(thank_you_due)}"
    missed = step.get("missed_window")
    if missed and step["state"] not in ("done", "cancelled", "skipped", "not_needed"):
        return (f"{day(step['earliest'])} (window {day(missed['earliest'])} – "
                f"{day(missed['latest'])} missed)")
    if step["latest"] and step["latest"] > step["earliest"]:
        return f"{day(step['earliest'])} – {day(step['latest'])}"
    return day(step["earliest"])


def render_plan(console: Any, plan: dict[str, Any], *, reasons: bool = True) -> None:
    """Print a plan (the dict of ``Plan.to_dict()``) as a timeline with its reasons."""
    from rich.table import Table
    from rich.text import Text

    console.print(Text(_PLAN_STATES.get(plan["state"], plan["state"]), style="bold"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("When")
    table.add_column("Step")
    table.add_column("Channel")
    table.add_column("State")
    for step in plan["steps"]:
        state = phrase("step_state", step["state"]) + (
            f" {day(step['done_on'])}" if step["done_on"] else "")
        table.add_row(step_when(step, plan["thank_you_due"]), step_title(step),
                      step["channel"] or "",
                      Text(state, style=_STATE_STYLE.get(step["state"], "")))
    console.print(table)
    for warning in plan["warnings"]:
        console.print(Text(f"! {warning['message']} [{warning['rule']}]", style="yellow"))
    if not reasons:
        return
    console.print()
    console.print(Text("Why", style="bold"))
    shown: set[tuple[str, ...]] = set()
    for step in plan["steps"]:
        if step["state"] in ("cancelled", "skipped", "not_needed"):
            continue
        key = (step["step"], *(r["rule"] for r in step["reasons"]))
        if step["step"] == "thank_you" and key in shown:
            continue  # every interviewer's thank-you has the same reasons: say them once
        shown.add(key)
        title = _STEP_TITLES[step["step"]] if step["step"] == "thank_you" else step_title(step)
        console.print(Text(f"  {title}", style="bold"))
        decided = [r for r in step["reasons"] if r.get("role", "decided") == "decided"]
        weighed = [r for r in step["reasons"] if r.get("role") == "weighed"]
        for reason in decided:
            _reason_line(console, reason)
        if weighed:
            console.print(Text("    Weighed, and outweighed by the reasons above:",
                               style="italic"))
            for reason in weighed:
                _reason_line(console, reason)
    if plan["reasons"]:
        console.print(Text("  Overall", style="bold"))
        for reason in plan["reasons"]:
            _reason_line(console, reason)


def _reason_line(console: Any, reason: dict[str, Any]) -> None:
    articles = ", ".join(reason["source"])
    console.print(f"    - {reason['explanation']} [dim]({reason['rule']}; article {articles})[/]")
