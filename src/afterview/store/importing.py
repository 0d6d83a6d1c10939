"""Import applications: every record checked first, then written in short batches.

Each application of the file is, by its stable ``uid`` (kept by every export):

- **added** when no application here has its uid (or it has none, as in a hand-made file);
- **changed** when one here has it, holds something else, and the file's ``updated_at`` is
  later than the one here: the application is replaced by the file's version (same id
  and uid here), and contacts logged here that the file does not hold are kept;
- **skipped** when one here has it and holds the same, or is as new or newer here.

Batches of at most ``BATCH`` applications (and ``BATCH_S`` seconds) are written in one
short transaction each, with a pause between them, so other writers get in; an import
that is interrupted keeps whole batches and never part of an application, and running it
again adds only what is missing.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.store import records as rec
from afterview.store.tracker import build_application
from afterview.store.validate import utc_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterview.store import models
    from afterview.store.database import Store

BATCH = 500
BATCH_S = 0.2
"""A batch stops early once it has held the write lock this long (seconds)."""
PAUSE_S = 0.11
"""The pause after each batch: a writer waiting on SQLite's busy handler tries again every
100 ms at the longest, so a pause longer than that is sure to let it in."""
_FLUSH_EVERY = 25
_CHUNK = 500  # ids per IN (...) query, well within SQLite's parameter limit


class ImportInterrupted(KeyboardInterrupt):
    """Ctrl+C (or a stop signal) during an import: ``written`` of ``total`` are in."""

    def __init__(self, written: int, total: int) -> None:
        super().__init__(written, total)
        self.written = written
        self.total = total


@dataclass
class _Item:
    index: int
    app: models.Application
    updated_at: datetime | None = None
    """When the file says the application was last changed (None: it does not say)."""
    action: str = "add"
    reason: str = "new"
    stored_id: int | None = None

    def describe(self) -> dict[str, Any]:
        return {"action": self.action, "reason": self.reason, "record": self.index,
                "uid": self.app.uid, "id": self.stored_id, "company": self.app.company,
                "position": self.app.position}


def _uid(value: Any, what: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise InputError(f"{what} uid {value!r} is not a UUID", field="uid") from exc


def _utc(value: Any, field: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InputError(f"{field} {value!r} is not a date and time", field=field) from exc
    return rec.utc_naive(moment) if moment.tzinfo else moment


def _keep_identity(app: models.Application, record: Mapping[str, Any]) -> datetime | None:
    """The record's uids and write times on the application built from it; returns the
    record's ``updated_at`` (None when it has none)."""
    uid = _uid(record.get("uid"), "the application's")
    if uid is not None:
        app.uid = uid
    contacts = record.get("contacts") or []
    for row, contact in zip(app.contacts, contacts, strict=True):
        contact_uid = _uid(contact.get("uid"), "a contact's")
        if contact_uid is not None:
            row.uid = contact_uid
    created, updated = _utc(record.get("created_at"), "created_at"), _utc(
        record.get("updated_at"), "updated_at")
    app.created_at = created or app.created_at
    app.updated_at = updated or created or app.updated_at
    return updated


