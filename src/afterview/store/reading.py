"""Reading one application with its rounds, people, contacts and stage history, as SQL.

The queries are written once here and run through ``agenda.run_query``: the standard
library's ``sqlite3`` on a current SQLite file (so ``afterview show`` never loads the ORM),
SQLAlchemy Core on PostgreSQL or an open store. The rows become plain objects with the
ORM models' attribute names and Python types, so the one record function
(``records.application_dict``) and the one planner bridge (``planning.plan_for``) read
them exactly as they read the models written by the tracker's writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from afterview.domain.errors import NotFoundError
from afterview.domain.limits import record_id

if TYPE_CHECKING:
    from afterview.domain.policy import Policy
    from afterview.store import models
    from afterview.store.agenda import Query
    from afterview.store.database import Store

_APPLICATION = ("id", "uid", "stage", "company", "position", "country", "subdivision", "timezone",
                "industry", "traditional_industry", "company_size", "style", "process_length",
                "final_followup", "notes", "created_at", "updated_at")
_ROUND = ("number", "interview_at", "duration_min", "format", "tone", "scheduled_via",
          "invited_to_call", "timeline", "deadline", "topics", "notes")
_PERSON = ("id", "name", "title", "email", "phone", "role", "is_primary", "round_number")
_CONTACT = ("id", "uid", "at_utc", "utc_offset_min", "direction", "channel", "purpose", "outcome",
            "person_id", "notes")
_STAGE = ("id", "stage", "at_utc", "reason")

# built from constants only; the id is always a bound parameter
APPLICATION_SQL = f"SELECT {', '.join(_APPLICATION)} FROM applications WHERE id = :id"  # noqa: S608
ROUNDS_SQL = (f"SELECT {', '.join(_ROUND)} FROM rounds "  # noqa: S608
              "WHERE application_id = :id ORDER BY number")
PEOPLE_SQL = (f"SELECT {', '.join(_PERSON)} FROM people "  # noqa: S608
              "WHERE application_id = :id ORDER BY id")
CONTACTS_SQL = (f"SELECT {', '.join(_CONTACT)} FROM contacts "  # noqa: S608
                "WHERE application_id = :id ORDER BY at_utc, id")
STAGES_SQL = (f"SELECT {', '.join(_STAGE)} FROM stage_changes "  # noqa: S608
              "WHERE application_id = :id ORDER BY at_utc, id")


def _moment(value: Any) -> Any:
    """A DateTime column: SQLite gives ISO text, PostgreSQL a datetime."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def _flag(value: Any) -> Any:
    return value if value is None else bool(value)


def _json_list(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "created_at": _moment, "updated_at": _moment, "interview_at": _moment, "at_utc": _moment,
    "traditional_industry": _flag, "final_followup": _flag, "invited_to_call": _flag,
    "is_primary": _flag, "topics": _json_list,
}


def _typed(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _CONVERT[key](value) if key in _CONVERT else value
            for key, value in row.items()}


def load_rows(query: Query, app_id: int) -> models.Application:
    """The application with this id, read as plain rows (the models' attributes), or a
    clear error. Read-only: nothing read here is written back."""
    params = {"id": record_id(app_id)}
    found = query(APPLICATION_SQL, params)
    if not found:
        raise NotFoundError(f"there is no application {app_id}", field="id")
    app = SimpleNamespace(**_typed(found[0]))
    app.rounds = [SimpleNamespace(**_typed(r)) for r in query(ROUNDS_SQL, params)]
    app.people = [SimpleNamespace(**_typed(r)) for r in query(PEOPLE_SQL, params)]
    app.contacts = [SimpleNamespace(**_typed(r)) for r in query(CONTACTS_SQL, params)]
    app.stage_history = [SimpleNamespace(**_typed(r)) for r in query(STAGES_SQL, params)]
    return cast("models.Application", app)


def read_application(source: str | Store, app_id: int, *, today: date | None = None,
                     policy: Policy | None = None, with_plan: bool = True) -> dict[str, Any]:
    """``{"application": record, "plan": plan as of today or None}`` of one application.

    ``source`` is a database URL (opened for the call, with ``policy``) or an open store
    (its own policy is used).
    """
    from afterview.store.agenda import run_query
    from afterview.store.planning import plan_for
    from afterview.store.records import application_dict

    if not isinstance(source, str):
        policy = source.policy

    def work(query: Query) -> dict[str, Any]:
        app = load_rows(query, app_id)
        plan = plan_for(app, today=today, policy=policy) if with_plan else None
        return {"application": application_dict(app), "plan": plan.to_dict() if plan else None}

    result: dict[str, Any] = run_query(source, work, policy)
    return result


# shell completion: the ids that start with what was typed, newest interview first
CHOICES_SQL = ("SELECT id, company, position FROM applications "
               "WHERE CAST(id AS TEXT) LIKE :prefix ORDER BY last_interview_at DESC, id DESC "
               "LIMIT :limit")


def application_choices(source: str | Store, prefix: str, *, limit: int = 50
                        ) -> list[tuple[str, str]]:
    """(id, "company: position") of the applications whose id starts with ``prefix``."""
    from afterview.store.agenda import run_query

    if not prefix.isdigit() and prefix:
        return []
    params = {"prefix": f"{prefix}%", "limit": limit}
    rows: list[dict[str, Any]] = run_query(source, lambda query: query(CHOICES_SQL, params))
    return [(str(r["id"]), f"{r['company']}: {r['position']}") for r in rows]
