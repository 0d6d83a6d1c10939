"""What is due: today's agenda (from the stored due steps) and the filtered list (from the
plan dates stored on each application).

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
    from afterview.store.database import Store

from afterview.store import stages as v
from afterview.store.database import (
    HEAD_REVISION,
    POLICY_META_KEY,
    StoreError,
    connect_read_only,
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
        conn = connect_read_only(path)
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


def run_query(source: str | Store, work: Callable[[Query], Any],
              policy: Policy | None = None) -> Any:
    """Call ``work(query)`` with a function that runs read-only SQL on the database.

    ``source`` is a URL (opened for the call) or an open store (its connection pool is
    used). With ``policy`` and a URL, stored plan dates computed with another policy are
    updated first.
    """
    if not isinstance(source, str):
        try:
            return _on_store(source, work)
        except ValueError as exc:
            source._refuse_damaged(exc)
            raise
    url = source
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
    from sqlalchemy.exc import SQLAlchemyError

    store = open_store(url, policy=policy, read_only=True)
    try:
        return _on_store(store, work)
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


def _on_store(store: Store, work: Callable[[Query], Any]) -> Any:
    from sqlalchemy import text

    with store.engine.connect() as sa_conn:
        convert = _iso if store.is_sqlite else dict
        return work(lambda sql, params: [dict(r._mapping) for r in sa_conn.execute(
            text(sql), convert(params))])


AGENDA_SECTIONS = ("overdue", "due_today", "coming_up", "move_on")
"""Today's sections: a step whose window closed, one whose window is open, one that opens
within the next seven days, and applications whose move-on date has come."""
_LIVE_STEP = "(s.expires_on IS NULL OR s.expires_on > :today)"
# One condition per section, each a range of one index (see models.DueStep), so that a
# count reads an index and the first rows of a section are the first entries of a range.
_WHERE = {
    "overdue": f"s.latest_on < :today AND {_LIVE_STEP}",
    "due_today": f"s.latest_on >= :today AND s.earliest_on <= :today AND {_LIVE_STEP}",
    "coming_up": f"s.earliest_on > :today AND s.earliest_on <= :horizon AND {_LIVE_STEP}",
    "move_on": "s.step = 'move_on' AND s.earliest_on <= :today",
}
_ORDER = {"overdue": "s.latest_on", "due_today": "s.latest_on", "coming_up": "s.earliest_on",
          "move_on": "s.earliest_on"}
_ROW = ("SELECT s.application_id AS id, a.company, a.position, a.stage, a.last_interview_at, "
        "a.country, a.subdivision, s.step, s.person_id, pp.name AS person_name, "
        "s.earliest_on, s.latest_on, s.channel, '{name}' AS section FROM due_steps s "
        "JOIN applications a ON a.id = s.application_id "
        "LEFT JOIN people pp ON pp.id = s.person_id WHERE {where} "
        "ORDER BY {order}, s.application_id, s.id LIMIT :limit")
# built from constants only; values are always bound parameters
COUNT_SQL = "SELECT " + ", ".join(  # noqa: S608
    f"(SELECT COUNT(*) FROM due_steps s WHERE {where}) AS {name}"  # noqa: S608
    for name, where in _WHERE.items())
STEPS_SQL = " UNION ALL ".join(
    "SELECT * FROM (" + _ROW.format(name=name, where=where, order=_ORDER[name]) + ") "  # noqa: S608
    + name for name, where in _WHERE.items())
_NO_LIMIT = 2**31 - 1


def _day(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def _first_business_days(rows: Sequence[Mapping[str, Any]], today: date
                         ) -> dict[tuple[str, str | None], date]:
    """The first business day from ``today`` in each calendar the overdue rows use.

    An overdue step is advised for that day (the planner moves it there); it is worked out
    for the few rows shown, so the stored rows stay valid on any day.
    """
    places = {(r["country"], r["subdivision"]) for r in rows if r["section"] == "overdue"}
    if not places:
        return {}
    from afterview.domain.calendar import calendar_for

    return {place: calendar_for(*place).first_business_day_from(today) for place in places}


def _step_item(row: Mapping[str, Any], advised: dict[tuple[str, str | None], date]
               ) -> dict[str, Any]:
    earliest, latest = _day(row["earliest_on"]), _day(row["latest_on"])
    assert earliest is not None
    overdue = row["section"] == "overdue"
    on = latest if overdue and latest is not None else earliest
    act_on = advised[(row["country"], row["subdivision"])] if overdue else earliest
    last = _normalise_moment(row["last_interview_at"])
    return {"id": row["id"], "company": row["company"], "position": row["position"],
            "stage": row["stage"], "step": row["step"], "person": row["person_id"],
            "person_name": row["person_name"],
            "date": on.isoformat(), "advised": act_on.isoformat(),
            "earliest": earliest.isoformat(), "latest": latest.isoformat() if latest else None,
            "channel": row["channel"], "last_interview_at": last}


def _normalise_moment(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, str):
        return value[:16].replace(" ", "T")
    return None


def agenda_sections(query: Query, today: date, *, limit: int | None = None
                    ) -> dict[str, Any]:
    """The agenda's sections from the stored due steps (``limit`` rows each) and counts.

    One row per step: an application with a thank-you due today and its status follow-up
    opening on Thursday appears in both sections.
    """
    params = {"today": today, "horizon": today + timedelta(days=7),
              "limit": _NO_LIMIT if limit is None else limit}
    found = query(COUNT_SQL, params)[0]
    counts = {name: int(found[name]) for name in AGENDA_SECTIONS}
    rows = query(STEPS_SQL, params)
    advised = _first_business_days(rows, today)
    out: dict[str, Any] = {name: [] for name in AGENDA_SECTIONS}
    for row in rows:
        out[row["section"]].append(_step_item(row, advised))
    out["counts"] = counts
    return out


def agenda(source: str | Store, today: date, *, focus: int = 5, limit: int | None = None,
           policy: Policy | None = None) -> dict[str, Any]:
    """Overdue, due today, coming up, time to move on, and the live applications to focus on.

    ``source`` is a database URL or an open store; ``limit`` cuts each section to that
    many rows (``counts`` keeps the full numbers).
    """
    def work(query: Query) -> dict[str, Any]:
        sections = agenda_sections(query, today, limit=limit)
        leaving = {item["id"] for item in sections["move_on"]}
        live = [_normalise(r) for r in query(FOCUS_SQL, {"limit": focus + len(leaving)})]
        out: dict[str, Any] = {"today": today.isoformat(), **sections}
        out["focus"] = [
            {"id": r["id"], "company": r["company"], "position": r["position"],
             "stage": r["stage"], "last_interview_at": r["last_interview_at"]}
            for r in live if r["id"] not in leaving][:focus]
        return out

    result: dict[str, Any] = run_query(source, work, policy)
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
