"""Malformed invocations: one line on stderr, exit code 2, nothing written (issue 11.5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from afterview.store.database import open_store
from afterview.store.tracker import add_application
from tests.cli.helpers import Result, run_cli
from tests.store.samples import NOW, application

HUGE = "99999999999999999999"  # past 2**63: SQLite cannot even bind it
PAST_INT32 = str(2**31)  # past PostgreSQL's integer


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "tracker.db"
    store = open_store(f"sqlite:///{path}")
    add_application(store, application(), now=NOW)
    store.close()
    return str(path)


def snapshot(db: str) -> list[tuple[object, ...]]:
    """Every row of every table: what "nothing written" is checked against."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, *row) for t in tables
                for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1")]


def refused(db: str, *args: str, stdin: str | None = None) -> Result:
    """Run ``afterview --db DB ARGS``; it must fail with exit 2 and one line, writing nothing."""
    before = snapshot(db)
    result = run_cli("--db", db, *args, stdin=stdin)
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert snapshot(db) == before
    return result


ID_COMMANDS = [
    ("show", "{id}"), ("plan", "{id}"), ("log", "{id}"), ("reply", "{id}"),
    ("round", "{id}", "--at", "2026-03-20T10:00"), ("close", "{id}"),
    ("draft", "status_email", "--interview", "{id}"), ("edit", "{id}", "--company", "X"),
    ("edit", "{id}", "--person", "1", "--name", "X"), ("edit", "{id}", "--remove-person", "1"),
]


@pytest.mark.parametrize("value", [HUGE, "9223372036854775808", PAST_INT32])
@pytest.mark.parametrize("command", ID_COMMANDS, ids=lambda c: "-".join(c[:3]))
def test_an_id_past_the_range_is_no_application(db: str, command: tuple[str, ...],
                                                value: str) -> None:
    result = refused(db, *(value if a == "{id}" else a for a in command))
    assert f"there is no application {value}" in result.stderr


@pytest.mark.parametrize("command", ID_COMMANDS, ids=lambda c: "-".join(c[:3]))
def test_a_negative_id_is_read_as_an_id(db: str, command: tuple[str, ...]) -> None:
    result = refused(db, *("-1" if a == "{id}" else a for a in command))
    assert "application id must be a positive whole number; got -1" in result.stderr
    assert "No such option" not in result.stderr


@pytest.mark.parametrize("args", [("--person", HUGE, "--name", "X"),
                                  ("--remove-person", PAST_INT32)])
def test_a_person_id_past_the_range_is_no_person(db: str, args: tuple[str, ...]) -> None:
    assert f"there is no person {args[1]}" in refused(db, "edit", "1", *args).stderr


@pytest.mark.parametrize("args", [("today", "--today", "9999-12-31"),
                                  ("today", "--today", "0001-01-01"),
                                  ("list", "--today", "2101-01-01"),
                                  ("show", "1", "--today", "1989-12-31"),
                                  ("timeline", "soon", "--on", "9999-12-30"),
                                  ("scenario", "--sample", "--today", "0001-01-01")])
def test_dates_keep_to_one_range(db: str, args: tuple[str, ...]) -> None:
    assert "is outside 1990–2100" in refused(db, *args).stderr


def test_dates_at_the_edges_of_the_range_are_accepted(db: str) -> None:
    assert run_cli("--db", db, "today", "--today", "1990-01-01").code == 0
    assert run_cli("--db", db, "today", "--today", "2100-12-31").code == 0


@pytest.mark.parametrize("args", [("list", "--company", "\udcff\udcfe"),
                                  ("timeline", "we will call \udce9"),
                                  ("add", "--company", "\udcff", "--position", "P",
                                   "--at", "2026-03-10T10:00")])
def test_arguments_that_are_not_utf8_are_refused(db: str, args: tuple[str, ...]) -> None:
    assert "is not UTF-8 text" in refused(db, *args).stderr


def test_a_huge_company_filter_is_refused_and_wildcards_match_themselves(db: str) -> None:
    assert "company is longer than 200 characters" in refused(
        db, "list", "--company", "a" * 50_000).stderr
    assert run_cli("--db", db, "list", "--company", "%", "--json").stdout.strip() == "[]"
    assert run_cli("--db", db, "list", "--company", "_arborline", "--json").stdout.strip() \
        == "[]"
    assert '"Harborline Logistics"' in run_cli("--db", db, "list", "--company", "ARBOR",
                                               "--json").stdout


