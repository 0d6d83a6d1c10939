"""The page templates' Jinja2 environment: autoescaped, with the filters pages share."""

from __future__ import annotations

from pathlib import Path

import jinja2

from afterview.labels import LABELS, by_channel, label, moment, phrase, template_label

TEMPLATES = Path(__file__).parent / "templates"

# Which table a bare ``| words`` reads a value from, first match wins (templates name the
# vocabulary with ``| label('outcome')``; this keeps older templates readable).
_WORDS_ORDER = ("step", "section", "draft_kind", "format", "channel", "stage", "role",
                "outcome", "purpose", "scheduled_via", "company_size", "plan_state")


def words(value: object) -> str:
    """A vocabulary value in words when the template does not name the vocabulary."""
    if value is None:
        return ""
    for vocabulary in _WORDS_ORDER:
        if str(value) in LABELS[vocabulary]:
            return label(vocabulary, value)
    return str(value).replace("_", " ")


def step_state(value: object) -> str:
    """A plan step's state in words ("not yet", "not needed"…)."""
    return phrase("step_state", value)


def nice_date(value: object) -> str:
    """``2026-03-10`` → ``Tue 10 Mar 2026``; a date-time adds ``, 14:00`` (one style for the
    pages and the command line, from ``afterview.labels``)."""
    return moment(value)


def rule_text(rule_id: str) -> str:
    """The guidance behind a rule id: a policy rule's explanation or a draft check's why."""
    from afterview.domain.checker.rules import rule_by_id
    from afterview.domain.rules import RULES_BY_ID

    if rule_id in RULES_BY_ID:
        return RULES_BY_ID[rule_id].explanation
    try:
        return rule_by_id(rule_id).why
    except KeyError:
        return "See docs/policy.md for this rule."


def make_environment() -> jinja2.Environment:
    """Autoescape everywhere: every piece of user text is escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["words"] = words
    env.filters["step_state"] = step_state
    env.filters["nice_date"] = nice_date
    env.filters["label"] = lambda value, vocabulary: label(vocabulary, value)
    env.filters["phrase"] = lambda value, vocabulary: phrase(vocabulary, value)
    env.filters["by_channel"] = by_channel
    env.filters["template_label"] = template_label
    env.globals["rule_text"] = rule_text
    return env
