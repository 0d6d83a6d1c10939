"""``export``, ``import``, ``stats`` and ``demo``: the tracker's data as a whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.complete import application_ids
from afterview.cli.console import out
from afterview.cli.tracker_db import (
    JsonOption,
    TodayOption,
    database_url,
    open_tracker,
    positive_id,
    today_from,
)
from afterview.domain.errors import InputError
from afterview.labels import phrase

Opt = typer.Option
_LISTED = 20  # applications changed or skipped that the text output names one by one


def export(
    format_: Annotated[str | None, Opt("--format", help="json, csv or ics [default: json].",
                                       show_default=False)] = None,
    output: Annotated[Path | None, Opt("--output", "-o", help="Write to this file "
                                       "[default: standard output].", show_default=False)
                      ] = None,
    interview: Annotated[int | None, Opt("--interview", metavar="ID", help="Only this "
                                         "application.", show_default=False,
                                         autocompletion=application_ids)] = None,
    as_of: TodayOption = None,
    as_json: Annotated[bool, Opt("--json", help="The JSON export (as --format json).")
                       ] = False,
) -> None:
    """Export every application (or one) with its full history (JSON, CSV), or the plan as a
    calendar. Each application and contact keeps its uid, so importing the file again
    recognises them; see docs/import-export.md."""
    from afterview.store import validate

    kind = validate.choice(format_, "format", ("json", "csv", "ics"), "json") or "json"
    if as_json and kind != "json":
        raise InputError(f"--json exports JSON; it cannot go with --format {kind}",
                         field="format")
    app_id = None if interview is None else positive_id(interview)
    now = validate.utc_now()
    if kind != "ics" and app_id is not None:  # one record: plain SQL, no ORM (fast)
        from afterview.store.transfer import export_records, to_csv, to_json

        records = export_records(database_url(), app_id)
        _write(to_json(records, now) if kind == "json" else to_csv(records), output)
        return
    store = open_tracker(read_only=True)
    if kind == "ics":
        from afterview.integrations.ics import calendar
        from afterview.store.tracker import get_application, live_plans

        plans = live_plans(store, today=today_from(as_of))
        if app_id is not None:
            get_application(store, app_id)  # a clear error when there is no such application
            plans = [(summary, plan) for summary, plan in plans if summary["id"] == app_id]
        payload: str | bytes = calendar(plans, now=now)
    else:
        from afterview.store.transfer import export_records, to_csv, to_json

        records = export_records(store)
        payload = to_json(records, now) if kind == "json" else to_csv(records)
    _write(payload, output)


def _write(payload: str | bytes, output: Path | None) -> None:
    """The export to standard output, or to ``output``."""
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
    dry_run: Annotated[bool, Opt("--dry-run", help="Say what would be added, changed and "
                                 "skipped; write nothing.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Import applications from CSV or JSON: every record is checked first, then they are
    written in batches. Applications already here (by their uid) are skipped, or changed
    when the file's version is newer; see docs/import-export.md."""
    from afterview.store.importing import ImportInterrupted
    from afterview.store.transfer import import_records, read_import_file

    records = read_import_file(file)
    store = open_tracker()
    try:
        with _progress() as progress, _stop_signal_interrupts():
            summary = import_records(store, records, dry_run=dry_run, progress=progress)
    except ImportInterrupted as exc:
        resume = ("import the same file again to add the rest" if all(
            isinstance(r, dict) and r.get("uid") for r in records)
                  else "they are the first ones of the file")
        out.error(f"interrupted: {exc.written} of {exc.total} applications were written, "
                  f"each whole; {resume}")
        raise typer.Exit(130) from None
    except KeyboardInterrupt:
        out.error("interrupted while checking the file: nothing was written")
        raise typer.Exit(130) from None
    if as_json:
        out.json(summary)
        return
    numbers = (f"{summary['added']}, {{}} {summary['changed']} and {{}} {summary['skipped']} "
               f"of {summary['applications']} applications")
    if dry_run:
        head = f"would add {numbers.format('change', 'skip')}; nothing was written."
    else:
        head = (f"added {numbers.format('changed', 'skipped')} ({summary['rounds']} rounds, "
                f"{summary['contacts']} contacts written).")
    console = out.rich()
    console.print(f"{file.name}: {head}", markup=False, soft_wrap=True)
    label = {"change": "would change" if dry_run else "changed",
             "skip": "would skip" if dry_run else "skipped"}
    for item in summary["items"][:_LISTED]:
        console.print(f"  {label[item['action']]} #{item['id']} {item['company']} "
                      f"({item['position']}): {item['reason']}", markup=False, soft_wrap=True)
    if len(summary["items"]) > _LISTED:
        console.print(f"  … and {len(summary['items']) - _LISTED} more (--json lists them all)")


@contextmanager
def _progress() -> Iterator[Callable[[int, int], None]]:
    """A Rich progress bar at a terminal, else a line per batch on standard error."""
    if not out.stderr.isatty():
        def line(done: int, total: int) -> None:
            out.stderr.write(f"imported {done}/{total}\n")
            out.stderr.flush()

        yield line
        return
    from rich.progress import Progress

    with Progress(console=out.rich(stderr=True), transient=True) as bar:
        task = bar.add_task("importing", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


@contextmanager
def _stop_signal_interrupts() -> Iterator[None]:
    """A stop signal (kill) ends the import as Ctrl+C does: after rolling back one batch."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stats(as_json: JsonOption = False) -> None:
    """Response rate and days to an answer, by channel, interview format and company size."""
    from afterview.store.stats import statistics

    data = statistics(open_tracker(read_only=True))
    if as_json:
        out.json(data)
        return
    from rich.table import Table

    console = out.rich()
    console.print(f"[bold]{data['applications']} applications[/]: " + ", ".join(
        f"{n} {phrase('stage', stage)}" for stage, n in data["by_stage"].items()))
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
            table.add_row(phrase(label, row[label]), str(row[count]), str(row["answered"]),
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
