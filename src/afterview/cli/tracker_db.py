"""What the tracker commands share: the database of this run, options, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

if TYPE_CHECKING:
    from afterview.store.database import Store


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
TodayOption = Annotated[
    str | None, typer.Option("--today", metavar="YYYY-MM-DD",
                             help="Act as if today were this day.", show_default=False)]


def database_url() -> str:
    """The URL of the database this run uses."""
    from afterview.store.database import resolve_url

    return resolve_url(out.database)


def open_tracker(*, read_only: bool = False) -> Store:
    """Open (creating or upgrading if needed) the database this run uses, with the
    user's policy (plans stored with another policy are brought up to date).

    Commands that only read pass ``read_only``: a current database is then opened without
    writing anything, so it can be read where it cannot be written.
    """
    from afterview.config import load_policy
    from afterview.store.database import open_store

    return open_store(database_url(), policy=load_policy(), read_only=read_only)


def today_from(value: str | None) -> date:
    """``--today``, or the local date of the system clock (the CLI is where the clock is read)."""
    if value is None:
        return datetime.now(UTC).astimezone().date()
    from afterview.domain.scenario import parse_date

    return parse_date(value, "--today")


def system_timezone() -> str:
    """The system's IANA time zone name (``TZ``, /etc/timezone, /etc/localtime), else UTC."""
    import os

    name = os.environ.get("TZ", "").lstrip(":")
    if name and "/" in name and not name.startswith("/"):
        return name
    try:
        text = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if text:
            return text
    except OSError:
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def positive_id(value: int) -> int:
    if value < 1:
        raise InputError(f"application id must be a positive whole number; got {value}",
                         field="id")
    return value

