"""``afterview scenario``: plan an interview described in a JSON file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.paths import ROOT, jsonl


def test_sample_plan_prints_steps_and_reasons() -> None:
    result = run_cli("scenario", "--sample")
    assert result.code == 0, result.stderr
    assert "Status follow-up" in result.stdout
    assert "wait-for-deadline" in result.stdout


def test_json_output_is_the_library_contract(tmp_path: Path) -> None:
    scenario = jsonl("scenarios-dev.jsonl")[0]
    path = tmp_path / "s.json"
    path.write_text(json.dumps(scenario))
    result = run_cli("scenario", str(path), "--json")
    assert result.code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["status"]["earliest"] == scenario["expected"]["status"]["earliest"]


def test_contacts_and_today(tmp_path: Path) -> None:
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"interview_at": "2026-03-10T10:00",
                                    "timezone": "America/New_York"}))
    contacts = tmp_path / "c.json"
    contacts.write_text(json.dumps([{"at": "2026-03-12T09:00", "direction": "inbound",
                                     "outcome": "offer"}]))
    result = run_cli("scenario", str(scenario), "--contacts", str(contacts),
                     "--today", "2026-03-13", "--json")
    assert json.loads(result.stdout)["state"] == "offer"


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"interview_at": "2026-03-10T10:00", "timezone": "Nowhere/City"}')
    result = run_cli("scenario", str(path))
    assert result.code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown time zone" in result.stderr
    assert run_cli("scenario", str(tmp_path / "missing.json")).code == 2
    path.write_text("{not json")
    assert "not valid JSON" in run_cli("scenario", str(path)).stderr
    assert run_cli("scenario").code == 2
    assert run_cli("scenario", "--bogus").code == 2


def test_real_process_exit_codes() -> None:
    ok = subprocess.run([sys.executable, "-m", "afterview", "scenario", "--sample"],
                        capture_output=True, text=True, cwd=ROOT, check=False)
    assert ok.returncode == 0 and "Move on" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "afterview", "scenario", "-"],
                         input='{"interview_at": "2026-03-08T02:30", "timezone": '
                               '"America/New_York"}',
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert "does not exist" in bad.stderr
