"""``check_draft``: run every rule that applies to a draft and collect the findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache, partial

from afterview.domain.checker import (
    conduct,
    courtesy,
    form,
    hostility,
    manner,
    presence,
    silence,
)
from afterview.domain.checker.model import Finding, Hit, Rule, check_kind
from afterview.domain.checker.record import Facts, facts_from_record
from afterview.domain.checker.rules import ENGINE_RULES, RULES
from afterview.domain.checker.text import Draft
from afterview.domain.errors import InputError
from afterview.domain.policy import DEFAULT_POLICY, Policy

Detector = Callable[[Draft, Facts | None], list[Hit]]


@lru_cache(maxsize=16)
def detectors(policy: Policy) -> dict[str, Detector]:
    """The detector behind each rule id (spelling and grammar come from the engine)."""
    return {
        "no-self-intro": presence.no_self_intro,
        "no-position": presence.no_position,
        "no-interview-date": presence.no_interview_date,
        "no-specific-topic": presence.no_specific_topic,
        "no-gratitude": courtesy.no_gratitude,
        "no-interest": courtesy.no_interest,
        "no-status-question": courtesy.no_status_question,
        "complains-about-wait": _both(conduct.complains_about_wait, silence.pointed_silence),
        "asks-if-hired": conduct.asks_if_hired,
        "questions-delay": conduct.questions_delay,
        "mentions-other-candidates": manner.mentions_other_candidates,
        "desperate-tone": _both(manner.desperate_tone, hostility.hostile_or_needy),
        "too-long": partial(form.too_long, policy=policy),
        "placeholder-left": form.placeholder_left,
        "too-informal": manner.too_informal,
        "wrong-name": form.wrong_name,
    }


def _both(first: Detector, second: Detector) -> Detector:
    """One detector made of two signal families for the same rule."""
    def detect(draft: Draft, facts: Facts | None) -> list[Hit]:
        return first(draft, facts) + second(draft, facts)
    return detect


@lru_cache(maxsize=64)
def _checks(policy: Policy, kind: str, has_record: bool) -> tuple[tuple[Rule, Detector], ...]:
    """The rules judged by a detector on drafts of ``kind``, in order, with their detectors."""
    found = detectors(policy)
    return tuple(
        (rule, found[rule.id])
        for rule in RULES
        if rule.applies_to(kind)
        and rule.id not in ENGINE_RULES
        and (has_record or not rule.needs_record)
    )


def check_draft(
    text: str,
    *,
    kind: str,
    interview: Mapping[str, object] | None = None,
    policy: Policy | None = None,
    spelling: bool = True,
    words: Iterable[str] = (),
) -> list[Finding]:
    """Check a draft against the draft checks (docs/rules.md); findings in text order.

    ``kind`` is one of the draft kinds (anything else raises :class:`InputError`).
    ``interview`` is the record (either shape); without it, the checks that need names
    fall back to the text alone and ``wrong-name`` is skipped. ``words`` are extra words
    that are never misspellings; ``spelling=False`` skips spelling and grammar.
    Any string is accepted: the result is a list of findings, possibly empty.
    """
    kind = check_kind(kind)
    if not isinstance(text, str):
        raise InputError("the draft must be text", field="text")
    facts = facts_from_record(interview)
    draft = Draft(text, kind)
    findings: list[Finding] = []
    for rule, detector in _checks(policy or DEFAULT_POLICY, kind, facts is not None):
        hits = detector(draft, facts)
        if hits:
            findings += _findings(rule, hits, text)
    if any(f.rule == "asks-if-hired" for f in findings):
        # An improper ask is reported as that, not also as a missing status question.
        findings = [f for f in findings if f.rule != "no-status-question"]
    if spelling:
        findings += _engine_findings(text, facts, words)
    return sorted(findings, key=lambda f: (f.start, f.end, f.rule))


def _findings(rule: Rule, hits: list[Hit], text: str) -> list[Finding]:
    """One finding per distinct span; spans inside another span of the rule are dropped."""
    spans = sorted({(h.start, h.end): h for h in hits}.values(), key=lambda h: (h.start, -h.end))
    kept: list[Hit] = []
    for hit in spans:
        if kept and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return [
        Finding(rule.id, rule.severity, rule.message_for(text[h.start:h.end]), h.start, h.end,
                h.suggestion or rule.suggestion)
        for h in kept
    ]


def _engine_findings(text: str, facts: Facts | None, words: Iterable[str]) -> list[Finding]:
    from afterview.domain.checker.rules import rule_by_id
    from afterview.domain.checker.spelling import find_problems

    known = set(words if not isinstance(words, str) else [words])
    if facts is not None:
        known |= facts.known_words()
    findings: list[Finding] = []
    for problem in find_problems(text, known=known):
        rule = rule_by_id(problem.kind)
        suggestion = (
            f"Did you mean '{problem.replacement}'? ({rule.id})"
            if problem.replacement
            else rule.suggestion
        )
        findings.append(
            Finding(rule.id, rule.severity, rule.message_for(text[problem.start:problem.end]),
                    problem.start, problem.end, suggestion)
        )
    return findings
