"""``afterview policy`` and the user's policy file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterview.config import load_policy
from afterview.domain.policy import Policy
from tests.cli.helpers import run_cli


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


def test_defaults_without_a_file() -> None:
    assert load_policy() == Policy()
    result = run_cli("policy", "--json")
    assert result.code == 0
    assert json.loads(result.stdout)["settings"]["final_after_bd"] == 5


def test_init_then_edit_changes_plans(config_dir: Path, tmp_path: Path) -> None:
    assert run_cli("policy", "--init").code == 0
    assert run_cli("policy", "--init").code == 2  # never overwrites silently
    path = config_dir / "policy.toml"
    path.write_text(path.read_text().replace("final_followup = true", "final_followup = false"))
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"interview_at": "2026-03-10T10:00",
                                    "timezone": "America/New_York"}))
    plan = json.loads(run_cli("scenario", str(scenario), "--json").stdout)
    assert plan["final"] is None


def test_bad_file_names_file_and_setting(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "policy.toml").write_text("[plan]\nfinal_after_bd = 'soon'\n")
    result = run_cli("policy")
    assert result.code == 2
    assert "policy.toml" in result.stderr and "final_after_bd" in result.stderr
