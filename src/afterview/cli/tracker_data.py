"""``export``, ``import``, ``stats`` and ``demo``: the tracker's data as a whole."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.console import out
from afterview.cli.tracker_db import JsonOption, TodayOption, open_tracker, today_from
from afterview.domain.errors import InputError

Opt = typer.Option


def export(
    format_: Annotated[str, Opt("--format", help="json, csv or ics.")] = "json",
    output: Annotated[Path | None, Opt("--output", "-o", help="Write to this file "
                                       "[default: standard output].", show_default=False)
                      ] = None,
    as_of: TodayOption = None,
) -> None:
    """Export every application with its full history (JSON, CSV), or the plan as a calendar."""
    from afterview.store import validate

    kind = validate.choice(format_, "format", ("json", "csv", "ics"))
    store = open_tracker()
    now = validate.utc_now()
    if kind == "ics":
        from afterview.integrations.ics import calendar
        from afterview.store.tracker import live_plans

        payload: str | bytes = calendar(live_plans(store, today=today_from(as_of)), now=now)
    else:
        from afterview.store.transfer import export_records, to_csv, to_json

        records = export_records(store)
        payload = to_json(records, now) if kind == "json" else to_csv(records)
    if output is None:
        out.stdout.write(payload.decode() if isinstance(payload, bytes) else payload)
        return
    try:
        if isinstance(payload, bytes):
            output.write_bytes(payload)
        else:
            output.write_text(payload, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from exc


def import_(
    file: Annotated[Path, typer.Argument(help="A JSON export, a JSON list or a CSV file.",
                                         show_default=False)],
    dry_run: Annotated[bool, Opt("--dry-run", help="Check the file; write nothing.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Import applications from CSV or JSON: every record is checked first, then all are
    written in one transaction, or none."""
    from afterview.store.transfer import import_records, read_import_file

    records = read_import_file(file)

    def progress(done: int, total: int) -> None:
        out.stderr.write(f"imported {done}/{total}\n")
        out.stderr.flush()

    summary = import_records(open_tracker(), records, dry_run=dry_run, progress=progress)
    if as_json:
        out.json(summary)
        return
    verb = "would import" if dry_run else "imported"
    out.rich().print(f"{file.name}: {verb} {summary['applications']} applications, "
                     f"{summary['rounds']} rounds, {summary['contacts']} contacts.")


def stats(as_json: JsonOption = False) -> None:
    """Response rate and days to an answer, by channel, interview format and company size."""
    from afterview.store.stats import statistics

    data = statistics(open_tracker())
    if as_json:
        out.json(data)
        return
    from rich.table import Table

    console = out.rich()
    console.print(f"[bold]{data['applications']} applications[/]: " + ", ".join(
        f"{n} {stage.replace('_', ' ')}" for stage, n in data["by_stage"].items()))
    for key, label, count in (("by_channel", "channel", "follow_ups"),
                              ("by_format", "format", "interviews"),
                              ("by_company_size", "company_size", "interviews")):
        table = Table(title=f"Answers by {label.replace('_', ' ')}", title_justify="left",
                      show_edge=False, pad_edge=False)
        for column in (label.replace("_", " "), count.replace("_", "-"), "answered",
                       "rate", "median days", "mean days", "still waiting"):
            table.add_column(column)
        for row in data[key]:
            # "still waiting": unanswered, but their waiting window is open; not in the rate
            table.add_row(row[label].replace("_", " "), str(row[count]), str(row["answered"]),
                          f"{row['response_rate']:.0%}" if row["response_rate"] is not None
                          else "—", str(row["median_days"] or "—"), str(row["mean_days"] or "—"),
                          str(row.get("waiting", 0)))
        console.print(table)


def demo(
    force: Annotated[bool, Opt("--force", help="Replace the demo file if it exists.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Create a fresh SQLite database of realistic sample applications (at --db, or demo.db
    in your data folder) to try every command on."""
    from afterview.store.database import default_path, resolve_url, sqlite_file
    from afterview.store.demo import create_demo
    from afterview.store.validate import utc_now

    target = default_path().with_name("demo.db")
    if out.database:
        path = sqlite_file(resolve_url(out.database))
        if path is None:
            raise InputError("the demo is a SQLite file: give --db a file path")
        target = path
    now = utc_now()
    result = create_demo(target, today=now.astimezone().date(), now=now, replace=force)
    if as_json:
        out.json(result)
        return
    out.rich().print(f"Demo database with {result['applications']} applications at "
                     f"{result['path']}.\nTry: afterview --db {result['path']} today")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
    app.command("stats")(stats)
    app.command("demo")(demo)
