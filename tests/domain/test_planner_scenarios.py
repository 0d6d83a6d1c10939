"""Every development scenario, compared field by field with its expected plan."""

from __future__ import annotations

from typing import Any

import pytest

from afterview import plan_followups
from tests.paths import jsonl

SCENARIOS = jsonl("scenarios-dev.jsonl")


def _contract(plan: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    got = {key: plan[key] for key in expected}
    got["status"] = {**got["status"], "rules": sorted(got["status"]["rules"])}
    return got


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_dev_scenario(scenario: dict[str, Any]) -> None:
    expected = dict(scenario["expected"])
    expected["status"] = {**expected["status"], "rules": sorted(expected["status"]["rules"])}
    assert _contract(plan_followups(scenario).to_dict(), expected) == expected


def test_dev_set_is_not_empty() -> None:
    assert len(SCENARIOS) >= 50


def test_unused_keys_are_ignored() -> None:
    scenario = {**SCENARIOS[0], "id": "x", "notes": "anything", "company": "Acme"}
    assert plan_followups(scenario).to_dict()["status"]["channel"] == "call"


def test_every_plan_step_carries_reasons_with_sources() -> None:
    plan = plan_followups(SCENARIOS[0]).to_dict()
    for step in plan["steps"]:
        assert step["reasons"], step["step"]
        for reason in step["reasons"]:
            assert reason["rule"] and reason["explanation"].endswith(".")
            assert set(reason["source"]) <= {"000", "001", "002"}
