"""What is due: today's agenda and the filtered list, read from the stored plan dates.

These queries are plain SQL that runs the same on SQLite and PostgreSQL. On a SQLite file
that is already at the current schema they run through the standard library's ``sqlite3``,
which keeps ``afterview today`` fast: loading SQLAlchemy alone takes longer than the query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterview.domain.policy import Policy

from afterview.store import stages as v
from afterview.store.database import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    POLICY_META_KEY,
    StoreError,
    describe,
    open_store,
    policy_key,
    sqlite_file,
)
from afterview.store.due import agenda_entry

_PLANNED = ", ".join(f"'{s}'" for s in v.PLANNED_STAGES)
_LIVE = ", ".join(f"'{s}'" for s in v.LIVE_STAGES)
_COLUMNS = ("id, company, position, stage, last_interview_at, plan_state, thank_you_due_on, "
            "status_earliest_on, status_latest_on, status_channel, final_on, move_on_on, "
            "next_due_on")
# built from constants only; values are always bound parameters
DUE_SQL = (f"SELECT {_COLUMNS} FROM applications WHERE stage IN ({_PLANNED}) "  # noqa: S608
           "AND next_due_on <= :horizon ORDER BY next_due_on, id")
FOCUS_SQL = (f"SELECT {_COLUMNS} FROM applications WHERE stage IN ({_LIVE}) "  # noqa: S608
             "ORDER BY last_interview_at DESC, id DESC LIMIT :limit")
_DATES = ("thank_you_due_on", "status_earliest_on", "status_latest_on", "final_on",
          "move_on_on", "next_due_on")
SECTIONS = ("overdue", "due_today", "this_week", "move_on")
Query = Callable[[str, Mapping[str, Any]], list[dict[str, Any]]]


LIKE_ESCAPE = "ESCAPE '\\'"


def contains_pattern(value: str) -> str:
    """A LIKE pattern (used with LIKE_ESCAPE) for text containing ``value`` in any case:
    ``%`` and ``_`` in ``value`` match themselves, not any text."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _normalise(row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in _DATES:
        value = out[key]
        if isinstance(value, str):
            out[key] = date.fromisoformat(value[:10])
        elif isinstance(value, datetime):
            out[key] = value.date()
    last = out["last_interview_at"]
    if isinstance(last, datetime):
        out["last_interview_at"] = last.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(last, str):
        out["last_interview_at"] = last[:16].replace(" ", "T")
    return out


def _iso(params: Mapping[str, Any]) -> dict[str, Any]:
    """SQLite keeps dates as ISO text; compare with text of the same form."""
    return {k: val.isoformat() if isinstance(val, date) else val for k, val in params.items()}


def _fast_sqlite(url: str, policy: Policy | None = None) -> sqlite3.Connection | None:
    """A stdlib connection to a SQLite file already at the current schema, else None.

    With ``policy``, also None when the stored plan dates came from another policy, so
    that the caller opens the store properly and brings them up to date.
    """
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        found = conn.execute(
            "SELECT (SELECT version_num FROM alembic_version), "
            "(SELECT value FROM afterview_meta WHERE key = 'application'), "
            "(SELECT value FROM afterview_meta WHERE key = :policy)",
            {"policy": POLICY_META_KEY}).fetchone()
    except sqlite3.Error:
        return None
    current = tuple(found[:2]) == (HEAD_REVISION, "afterview")
    if current and policy is not None:
        from afterview.domain.policy import DEFAULT_POLICY

        current = (found[2] or policy_key(DEFAULT_POLICY)) == policy_key(policy)
    if not current:
        conn.close()
        return None
    return conn


def run_query(url: str, work: Callable[[Query], Any], policy: Policy | None = None) -> Any:
    """Call ``work(query)`` with a function that runs read-only SQL on the database.

    With ``policy``, stored plan dates computed with another policy are updated first.
    """
    conn = _fast_sqlite(url, policy)
    if conn is not None:
        try:
            return work(lambda sql, params: [dict(r) for r in conn.execute(sql, _iso(params))])
        except sqlite3.DatabaseError:
            pass  # e.g. a dropped table: opening the store below names the problem
        except ValueError as exc:
            _refuse_damaged(url, exc, lambda sql: conn.execute(sql).fetchall())
            raise
        finally:
            conn.close()
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    store = open_store(url, policy=policy)
    try:
        with store.engine.connect() as sa_conn:
            convert = _iso if store.is_sqlite else dict
            return work(lambda sql, params: [dict(r._mapping) for r in sa_conn.execute(
                text(sql), convert(params))])
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(f"cannot read {describe(url)}: {reason}") from exc
    except ValueError as exc:
        if store.is_sqlite:
            with store.engine.connect() as raw:
                _refuse_damaged(url, exc, lambda sql: list(raw.exec_driver_sql(sql).all()))
        raise
    finally:
        store.close()


