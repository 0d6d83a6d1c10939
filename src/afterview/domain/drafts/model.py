"""The draft itself: a frozen value with its text, recipient and, for scripts, timing."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from afterview.domain.drafts.record import Contact


@dataclass(frozen=True, slots=True)
class Draft:
    """A rendered draft, ready to read, edit, check or send.

    ``subject`` is set for emails only; ``speaking_seconds`` for the kinds that are said
    aloud (call scripts, voicemails and the short lines for calls).
    """

    kind: str
    tone: str
    body: str
    to: Contact
    """The recipient; ``to.name`` is None when the record does not name them."""
    sender: Contact
    """The candidate, whose profile gives the signature and the From address."""
    subject: str | None = None
    speaking_seconds: int | None = None
    topic: str | None = None
    """The discussion point the draft names, if any."""
    template: str = ""
    """The template file the draft came from."""
    to_field: str | None = None
    """Where the recipient sits in the record (``primary_contact``, ``interviewers[0]``),
    so that a missing address can be asked for or reported by its field."""

    def text(self) -> str:
        """The draft as plain text: subject or speaking-time header, a blank line, the body."""
        from afterview.domain.drafts.output import to_text

        return to_text(self)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping: kind, tone, recipient and sender, subject, body, the plain
        text, speaking time, topic and template."""
        def person(c: Contact) -> dict[str, str | None]:
            return {"name": c.name, "email": c.email, "phone": c.phone}

        return {
            "kind": self.kind, "tone": self.tone, "to": person(self.to),
            "from": person(self.sender), "subject": self.subject, "body": self.body,
            "text": self.text(), "speaking_seconds": self.speaking_seconds,
            "topic": self.topic, "template": self.template,
        }

    def eml(self) -> EmailMessage:
        """The draft as an email message with From, To and Subject set."""
        from afterview.domain.drafts.output import to_eml

        return to_eml(self)

    def mailto(self) -> str:
        """The draft as a ``mailto:`` link that opens it in a mail program."""
        from afterview.domain.drafts.output import to_mailto

        return to_mailto(self)
