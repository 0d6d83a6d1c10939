"""A draft as plain text, as an email message (standard library ``email``), as a mailto link.

Building a message is pure; sending or saving it is the caller's business.
"""

from __future__ import annotations

import dataclasses
from email.message import EmailMessage
from email.utils import formataddr
from urllib.parse import quote

from afterview.domain.drafts.model import Draft
from afterview.domain.drafts.speaking import describe_seconds, speaking_seconds
from afterview.domain.errors import InputError
from afterview.domain.policy import DEFAULT_POLICY, Policy

SUBJECT_HEADER = "Subject:"
TIMING_HEADER = "Estimated speaking time:"


def to_text(draft: Draft) -> str:
    """Subject (emails) or speaking time (scripts) on the first line, then the body."""
    if draft.subject is not None:
        return f"{SUBJECT_HEADER} {draft.subject}\n\n{draft.body}\n"
    if draft.speaking_seconds is not None:
        return f"{TIMING_HEADER} {describe_seconds(draft.speaking_seconds)}\n\n{draft.body}\n"
    return draft.body + "\n"


def from_text(draft: Draft, text: str, *, policy: Policy = DEFAULT_POLICY) -> Draft:
    """The draft after its text was edited: headers read back, speaking time recounted."""
    subject = draft.subject
    lines = text.strip().splitlines()
    while lines and lines[0].startswith((SUBJECT_HEADER, TIMING_HEADER)):
        header = lines.pop(0)
        if header.startswith(SUBJECT_HEADER):
            subject = header[len(SUBJECT_HEADER):].strip()
    body = "\n".join(lines).strip()
    seconds = None if draft.speaking_seconds is None else speaking_seconds(body, policy=policy)
    return dataclasses.replace(draft, subject=subject, body=body, speaking_seconds=seconds)


def to_eml(draft: Draft) -> EmailMessage:
    """An unsent email message: To the recipient, From the candidate, with the subject.

    The recipient's address is required; the sender's is added when the profile has one.
    """
    if draft.subject is None:
        raise InputError(f"a {draft.kind.replace('_', ' ')} is not an email", field="format")
    if not draft.to.email:
        who = draft.to.name or "the recipient"
        field = f"{draft.to_field}.email" if draft.to_field else "recipient.email"
        raise InputError(f"the record has no email address for {who}", field=field)
    message = EmailMessage()
    message["To"] = formataddr((draft.to.name or "", draft.to.email))
    if draft.sender.email:
        message["From"] = formataddr((draft.sender.name or "", draft.sender.email))
    message["Subject"] = draft.subject
    # Outlook and Thunderbird open a message with this header as a draft to edit and send
    message["X-Unsent"] = "1"
    # 8bit keeps the body readable in the file; no line comes near the 998-byte limit
    message.set_content(draft.body + "\n", cte="8bit")
    return message


def to_mailto(draft: Draft) -> str:
    """A ``mailto:`` link (RFC 6068) carrying the recipient, subject and body."""
    if draft.subject is None:
        raise InputError(f"a {draft.kind.replace('_', ' ')} is not an email", field="format")
    address = quote(draft.to.email or "", safe="@")
    body = draft.body.replace("\n", "\r\n")
    query = f"subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{address}?{query}"
