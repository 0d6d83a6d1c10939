"""Afterview: coaching for the weeks after a job interview.

The public functions are the library contract of SPEC.md; they are imported lazily so that
``import afterview`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "plan_followups": "afterview.domain.planner",
    "Plan": "afterview.domain.planner",
    "Policy": "afterview.domain.policy",
    "InputError": "afterview.domain.errors",
    "parse_timeline": "afterview.domain.timeline",
    "check_draft": "afterview.domain.checker",
    "render_draft": "afterview.domain.drafts",
}

if TYPE_CHECKING:
    from afterview.domain.checker import check_draft as check_draft
    from afterview.domain.drafts import render_draft as render_draft
    from afterview.domain.errors import InputError as InputError
    from afterview.domain.planner import Plan as Plan
    from afterview.domain.planner import plan_followups as plan_followups
    from afterview.domain.policy import Policy as Policy

__all__ = [
    "InputError",
    "Plan",
    "Policy",
    "check_draft",
    "parse_timeline",
    "plan_followups",
    "render_draft",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'afterview' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
