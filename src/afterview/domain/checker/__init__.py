"""The draft checker: RULES.md §5 as data, detectors, and the spelling engine adapter.

``check_draft`` is the entry point; ``RULES`` lists every rule with its examples.
"""

from __future__ import annotations

from afterview.domain.checker.engine import check_draft
from afterview.domain.checker.model import KINDS, Example, Finding, Rule
from afterview.domain.checker.rules import RULES, rule_by_id

__all__ = ["KINDS", "RULES", "Example", "Finding", "Rule", "check_draft", "rule_by_id"]
