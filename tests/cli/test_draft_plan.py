"""``afterview draft --interview``: the plan picks the kind, and a kind against it is warned."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Result, run_cli


def _application(**round_fields: Any) -> dict[str, Any]:
    return {
        "company": "Harborline Logistics", "position": "Senior Data Analyst",
        "timezone": "America/New_York", "country": "US",
        "rounds": [{"interview_at": "2026-03-10T10:00", "deadline": "NONE",
                    "topics": ["the carrier scorecard dashboard"], **round_fields}],
        "people": [{"name": "Dana Whitfield", "role": "interviewer",
                    "email": "dana@harborline.example", "phone": "+1 617 555 0100"}],
    }


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    assert run_cli("profile", "--name", "Priya Nair", "--email", "priya@example.com",
                   "--phone", "+1 617 555 0199").code == 0
    path = tmp_path / "t.db"

    def make(**round_fields: Any) -> str:
        source = tmp_path / "r.json"
        source.write_text(json.dumps([_application(**round_fields)]))
        assert run_cli("--db", str(path), "import", str(source)).code == 0
        return str(path)
    return make


def _draft(db: str, *args: str, today: str) -> Result:
    return run_cli("--db", db, "draft", *args, "--interview", "1", "--today", today, "--json")


def test_no_kind_drafts_the_plans_next_step(db: Any) -> None:
    path = db()
    first = _draft(path, today="2026-03-10")
    assert first.code == 0, first.stderr
    assert json.loads(first.stdout)["kind"] == "thank_you_email"
    run_cli("--db", path, "log", "1", "--at", "2026-03-10T15:00", "--purpose", "thank_you")
    later = _draft(path, today="2026-03-19")
    assert json.loads(later.stdout)["kind"] == "status_email"
    assert json.loads(later.stdout)["warnings"] == []


def test_no_call_script_after_two_calls(db: Any) -> None:
    path = db(invited_to_call=True)
    run_cli("--db", path, "log", "1", "--at", "2026-03-10T15:00", "--purpose", "thank_you")
    assert json.loads(_draft(path, today="2026-03-19").stdout)["kind"] == "call_script"
    for day in ("2026-03-18T10:00", "2026-03-19T10:00"):
        run_cli("--db", path, "log", "1", "--at", day, "--channel", "call",
                "--outcome", "no_answer")
    chosen = _draft(path, today="2026-03-20")
    assert json.loads(chosen.stdout)["kind"] not in ("call_script", "voicemail")
    asked = _draft(path, "call_script", today="2026-03-20")
    assert asked.code == 0
    warnings = json.loads(asked.stdout)["warnings"]
    assert len(warnings) == 1 and warnings[0].endswith("(follow-up-limit)")
    assert "warning: " in asked.stderr and "follow-up-limit" in asked.stderr


def test_a_text_to_an_employer_who_never_texted_is_warned(db: Any) -> None:
    path = db()
    asked = _draft(path, "text_message", today="2026-03-19")
    assert json.loads(asked.stdout)["warnings"][0].endswith("(same-medium)")
    texted = db(scheduled_via="text")  # a second application, id 2, set up by text
    ok = run_cli("--db", texted, "draft", "text_message", "--interview", "2",
                 "--today", "2026-03-19", "--json")
    assert json.loads(ok.stdout)["warnings"] == []


def test_after_moving_on_only_a_closing_note_is_advised(db: Any) -> None:
    path = db()
    run_cli("--db", path, "log", "1", "--at", "2026-03-10T15:00", "--purpose", "thank_you")
    run_cli("--db", path, "log", "1", "--at", "2026-03-20T10:00", "--purpose", "status")
    run_cli("--db", path, "log", "1", "--at", "2026-03-27T10:00", "--purpose", "final")
    chosen = _draft(path, today="2026-05-01")
    assert json.loads(chosen.stdout)["kind"] == "closing_email"
    asked = _draft(path, "status_email", today="2026-05-01")
    assert json.loads(asked.stdout)["warnings"][0].endswith("(silence-means-move-on)")


def test_json_with_a_format_is_refused(db: Any) -> None:
    result = run_cli("--db", db(), "draft", "status_email", "--interview", "1", "--json",
                     "--format", "eml")
    assert result.code == 2
    assert "--json" in result.stderr


def test_without_a_stored_plan_the_kind_is_needed(tmp_path: Path) -> None:
    record = tmp_path / "r.json"
    record.write_text(json.dumps({"candidate": "Sam Lee", "position": "Paralegal"}))
    result = run_cli("draft", "--record", str(record))
    assert result.code == 2
    assert "name the kind" in result.stderr


def test_a_closed_application_advises_nothing(db: Any) -> None:
    path = db()
    assert run_cli("--db", path, "close", "1", "--reason", "withdrawn").code == 0
    result = _draft(path, today="2026-03-19")
    assert result.code == 2
    assert "advises no draft" in result.stderr


def test_an_application_closed_as_moved_on_advises_a_closing_note(db: Any) -> None:
    path = db()
    assert run_cli("--db", path, "close", "1", "--reason", "moved_on").code == 0
    assert json.loads(_draft(path, today="2026-03-19").stdout)["kind"] == "closing_email"
