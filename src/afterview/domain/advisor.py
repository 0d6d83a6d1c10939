"""Call, email or text? (RULES.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from afterview.domain.rules import RULES_BY_ID
from afterview.domain.scenario import Scenario

Channel = Literal["call", "email", "text"]

_FORMAT_FACTOR = {
    "one_on_one": "small-interview",
    "small_team": "small-interview",
    "panel": "group-interview",
    "group": "group-interview",
    "multi_round": "group-interview",
}
_TONE_FACTOR = {"casual": "casual-tone", "formal": "formal-tone"}
_STYLE_FACTOR = {"direct": "direct-style", "reserved": "reserved-style"}
_POINTS = {r.id: r.points for r in RULES_BY_ID.values() if r.kind == "factor"}


@dataclass(frozen=True, slots=True)
class Advice:
    """The channel for the status follow-up, whether a call is allowed, and why."""

    channel: Channel
    call_allowed: bool
    rules: tuple[str, ...]  # timing rule first, then the rest; order carries no meaning
    points_for: int
    points_against: int
    # rules that were weighed and outweighed by the rest of ``rules`` (which decided)
    weighed: tuple[str, ...] = ()


def advise(scenario: Scenario, *, timing_rule: str) -> Advice:
    """Settle the channel: 001's exceptions allow a call, 000's factors decide if it is wise."""
    rules = [timing_rule, "no-unsolicited-calls"]

    exceptions = []
    if scenario.invited_to_call:
        exceptions.append("invited-to-call")
    if scenario.deadline_kind == "dated":
        # the status contact never comes before D + 2 bd, so a stated date has always passed
        exceptions.append("deadline-passed")
    if scenario.traditional_industry:
        exceptions.append("traditional-industry")
    if scenario.scheduled_via == "phone":
        exceptions.append("same-medium")
    call_allowed = bool(exceptions)
    if scenario.scheduled_via == "text":
        exceptions.append("same-medium")  # text replaces email; it does not allow a call
    rules.extend(exceptions)

    factors = [_FORMAT_FACTOR[scenario.format]]
    if scenario.tone in _TONE_FACTOR:
        factors.append(_TONE_FACTOR[scenario.tone])
    if scenario.style in _STYLE_FACTOR:
        factors.append(_STYLE_FACTOR[scenario.style])
    if scenario.process_length == "long":
        factors.append("long-process")
    rules.extend(factors)
    points = [RULES_BY_ID[f].points for f in factors]
    points_for = sum(p for p in points if p > 0)
    points_against = -sum(p for p in points if p < 0)

    said_soon = scenario.deadline_kind == "vague" and not scenario.invited_to_call
    if said_soon:
        rules.append("said-soon")

    channel: Channel
    if scenario.invited_to_call or (
        call_allowed and not said_soon and points_for > points_against
    ):
        channel = "call"
    elif scenario.scheduled_via == "text":
        channel = "text"
    else:
        channel = "email"
    return Advice(channel, call_allowed, tuple(rules), points_for, points_against,
                  outweighed(rules, channel, scheduled_via=scenario.scheduled_via))


def outweighed(rules: list[str] | tuple[str, ...], channel: str, *, scheduled_via: str
               ) -> tuple[str, ...]:
    """The rules among ``rules`` that spoke against ``channel`` and lost.

    A call was decided by what allowed and favoured it, so the default of email and the
    factors against a call were weighed and outweighed; an email or a text was decided by
    the default, the factors against and any block, so what allowed or favoured a call was.
    """
    favour_call = {"invited-to-call", "deadline-passed", "traditional-industry"} | {
        f for f, p in _POINTS.items() if p > 0}
    if scheduled_via == "phone":
        favour_call.add("same-medium")
    against_call = {"no-unsolicited-calls", "said-soon"} | {f for f, p in _POINTS.items() if p < 0}
    if scheduled_via == "text":
        against_call.add("same-medium")  # text in place of email: it tells against a call
    losers = against_call if channel == "call" else favour_call
    return tuple(r for r in rules if r in losers)
