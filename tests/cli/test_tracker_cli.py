"""The tracker's commands end to end, in-process, on a SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Result, run_cli

ADD = ("add", "--company", "Harborline Logistics", "--position", "Senior Data Analyst",
       "--at", "2026-03-10T14:00", "--timezone", "America/New_York", "--deadline", "2026-03-13",
       "--format", "one_on_one", "--tone", "casual", "--topic", "route dashboards",
       "--interviewer", "Dana Whitfield, Analytics Manager, dana@harborline.example",
       "--recruiter", "Sam Ortega, sam@harborline.example, +1 617 555 0142")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "tracker.db")


def cli(db: str, *args: str, stdin: str | None = None) -> Result:
    return run_cli("--db", db, *args, stdin=stdin)


def ok_json(db: str, *args: str) -> object:
    result = cli(db, *args, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_record_follow_and_close_an_application(db: str) -> None:
    added = ok_json(db, *ADD)
    assert isinstance(added, dict)
    app_id = str(added["id"])
    assert [p["role"] for p in added["people"]] == ["interviewer", "recruiter"]
    plan = ok_json(db, "plan", app_id, "--today", "2026-03-12")
    assert isinstance(plan, dict)
    assert (plan["status"]["earliest"], plan["status"]["latest"]) == ("2026-03-17", "2026-03-18")
    today = ok_json(db, "today", "--today", "2026-03-17")
    assert isinstance(today, dict)
    assert [(i["id"], i["step"]) for i in today["due_today"]] == [(added["id"], "status")]
    logged = ok_json(db, "log", app_id, "--at", "2026-03-17T10:00", "--channel", "call",
                     "--outcome", "spoke", "--person", str(added["people"][1]["id"]))
    assert isinstance(logged, dict)
    assert logged["stage"] == "followed_up"
    replied = ok_json(db, "reply", app_id, "--at", "2026-03-18T09:00", "--outcome",
                      "next_round")
    assert isinstance(replied, dict)
    assert replied["stage"] == "next_round"
    rounds = ok_json(db, "round", app_id, "--at", "2036-03-24T10:00", "--format", "panel")
    assert isinstance(rounds, dict)
    assert rounds["stage"] == "interviewing"
    edited = ok_json(db, "edit", app_id, "--position", "Lead Analyst")
    assert isinstance(edited, dict)
    assert edited["position"] == "Lead Analyst"
    closed = ok_json(db, "close", app_id, "--reason", "withdrawn")
    assert closed == {"application": added["id"], "previous_stage": "interviewing",
                      "stage": "withdrawn"}
    listed = ok_json(db, "list", "--stage", "withdrawn")
    assert isinstance(listed, list)
    assert [i["id"] for i in listed] == [added["id"]]


def test_text_output_shows_record_plan_reasons_and_log(db: str) -> None:
    cli(db, *ADD)
    cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you")
    shown = cli(db, "show", "1", "--today", "2026-03-12")
    assert shown.code == 0, shown.stderr
    for words in ("Senior Data Analyst at Harborline Logistics", "Dana Whitfield",
                  "Contact log", "Thank-you", "wait-for-deadline", "History"):
        assert words in shown.stdout
    agenda = cli(db, "today", "--today", "2026-03-17")
    assert "Due today" in agenda.stdout and "by phone" in agenda.stdout
    listing = cli(db, "list")
    assert "Harborline" in listing.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("add", "--company", "A", "--position", "B", "--at", "2026-02-30T10:00"), "interview_at"),
    (("add", "--company", "A", "--position", "B", "--at", "2026-03-10T10:00",
      "--timezone", "Mars/Base"), "unknown time zone"),
    (("add", "--company", "A", "--position", "B", "--at", "2026-03-10T10:00",
      "--format", "dinner"), "format must be one of"),
    (("add", "--company", "A", "--position", "B", "--at", "2026-03-10T10:00",
      "--recruiter", "Sam, sam@"), "not an email address"),
    (("show", "999"), "there is no application 999"),
    (("show", "0"), "positive whole number"),
    (("show", "abc"), "valid int"),
    (("log", "1", "--at", "yesterday"), "not a date"),
    (("log", "1", "--outcome", "offer"), "outcome must be one of"),
    (("list", "--stage", "happy"), "stage must be one of"),
    (("today", "--today", "2026-13-01"), "--today"),
    (("export", "--format", "xml"), "format must be one of"),
    (("close", "1", "--reason", "bored"), "reason must be one of"),
])
def test_bad_input_is_one_line_and_exit_2(db: str, args: tuple[str, ...], message: str) -> None:
    cli(db, *ADD)
    result = cli(db, *args)
    assert result.code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if "Usage" not in result.stderr:
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_database_from_a_newer_version_is_a_clear_message(db: str) -> None:
    import sqlite3

    cli(db, *ADD)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    for command in (("today",), ("show", "1"), ("list",)):
        result = cli(db, *command)
        assert result.code == 2
        assert "newer version of Afterview" in result.stderr


def test_a_file_that_is_not_ours_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    result = run_cli("--db", str(path), "today")
    assert result.code == 2
    assert "not an Afterview database" in result.stderr


def test_export_and_import_through_the_command_line(db: str, tmp_path: Path) -> None:
    cli(db, *ADD)
    cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you")
    for kind in ("json", "csv"):
        out_file = tmp_path / f"all.{kind}"
        assert cli(db, "export", "--format", kind, "-o", str(out_file)).code == 0
        copy = str(tmp_path / f"copy-{kind}.db")
        dry = run_cli("--db", copy, "import", str(out_file), "--dry-run", "--json")
        assert json.loads(dry.stdout)["dry_run"] is True
        assert json.loads(run_cli("--db", copy, "list", "--json").stdout) == []
        done = run_cli("--db", copy, "import", str(out_file))
        assert done.code == 0 and "imported 1 applications" in done.stdout
        shown = json.loads(run_cli("--db", copy, "show", "1", "--json").stdout)
        assert len(shown["application"]["contacts"]) == 1
    ics = cli(db, "export", "--format", "ics", "--today", "2026-03-12")
    assert ics.stdout.startswith("BEGIN:VCALENDAR") and "BEGIN:VALARM" in ics.stdout


def test_stats(db: str) -> None:
    cli(db, *ADD)
    cli(db, "log", "1", "--at", "2026-03-17T10:00", "--channel", "call")
    cli(db, "reply", "1", "--at", "2026-03-19T10:00")
    data = ok_json(db, "stats")
    assert isinstance(data, dict)
    assert data["by_channel"] == [{"channel": "call", "follow_ups": 1, "waiting": 0,
                                   "answered": 1,
                                   "response_rate": 1.0, "median_days": 2.0,
                                   "mean_days": 2.0}]
    assert data["by_format"][0]["format"] == "one_on_one"
    assert "Answers by channel" in cli(db, "stats").stdout


def test_demo_then_today(tmp_path: Path) -> None:
    demo = str(tmp_path / "demo.db")
    made = run_cli("--db", demo, "demo", "--json")
    assert made.code == 0, made.stderr
    assert json.loads(made.stdout)["applications"] == 8
    again = run_cli("--db", demo, "demo")
    assert again.code == 2 and "--force" in again.stderr
    assert run_cli("--db", demo, "demo", "--force").code == 0
    listed = json.loads(run_cli("--db", demo, "list", "--json").stdout)
    assert sorted(i["id"] for i in listed) == list(range(1, 9))  # replaced, not added to
    agenda = json.loads(run_cli("--db", demo, "today", "--json").stdout)
    assert agenda["due_today"] and agenda["overdue"] and agenda["move_on"]
    assert agenda["focus"]
    text = run_cli("--db", demo, "today").stdout
    assert "Time to move on" in text and "Put your energy into these instead" in text


def test_the_demo_never_replaces_real_applications(db: str) -> None:
    cli(db, *ADD)
    refused = cli(db, "demo", "--force")
    assert refused.code == 2 and "not the demo's" in refused.stderr
    assert len(json.loads(cli(db, "list", "--json").stdout)) == 1


def test_guided_add_reads_the_timeline_back(db: str) -> None:
    answers = "\n".join([
        "Harborline Logistics", "Senior Data Analyst", "America/New_York",
        "2026-02-30 14:00",  # refused, asked again
        "2026-03-10 14:00", "45", "US", "one_on_one", "casual", "email",
        "Dana Whitfield", "Analytics Manager", "dana@harborline.example", "", "",
        "", "We'll decide by the end of next week.", "y", "n", "n", "balanced",
        "route dashboards; SQL", ""]) + "\n"
    result = cli(db, "add", "--json", stdin=answers)
    assert result.code == 0, result.stderr
    record = json.loads(result.stdout)
    assert "does not exist" in result.stderr or "interview_at" in result.stderr
    assert "deadline Friday 20 March 2026" in result.stderr
    assert record["rounds"][0]["deadline"] == "2026-03-20"
    assert record["rounds"][0]["timeline"] == "We'll decide by the end of next week."
    assert record["rounds"][0]["topics"] == ["route dashboards", "SQL"]


def test_help_is_there_for_every_tracker_command() -> None:
    for command in ("add", "edit", "list", "show", "today", "plan", "log", "reply", "round",
                    "close", "export", "import", "stats", "demo"):
        result = run_cli(command, "--help")
        assert result.code == 0 and "Usage" in result.stdout, command
    assert "--install-completion" in run_cli("--help").stdout


def test_guided_add_asks_for_topics_until_given(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config"))
    answers = "\n".join([
        "Harborline Logistics", "Senior Data Analyst", "America/New_York",
        "2026-03-10 14:00", "45", "US", "one_on_one", "casual", "email",
        "Dana Whitfield", "", "", "", "", "",
        "", "n", "n", "balanced",
        "",  # no topic: explained, asked again
        "the dashboards migration"]) + "\n"
    result = cli(db, "add", "--json", stdin=answers)
    assert result.code == 0, result.stderr
    assert "What did you discuss?" in result.stderr
    assert "need at least one topic" in result.stderr
    record = json.loads(result.stdout)
    assert record["rounds"][0]["topics"] == ["the dashboards migration"]
    assert run_cli("profile", "--name", "Sam Lee").code == 0
    drafted = cli(db, "draft", "thank_you_email", "--interview", str(record["id"]))
    assert drafted.code == 0, drafted.stderr
    assert "about the dashboards migration" in drafted.stdout
