"""``afterview draft --interview ID`` and ``afterview profile``: drafts for stored applications."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

RECORD = {
    "company": "Harborline Logistics", "position": "Senior Data Analyst",
    "timezone": "America/New_York", "country": "US",
    "rounds": [{"interview_at": "2026-03-10T10:00", "deadline": "NONE",
                "topics": ["the carrier scorecard dashboard"]}],
    "people": [{"name": "Dana Whitfield", "role": "interviewer",
                "email": "dana@harborline.example"}],
}


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    path = tmp_path / "t.db"
    source = tmp_path / "r.json"
    source.write_text(json.dumps([RECORD]))
    assert run_cli("--db", str(path), "import", str(source)).code == 0
    return str(path)


def test_without_a_profile_the_message_says_how_to_set_it(db: str) -> None:
    result = run_cli("--db", db, "draft", "thank_you_email", "--interview", "1")
    assert result.code == 2
    assert "afterview profile" in result.stderr


def test_stored_application_and_profile_make_a_signed_draft(db: str) -> None:
    assert run_cli("profile", "--name", "Priya Nair", "--email", "priya@example.com").code == 0
    result = run_cli("--db", db, "draft", "thank_you_email", "--interview", "1")
    assert result.code == 0, result.stderr
    assert "Dana" in result.stdout and "Senior Data Analyst" in result.stdout
    assert result.stdout.rstrip().splitlines()[-2:] == ["Priya Nair", "priya@example.com"]
    eml = run_cli("--db", db, "draft", "thank_you_email", "--interview", "1", "--format", "eml")
    assert "To: Dana Whitfield <dana@harborline.example>" in eml.stdout


def test_record_or_interview_not_both(db: str, tmp_path: Path) -> None:
    assert run_cli("--db", db, "draft", "status_email").code == 2
    record = tmp_path / "x.json"
    record.write_text("{}")
    both = run_cli("--db", db, "draft", "status_email", "--record", str(record),
                   "--interview", "1")
    assert both.code == 2
    assert "no application 7" in run_cli("--db", db, "draft", "status_email",
                                         "--interview", "7").stderr


def test_profile_validates_and_shows(db: str) -> None:
    assert run_cli("profile", "--email", "not-an-email").code == 2
    shown = json.loads(run_cli("profile", "--json").stdout)
    assert set(shown) == {"name", "email", "phone", "country", "subdivision", "timezone"}
