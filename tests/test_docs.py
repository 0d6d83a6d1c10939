"""Docs that the code keeps true: generated reference pages are current."""

from __future__ import annotations

from afterview.docs import policy_markdown
from afterview.domain.policy import describe_parameters
from afterview.domain.rules import RULES
from tests.paths import ROOT


def test_policy_page_is_current() -> None:
    page = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    assert page == policy_markdown(), "run: python -m afterview.docs policy > docs/policy.md"


def test_every_rule_and_setting_is_documented() -> None:
    page = policy_markdown()
    for rule in RULES:
        assert f"`{rule.id}`" in page
    for param in describe_parameters():
        assert f"`{param['name']}`" in page
        assert param["help"] and param["rule"]
