"""``log`` (a contact you made) and ``reply`` (the employer reached you)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afterview.cli.console import out
from afterview.cli.tracker_db import JsonOption, TodayOption, open_tracker, positive_id, today_from
from afterview.cli.tracker_show import IdArgument

Opt = typer.Option
When = Annotated[str | None, Opt("--at", metavar="WHEN", help="When (YYYY-MM-DD or "
                                 "YYYY-MM-DDTHH:MM, local) [default: now].", show_default=False)]
Channel = Annotated[str, Opt(help="email, call, text, in_person, linkedin or other.")]
Person = Annotated[int | None, Opt("--person", help="Id of the person (see show).",
                                   show_default=False)]
Notes = Annotated[str | None, Opt(help="What was said.", show_default=False)]


def _report(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        out.json(result)
        return
    console = out.rich()
    contact = result["contact"]
    what = "Reply" if contact["direction"] == "inbound" else "Contact"
    from afterview.labels import phrase

    how = ", ".join(t for t in (phrase("channel", contact["channel"]),
                                phrase("outcome", contact["outcome"])) if t)
    console.print(f"{what} logged on #{result['application']} ({how}).")
    if result["stage"] != result["previous_stage"]:
        console.print(f"Stage: {phrase('stage', result['previous_stage'])} → "
                      f"[bold]{phrase('stage', result['stage'])}[/]")
    plan = result["plan"]
    if plan is None:
        return
    for warning in plan["warnings"]:
        console.print(f"[bold yellow]Careful[/] ({warning['rule']}): {warning['message']}")
    if plan["state"] == "waiting" and plan["next_action"]:
        step = next(s for s in plan["steps"] if s["step"] == plan["next_action"])
        from afterview.cli.tracker_render import day
        from afterview.labels import step_by

        console.print(f"Next: {step_by(step['step'], step['channel'])} "
                      f"from {day(step['earliest'])}.")
    elif plan["state"] == "move_on":
        console.print("No answer after your follow-ups: it is time to move on "
                      "(afterview today shows where to focus).")
    elif plan["state"] in ("replied", "next_round", "offer", "rejected"):
        console.print("The employer answered: pending follow-ups are cancelled.")


def log(
    app_id: IdArgument, *, at: When = None, channel: Channel = "email",
    purpose: Annotated[str | None, Opt(help="thank_you, status, final or other [default: "
                                       "inferred].", show_default=False)] = None,
    outcome: Annotated[str, Opt(help="sent, no_answer, voicemail, spoke, replied, rude or "
                                "bounced.")] = "sent",
    person: Person = None, notes: Notes = None, as_of: TodayOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a contact you made: a thank-you, a follow-up, a call."""
    from afterview.store import validate
    from afterview.store.tracker import log_contact
    from afterview.store.vocabulary import LOG_OUTCOMES

    data = {"at": at, "channel": channel, "purpose": purpose,
            "outcome": validate.choice(outcome, "outcome", LOG_OUTCOMES),
            "person": person, "notes": notes}
    _report(log_contact(open_tracker(), positive_id(app_id), data, direction="outbound",
                        today=today_from(as_of)), as_json)


def reply(
    app_id: IdArgument, *, at: When = None, channel: Channel = "email",
    outcome: Annotated[str, Opt(help="replied, spoke, rude, next_round, offer or rejected.")
                       ] = "replied",
    person: Person = None, notes: Notes = None, as_of: TodayOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log that the employer reached you; it stops pending follow-ups and moves the stage on."""
    from afterview.store import validate
    from afterview.store.tracker import log_contact
    from afterview.store.vocabulary import REPLY_OUTCOMES

    data = {"at": at, "channel": channel,
            "outcome": validate.choice(outcome, "outcome", REPLY_OUTCOMES),
            "person": person, "notes": notes}
    _report(log_contact(open_tracker(), positive_id(app_id), data, direction="inbound",
                        today=today_from(as_of)), as_json)


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("reply")(reply)
