"""Export the whole history (JSON, CSV) and import it back: validated, all or nothing.

CSV holds every record in one file, one row per record: the ``record`` column says which
(application, round, person, contact, stage) and ``application`` ties rows together. A CSV
without a ``record`` column is read as one application per row with its interview fields,
which is what a hand-made spreadsheet usually looks like.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.store import records as rec
from afterview.store.tracker import build_application
from afterview.store.validate import utc_now

if TYPE_CHECKING:
    from afterview.store.database import Store

EXPORT_FORMAT = "afterview-export"
EXPORT_VERSION = 1
CSV_COLUMNS = (
    "record", "application", "stage", *rec.APPLICATION_FIELDS[:-1], "number",
    *rec.ROUND_FIELDS[:-1], "person", "name", "title", "email", "phone", "role", "primary",
    "round", "at", "direction", "channel", "purpose", "outcome", "reason", "notes",
)
_PROGRESS_EVERY = 1000


def export_records(store: Store) -> list[dict[str, Any]]:
    """Every application with its rounds, people, contacts and stage history."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterview.store.models import Application

    with store.read() as session:
        query = select(Application).order_by(Application.id).options(
            selectinload(Application.rounds), selectinload(Application.people),
            selectinload(Application.contacts), selectinload(Application.stage_history))
        return [rec.application_dict(app) for app in session.scalars(query)]


def to_json(records: list[dict[str, Any]], now: datetime) -> str:
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "exported_at": now.isoformat(), "applications": records},
                      indent=2, ensure_ascii=False) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def to_csv(records: Iterable[Mapping[str, Any]]) -> str:
    """The long CSV form: one row per application, round, person, contact and stage entry."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def row(kind: str, app_id: int, values: Mapping[str, Any]) -> None:
        writer.writerow({"record": kind, "application": app_id,
                         **{k: _cell(v) for k, v in values.items() if k in CSV_COLUMNS}})

    for app in records:
        app_id = app["id"]
        row("application", app_id, {k: app[k] for k in ("stage", *rec.APPLICATION_FIELDS)})
        for r in app["rounds"]:
            row("round", app_id, r)
        for p in app["people"]:
            row("person", app_id, {**p, "person": p["id"]})
        for c in app["contacts"]:
            row("contact", app_id, c)
        for s in app["stage_history"]:
            row("stage", app_id, s)
    return buffer.getvalue()


def _from_long_csv(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    apps: dict[str, dict[str, Any]] = {}
    for line, row in enumerate(rows, start=2):
        kind, key = row.get("record", "").strip(), row.get("application", "").strip()
        if kind == "application":
            apps[key] = {**row, "rounds": [], "people": [], "contacts": [], "stage_history": []}
            continue
        if key not in apps:
            raise InputError(f"CSV line {line}: {kind or 'row'} for application {key!r} comes "
                             "before that application's row")
        app = apps[key]
        if kind == "round":
            app["rounds"].append(row)
        elif kind == "person":
            app["people"].append({**row, "id": int(row["person"]) if row.get(
                "person", "").isdigit() else None})
        elif kind == "contact":
            app["contacts"].append(row)
        elif kind == "stage":
            app["stage_history"].append(row)
        else:
            raise InputError(f"CSV line {line}: record must be application, round, person, "
                             f"contact or stage; got {kind!r}")
    return list(apps.values())


def _from_flat_csv(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    records = []
    for row in rows:
        people = [rec.person_from_spec(spec, "interviewer")
                  for spec in (row.get("interviewers") or row.get("interviewer") or "").split(";")
                  if spec.strip()]
        if (row.get("recruiter") or "").strip():
            people.append(rec.person_from_spec(row["recruiter"], "recruiter", primary=True))
        records.append({**row, "people": people})
    return records


def read_import_file(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON export (or a JSON list) or a CSV file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text") from exc
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if not rows:
            raise InputError(f"{path} has no rows")
        return _from_long_csv(rows) if "record" in rows[0] else _from_flat_csv(rows)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if isinstance(data, dict):
        if data.get("format") != EXPORT_FORMAT:
            raise InputError(f"{path} is not an Afterview export (no \"format\": "
                             f"\"{EXPORT_FORMAT}\")")
        if data.get("version") != EXPORT_VERSION:
            raise InputError(f"{path} is export version {data.get('version')!r}; this version "
                             f"reads version {EXPORT_VERSION}")
        data = data.get("applications")
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of applications")
    return data


def import_records(store: Store, records: list[Any], *, now: datetime | None = None,
                   dry_run: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Validate every record, then write them all in one transaction (or none on error).

    ``progress(done, total)`` is called every thousand applications while writing.
    """
    moment = now or utc_now()
    built = []
    for index, record in enumerate(records, start=1):
        try:
            built.append(build_application(record, moment, store.policy))
        except InputError as exc:
            label = record.get("company") if isinstance(record, Mapping) else None
            where = f"application {index}" + (f" ({label})" if label else "")
            raise InputError(f"{where}: {exc.message}", field=exc.field) from exc
    summary = {"applications": len(built), "contacts": sum(len(a.contacts) for a in built),
               "rounds": sum(len(a.rounds) for a in built), "dry_run": dry_run}
    if dry_run:
        return summary
    with store.write() as session:
        for done, app in enumerate(built, start=1):
            session.add(app)
            if done % _PROGRESS_EVERY == 0:
                session.flush()
                if progress is not None:
                    progress(done, len(built))
    return summary
