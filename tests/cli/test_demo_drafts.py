"""The demo shows the product working: the plan's advised draft of every sample application
can be written (each record holds the facts its drafts need)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli


def test_every_demo_application_drafts_its_advised_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    assert run_cli("profile", "--name", "Alex Rivera", "--email", "alex@example.com",
                   "--phone", "+1 617 555 0100").code == 0
    db = str(tmp_path / "demo.db")
    assert run_cli("--db", db, "demo").code == 0
    failed: dict[str, str] = {}
    for item in json.loads(run_cli("--db", db, "list", "--json").stdout):
        drafted = run_cli("--db", db, "draft", "--interview", str(item["id"]))
        if drafted.code != 0 and "advises no draft" not in drafted.stderr:
            failed[item["company"]] = drafted.stderr.strip().splitlines()[-1]
    assert not failed, failed


def test_a_missing_fact_names_the_kind_in_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))  # no profile: no name
    db = str(tmp_path / "demo.db")
    assert run_cli("--db", db, "demo").code == 0
    drafted = run_cli("--db", db, "draft", "thank_you_email", "--interview", "1")
    assert drafted.code == 2
    assert "(a thank-you email needs it)" in drafted.stderr, drafted.stderr


def test_drafting_the_plans_step_names_it_in_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    assert run_cli("profile", "--name", "Alex Rivera", "--email", "alex@example.com").code == 0
    db = str(tmp_path / "demo.db")
    assert run_cli("--db", db, "demo").code == 0
    drafted = run_cli("--db", db, "draft", "--interview", "3")  # the overdue status email
    assert drafted.code == 0, drafted.stderr
    assert drafted.stderr.startswith("Drafting a status email, the plan's next step"), \
        drafted.stderr
