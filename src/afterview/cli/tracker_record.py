"""``add``, ``edit``, ``round`` and ``close``: record and change applications."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afterview.cli.console import out
from afterview.cli.tracker_db import JsonOption, open_tracker, positive_id, profile_timezone
from afterview.cli.tracker_show import IdArgument

Opt = typer.Option
Company = Annotated[str | None, Opt(help="Company name.", show_default=False)]
Position = Annotated[str | None, Opt(help="Position applied for.", show_default=False)]
At = Annotated[str | None, Opt("--at", metavar="YYYY-MM-DDTHH:MM",
                               help="Interview start, local time.", show_default=False)]
Duration = Annotated[int | None, Opt(help="Interview length in minutes [default: 60].",
                                     show_default=False)]
Timezone = Annotated[str | None, Opt(help="IANA time zone [default: the system's].",
                                     show_default=False)]
Format = Annotated[str | None, Opt("--format", help="one_on_one, small_team, panel, group "
                                   "or multi_round.", show_default=False)]
Tone = Annotated[str | None, Opt(help="casual, neutral or formal.", show_default=False)]
Via = Annotated[str | None, Opt("--via", help="How they scheduled it: email, phone, text, "
                                "portal, linkedin or recruiter.", show_default=False)]
Timeline = Annotated[str | None, Opt(help="What they said about timing, in their words.",
                                     show_default=False)]
Deadline = Annotated[str | None, Opt(help="The decision date (YYYY-MM-DD), vague or none; "
                                     "overrides --timeline.", show_default=False)]
Invited = Annotated[bool | None, Opt("--invited-to-call/--not-invited-to-call",
                                     help="They invited you to call.", show_default=False)]
Topics = Annotated[list[str] | None, Opt("--topic", help="A topic discussed (repeatable).",
                                         show_default=False)]
People = Annotated[list[str] | None, Opt(
    "--interviewer", help='"Name, Title, email, phone" (repeatable).', show_default=False)]
Recruiter = Annotated[str | None, Opt(help='Primary contact: "Name, Title, email, phone".',
                                      show_default=False)]
Notes = Annotated[str | None, Opt(help="Free notes.", show_default=False)]


def _round_fields(**values: Any) -> dict[str, Any]:
    names = {"at": "interview_at", "duration": "duration_min", "format_": "format",
             "via": "scheduled_via", "invited": "invited_to_call", "topic": "topics"}
    return {names.get(k, k): v for k, v in values.items() if v not in (None, [])}


def _people(interviewer: list[str] | None, recruiter: str | None) -> list[dict[str, Any]]:
    from afterview.store.records import person_from_spec

    people = [person_from_spec(s, "interviewer") for s in interviewer or []]
    if recruiter:
        people.append(person_from_spec(recruiter, "recruiter", primary=True))
    return people


def add(
    *, company: Company = None, position: Position = None, at: At = None,
    duration: Duration = None, timezone: Timezone = None,
    country: Annotated[str | None, Opt(help="Country code for holidays [default: US].",
                                       show_default=False)] = None,
    subdivision: Annotated[str | None, Opt(help="State or region code.",
                                           show_default=False)] = None,
    format_: Format = None, tone: Tone = None, via: Via = None, timeline: Timeline = None,
    deadline: Deadline = None, invited: Invited = None,
    industry: Annotated[str | None, Opt(help="The employer's industry.",
                                        show_default=False)] = None,
    traditional: Annotated[bool, Opt("--traditional-industry",
                                     help="A traditional industry (calls are usual).")] = False,
    style: Annotated[str | None, Opt(help="Your style: direct, balanced or reserved.",
                                     show_default=False)] = None,
    process: Annotated[str | None, Opt("--process", help="short, normal or long.",
                                       show_default=False)] = None,
    no_final: Annotated[bool, Opt("--no-final-followup",
                                  help="Plan no final follow-up.")] = False,
    topic: Topics = None, interviewer: People = None, recruiter: Recruiter = None,
    notes: Notes = None,
    guided: Annotated[bool, Opt("--guided", "-g", help="Ask for each field in turn.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Record an interview: with flags, or guided prompts (also when --company is missing)."""
    from afterview.store.tracker import add_application

    if guided or company is None:
        from afterview.cli.tracker_guided import ask_application

        data = ask_application(default_timezone=timezone or profile_timezone())
    else:
        data = {
            "company": company, "position": position, "timezone": timezone or profile_timezone(),
            "country": country, "subdivision": subdivision, "industry": industry,
            "traditional_industry": traditional, "style": style, "process_length": process,
            "final_followup": not no_final, "notes": notes,
            "people": _people(interviewer, recruiter),
            **_round_fields(at=at, duration=duration, format_=format_, tone=tone, via=via,
                            timeline=timeline, deadline=deadline, invited=invited, topic=topic),
        }
    record = add_application(open_tracker(), data)
    if as_json:
        out.json(record)
        return
    from afterview.labels import phrase

    out.rich().print(f"Added #{record['id']}: {record['position']} at {record['company']} "
                     f"({phrase('stage', record['stage'])}). See the plan with: afterview plan "
                     f"{record['id']}")


