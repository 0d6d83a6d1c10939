"""Each policy rule triggers on its own examples and stays quiet on the others."""

from __future__ import annotations

from typing import Any

import pytest

from afterview import plan_followups
from afterview.domain.rules import EXAMPLE_BASE, RULES, SOURCES


def _plan_rules(example: dict[str, Any]) -> set[str]:
    data = dict(example)
    today = data.pop("today", None)
    contacts = data.pop("contacts", ())
    plan = plan_followups({**EXAMPLE_BASE, **data}, today=today, contacts=contacts)
    return plan.rule_ids()


def test_every_rule_has_examples() -> None:
    for rule in RULES:
        assert rule.triggers, f"{rule.id} has no example that triggers it"
        # no-unsolicited-calls holds for every plan, so it cannot have a quiet example
        if rule.id != "no-unsolicited-calls":
            assert rule.quiet, f"{rule.id} has no example that leaves it quiet"


def test_rule_ids_are_unique_and_sourced() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.sources and set(rule.sources) <= set(SOURCES)
        assert rule.explanation.endswith(".")


TRIGGERS = [(r.id, ex) for r in RULES for ex in r.triggers]
QUIET = [(r.id, ex) for r in RULES for ex in r.quiet]


@pytest.mark.parametrize(("rule_id", "example"), TRIGGERS)
def test_rule_triggers(rule_id: str, example: dict[str, Any]) -> None:
    assert rule_id in _plan_rules(example)


@pytest.mark.parametrize(("rule_id", "example"), QUIET)
def test_rule_stays_quiet(rule_id: str, example: dict[str, Any]) -> None:
    assert rule_id not in _plan_rules(example)
