"""The follow-up policy's rules as data (RULES.md §3–4): ids, sources and explanations.

Each rule carries examples: overrides of ``EXAMPLE_BASE`` (plus optional ``today`` and
``contacts``) under which the rule must hold, and others under which it must not.
A test runs every example, and fails when a rule has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

RuleKind = Literal["timing", "step", "exception", "factor", "block", "constraint"]
ReasonRole = Literal["decided", "weighed"]

SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "000": "Should You Follow Up After a Job Interview: A Guide to Post-Interview Calls",
        "001": "Calling After an Interview: the general rule and its exceptions",
        "002": "Mastering Interview Follow-Ups",
    }
)

EXAMPLE_BASE: Mapping[str, Any] = MappingProxyType(
    {
        "interview_at": "2026-03-10T10:00",
        "duration_min": 60,
        "timezone": "America/New_York",
        "country": "US",
        "deadline": "NONE",
        "invited_to_call": False,
        "traditional_industry": False,
        "scheduled_via": "email",
        "format": "panel",
        "tone": "neutral",
        "style": "balanced",
        "process_length": "normal",
        "final_followup": True,
    }
)
"""A neutral interview: no deadline, no exception, no factor but ``group-interview``."""

Example = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class PolicyRule:
    """One rule of the follow-up policy, explained in our own words."""

    id: str
    kind: RuleKind
    sources: tuple[str, ...]
    explanation: str
    points: int = 0  # factors: +1 for a call, -1 against
    triggers: tuple[Example, ...] = field(default=())
    quiet: tuple[Example, ...] = field(default=())

    def reason(self, role: ReasonRole = "decided") -> dict[str, Any]:
        """The reason as shown to a user: rule id, explanation, the articles behind it, and
        its ``role``: ``decided`` (it settled the step) or ``weighed`` (it was weighed and
        outweighed, e.g. an exception that allowed a call when email won)."""
        return {
            "rule": self.id,
            "explanation": self.explanation,
            "source": list(self.sources),
            "role": role,
        }


def _contact(at: str, direction: str = "outbound", **rest: Any) -> dict[str, Any]:
    return {"at": at, "direction": direction, **rest}


_STATUS_CALL = _contact("2026-03-17T10:00-04:00", channel="call", purpose="status", outcome="spoke")
_STATUS_EMAIL = _contact("2026-03-17T10:00-04:00", channel="email", purpose="status")
_FINAL_EMAIL = _contact("2026-03-24T10:00-04:00", channel="email", purpose="final")

RULES: tuple[PolicyRule, ...] = (
    PolicyRule(
        "thanks-24h", "step", ("001",),
        "Email each interviewer a short thank-you within a day of the interview ending; "
        "later than that it still helps, but send it as soon as you can.",
        triggers=({},),
        quiet=({"contacts": [_contact("2026-03-10T15:00-04:00", channel="email",
                                      purpose="thank_you")], "today": "2026-03-12"},),
    ),
    PolicyRule(
        "wait-for-deadline", "timing", ("001", "002"),
        "They gave you a date: let it pass and allow two more business days for their "
        "process before you ask where things stand.",
        triggers=({"deadline": "2026-03-13"},),
        quiet=({}, {"deadline": "VAGUE"}, {"deadline": "2026-03-06"}),
    ),
    PolicyRule(
        "wait-one-to-two-weeks", "timing", ("002",),
        "With no firm date to go by, give the employer one to two weeks after the interview "
        "before asking for an update.",
        triggers=({}, {"deadline": "VAGUE"}, {"deadline": "2026-03-06"}),
        quiet=({"deadline": "2026-03-13"},),
    ),
    PolicyRule(
        "one-final-follow-up", "step", ("002",),
        "If your inquiry goes unanswered, one last short email about a week later is fine; "
        "after that, the next move is theirs.",
        triggers=({},),
        quiet=({"final_followup": False},),
    ),
    PolicyRule(
        "move-on", "step", ("001", "002"),
        "A week of silence after your last follow-up is the point to stop writing and put "
        "your energy into other openings.",
        triggers=({},),
        quiet=({"contacts": [_contact("2026-03-12T09:00-04:00", "inbound", channel="email",
                                      outcome="replied")]},),
    ),
    PolicyRule(
        "employer-replied", "constraint", ("001", "002"),
        "The employer has been in touch, so pending follow-ups are cancelled; answer what they "
        "said and get ready for the next stage.",
        triggers=({"contacts": [_contact("2026-03-12T09:00-04:00", "inbound", channel="email",
                                         outcome="replied")]},),
        quiet=({},),
    ),
    PolicyRule(
        "not-too-soon", "constraint", ("002",),
        "Asking before the waiting period is over reads as impatience; no status contact is "
        "planned before its earliest date.",
        triggers=({"today": "2026-03-12"},),
        quiet=({"today": "2026-03-20"},),
    ),
    PolicyRule(
        "follow-up-limit", "constraint", ("002",),
        "After the thank-you, keep to one status inquiry and one final note, and never more "
        "than one phone call.",
        triggers=({"contacts": [_STATUS_EMAIL]},),
        quiet=({},),
    ),
    PolicyRule(
        "document-attempts", "constraint", ("002",),
        "Every contact, sent or received, is kept in the log with its time, channel and "
        "outcome, so you always know where things stand.",
        triggers=({"contacts": [_STATUS_EMAIL]},),
        quiet=({},),
    ),
    PolicyRule(
        "rude-response", "constraint", ("002",),
        "Your last call turned unpleasant, so any further contact goes by email, which lets "
        "both sides stay composed.",
        triggers=({"contacts": [{**_STATUS_CALL, "outcome": "rude"}]},),
        quiet=({"contacts": [_STATUS_CALL]},),
    ),
    PolicyRule(
        "silence-means-move-on", "constraint", ("001", "002"),
        "Silence after your follow-ups is an answer in itself: stop contacting them and "
        "close the application when you are ready (it stays on record); nothing more is "
        "planned unless they write to you.",
        triggers=({"today": "2026-05-01", "contacts": [_STATUS_EMAIL, _FINAL_EMAIL]},),
        quiet=({"today": "2026-03-20"}, {"today": "2026-05-01"}),
    ),
    PolicyRule(
        "no-unsolicited-calls", "exception", ("001",),
        "Email is the default: a call nobody asked for can interrupt a busy hiring manager "
        "and come across as impatient.",
        triggers=({},),
        quiet=(),
    ),
    PolicyRule(
        "invited-to-call", "exception", ("001",),
        "The interviewer asked you to call, so a phone call is welcome.",
        triggers=({"invited_to_call": True},),
        quiet=({},),
    ),
    PolicyRule(
        "deadline-passed", "exception", ("001",),
        "They named a date and it will have passed by a few business days, which makes a "
        "brief, polite call acceptable.",
        triggers=({"deadline": "2026-03-13"}, {"deadline": "2026-03-06"}),
        quiet=({}, {"deadline": "VAGUE"}),
    ),
    PolicyRule(
        "traditional-industry", "exception", ("001",),
        "In a traditional field a follow-up call is an accepted custom, so calling is an "
        "option.",
        triggers=({"traditional_industry": True},),
        quiet=({},),
    ),
    PolicyRule(
        "same-medium", "exception", ("002",),
        "Answer in the medium the employer used to set up the interview: a phone call when "
        "they phoned, a text when they texted.",
        triggers=({"scheduled_via": "phone"}, {"scheduled_via": "text"}),
        quiet=({}, {"scheduled_via": "recruiter"}),
    ),
    PolicyRule(
        "small-interview", "factor", ("000",), points=1,
        explanation="One interviewer or a small team makes the contact personal, which "
        "favours a call.",
        triggers=({"format": "one_on_one"}, {"format": "small_team"}),
        quiet=({},),
    ),
    PolicyRule(
        "group-interview", "factor", ("000",), points=-1,
        explanation="A panel, group or multi-level process usually expects a written, formal "
        "update rather than a call.",
        triggers=({}, {"format": "group"}, {"format": "multi_round"}),
        quiet=({"format": "one_on_one"},),
    ),
    PolicyRule(
        "casual-tone", "factor", ("000",), points=1,
        explanation="The conversation was relaxed, which suggests they are open to a quick "
        "call.",
        triggers=({"tone": "casual"},),
        quiet=({},),
    ),
    PolicyRule(
        "formal-tone", "factor", ("000",), points=-1,
        explanation="The interview was formal, which suggests keeping to writing.",
        triggers=({"tone": "formal"},),
        quiet=({},),
    ),
    PolicyRule(
        "direct-style", "factor", ("000",), points=1,
        explanation="You communicate best directly, which suits a short call.",
        triggers=({"style": "direct"},),
        quiet=({},),
    ),
    PolicyRule(
        "reserved-style", "factor", ("000",), points=-1,
        explanation="You prefer a measured approach, which suits an email.",
        triggers=({"style": "reserved"},),
        quiet=({},),
    ),
    PolicyRule(
        "long-process", "factor", ("000",), points=1,
        explanation="A long hiring process makes a check-in call more reasonable; it does "
        "not change the dates.",
        triggers=({"process_length": "long"},),
        quiet=({}, {"process_length": "short"}),
    ),
    PolicyRule(
        "said-soon", "block", ("000",),
        "They promised news soon without a date; a call would look impatient, so wait and "
        "write instead.",
        triggers=({"deadline": "VAGUE"},),
        quiet=({}, {"deadline": "VAGUE", "invited_to_call": True}),
    ),
)

RULES_BY_ID: Mapping[str, PolicyRule] = MappingProxyType({r.id: r for r in RULES})


def rule(rule_id: str) -> PolicyRule:
    """The rule with this id (KeyError for an unknown id: a programming error)."""
    return RULES_BY_ID[rule_id]
