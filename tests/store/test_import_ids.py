"""Stable ids: an import recognises what it holds, changes what is newer, writes in batches."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterview.domain.errors import InputError
from afterview.store import tracker
from afterview.store.database import open_store
from afterview.store.transfer import export_records, import_records, read_import_file, to_json
from tests.store.samples import NOW, application

LATER = datetime(2026, 3, 30, 12, tzinfo=UTC)


def _two(store: Any) -> list[dict[str, Any]]:
    first = tracker.add_application(store, application(), now=NOW)["id"]
    tracker.log_contact(store, first, {"at": "2026-03-10T17:00", "purpose": "thank_you"},
                        now=NOW)
    tracker.add_application(store, application(company="Cobalt Ridge Bank"), now=NOW)
    return export_records(store)


def test_importing_the_same_export_twice_adds_nothing_the_second_time(store: Any) -> None:
    records = _two(store)
    again = import_records(store, json.loads(json.dumps(records)), now=LATER)
    assert (again["added"], again["changed"], again["skipped"]) == (0, 0, 2)
    assert [i["reason"] for i in again["items"]] == ["unchanged", "unchanged"]
    assert len(export_records(store)) == 2


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(store: Any, tmp_path: Path
                                                            ) -> None:
    records = _two(store)
    newer = json.loads(json.dumps(records))
    newer[0]["notes"] = "Met the whole team"
    newer[0]["updated_at"] = LATER.isoformat()
    fresh = {**application(company="Northwind"), "uid": "0b8f4a1e-6d0c-4c8e-9a57-3f1d2b7c9e10"}
    summary = import_records(store, [*newer, fresh], now=LATER, dry_run=True)
    assert (summary["added"], summary["changed"], summary["skipped"]) == (1, 1, 1)
    assert [(i["action"], i["company"]) for i in summary["items"]] == [
        ("change", "Harborline Logistics"), ("skip", "Cobalt Ridge Bank")]
    assert export_records(store) == records


def test_a_newer_version_changes_the_application_and_keeps_contacts_only_here(store: Any
                                                                              ) -> None:
    records = _two(store)
    exported = json.loads(json.dumps(records[0]))
    app_id = exported["id"]
    tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "purpose": "status"},
                        now=LATER)  # logged here after the export
    exported["position"] = "Lead Data Analyst"
    exported["updated_at"] = datetime(2026, 4, 1, tzinfo=UTC).isoformat()
    summary = import_records(store, [exported], now=LATER)
    assert (summary["changed"], summary["items"][0]["id"]) == (1, app_id)
    (changed,) = [r for r in export_records(store) if r["uid"] == exported["uid"]]
    assert (changed["id"], changed["position"]) == (app_id, "Lead Data Analyst")
    assert [c["purpose"] for c in changed["contacts"]] == ["thank_you", "status"]
    assert changed["contacts"][0]["uid"] == exported["contacts"][0]["uid"]


def test_an_older_or_undated_version_that_differs_is_skipped(store: Any) -> None:
    records = _two(store)
    older = json.loads(json.dumps(records[0]))
    older["position"] = "Junior Analyst"
    older["updated_at"] = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    undated = {k: v for k, v in older.items() if k != "updated_at"}
    for record in (older, undated):
        summary = import_records(store, [record], now=LATER)
        assert summary["skipped"] == 1 and summary["items"][0]["reason"].startswith("differs")
    assert export_records(store)[0]["position"] == "Senior Data Analyst"


def test_uids_are_checked_before_anything_is_written(store: Any) -> None:
    records = _two(store)
    twice = {**application(company="A"), "uid": records[0]["uid"]}
    with pytest.raises(InputError, match="appears twice in the file"):
        import_records(store, [twice, twice], now=LATER)
    with pytest.raises(InputError, match="is not a UUID"):
        import_records(store, [{**application(), "uid": "abc"}], now=LATER)
    stolen = {**application(company="B"), "contacts": [
        {"at": "2026-03-11T10:00", "uid": records[0]["contacts"][0]["uid"]}]}
    with pytest.raises(InputError, match="belongs to another application"):
        import_records(store, [application(company="C"), stolen], now=LATER)
    assert len(export_records(store)) == 2


def test_one_application_is_exported_alone_with_its_uids(store: Any) -> None:
    records = _two(store)
    (one,) = export_records(store, records[1]["id"])
    assert one == records[1]
    assert one["uid"] and all(c["uid"] for c in records[0]["contacts"])


def test_another_writer_gets_in_between_batches(db_url: str) -> None:
    """Each batch commits on its own: a writer waiting for the import is let in at once."""
    store = open_store(db_url)
    other = open_store(db_url)
    finished: list[float] = []

    def write_now() -> None:
        import time

        start = time.monotonic()
        tracker.add_application(other, application(company="Written meanwhile"), now=NOW)
        finished.append(time.monotonic() - start)

    first: list[int] = []

    def progress(done: int, total: int) -> None:
        if not first:  # after the first batch is committed, the other writer goes
            first.append(done)
            writer = threading.Thread(target=write_now)
            writer.start()
            writer.join(timeout=5)
            assert finished, "the writer waited for the whole import"

    records = [application(company=f"Company {i}", people=[]) for i in range(150)]
    import_records(store, records, now=NOW, batch=50, progress=progress)
    assert finished and finished[0] < 5
    assert 0 < first[0] <= 50
    companies = [r["company"] for r in export_records(store)]
    assert companies.index("Written meanwhile") == first[0]
    store.close()
    other.close()


def test_the_migration_gives_existing_rows_their_own_uids(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    import afterview.store.database as database

    store = open_store(db_url)
    _two(store)
    config = Config()
    config.set_main_option("script_location",
                           str(Path(database.__file__).with_name("migrations")))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    store.close()
    store = open_store(db_url)  # upgrades again
    with store.engine.connect() as conn:
        apps = [r[0] for r in conn.execute(text("SELECT uid FROM applications"))]
        contacts = [r[0] for r in conn.execute(text("SELECT uid FROM contacts"))]
    assert len(apps) == 2 and len(contacts) == 1
    assert all(apps + contacts) and len(set(apps)) == 2
    store.close()


def test_an_export_file_round_trips_its_uids(store: Any, tmp_path: Path) -> None:
    records = _two(store)
    path = tmp_path / "all.json"
    path.write_text(to_json(records, LATER))
    target = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    assert import_records(target, read_import_file(path), now=LATER)["added"] == 2
    assert import_records(target, read_import_file(path), now=LATER)["skipped"] == 2
    assert [r["uid"] for r in export_records(target)] == [r["uid"] for r in records]
    target.close()
