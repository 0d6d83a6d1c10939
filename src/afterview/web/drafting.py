"""From a stored application and the profile to a draft: record, rendering, checking, marks."""

from __future__ import annotations

import dataclasses
import itertools
from html import escape
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    from afterview.domain.drafts import Draft
    from afterview.web.state import WebState

SEVERITY_ORDER = {"error": 2, "warning": 1}


def render(st: WebState, record: dict[str, Any], kind: str, *, tone: str | None,
           interviewer: str | None) -> Draft:
    """The generated draft, with the user's template overrides and policy."""
    from afterview.domain.drafts import render_draft

    return render_draft(kind, record, tone=tone or None, interviewer=interviewer or None,
                        template_dirs=st.template_dirs(), today=st.today(), policy=st.policy)


def edited(draft: Draft, subject: str | None, body: str) -> Draft:
    """The draft with the user's edits to its subject and body."""
    from afterview.domain.drafts import speaking_seconds

    changes: dict[str, Any] = {"body": body.replace("\r\n", "\n")}
    if draft.subject is not None and subject is not None:
        changes["subject"] = subject.strip()
    if draft.speaking_seconds is not None:
        changes["speaking_seconds"] = speaking_seconds(changes["body"])
    return dataclasses.replace(draft, **changes)


def findings_for(st: WebState, kind: str, body: str, record: dict[str, Any]
                 ) -> list[dict[str, Any]]:
    """``check_draft`` findings as dicts; kinds the checker does not judge have none."""
    from afterview.domain.checker import KINDS, check_draft

    if kind not in KINDS:
        return []
    found = check_draft(body, kind=kind, interview=record, policy=st.policy)
    return [{"rule": f.rule, "severity": f.severity, "message": f.message, "start": f.start,
             "end": f.end, "suggestion": f.suggestion, "index": i}
            for i, f in enumerate(found)]


def highlighted(text: str, findings: list[dict[str, Any]]) -> Markup:
    """The text with each flagged span wrapped in ``<mark>`` (overlaps split), all escaped.

    A finding with an empty span (something missing) marks nothing here; the list beside
    the editor shows it.
    """
    cuts = {0, len(text)}
    spans = [f for f in findings if 0 <= f["start"] < f["end"] <= len(text)]
    for f in spans:
        cuts.update((f["start"], f["end"]))
    points = sorted(cuts)
    parts: list[str] = []
    for left, right in itertools.pairwise(points):
        piece = escape(text[left:right])
        covering = [f for f in spans if f["start"] <= left and right <= f["end"]]
        if not covering:
            parts.append(piece)
            continue
        worst = max(covering, key=lambda f: SEVERITY_ORDER.get(f["severity"], 0))
        ids = " ".join(str(f["index"]) for f in covering)
        rules = ", ".join(f["rule"] for f in covering)
        parts.append(f'<mark class="finding sev-{escape(worst["severity"])}" '
                     f'data-findings="{ids}" data-rule="{escape(rules)}">{piece}</mark>')
    # a final newline keeps the backdrop as tall as the textarea's last line
    return Markup("".join(parts) + "\n")  # noqa: S704 - every piece is escaped above
