"""Export and import: full history out, validated and all-or-nothing in."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from afterview.domain.errors import InputError
from afterview.store import tracker
from afterview.store.database import open_store
from afterview.store.transfer import (
    export_records,
    import_records,
    read_import_file,
    to_csv,
    to_json,
)
from tests.store.samples import NOW, application

LATER = datetime(2026, 3, 30, 12, tzinfo=UTC)


def _history(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    people = tracker.get_application(store, app_id)["people"]
    tracker.log_contact(store, app_id, {"at": "2026-03-10T17:00", "purpose": "thank_you",
                                        "person": people[0]["id"], "notes": "Sent\nto Dana"},
                        now=NOW)
    tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "channel": "call",
                                        "outcome": "spoke"}, now=LATER)
    tracker.log_contact(store, app_id, {"at": "2026-03-18T10:00", "outcome": "next_round"},
                        direction="inbound", now=LATER)
    tracker.add_round(store, app_id, {"interview_at": "2026-03-25T14:00", "format": "panel"},
                      now=LATER)
    other = tracker.add_application(store, application(company="Cobalt Ridge Bank",
                                                       deadline="VAGUE", people=[]), now=NOW)
    tracker.close_application(store, other["id"], "moved_on", now=LATER)


def _comparable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records without the ids and write times a new database assigns afresh."""
    out = []
    for r in records:
        people_ids = {p["id"]: i for i, p in enumerate(r["people"])}
        out.append({
            **{k: v for k, v in r.items() if k not in ("id", "created_at", "updated_at")},
            "people": [{k: v for k, v in p.items() if k != "id"} for p in r["people"]],
            "contacts": [{**{k: v for k, v in c.items() if k != "id"},
                          "person": people_ids.get(c["person"])} for c in r["contacts"]],
        })
    return out


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_export_then_import_gives_the_same_history(store: Any, tmp_path: Path,
                                                   kind: str) -> None:
    _history(store)
    records = export_records(store)
    path = tmp_path / f"export.{kind}"
    path.write_text(to_json(records, LATER) if kind == "json" else to_csv(records))
    target = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    summary = import_records(target, read_import_file(path), now=LATER)
    assert summary == {"applications": 2, "added": 2, "changed": 0, "skipped": 0,
                       "rounds": 3, "contacts": 3, "dry_run": False, "items": []}
    copied = export_records(target)
    assert _comparable(copied) == _comparable(records)
    assert [(r["uid"], r["created_at"], r["updated_at"]) for r in copied] == [
        (r["uid"], r["created_at"], r["updated_at"]) for r in records]
    assert [c["uid"] for r in copied for c in r["contacts"]] == [
        c["uid"] for r in records for c in r["contacts"]]
    target.close()


def test_dry_run_and_a_bad_record_write_nothing(store: Any, tmp_path: Path) -> None:
    good = application()
    bad = application(company="Broken", interview_at="2026-13-01T10:00")
    assert import_records(store, [good, good], dry_run=True, now=NOW)["dry_run"] is True
    with pytest.raises(InputError, match=r"application 2 \(Broken\): interview_at"):
        import_records(store, [good, bad, good], now=NOW)
    assert export_records(store) == []


def test_a_flat_csv_is_one_application_per_row(store: Any, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "company,position,interview_at,timezone,deadline,format,interviewers,recruiter\n"
        "Acme,Analyst,2026-03-10T10:00,America/New_York,2026-03-13,panel,"
        "\"Ana Ruiz, Head of Data, ana@acme.example; Bo Li\",\"Cy Doe, cy@acme.example\"\n")
    import_records(store, read_import_file(path), now=NOW)
    (record,) = export_records(store)
    assert [(p["name"], p["role"], p["primary"]) for p in record["people"]] == [
        ("Ana Ruiz", "interviewer", False), ("Bo Li", "interviewer", False),
        ("Cy Doe", "recruiter", True)]
    assert record["rounds"][0]["format"] == "panel"


