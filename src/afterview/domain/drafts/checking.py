"""Check a draft against RULES.md §5 with the draft checker, as the kind it stands for.

Every message kind is a checker kind of its own, judged with the rules RULES.md §5 gives
it (a final follow-up as a status email; a closing note and the email after a rude call
without a status question, topic or renewed interest). The short lines for calls are parts
of a call, so only the rules about what a draft must never say apply to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from afterview.domain.drafts.kinds import draft_kind

# Rules about elements a whole message must contain; a two-sentence line for a call
# cannot hold them all, so they are not reported for the short lines.
_ELEMENT_RULES = frozenset({
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic",
    "no-gratitude", "no-interest", "no-status-question",
})
_LINE_CHECKED_AS = "call_script"


def check_text(text: str, kind: str, record: Mapping[str, Any] | None = None) -> list[Any]:
    """Findings of the draft checker for a draft of ``kind`` (any draft kind).

    Raises ImportError when the checker is not installed.
    """
    from afterview.domain.checker import check_draft

    spec = draft_kind(kind)
    interview = dict(record) if record is not None else None
    if spec.checker_kind is None:
        findings = check_draft(text, kind=_LINE_CHECKED_AS, interview=interview)
        return [f for f in findings if f.rule not in _ELEMENT_RULES]
    return list(check_draft(text, kind=spec.checker_kind, interview=interview))
