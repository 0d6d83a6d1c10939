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
    "cancelled": "dim", "skipped": "dim",
}
_PLAN_STATES = {
    "waiting": "Waiting for the employer",
    "replied": "The employer replied: pending follow-ups are cancelled",
    "next_round": "Invited to a next round",
    "offer": "Offer received",
    "rejected": "Rejected",
    "move_on": "Time to move on",
}


def render_plan(console: Any, plan: dict[str, Any], *, reasons: bool = True) -> None:
    """Print a plan (the dict of ``Plan.to_dict()``) as a timeline with its reasons."""
    from rich.table import Table
    from rich.text import Text

    status = plan["status"]
    console.print(Text(_PLAN_STATES.get(plan["state"], plan["state"]), style="bold"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("When")
    table.add_column("Step")
    table.add_column("Channel")
    table.add_column("State")
    for step in plan["steps"]:
        name = step["step"]
        if name == "thank_you":
            when = f"by {moment(plan['thank_you_due'])}"
        elif step["latest"] and step["latest"] != step["earliest"]:
            when = f"{day(step['earliest'])} – {day(step['latest'])}"
        else:
            when = day(step["earliest"])
        channel = step["channel"] or ""
        if name == "status" and status["call_allowed"] and channel != "call":
            channel += " (a call is allowed)"
        state = phrase("step_state", step["state"]) + (
            f" {day(step['done_on'])}" if step["done_on"] else "")
        table.add_row(when, _STEP_TITLES[name], channel,
                      Text(state, style=_STATE_STYLE.get(step["state"], "")))
    console.print(table)
    for warning in plan["warnings"]:
        console.print(Text(f"! {warning['message']} [{warning['rule']}]", style="yellow"))
    if not reasons:
        return
    console.print()
    console.print(Text("Why", style="bold"))
    for step in plan["steps"]:
        if step["state"] in ("cancelled", "skipped"):
            continue
        console.print(Text(f"  {_STEP_TITLES[step['step']]}", style="bold"))
        for reason in step["reasons"]:
            _reason_line(console, reason)
    if plan["reasons"]:
        console.print(Text("  Overall", style="bold"))
        for reason in plan["reasons"]:
            _reason_line(console, reason)


def _reason_line(console: Any, reason: dict[str, Any]) -> None:
    articles = ", ".join(reason["source"])
    console.print(f"    - {reason['explanation']} [dim]({reason['rule']}; article {articles})[/]")
