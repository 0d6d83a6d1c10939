"""What the tracker commands share: the database of this run, options, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from afterview.cli.console import out

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


def open_tracker() -> Store:
    """Open (creating or upgrading if needed) the database this run uses, with the
    user's policy (plans stored with another policy are brought up to date)."""
    from afterview.config import load_policy
    from afterview.store.database import open_store

    return open_store(database_url(), policy=load_policy())


def today_from(value: str | None) -> date:
    """``--today``, or the local date of the system clock (the CLI is where the clock is read)."""
    if value is None:
        return datetime.now(UTC).astimezone().date()
    from afterview.domain.scenario import parse_date

    return parse_date(value, "--today")


def profile_timezone() -> str:
    """The zone for new records: the profile's (``afterview profile --timezone``), else the
    computer's."""
    from afterview.config import profile_path
    from afterview.localzone import default_timezone
    from afterview.profile import load_profile

    path = profile_path()
    return default_timezone(load_profile(path).timezone if path.exists() else "")


def positive_id(value: int) -> int:
    """An application id as typed; one that cannot name a record is refused (exit 2)."""
    from afterview.domain.limits import record_id

    return record_id(value)