def _fingerprint(app: models.Application) -> tuple[Any, ...]:
    """What an application holds, without ids, uids and write times (equal when same)."""
    position = {p.id: i for i, p in enumerate(app.people) if p.id is not None}

    def person_of(c: models.Contact) -> int | None:
        if c.person_id is not None:
            return position.get(c.person_id)
        return app.people.index(c.person) if c.person in app.people else None

    return (
        app.stage, [getattr(app, name) for name in rec.APPLICATION_FIELDS],
        [rec.round_dict(r) for r in sorted(app.rounds, key=lambda r: r.number)],
        [{k: v for k, v in rec.person_dict(p).items() if k != "id"} for p in app.people],
        sorted((c.at_utc, c.utc_offset_min, c.direction, c.channel, c.purpose or "",
                c.outcome or "", -1 if person_of(c) is None else person_of(c), c.notes)
               for c in app.contacts),
        sorted((s.stage, s.at_utc, s.reason) for s in app.stage_history),
    )


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _classify(store: Store, items: list[_Item]) -> None:
    """Decide add, change or skip for each item against what the database holds."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterview.store.models import Application, Contact

    by_uid = {item.app.uid: item for item in items if item.app.uid}
    contact_owner = {c.uid: item.app.uid for item in items for c in item.app.contacts
                     if c.uid}
    with store.read() as session:
        for chunk in _chunks(list(by_uid)):
            query = select(Application).where(Application.uid.in_(chunk)).options(
                selectinload(Application.rounds), selectinload(Application.people),
                selectinload(Application.contacts), selectinload(Application.stage_history))
            for stored in session.scalars(query):
                item = by_uid[stored.uid]
                item.stored_id = stored.id
                if _fingerprint(stored) == _fingerprint(item.app):
                    item.action, item.reason = "skip", "unchanged"
                elif item.updated_at is None:
                    item.action, item.reason = "skip", "differs, but the file does not say " \
                        "when it was updated"
                elif item.updated_at > stored.updated_at:
                    item.action, item.reason = "change", "newer in the file"
                else:
                    item.action, item.reason = "skip", "differs, but is as new or newer here"
        for chunk in _chunks(list(contact_owner)):
            owners = select(Contact.uid, Application.uid).join(Application).where(
                Contact.uid.in_(chunk))
            for contact_uid, app_uid in session.execute(owners):
                if app_uid != contact_owner[contact_uid]:
                    owner = by_uid.get(contact_owner[contact_uid])
                    where = f"application {owner.index}" if owner else "a contact"
                    raise InputError(f"{where}: contact uid {contact_uid} belongs to another "
                                     "application here", field="uid")


def _check_unique(items: list[_Item]) -> None:
    seen: dict[str, int] = {}
    for item in items:
        uids = [item.app.uid] if item.app.uid else []
        uids += [c.uid for c in item.app.contacts if c.uid]
        for uid in uids:
            if uid in seen:
                raise InputError(f"application {item.index}: uid {uid} appears twice in the "
                                 f"file (first in application {seen[uid]})", field="uid")
            seen[uid] = item.index


def _replace(session: Session, item: _Item, store: Store, moment: datetime) -> None:
    """The stored application replaced by the file's version, keeping contacts only here."""
    from sqlalchemy.orm import selectinload

    from afterview.store.models import Application, Contact
    from afterview.store.planning import store_plan

    old = session.get(Application, item.stored_id, options=[
        selectinload(Application.contacts), selectinload(Application.people)])
    if old is None:  # removed since the import looked; add it again
        session.add(item.app)
        return
    new = item.app
    in_file = {c.uid for c in new.contacts}
    names = {p.id: p.name for p in old.people}
    kept = [c for c in old.contacts if c.uid not in in_file]
    copies = [(Contact(uid=c.uid, at_utc=c.at_utc, utc_offset_min=c.utc_offset_min,
                       direction=c.direction, channel=c.channel, purpose=c.purpose,
                       outcome=c.outcome, notes=c.notes), names.get(c.person_id or 0))
              for c in kept]
    session.delete(old)
    session.flush()
    new.id = old.id
    for contact, name in copies:
        contact.person = next((p for p in new.people if name and p.name == name), None)
        new.contacts.append(contact)
    if copies:  # it now holds more than the file: newer than either
        new.updated_at = rec.utc_naive(moment)
        store_plan(new, store.policy)
    session.add(new)


def import_records(store: Store, records: list[Any], *, now: datetime | None = None,
                   dry_run: bool = False, batch: int = BATCH,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Check every record, decide what to add, change and skip, then write in batches.

    Nothing is written when a record is wrong or with ``dry_run``. ``progress(done,
    total)`` is called after each batch is committed. Ctrl+C while writing raises
    :class:`ImportInterrupted` once the batch being written is rolled back.
    """
    moment = now or utc_now()
    items = []
    for index, record in enumerate(records, start=1):
        try:
            app = build_application(record, moment, store.policy)
            updated = _keep_identity(app, record)
        except InputError as exc:
            label = record.get("company") if isinstance(record, Mapping) else None
            where = f"application {index}" + (f" ({label})" if label else "")
            raise InputError(f"{where}: {exc.message}", field=exc.field) from exc
        items.append(_Item(index, app, updated))
    _check_unique(items)
    _classify(store, items)
    writes = [item for item in items if item.action != "skip"]
    count = {action: sum(item.action == action for item in items)
             for action in ("add", "change", "skip")}
    summary: dict[str, Any] = {
        "applications": len(items), "added": count["add"], "changed": count["change"],
        "skipped": count["skip"],
        "rounds": sum(len(item.app.rounds) for item in writes),
        "contacts": sum(len(item.app.contacts) for item in writes), "dry_run": dry_run,
        "items": [item.describe() for item in items if item.action != "add"]}
    if dry_run:
        return summary
    done = 0
    try:
        while done < len(writes):
            done = _write_batch(store, writes, done, batch, moment)
            if progress is not None:
                progress(done, len(writes))
            if done < len(writes):
                time.sleep(PAUSE_S)
    except KeyboardInterrupt as exc:
        raise ImportInterrupted(done, len(writes)) from exc
    return summary


def _write_batch(store: Store, writes: list[_Item], start: int, batch: int,
                 moment: datetime) -> int:
    """Write one batch from ``writes[start]`` in one transaction; returns where it ended.

    A batch ends after ``batch`` applications or once it has held the write lock for
    ``BATCH_S``, whichever comes first, so that a waiting writer is never long delayed.
    """
    began = time.monotonic()
    end = start
    with store.write() as session:
        while end < len(writes) and end - start < batch:
            item = writes[end]
            if item.action == "change":
                _replace(session, item, store, moment)
            else:
                session.add(item.app)
            end += 1
            if (end - start) % _FLUSH_EVERY == 0:
                session.flush()
                if time.monotonic() - began > BATCH_S:
                    break
    return end