def _refuse_damaged(url: str, exc: ValueError, rows: Callable[[str], Any]) -> None:
    """Raise a StoreError naming the stored rows that cannot be read, when they explain ``exc``."""
    from afterview.domain.errors import InputError
    from afterview.store.integrity import damaged_message

    if isinstance(exc, InputError):
        return
    message = damaged_message(describe(url), rows)
    if message is not None:
        raise StoreError(message) from exc


def _item(row: dict[str, Any], step: str, on: date) -> dict[str, Any]:
    channel = row["status_channel"] if step == "status" else (
        "email" if step in ("thank_you", "final") else None)
    return {"id": row["id"], "company": row["company"], "position": row["position"],
            "stage": row["stage"], "step": step, "date": on.isoformat(), "channel": channel,
            "last_interview_at": row["last_interview_at"]}


def classify(rows: Sequence[Mapping[str, Any]], today: date) -> dict[str, list[dict[str, Any]]]:
    """Sort applications into the agenda's sections from their stored plan dates."""
    sections: dict[str, list[dict[str, Any]]] = {name: [] for name in SECTIONS}
    for raw in rows:
        row = _normalise(raw)
        entry = agenda_entry(row, today)
        if entry is not None:
            section, step, on = entry
            sections[section].append(_item(row, step, on))
    return sections


def agenda(url: str, today: date, *, focus: int = 5, policy: Policy | None = None
           ) -> dict[str, Any]:
    """Overdue, due today, this week, time to move on, and the live applications to focus on."""
    horizon = today + timedelta(days=7)

    def work(query: Query) -> dict[str, Any]:
        sections = classify(query(DUE_SQL, {"horizon": horizon}), today)
        leaving = {item["id"] for item in sections["move_on"]}
        live = [_normalise(r) for r in query(FOCUS_SQL, {"limit": focus + len(leaving)})]
        sections_out: dict[str, Any] = {"today": today.isoformat(), **sections}
        sections_out["focus"] = [
            {"id": r["id"], "company": r["company"], "position": r["position"],
             "stage": r["stage"], "last_interview_at": r["last_interview_at"]}
            for r in live if r["id"] not in leaving][:focus]
        return sections_out

    result: dict[str, Any] = run_query(url, work, policy)
    return result


def list_applications(url: str, *, today: date, stage: str | None = None,
                      company: str | None = None, due: str | None = None,
                      limit: int | None = None, policy: Policy | None = None
                      ) -> list[dict[str, Any]]:
    """Applications, newest interview first, filtered by stage, company (part of the name,
    any case) and due (``overdue``; ``today`` = overdue or due today; ``week`` = all within
    seven days)."""
    from afterview.domain.limits import MAX_ID
    from afterview.store.validate import text

    where: list[str] = []
    params: dict[str, Any] = {}
    if stage:
        where.append("stage = :stage")
        params["stage"] = stage
    company = text(company, "company")
    if company:
        where.append(f"LOWER(company) LIKE :company {LIKE_ESCAPE}")
        params["company"] = contains_pattern(company)
    if limit is not None:
        limit = min(limit, MAX_ID)  # "at most 10**20" is all of them; SQL cannot hold it
    if due:
        where.append(f"stage IN ({_PLANNED}) AND next_due_on <= :horizon")
        params["horizon"] = today + timedelta(days=7)
    sql = f"SELECT {_COLUMNS} FROM applications"  # noqa: S608 - filters are bound below
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY last_interview_at DESC, id DESC"
    if limit and not due:
        sql += f" LIMIT {int(limit)}"
    wanted = {"overdue": {"overdue"}, "today": {"overdue", "due_today", "move_on"},
              "week": set(SECTIONS)}.get(due or "", set())

    def work(query: Query) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for raw in query(sql, params):
            row = _normalise(raw)
            planned = row["stage"] in v.PLANNED_STAGES
            entry = agenda_entry(row, today, later=True) if planned else None
            if due and (entry is None or entry[0] not in wanted):
                continue
            items.append({
                "id": row["id"], "company": row["company"], "position": row["position"],
                "stage": row["stage"], "last_interview_at": row["last_interview_at"],
                "next": None if entry is None else {
                    "section": entry[0], "step": entry[1], "date": entry[2].isoformat()},
            })
        return items[:limit] if limit else items

    result: list[dict[str, Any]] = run_query(url, work, policy)
    return result