def test_a_limit_past_the_range_lists_everything(db: str) -> None:
    result = run_cli("--db", db, "list", "--limit", HUGE, "--json")
    assert result.code == 0, result.stderr
    assert result.stdout.count('"company"') == 1


def test_binary_input_is_not_text(db: str, tmp_path: Path) -> None:
    binary = tmp_path / "draft.bin"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\xff\xfe" * 20)
    assert "is not text" in refused(db, "check", str(binary), "--kind",
                                    "status_email").stderr
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Dear Dana,\x00\x00\x00")
    assert "is not text" in refused(db, "check", str(nul), "--kind", "status_email").stderr
    scenario = tmp_path / "scenario.json"
    scenario.write_bytes(b'{"company": "\xff\xfe"}')
    assert "is not text" in refused(db, "scenario", str(scenario)).stderr
    scenario.write_text('{"company": "\\ud800"}')
    assert "lone surrogate" in refused(db, "scenario", str(scenario)).stderr


def test_binary_on_standard_input_is_not_text(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    class BinaryStdin(io.TextIOWrapper):
        pass

    monkeypatch.setattr(sys, "stdin", BinaryStdin(io.BytesIO(b"\xd0\xcf\x11\xe0\xa1\xb1")))
    before = snapshot(db)
    result = run_cli("--db", db, "scenario", "-")
    assert result.code == 2 and "scenario standard input is not text" in result.stderr
    assert snapshot(db) == before


def test_a_damaged_row_is_named(db: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE rounds SET interview_at = 'garbage' WHERE id = 1")
    for args in (("show", "1"), ("stats",), ("plan", "1")):
        result = refused(db, *args)
        assert "rounds row 1: interview_at 'garbage'" in result.stderr
        assert db in result.stderr


def test_a_damaged_plan_date_is_named(db: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE applications SET next_due_on = 'soon' WHERE id = 1")
    for args in (("today",), ("list",)):
        assert "applications row 1: next_due_on 'soon'" in refused(db, *args).stderr


@pytest.mark.parametrize("table", ["applications", "rounds", "contacts"])
def test_a_database_with_a_dropped_table_is_refused(db: str, table: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DROP TABLE {table}")
    for args in (("show", "1"), ("stats",), ("export",), ("log", "1")):
        result = refused(db, *args)
        assert f"{db} is damaged: tables missing ({table})" in result.stderr


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n" * 200)
    for args in (("today",), ("show", "1"), ("stats",)):
        result = run_cli("--db", str(path), *args)
        assert result.code == 2 and result.stderr.count("\n") == 1, result.stderr
        assert f"{path} is not an Afterview database" in result.stderr


@pytest.mark.parametrize(("args", "line"), [
    (("show",), "afterview show: missing argument ID (see afterview show --help)"),
    (("show", "abc"), "afterview show: invalid value for ID: abc is not a valid int "
                      "(see afterview show --help)"),
    (("check", "draft.txt"), "afterview check: missing option --kind "
                             "(see afterview check --help)"),
    (("show", "1", "2"), "afterview show: got unexpected extra argument(s) (2) "
                         "(see afterview show --help)"),
    (("nosuch",), "afterview: no such command nosuch (see afterview --help)"),
    (("log", "1", "--channel"), "afterview log: option --channel requires an argument "
                                "(see afterview log --help)"),
    (("list", "--limit", "0"), "afterview list: invalid value for --limit: 0 is not in the "
                               "range x>=1 (see afterview list --help)"),
])
def test_usage_errors_are_one_line(db: str, args: tuple[str, ...], line: str) -> None:
    assert refused(db, *args).stderr == line + "\n"


def test_negative_numbers_still_reach_options_and_other_arguments(db: str) -> None:
    # a negative number is an argument wherever it stands; after "--" everything is
    assert run_cli("--db", db, "timeline", "-5", "--on", "2026-01-05").code == 0
    assert "positive whole number" in refused(db, "show", "--json", "-7").stderr
    assert "there is no application 7" in refused(db, "show", "--", "7").stderr
