"""The shapes the draft checker works with: draft kinds, rules as data, and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from afterview.domain.errors import InputError

Severity = Literal["error", "warning"]
_QUOTE_LIMIT = 60  # characters of flagged text quoted in a message

KINDS: tuple[str, ...] = (
    "thank_you_email",
    "status_email",
    "call_script",
    "voicemail",
    "text_message",
    "final_email",
    "closing_email",
    "after_rude_call_email",
    "offer_update_email",
    "offer_update_call",
)
"""Every draft kind of RULES.md §5, in the order the docs list them."""

EMAILS = frozenset({"thank_you_email", "status_email", "final_email", "closing_email",
                    "after_rude_call_email", "offer_update_email"})
SPOKEN = frozenset({"call_script", "voicemail", "offer_update_call"})
STATUS_LIKE = frozenset({"status_email", "final_email", "offer_update_email"})
"""Kinds checked as a status email (RULES.md §5: a final follow-up; §6: an offer update)."""
CALL_LIKE = frozenset({"call_script", "offer_update_call"})
"""Kinds checked as a call script (RULES.md §6: the call about a competing offer)."""
OFFER_UPDATES = frozenset({"offer_update_email", "offer_update_call"})
"""RULES.md §6 kinds whose point is a competing offer and the date it must be answered."""


def check_kind(kind: object) -> str:
    """Return ``kind`` if it is a known draft kind, else raise :class:`InputError`."""
    if not isinstance(kind, str) or kind not in KINDS:
        raise InputError(
            f"unknown draft kind {kind!r}; use one of: {', '.join(KINDS)}", field="kind"
        )
    return kind


@dataclass(frozen=True, slots=True)
class Example:
    """A draft that a rule must (``triggers=True``) or must not flag, with its record."""

    text: str
    kind: str
    triggers: bool
    interview: dict[str, object] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """One check of RULES.md §5: what it flags, why, how to fix it, and its examples."""

    id: str
    severity: Severity
    message: str
    """Shown with each finding; names the problem in the user's terms."""
    suggestion: str
    """A fix that applies to every finding of the rule (a finding may carry a better one)."""
    kinds: frozenset[str]
    sources: tuple[str, ...]
    """Seed articles (``000``, ``001``, ``002``) the rule comes from."""
    why: str
    """One or two sentences for the docs: the guidance behind the rule, in our words."""
    examples: tuple[Example, ...] = field(default=())
    needs_record: bool = False
    """Whether the rule can only be judged when the interview record is known."""
    quoted: str | None = None
    """The message with the flagged text quoted, a format string with ``{text}``; rules
    about something missing point at a sentence that is not the problem, and have none."""

    def applies_to(self, kind: str) -> bool:
        """Whether the rule is judged on drafts of ``kind``."""
        return kind in self.kinds

    def message_for(self, flagged: str) -> str:
        """The message for one finding, quoting ``flagged`` (the text of its span)."""
        excerpt = " ".join(flagged.split())
        if self.quoted is None or not excerpt:
            return self.message
        if len(excerpt) > _QUOTE_LIMIT:
            excerpt = excerpt[: _QUOTE_LIMIT - 1].rstrip() + "…"
        return self.quoted.format(text=excerpt)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft: the rule broken and the character span it concerns."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping with the same keys as the attributes."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """What a detector reports: a span, and optionally a fix specific to that span."""

    start: int
    end: int
    suggestion: str | None = None
