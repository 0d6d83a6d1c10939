"""The terminal speaks as the pages do: labels for stored values, one date style."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import Result, run_cli

ADD = ("add", "--company", "Harborline Logistics", "--position", "Senior Data Analyst",
       "--at", "2026-03-10T14:00", "--timezone", "America/New_York", "--deadline", "NONE",
       "--format", "small_team", "--tone", "casual", "--topic", "route dashboards",
       "--interviewer", "Dana Whitfield, Analytics Manager, dana@harborline.example")
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that no table cell wraps (Rich reads COLUMNS)."""
    monkeypatch.setenv("COLUMNS", "200")


def cli(db: Path, *args: str) -> Result:
    result = run_cli("--db", str(db), *args)
    assert result.code == 0, result.stderr
    return result


def test_today_names_the_step_once(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    cli(db, *ADD)
    shown = cli(db, "today", "--today", "2026-03-11").stdout
    assert "thank-you email by email" not in shown
    assert "Thank-you to Dana Whitfield by email" in shown  # one message each (thanks-24h)
    assert "from Tue 10 Mar 2026" in shown  # due today, open since the interview (as the page)
    late = cli(db, "today", "--today", "2026-03-12").stdout
    assert "was due Wed 11 Mar 2026, do it Thu 12 Mar 2026" in late, late
    assert not ISO.search(shown), shown


def test_plan_and_show_use_the_pages_date_style(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    cli(db, *ADD)
    cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you")
    plan = cli(db, "plan", "1", "--today", "2026-03-12").stdout
    assert "2026-03-11 14:00" not in plan and not ISO.search(plan.split("Why")[0]), plan
    assert "Tue 10 Mar 2026" in plan  # the thank-you's done date, as the pages write it
    shown = cli(db, "show", "1", "--today", "2026-03-12").stdout
    assert "deadline NONE" not in shown and "NONE" not in shown
    assert "no deadline given" in shown and "small team" in shown
    assert "Tue 10 Mar 2026, 14:00" in shown  # the interview, as the pages write it
    assert not ISO.search(shown), ISO.findall(shown)


def test_stats_names_formats_and_stages_as_the_pages_do(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    cli(db, *ADD)
    shown = cli(db, "stats").stdout
    assert "small team" in shown  # a label, not the raw value with its underscore gone
    cli(db, "add", *ADD[1:-2], "--format", "one_on_one", "--company", "Cobalt Ridge")
    shown = cli(db, "stats").stdout
    assert "one-on-one" in shown and "one on one" not in shown, shown
    assert "awaiting an answer" in shown or "interviewing" in shown, shown


def test_close_round_and_contact_edit_name_stages_and_dates_as_the_pages_do(
        tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert "(awaiting an answer)" in cli(db, *ADD).stdout
    cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you")
    cli(db, "reply", "1", "--at", "2026-03-12T10:00", "--outcome", "next_round")
    edited = cli(db, "contact", "remove", "1", "2").stdout
    assert "next round → awaiting an answer" in edited, edited
    rounded = cli(db, "round", "1", "--at", "2026-03-20T09:30").stdout
    assert "Fri 20 Mar 2026, 09:30" in rounded and not ISO.search(rounded), rounded
    assert "(awaiting an answer)" in rounded, rounded
    closed = cli(db, "close", "1", "--reason", "rejected").stdout
    assert "awaiting an answer → rejected" in closed or "interviewing → rejected" in closed, closed


def test_closing_a_closed_application_says_so(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    cli(db, *ADD)
    cli(db, "close", "1")
    again = cli(db, "close", "1").stdout
    assert "moved on → moved on" not in again and "already moved on" in again, again