PersonId = Annotated[int | None, Opt("--person", metavar="PERSON_ID", help="Change this "
                                      "person (ids are in afterview show ID) with --name, "
                                      "--title, --email, --phone, --role, --primary, --round.",
                                      show_default=False)]
RemovePerson = Annotated[int | None, Opt("--remove-person", metavar="PERSON_ID",
                                         help="Remove this person; contacts logged with them "
                                         "stay in the log.", show_default=False)]


def edit(
    app_id: IdArgument, *, company: Company = None, position: Position = None, at: At = None,
    duration: Duration = None, timezone: Timezone = None, format_: Format = None,
    tone: Tone = None, via: Via = None, timeline: Timeline = None, deadline: Deadline = None,
    invited: Invited = None, topic: Topics = None, interviewer: People = None,
    recruiter: Recruiter = None, notes: Notes = None,
    round_number: Annotated[int | None, Opt("--round", help="Round to change [default: the "
                                            "latest]; with --person, the round that person "
                                            "interviewed in (0: none).",
                                            show_default=False)] = None,
    person: PersonId = None,
    name: Annotated[str | None, Opt(help="With --person: their name.", show_default=False)
                    ] = None,
    title: Annotated[str | None, Opt(help='With --person: their job title ("" clears it).',
                                     show_default=False)] = None,
    email: Annotated[str | None, Opt(help='With --person: their email ("" clears it).',
                                     show_default=False)] = None,
    phone: Annotated[str | None, Opt(help='With --person: their phone ("" clears it).',
                                     show_default=False)] = None,
    role: Annotated[str | None, Opt(help="With --person: interviewer, recruiter, "
                                    "hiring_manager or other.", show_default=False)] = None,
    primary: Annotated[bool | None, Opt("--primary/--not-primary", help="With --person: "
                                        "make them the primary contact (the only one), or "
                                        "not.", show_default=False)] = None,
    remove_person: RemovePerson = None,
    as_json: JsonOption = False,
) -> None:
    """Change an application or one of its rounds, add people, or correct or remove one
    person (--person, --remove-person)."""
    from afterview.domain.errors import InputError
    from afterview.store.tracker import edit_application

    changes: dict[str, Any] = {k: v for k, v in {
        "company": company, "position": position, "timezone": timezone, "notes": notes,
    }.items() if v is not None}
    changes.update(_round_fields(at=at, duration=duration, format_=format_, tone=tone, via=via,
                                 timeline=timeline, deadline=deadline, invited=invited,
                                 topic=topic))
    people = _people(interviewer, recruiter)
    if people:
        changes["people"] = people
    person_changes = {k: v for k, v in {"name": name, "title": title, "email": email,
                                        "phone": phone, "role": role, "primary": primary
                                        }.items() if v is not None}
    if person is not None or remove_person is not None:
        _one_person(positive_id(app_id), person, remove_person, person_changes=person_changes,
                    app_changes=changes, round_number=round_number, as_json=as_json)
        return
    if person_changes:
        flags = ", ".join(f"--{k}" for k in person_changes)
        raise InputError(f"give --person PERSON_ID with {flags} (people's ids are in "
                         f"afterview show {app_id})")
    if not changes:
        raise InputError("nothing to change: give at least one option (see afterview edit "
                         "--help)")
    record = edit_application(open_tracker(), positive_id(app_id), changes,
                              round_number=round_number)
    if as_json:
        out.json(record)
        return
    out.rich().print(f"Updated #{record['id']}: {record['position']} at {record['company']}.")


