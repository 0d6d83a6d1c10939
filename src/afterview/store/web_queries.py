"""Read queries the web interface needs beyond the tracker's services.

Plain SQL through :func:`afterview.store.agenda.run_query`, the same on SQLite and
PostgreSQL. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

from afterview.store import vocabulary as v
from afterview.store.agenda import (
    LIKE_ESCAPE,
    SECTIONS,
    Query,
    agenda,
    contains_pattern,
    run_query,
)
from afterview.store.planning import agenda_entry

_PLANNED = ", ".join(f"'{s}'" for s in v.PLANNED_STAGES)
_LIST_COLUMNS = ("id, company, position, stage, last_interview_at, plan_state, "
                 "thank_you_due_on, status_earliest_on, status_latest_on, status_channel, "
                 "final_on, move_on_on, next_due_on")
_DATES = ("thank_you_due_on", "status_earliest_on", "status_latest_on", "final_on",
          "move_on_on", "next_due_on")


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace(" ", "T"))


def today_view(url: str, today: date, *, limit: int = 25, focus: int = 5) -> dict[str, Any]:
    """Today's agenda with each section cut to ``limit`` rows and its full count kept."""
    full = agenda(url, today, focus=focus)
    out: dict[str, Any] = {"today": full["today"], "focus": full["focus"], "counts": {}}
    for name in SECTIONS:
        rows = full[name]
        out["counts"][name] = len(rows)
        out[name] = rows[:limit]
    return out


def search_applications(url: str, *, today: date, query: str = "", stage: str = "",
                        due: str = "", limit: int = 200) -> dict[str, Any]:
    """Applications whose company or position contains ``query`` (any case), by stage.

    ``due`` keeps those with a step in one of the agenda's sections (``overdue``,
    ``due_today``, ``this_week``, ``move_on``). Returns the items (newest interview
    first, at most ``limit``), the number that matched, and counts per stage.
    """
    from afterview.store.validate import text

    where: list[str] = []
    params: dict[str, Any] = {}
    query = text(query, "q") or ""
    if query:
        where.append(f"(LOWER(company) LIKE :q {LIKE_ESCAPE} OR LOWER(position) LIKE :q "
                     f"{LIKE_ESCAPE})")
        params["q"] = contains_pattern(query)
    if stage:
        where.append("stage = :stage")
        params["stage"] = stage
    if due:
        where.append(f"stage IN ({_PLANNED}) AND next_due_on <= :horizon")
        params["horizon"] = today + timedelta(days=7)
    # only fixed clauses are joined here; every value travels as a bound parameter
    sql = f"SELECT {_LIST_COLUMNS} FROM applications"  # noqa: S608
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY last_interview_at DESC, id DESC"

    def work(run: Query) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        stages: dict[str, int] = dict.fromkeys(v.STAGES, 0)
        matched = 0
        for raw in run(sql, params):
            row = dict(raw)
            for key in _DATES:
                row[key] = _day(row[key])
            planned = row["stage"] in v.PLANNED_STAGES
            entry = agenda_entry(row, today, later=True) if planned else None
            if due and (entry is None or entry[0] != due):
                continue
            matched += 1
            stages[row["stage"]] = stages.get(row["stage"], 0) + 1
            if len(items) < limit:
                last = _moment(row["last_interview_at"])
                items.append({
                    "id": row["id"], "company": row["company"], "position": row["position"],
                    "stage": row["stage"],
                    "last_interview_at": last.strftime("%Y-%m-%dT%H:%M") if last else None,
                    "next": None if entry is None else {
                        "section": entry[0], "step": entry[1], "date": entry[2].isoformat()},
                })
        return {"items": items, "matched": matched, "stages": stages}

    result: dict[str, Any] = run_query(url, work)
    return result


def application_exists(url: str, app_id: int) -> bool:
    """Whether there is an application with this id."""
    rows: list[dict[str, Any]] = run_query(
        url, lambda run: run("SELECT id FROM applications WHERE id = :id", {"id": app_id}))
    return bool(rows)


class DataVersion:
    """Tells cheaply whether the database changed, so a page can reuse what it computed.

    On a SQLite file this is ``PRAGMA data_version`` on a connection kept for the purpose:
    its value changes whenever another connection (this app's writes included, and any
    ``afterview`` command) commits. Elsewhere ``current()`` is None: nothing is reused.
    """

    def __init__(self, url: str) -> None:
        import threading

        from afterview.store.database import sqlite_file

        path = sqlite_file(url)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False) if path else None

    def current(self) -> int | None:
        if self._conn is None:
            return None
        with self._lock:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