@pytest.mark.parametrize(("content", "name", "message"), [
    ("{", "x.json", "not valid JSON"),
    ('{"applications": []}', "x.json", "not an Afterview export"),
    ('{"format": "afterview-export", "version": 9, "applications": []}', "x.json",
     "export version 9"),
    ("record,application\nround,7\n", "x.csv", "comes before"),
    ('"a"', "x.json", "expected a list"),
])
def test_unreadable_files_are_clear_errors(tmp_path: Path, content: str, name: str,
                                           message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        read_import_file(path)


def test_the_calendar_has_an_event_with_an_alarm_per_pending_step(store: Any) -> None:
    from icalendar import Calendar

    from afterview.integrations.ics import calendar

    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    tracker.log_contact(store, app_id, {"at": "2026-03-10T17:00", "purpose": "thank_you"},
                        now=NOW)
    ics = calendar(tracker.live_plans(store, today=date(2026, 3, 12)), now=NOW)
    events = Calendar.from_ical(ics).walk("VEVENT")
    summaries = [str(e["SUMMARY"]) for e in events]
    assert summaries == ["Status follow-up (call): Harborline Logistics",
                         "Final follow-up (email): Harborline Logistics",
                         "Time to move on: Harborline Logistics"]
    status = events[0]
    assert status.decoded("DTSTART") == date(2026, 3, 17)
    assert status.decoded("DTEND") == date(2026, 3, 19)  # the window ends on the 18th
    assert all(len(e.walk("VALARM")) == 1 for e in events)
    assert "wait-for-deadline" in str(status["DESCRIPTION"])
    # the one date style of the pages, not "2026-03-17 to 2026-03-18"
    assert "Window: Tue 17 Mar 2026 to Wed 18 Mar 2026" in str(status["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 3


def test_csv_cells_a_spreadsheet_would_run_are_quoted_and_read_back(store: Any,
                                                                    tmp_path: Path) -> None:
    import csv
    import io

    risky = {"company": "=HYPERLINK(\"http://x.example\",\"Acme\")", "position": "+Analyst",
             "industry": "@SUM(A1:A9)", "notes": "-2 weeks\nthen call",
             "topics": ["=cmd|' /C calc'!A0", "plain"]}
    quoted = {"company": "'=already quoted", "position": "'plain quote"}
    tracker.add_application(store, application(**risky), now=NOW)
    tracker.add_application(store, application(**quoted), now=NOW)
    text = to_csv(export_records(store))
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(" in text and "''=already quoted" in text
    path = tmp_path / "out.csv"
    path.write_text(text)
    target = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    import_records(target, read_import_file(path), now=NOW)
    assert _comparable(export_records(target)) == _comparable(export_records(store))
    target.close()


def test_deeply_nested_json_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        read_import_file(path)


def test_a_csv_cell_over_the_limit_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("company,position,interview_at,notes\n"
                    "Acme,Analyst,2026-03-10T10:00,short\n"
                    f"Acme,Analyst,2026-03-10T10:00,\"{'x' * 200_000}\"\n")
    with pytest.raises(InputError, match=r"big.csv: CSV line 3: a cell is longer than 128 KB"):
        read_import_file(path)


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r.update(salary=90_000),
     r"application 1 \(Harborline Logistics\): unknown key 'salary'; an application has"),
    (lambda r: r["people"][1].update(linkedin="x"),
     r"application 1 \(Harborline Logistics\), person 2: unknown key 'linkedin'"),
    (lambda r: r.update(contacts=[{"at": "2026-03-11T10:00", "mood": "good"}]),
     r"application 1 \(Harborline Logistics\), contact 1: unknown key 'mood'"),
])
def test_unknown_keys_in_a_json_import_are_refused(tmp_path: Path, change: Any,
                                                   message: str) -> None:
    record = application()
    change(record)
    path = tmp_path / "in.json"
    path.write_text(json.dumps([record]))
    with pytest.raises(InputError, match=message):
        read_import_file(path)


def test_unknown_csv_columns_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("company,position,interview_at,salary\nAcme,Analyst,2026-03-10T10:00,9\n")
    with pytest.raises(InputError, match="unknown column 'salary'"):
        read_import_file(path)
