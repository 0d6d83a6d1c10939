"""Issue 12 from the command line: plans of a panel, overdue windows, the list's next step,
correcting the contact log, and the time zone of new records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Result, run_cli

PANEL = ("add", "--company", "Cobalt Ridge Bank", "--position", "Risk Analyst",
         "--at", "2026-11-10T10:00", "--timezone", "America/New_York", "--format", "panel",
         "--tone", "formal", "--deadline", "2026-11-13", "--topic", "stress tests",
         "--interviewer", "Priya Raman, priya@cobalt.example",
         "--interviewer", "Tom Hale, tom@cobalt.example")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COLUMNS", "200")  # one table row a line
    return str(tmp_path / "tracker.db")


def cli(db: str, *args: str) -> Result:
    return run_cli("--db", db, *args)


def ok_json(db: str, *args: str) -> object:
    result = cli(db, *args, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_plan_names_each_interviewer_and_a_thank_you_ticks_only_theirs(db: str) -> None:
    added = ok_json(db, *PANEL)
    assert isinstance(added, dict)
    priya, tom = (p["id"] for p in added["people"])
    text = cli(db, "plan", "1", "--today", "2026-11-10").stdout
    assert "Thank-you email to Priya Raman" in text and "Thank-you email to Tom Hale" in text
    assert "not yet" not in text.split("Status")[0]  # the thank-yous are due, not "not yet"
    cli(db, "log", "1", "--at", "2026-11-10T15:00", "--purpose", "thank_you",
        "--person", str(tom))
    plan = ok_json(db, "plan", "1", "--today", "2026-11-10")
    assert isinstance(plan, dict)
    thanks = [(s["person"]["id"], s["state"]) for s in plan["steps"] if s["step"] == "thank_you"]
    assert thanks == [(priya, "due"), (tom, "done")]
    shown = ok_json(db, "show", "1", "--today", "2026-11-10")
    assert isinstance(shown, dict)
    assert [s["state"] for s in shown["plan"]["steps"][:2]] == ["due", "done"]


def test_an_overdue_step_reads_as_the_day_advised_and_the_window_missed(db: str) -> None:
    cli(db, *PANEL)
    text = cli(db, "plan", "1", "--today", "2026-12-07").stdout
    assert "Mon 7 Dec 2026 – Wed 18 Nov 2026" not in text  # the upside-down window
    assert "Mon 7 Dec 2026 (window Tue 17 Nov 2026 – Wed 18 Nov 2026 missed)" in " ".join(
        text.split())


def test_reasons_that_decided_are_apart_from_those_outweighed(db: str) -> None:
    cli(db, *PANEL)
    text = " ".join(cli(db, "plan", "1", "--today", "2026-11-12").stdout.split())
    assert "(a call is allowed)" not in text
    status = text.split("Status follow-up", 2)[2]  # the reasons, after the table
    decided, weighed = status.split("Weighed, and outweighed by the reasons above:")
    assert "no-unsolicited-calls" in decided and "group-interview" in decided
    assert "deadline-passed" in weighed.split("One final follow-up")[0]


def test_list_shows_the_next_step_beyond_this_week(db: str) -> None:
    cli(db, *PANEL)
    cli(db, "log", "1", "--at", "2026-11-10T15:00", "--purpose", "thank_you")
    cli(db, "log", "1", "--at", "2026-11-10T15:05", "--purpose", "thank_you")
    items = ok_json(db, "list", "--today", "2026-11-01")
    assert isinstance(items, list)
    assert items[0]["next"] == {"section": "later", "step": "status", "date": "2026-11-17"}
    assert "Status follow-up Tue 17 Nov 2026" in cli(db, "list", "--today", "2026-11-01").stdout
    assert ok_json(db, "list", "--due", "week", "--today", "2026-11-01") == []


def test_contacts_are_corrected_and_removed(db: str) -> None:
    cli(db, *PANEL)
    logged = ok_json(db, "log", "1", "--at", "2026-11-10T15:00", "--purpose", "thank_you")
    assert isinstance(logged, dict)
    cid = str(logged["contact"]["id"])
    log_rows = cli(db, "show", "1").stdout.split("Contact log")[1].splitlines()
    assert any(f"│ {cid} → out" in row for row in log_rows)  # the id edit and remove take
    fixed = ok_json(db, "contact", "edit", "1", cid, "--at", "2026-11-11T09:00",
                    "--notes", "sent late", "--today", "2026-11-11")
    assert isinstance(fixed, dict)
    assert fixed["contact"]["at"].startswith("2026-11-11T09:00")
    assert fixed["contact"]["notes"] == "sent late"
    removed = cli(db, "contact", "remove", "1", cid)
    assert removed.code == 0 and f"Contact {cid} removed" in removed.stdout
    shown = ok_json(db, "show", "1")
    assert isinstance(shown, dict) and shown["application"]["contacts"] == []
    for args, message in ((("contact", "edit", "1", cid, "--notes", "x"), "has no contact"),
                          (("contact", "edit", "1", "5"), "nothing to change"),
                          (("contact", "remove", "1", "0"), "positive whole number"),
                          (("contact", "remove", "9", "1"), "no application 9")):
        result = cli(db, *args)
        assert result.code == 2 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_contact_in_the_future_is_refused(db: str) -> None:
    cli(db, *PANEL)
    result = cli(db, "log", "1", "--at", "2099-01-01T10:00")
    assert result.code == 2 and "is in the future" in result.stderr


def test_add_takes_the_profile_time_zone(db: str, tmp_path: Path) -> None:
    assert run_cli("profile", "--timezone", "Europe/Berlin").code == 0
    assert (tmp_path / "config" / "profile.toml").exists()
    added = ok_json(db, "add", "--company", "Acme", "--position", "Analyst",
                    "--at", "2026-11-10T10:00")
    assert isinstance(added, dict) and added["timezone"] == "Europe/Berlin"
    guided = run_cli("--db", db, "add", "--guided", "--json",
                     stdin="Beta\nEngineer\n\n2026-11-10T10:00\n" + "\n" * 30)
    assert guided.code == 0, guided.stderr
    assert json.loads(guided.stdout)["timezone"] == "Europe/Berlin"
