"""The user's policy reaches stored plans, and a changed policy re-plans them once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from afterview.domain.policy import Policy
from afterview.store.agenda import agenda
from afterview.store.database import open_store
from afterview.store.tracker import add_application, show_application
from tests.cli.helpers import run_cli

RECORD = {
    "company": "Harborline", "position": "Analyst", "timezone": "America/New_York",
    "country": "US",
    "rounds": [{"interview_at": "2026-03-10T10:00", "deadline": "NONE"}],
    "people": [{"name": "Dana Whitfield", "role": "interviewer"}],
}


def _status_earliest(store_url: str, app_id: int) -> str:
    store = open_store(store_url)
    try:
        plan = show_application(store, app_id, today=date(2026, 3, 11))["plan"]
        return str(plan["status"]["earliest"])
    finally:
        store.close()


def test_changed_policy_replans_stored_dates(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    store = open_store(url)
    app_id = add_application(store, RECORD)["id"]
    assert store.use_policy(Policy()) == 0  # same as the defaults: nothing to do
    store.close()

    slow = Policy(no_deadline_earliest_days=10, no_deadline_latest_days=15)
    seen = agenda(url, date(2026, 3, 17), policy=slow)
    # with the default policy the status follow-up would open on 17 March
    assert not [i for i in seen["due_today"] if i["id"] == app_id and i["step"] == "status"]

    store = open_store(url, policy=slow)
    assert store.use_policy(slow) == 0  # already re-planned by the agenda read
    assert store.use_policy(Policy()) == 1
    store.close()


def test_cli_plans_with_the_policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    db = tmp_path / "b.db"
    record = tmp_path / "r.json"
    record.write_text(json.dumps([RECORD]))
    assert run_cli("--db", str(db), "import", str(record)).code == 0
    plan = ("--db", str(db), "plan", "1", "--today", "2026-03-11", "--json")
    before = json.loads(run_cli(*plan).stdout)
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "policy.toml").write_text("[plan]\nno_deadline_earliest_days = 10\n")
    after = json.loads(run_cli(*plan).stdout)
    assert before["status"]["earliest"] == "2026-03-17"
    assert after["status"]["earliest"] == "2026-03-20"