def _one_person(app_id: int, person: int | None, remove: int | None, *,
                person_changes: dict[str, Any], app_changes: dict[str, Any],
                round_number: int | None, as_json: bool) -> None:
    """``edit --person`` and ``edit --remove-person``: one person, nothing else at once."""
    from afterview.domain.errors import InputError
    from afterview.store.tracker import edit_person, remove_person

    if app_changes:
        raise InputError("--person and --remove-person change one person only: edit the "
                         "application in a separate afterview edit")
    if person is not None and remove is not None:
        raise InputError("give either --person or --remove-person, not both")
    if person is None:
        if person_changes or round_number is not None:
            raise InputError("--remove-person takes no other option")
        result = remove_person(open_tracker(), app_id, _person_id(remove or 0))
        if as_json:
            out.json(result)
            return
        gone, kept = result["removed"], len(result["unlinked_contacts"])
        note = (f" {kept} logged contact{'s' if kept != 1 else ''} with them "
                f"{'stay' if kept != 1 else 'stays'} in the log without the name."
                if kept else "")
        out.rich().print(f"Removed {gone['name']} [{gone['id']}] from #{app_id}.{note}",
                         markup=False)
        return
    if round_number is not None:
        person_changes["round"] = round_number or None
    if not person_changes:
        raise InputError("nothing to change for --person: give --name, --title, --email, "
                         "--phone, --role, --primary/--not-primary or --round")
    record = edit_person(open_tracker(), app_id, _person_id(person), person_changes)
    if as_json:
        out.json(record)
        return
    changed = next(p for p in record["people"] if p["id"] == person)
    out.rich().print(f"Updated {changed['name']} [{changed['id']}] on #{app_id}: "
                     f"{record['position']} at {record['company']}.", markup=False)


def _person_id(value: int) -> int:
    from afterview.domain.limits import record_id

    return record_id(value, "person", "person")


def round_(
    app_id: IdArgument, *, at: At = None, duration: Duration = None, format_: Format = None,
    tone: Tone = None, via: Via = None, timeline: Timeline = None, deadline: Deadline = None,
    invited: Invited = None, topic: Topics = None, interviewer: People = None,
    notes: Notes = None, as_json: JsonOption = False,
) -> None:
    """Record the next interview round of an application."""
    from afterview.store.tracker import add_round

    data = _round_fields(at=at, duration=duration, format_=format_, tone=tone, via=via,
                         timeline=timeline, deadline=deadline, invited=invited, topic=topic,
                         notes=notes)
    data["people"] = _people(interviewer, None)
    record = add_round(open_tracker(), positive_id(app_id), data)
    if as_json:
        out.json(record)
        return
    latest = record["rounds"][-1]
    from afterview.labels import moment, phrase

    out.rich().print(f"Round {latest['number']} of #{record['id']} recorded for "
                     f"{moment(latest['interview_at'])} ({phrase('stage', record['stage'])}).")


def close(
    app_id: IdArgument,
    reason: Annotated[str, Opt(help="moved_on, rejected, withdrawn or offer (you took it).")
                      ] = "moved_on",
    note: Annotated[str | None, Opt(help="Why, in your words.", show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Close an application; a later reply from the employer reopens a moved-on one."""
    from afterview.store.tracker import close_application

    result = close_application(open_tracker(), positive_id(app_id), reason, note=note)
    if as_json:
        out.json(result)
        return
    from afterview.labels import phrase

    if result["previous_stage"] == result["stage"]:
        out.rich().print(f"#{result['application']} is already {phrase('stage', result['stage'])}.")
        return
    out.rich().print(f"#{result['application']}: {phrase('stage', result['previous_stage'])} "
                     f"→ {phrase('stage', result['stage'])}.")


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("edit")(edit)
    app.command("round")(round_)
    app.command("close")(close)
