"""Finding the stored rows that cannot be read back, to name them instead of crashing.

SQLite keeps whatever text it is given in a date column, so a row edited by hand (or by
another program) can hold ``interview_at = 'garbage'``. Reading it fails deep inside the
database library; this module looks for such rows only after a read has failed, and says
which row and which column are damaged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

Rows = Callable[[str], Sequence[Sequence[Any]]]
"""Runs one read-only SQL statement and returns its raw rows (no type conversion)."""
MAX_REPORTED = 3


def _readable(value: Any, kind: type[date]) -> bool:
    if not isinstance(value, str):
        return True
    try:
        kind.fromisoformat(value)
    except ValueError:
        return False
    return True


def damaged_rows(rows: Rows) -> list[str]:
    """Up to MAX_REPORTED rows whose date or time columns do not hold a date or time,
    as ``rounds row 1: interview_at 'garbage'``."""
    from sqlalchemy import Date, DateTime

    from afterview.store.models import Base

    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns.keys())
        for column in table.columns:
            kind = datetime if isinstance(column.type, DateTime) else (
                date if isinstance(column.type, Date) else None)
            if kind is None or len(keys) != 1:
                continue
            # names come from the models, not from input
            sql = (f"SELECT {keys[0]}, {column.name} FROM {table.name} "  # noqa: S608
                   f"WHERE {column.name} IS NOT NULL")
            for ident, value in rows(sql):
                if not _readable(value, kind):
                    found.append(f"{table.name} row {ident}: {column.name} {str(value)[:40]!r}")
                    if len(found) >= MAX_REPORTED:
                        return found
    return found


def damaged_message(where: str, rows: Rows) -> str | None:
    """The one-line message naming the damaged rows of the database at ``where``, or None."""
    try:
        found = damaged_rows(rows)
    except Exception:  # a database too damaged to scan keeps its first error
        return None
    if not found:
        return None
    return (f"{where} holds rows that cannot be read (not a date or time): "
            f"{'; '.join(found)}; correct or delete them")
