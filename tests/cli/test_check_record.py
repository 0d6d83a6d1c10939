"""``afterview check --record`` validates the record; ``--interview`` reads a stored one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

APPLICATION = {
    "company": "Harborline Logistics", "position": "Senior Data Analyst",
    "timezone": "America/New_York", "country": "US",
    "rounds": [{"interview_at": "2026-03-10T10:00", "deadline": "NONE",
                "topics": ["the carrier scorecard dashboard"]}],
    "people": [{"name": "Priya Raman", "role": "interviewer",
                "email": "priya@harborline.example"}],
}
WRONG_NAME = (
    "Subject: Thank you\n\nHi Patricia,\n\nThank you for the interview for the Senior Data "
    "Analyst position at Harborline Logistics on March 10. I enjoyed our conversation about "
    "the carrier scorecard dashboard, and I am still very interested in the role.\n\n"
    "Best regards,\nSam Lee\n"
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    path = tmp_path / "t.db"
    source = tmp_path / "r.json"
    source.write_text(json.dumps([APPLICATION]))
    assert run_cli("--db", str(path), "import", str(source)).code == 0
    return str(path)


@pytest.fixture
def draft(tmp_path: Path) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(WRONG_NAME, encoding="utf-8")
    return str(path)


def _record(tmp_path: Path, data: object) -> str:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("data", "named"), [
    ({"foo": 1}, "'foo'"),
    ({"company": "Acme", "intervewer": "Priya Raman"}, "'intervewer'"),
    ({}, "names nothing"),
    ([1, 2], "JSON object"),
    ({"company": 3}, "company"),
    ({"company": "Acme", "date": "next week"}, "date"),
    ({"company": "Acme", "interviewers": "Priya Raman"}, "interviewers"),
    ({"company": "Acme", "interviewers": [{"nmae": "Priya Raman"}]}, "'nmae'"),
    ({"company": "Acme", "topics": [3]}, "topics"),
])
def test_a_record_that_is_not_one_exits_2_naming_the_field(
    tmp_path: Path, draft: str, data: object, named: str
) -> None:
    result = run_cli("check", draft, "--kind", "thank_you_email",
                     "--record", _record(tmp_path, data))
    assert result.code == 2, result
    assert named in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_the_output_of_show_json_is_a_record(db: str, tmp_path: Path, draft: str) -> None:
    shown = run_cli("--db", db, "show", "1", "--json")
    assert shown.code == 0
    result = run_cli("check", draft, "--kind", "thank_you_email",
                     "--record", _record(tmp_path, json.loads(shown.stdout)))
    assert result.code == 1, result
    assert "wrong-name" in result.stdout and "'Patricia'" in result.stdout


def test_check_against_a_stored_application(db: str, draft: str, tmp_path: Path) -> None:
    result = run_cli("--db", db, "check", draft, "--kind", "thank_you_email",
                     "--interview", "1")
    assert result.code == 1, result
    assert "wrong-name" in result.stdout
    fixed = tmp_path / "fixed.txt"
    fixed.write_text(WRONG_NAME.replace("Patricia", "Priya"), encoding="utf-8")
    clean = run_cli("--db", db, "check", str(fixed), "--kind", "thank_you_email",
                    "--interview", "1")
    assert "wrong-name" not in clean.stdout
    missing = run_cli("--db", db, "check", draft, "--kind", "thank_you_email",
                      "--interview", "9")
    assert missing.code == 2 and "no application 9" in missing.stderr
    both = run_cli("--db", db, "check", draft, "--kind", "thank_you_email",
                   "--interview", "1", "--record", _record(tmp_path, {"company": "A"}))
    assert both.code == 2
