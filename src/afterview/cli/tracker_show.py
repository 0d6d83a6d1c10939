"""``today``, ``list``, ``show`` and ``plan``: what is due, and what an application holds."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afterview.cli.complete import application_ids
from afterview.cli.console import out
from afterview.cli.tracker_db import (
    JsonOption,
    TodayOption,
    database_url,
    positive_id,
    today_from,
)
from afterview.domain.errors import InputError

IdArgument = Annotated[int, typer.Argument(metavar="ID", help="The application's id.",
                                           show_default=False,
                                           autocompletion=application_ids)]


def today(
    limit: Annotated[int, typer.Option(help="Rows shown per section.", min=1)] = 20,
    as_of: TodayOption = None,
    as_json: JsonOption = False,
) -> None:
    """What is overdue, due today and coming up; what to move on from, and what to focus on."""
    from afterview.config import load_policy
    from afterview.store.agenda import agenda

    # the JSON holds every step; the tables show ``limit`` rows and the counts
    data = agenda(database_url(), today_from(as_of), policy=load_policy(),
                  limit=None if as_json else limit)
    if as_json:
        out.json(data)
        return
    from afterview.cli.tracker_render import agenda as render

    render(out.rich(), data, limit=limit)


def list_(
    *,
    stage: Annotated[str | None, typer.Option(help="Only this stage.", show_default=False)] = None,
    company: Annotated[str | None, typer.Option(help="Company name contains this.",
                                                show_default=False)] = None,
    due: Annotated[str | None, typer.Option(
        help="overdue, today (overdue or due today) or week (due within seven days).",
        show_default=False)] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1,
                                              show_default=False)] = None,
    as_of: TodayOption = None,
    as_json: JsonOption = False,
) -> None:
    """List applications, newest interview first."""
    from afterview.config import load_policy
    from afterview.store import validate
    from afterview.store.agenda import list_applications
    from afterview.store.vocabulary import STAGES

    items = list_applications(
        database_url(), today=today_from(as_of),
        stage=validate.choice(stage, "stage", STAGES) if stage else None,
        company=company,
        due=validate.choice(due, "due", ("overdue", "today", "week")) if due else None,
        limit=limit, policy=load_policy())
    if as_json:
        out.json(items)
        return
    from afterview.cli.tracker_render import application_list

    application_list(out.rich(), items)


def _read(app_id: int, as_of: str | None) -> dict[str, Any]:
    """The record and plan of one application, read without the ORM (store/reading.py)."""
    from afterview.config import load_policy
    from afterview.store.reading import read_application

    return read_application(database_url(), positive_id(app_id), today=today_from(as_of),
                            policy=load_policy())


def show(app_id: IdArgument, as_of: TodayOption = None, as_json: JsonOption = False) -> None:
    """An application's record, its plan with the reasons, and its contact log."""
    data = _read(app_id, as_of)
    if as_json:
        out.json(data)
        return
    from afterview.cli.plan_view import render_plan
    from afterview.cli.tracker_render import record

    console = out.rich()
    record(console, data["application"])
    if data["plan"]:
        console.print()
        render_plan(console, data["plan"])


def plan(app_id: IdArgument, as_of: TodayOption = None, as_json: JsonOption = False) -> None:
    """The follow-up plan of an application's latest round, with the reasons for each step."""
    data = _read(app_id, as_of)
    if data["plan"] is None:
        raise InputError(f"application {app_id} has no interview round to plan from")
    if as_json:
        out.json(data["plan"])
        return
    from afterview.cli.plan_view import render_plan

    app = data["application"]
    console = out.rich()
    console.print(f"[bold]#{app['id']} {app['position']} at {app['company']}[/]")
    render_plan(console, data["plan"])


def register(app: typer.Typer) -> None:
    app.command("today")(today)
    app.command("list")(list_)
    app.command("show")(show)
    app.command("plan")(plan)
