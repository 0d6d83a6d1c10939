"""Export the whole history (JSON, CSV) and import it back: validated, all or nothing.

CSV holds every record in one file, one row per record: the ``record`` column says which
(application, round, person, contact, stage) and ``application`` ties rows together. A CSV
without a ``record`` column is read as one application per row with its interview fields,
which is what a hand-made spreadsheet usually looks like.

A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) is written with a single quote before it, as OWASP advises for
CSV files; importing our own CSV takes that quote off again, so nothing is lost. Every
application and contact carries its stable ``uid``, by which an import recognises what
the database already holds (see :mod:`afterview.store.importing`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.store import records as rec
from afterview.store.importing import import_records

if TYPE_CHECKING:
    from afterview.store import models
    from afterview.store.database import Store

__all__ = ["CSV_COLUMNS", "EXPORT_FORMAT", "EXPORT_VERSION", "export_records",
           "import_records", "read_import_file", "to_csv", "to_json"]

EXPORT_FORMAT = "afterview-export"
EXPORT_VERSION = 1
CSV_COLUMNS = (
    "record", "application", "uid", "stage", *rec.APPLICATION_FIELDS[:-1], "number",
    *rec.ROUND_FIELDS[:-1], "person", "name", "title", "email", "phone", "role", "primary",
    "round", "at", "direction", "channel", "purpose", "outcome", "reason", "notes",
    "created_at", "updated_at",
)
FLAT_CSV_COLUMNS = (*rec.APPLICATION_FIELDS, *rec.ROUND_FIELDS, "uid", "stage",
                    "interviewers", "interviewer", "recruiter")
# A cell a spreadsheet would run as a formula; quotes already before it are escaped too,
# so that taking one quote off on import gives back exactly what was exported.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
KB = 1024


def _export_dict(app: models.Application) -> dict[str, Any]:
    record = rec.application_dict(app)
    uids = {c.id: c.uid for c in app.contacts}
    record = {"id": record.pop("id"), "uid": app.uid, **record}
    record["contacts"] = [{"id": c["id"], "uid": uids[c["id"]], **{
        k: v for k, v in c.items() if k != "id"}} for c in record["contacts"]]
    return record


def export_records(source: str | Store, app_id: int | None = None) -> list[dict[str, Any]]:
    """Every application (or the one with ``app_id``) with its rounds, people, contacts and
    stage history, each application and contact with its stable ``uid``.

    ``source`` is an open store, or (for one application) a database URL: one record is
    read as plain SQL (store/reading.py), without loading the ORM.
    """
    if app_id is not None:
        from afterview.store.agenda import run_query
        from afterview.store.reading import load_rows

        one: list[dict[str, Any]] = run_query(
            source, lambda query: [_export_dict(load_rows(query, app_id))])
        return one
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterview.store.database import open_store
    from afterview.store.models import Application

    if isinstance(source, str):
        store = open_store(source, read_only=True)
        try:
            return export_records(store)
        finally:
            store.close()
    with source.read() as session:
        query = select(Application).order_by(Application.id).options(
            selectinload(Application.rounds), selectinload(Application.people),
            selectinload(Application.contacts), selectinload(Application.stage_history))
        return [_export_dict(app) for app in session.scalars(query)]


def to_json(records: list[dict[str, Any]], now: datetime) -> str:
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "exported_at": now.isoformat(), "applications": records},
                      indent=2, ensure_ascii=False) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return "'" + text if _FORMULA.match(text) else text


def _uncell(text: str) -> str:
    """A cell of our own CSV as it was before export (the formula guard taken off)."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text, 1) else text


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
        row("application", app_id, {k: app.get(k) for k in (
            "uid", "stage", *rec.APPLICATION_FIELDS, "created_at", "updated_at")})
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
    for line, raw in enumerate(rows, start=2):
        row = {k: _uncell(v or "") for k, v in raw.items()}
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
        return _read_csv(path, text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    except RecursionError as exc:
        raise InputError(f"{path}: the JSON is nested too deeply to be an Afterview "
                         "export") from exc
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
    for index, record in enumerate(data, start=1):
        unknown_keys(record, index)
    return data


def _read_csv(path: Path, text: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    rows: list[dict[str, str]] = []
    try:
        for row in reader:
            if None in row:
                raise InputError(f"{path}: CSV line {len(rows) + 2} has more cells than "
                                 "the header has columns")
            rows.append(row)
    except csv.Error as exc:
        reason = (f"a cell is longer than {csv.field_size_limit() // KB} KB"
                  if "field limit" in str(exc) else str(exc))
        raise InputError(f"{path}: CSV line {len(rows) + 2}: {reason}") from exc
    if not rows:
        raise InputError(f"{path} has no rows")
    columns = [c for c in reader.fieldnames or () if c]
    known = CSV_COLUMNS if "record" in columns else FLAT_CSV_COLUMNS
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise InputError(f"{path}: unknown column {unknown[0]!r}; the columns are "
                         f"{', '.join(known)}")
    return _from_long_csv(rows) if "record" in columns else _from_flat_csv(rows)


_KEYS = {
    "application": {"id", "uid", "stage", *rec.APPLICATION_FIELDS, *rec.ROUND_FIELDS,
                    "rounds", "people", "contacts", "stage_history", "created_at",
                    "updated_at"},
    "round": {"number", *rec.ROUND_FIELDS},
    "person": {"id", *rec.PERSON_FIELDS},
    "contact": {"id", "uid", "at", "direction", "channel", "purpose", "outcome", "person",
                "notes"},
    "stage history entry": {"stage", "at", "reason"},
}
_CHILDREN = {"rounds": "round", "people": "person", "contacts": "contact",
             "stage_history": "stage history entry"}


def unknown_keys(record: Any, index: int) -> None:
    """Refuse a key Afterview does not know anywhere in an imported application, naming the
    key and the record (it would otherwise be dropped without a word)."""
    if not isinstance(record, Mapping):
        return  # the record's own check says what is wrong with it
    where = f"application {index}" + (f" ({record['company']})"
                                      if isinstance(record.get("company"), str) else "")
    parts: list[tuple[str, Mapping[str, Any]]] = [("application", record)]
    for key, kind in _CHILDREN.items():
        children = record.get(key)
        if isinstance(children, list):
            parts += [(kind, c) for c in children if isinstance(c, Mapping)]
    counts: dict[str, int] = {}
    for kind, part in parts:
        counts[kind] = counts.get(kind, 0) + 1
        extra = sorted(str(k) for k in part if k not in _KEYS[kind])
        if extra:
            inside = "" if kind == "application" else f", {kind} {counts[kind]}"
            article = "an" if kind[0] in "aeiou" else "a"
            raise InputError(f"{where}{inside}: unknown key {extra[0]!r}; {article} {kind} has "
                             f"{', '.join(sorted(_KEYS[kind]))}", field=extra[0])
