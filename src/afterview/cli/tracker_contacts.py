"""``log`` (a contact you made), ``reply`` (the employer reached you), and ``contact edit`` /
``contact remove`` to correct the log."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afterview.cli.console import out
from afterview.cli.tracker_db import JsonOption, TodayOption, open_tracker, positive_id, today_from
from afterview.cli.tracker_show import IdArgument
from afterview.domain.errors import InputError

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
    step = next((s for s in plan["steps"] if s["step"] == plan["next_action"]
                 and s["state"] in ("pending", "due", "overdue")), None)
    if plan["state"] == "waiting" and step is not None:
        from afterview.cli.tracker_render import day
        from afterview.labels import by_channel, label

        channel = f" {by_channel(step['channel'])}" if step["channel"] else ""
        whom = f" to {step['person']['name']}" if step.get("person") else ""
        console.print(f"Next: {label('step', step['step'])}{whom}{channel} from "
                      f"{day(step['earliest'])}.")
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


ContactId = Annotated[int, typer.Argument(metavar="CONTACT_ID", show_default=False,
                                          help="The contact's id (see afterview show ID).")]


def _contact_id(value: int) -> int:
    if value < 1:
        raise InputError(f"contact id must be a positive whole number; got {value}",
                         field="contact")
    return value


def _corrected(result: dict[str, Any], as_json: bool, what: str) -> None:
    if as_json:
        out.json(result)
        return
    console = out.rich()
    console.print(f"Contact {what} on #{result['application']}.")
    if result["stage"] != result["previous_stage"]:
        from afterview.labels import phrase

        console.print(f"Stage: {phrase('stage', result['previous_stage'])} → "
                      f"[bold]{phrase('stage', result['stage'])}[/]")
    if result["plan"]:
        from afterview.cli.plan_view import render_plan

        console.print()
        render_plan(console, result["plan"], reasons=False)


def contact_edit(
    app_id: IdArgument, contact_id: ContactId, *,
    at: Annotated[str | None, Opt("--at", metavar="WHEN", help="When (YYYY-MM-DD or "
                                  "YYYY-MM-DDTHH:MM, local).", show_default=False)] = None,
    channel: Annotated[str | None, Opt(help="email, call, text, in_person, linkedin or other.",
                                       show_default=False)] = None,
    purpose: Annotated[str | None, Opt(help='thank_you, status, final or other ("" for '
                                       'inferred).', show_default=False)] = None,
    outcome: Annotated[str | None, Opt(help="How it went (the outcomes of log or reply).",
                                       show_default=False)] = None,
    person: Annotated[int | None, Opt("--person", help="Id of the person (0 clears it).",
                                      show_default=False)] = None,
    notes: Annotated[str | None, Opt(help='What was said ("" clears it).',
                                     show_default=False)] = None,
    as_of: TodayOption = None, as_json: JsonOption = False,
) -> None:
    """Correct a logged contact; the plan follows the corrected log."""
    from afterview.store.contact_log import edit_contact

    changes: dict[str, Any] = {k: val for k, val in {
        "at": at, "channel": channel, "purpose": purpose, "outcome": outcome,
        "notes": notes}.items() if val is not None}
    if "purpose" in changes and changes["purpose"] == "":
        changes["purpose"] = None
    if person is not None:
        changes["person"] = person or None
    if not changes:
        raise InputError("nothing to change: give --at, --channel, --purpose, --outcome, "
                         "--person or --notes")
    result = edit_contact(open_tracker(), positive_id(app_id), _contact_id(contact_id),
                          changes, today=today_from(as_of))
    _corrected(result, as_json, f"{contact_id} corrected")


def contact_remove(app_id: IdArgument, contact_id: ContactId, as_of: TodayOption = None,
                   as_json: JsonOption = False) -> None:
    """Remove a contact logged by mistake; the plan is made again without it."""
    from afterview.store.contact_log import remove_contact

    result = remove_contact(open_tracker(), positive_id(app_id), _contact_id(contact_id),
                            today=today_from(as_of))
    _corrected(result, as_json, f"{contact_id} removed")


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("reply")(reply)
    contact = typer.Typer(help="Correct or remove a logged contact.", no_args_is_help=True,
                          rich_markup_mode=None)
    contact.command("edit")(contact_edit)
    contact.command("remove")(contact_remove)
    app.add_typer(contact, name="contact")
