"""The draft kinds: who receives each, which facts it cannot do without, how it is checked."""

from __future__ import annotations

from dataclasses import dataclass

from afterview.domain.errors import InputError

# Facts a kind may require, with the message shown when the record lacks one. The keys
# are field paths into the record, so a form or a prompt can ask for exactly that field.
MISSING: dict[str, str] = {
    "candidate.name": "the record has no candidate name",
    "position": "the record has no position",
    "company": "the record has no company",
    "date": "the record has no interview date",
    "topics": "the record has no topics discussed",
    "candidate.phone": "the record has no phone number for the candidate",
}


@dataclass(frozen=True, slots=True)
class DraftKind:
    """One kind of draft and what it needs."""

    name: str
    summary: str
    email: bool = False
    """An email: it has a subject line and a signature."""
    spoken: bool = False
    """Read aloud: it carries an estimated speaking time."""
    to_interviewer: bool = False
    """Goes to one interviewer (the thank-you); otherwise to the status contact."""
    needs: tuple[str, ...] = ("candidate.name", "position")
    checker_kind: str | None = None
    """The RULES.md §5 kind it is checked as (each message is checked as itself); None for
    the short lines, which are parts of a call rather than a whole message."""

    def require(self, field: str) -> InputError:
        """The error for a fact this kind needs and the record lacks."""
        from afterview.labels import phrase

        reason = MISSING[field]
        kind = phrase("draft_kind", self.name)
        article = "an" if kind[:1] in "aeiou" else "a"
        return InputError(f"{reason} ({article} {kind} needs it)", field=field)


_BASE = ("candidate.name", "position")

KINDS: dict[str, DraftKind] = {
    kind.name: kind
    for kind in (
        DraftKind(
            "thank_you_email",
            "thank-you email to one interviewer, within 24 hours",
            email=True, to_interviewer=True,
            needs=(*_BASE, "company", "topics"), checker_kind="thank_you_email",
        ),
        DraftKind(
            "status_email",
            "polite status inquiry once the waiting time has passed",
            email=True, needs=(*_BASE, "company", "date", "topics"), checker_kind="status_email",
        ),
        DraftKind(
            "call_script",
            "what to say on a status call, under two minutes",
            spoken=True, needs=(*_BASE, "date", "topics"), checker_kind="call_script",
        ),
        DraftKind(
            "voicemail",
            "a status message to leave on voicemail, under 30 seconds",
            spoken=True, needs=(*_BASE, "date", "candidate.phone"), checker_kind="voicemail",
        ),
        DraftKind(
            "text_message",
            "a short status text, only when the employer texted first",
            needs=(*_BASE, "date"), checker_kind="text_message",
        ),
        DraftKind(
            "final_email",
            "the one last follow-up after an unanswered inquiry",
            email=True, needs=(*_BASE, "company", "date", "topics"), checker_kind="final_email",
        ),
        DraftKind(
            "closing_email",
            "a gracious note when moving on, keeping the door open",
            email=True, needs=(*_BASE, "company", "topics"), checker_kind="closing_email",
        ),
        DraftKind(
            "after_rude_call_email",
            "the email that follows a call that turned rude",
            email=True, needs=(*_BASE, "company", "date", "topics"),
            checker_kind="after_rude_call_email",
        ),
        DraftKind(
            "forgot_name_line",
            "what to say on a call when the interviewer's name escapes you",
            spoken=True, to_interviewer=True,
        ),
        DraftKind(
            "rude_call_line",
            "what to say when a call turns rude: redirect once, then close politely",
            spoken=True,
        ),
    )
}


def draft_kind(name: str) -> DraftKind:
    """The kind called ``name``; an unknown name raises InputError listing the kinds."""
    try:
        return KINDS[name.strip().lower().replace("-", "_")]
    except KeyError:
        raise InputError(
            f"unknown draft kind {name!r}: use one of {', '.join(KINDS)}", field="kind"
        ) from None
