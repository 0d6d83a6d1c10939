"""The registry of draft checks: every rule of RULES.md §5 as data."""

from __future__ import annotations

from afterview.domain.checker.model import Rule
from afterview.domain.checker.rules_conduct import CONDUCT_RULES
from afterview.domain.checker.rules_presence import PRESENCE_RULES

RULES: tuple[Rule, ...] = PRESENCE_RULES + CONDUCT_RULES
"""All rules, in the order of RULES.md §5."""

ENGINE_RULES = frozenset({"spelling", "grammar"})
"""Rules judged by the spelling and grammar engine rather than by a detector."""


def rule_by_id(rule_id: str) -> Rule:
    """The rule with this id; ``KeyError`` if there is none."""
    for rule in RULES:
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)
