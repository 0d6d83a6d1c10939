"""Drafts a candidate sends after an interview, rendered from Jinja2 templates.

Templates live in ``templates/`` as one file per kind and tone
(``status_email.formal.j2``) plus two shared parts (``_greeting.j2``, ``_signature.j2``);
a file of the same name in a user folder overrides the packaged one.

What a template can use: ``tone``, ``kind``, ``country``; ``candidate`` and ``recipient``
(``.name``, ``.first_name``, ``.email``, ``.phone``, ``.title``, ``.salutation``);
``greeting_name`` (written greeting, None if unknown) and ``spoken_name``, the same name
(a formal draft uses the salutation on record, "Ms. O'Donnell", given as ``salutation`` or
made from an honorific ``title``); ``company``, ``position``; ``date`` ("May 20"), ``day``
("Tuesday, May 20"), ``when`` ("today", "yesterday" or "on Tuesday, May 20"); ``topic``
(the point this draft names, as it reads after "about": a bare noun phrase gets "the"),
``topics``; ``phone_slowly`` (the candidate's number in short groups, to say a second
time); ``our_conversation`` ("our conversation", or whose conversation it was when the
reader was not in the interview); ``timing`` ("by Friday, May 23" or None);
``interviewers``.
Email templates start with a ``Subject:`` line. Any other name is an error.
"""

from __future__ import annotations

from afterview.domain.drafts.kinds import KINDS, DraftKind, draft_kind
from afterview.domain.drafts.model import Draft
from afterview.domain.drafts.output import from_text, to_eml, to_mailto, to_text
from afterview.domain.drafts.record import TONES, Contact, InterviewFacts, read_record
from afterview.domain.drafts.render import render_draft, render_thank_yous
from afterview.domain.drafts.speaking import describe_seconds, speaking_seconds, word_count

__all__ = [
    "KINDS",
    "TONES",
    "Contact",
    "Draft",
    "DraftKind",
    "InterviewFacts",
    "describe_seconds",
    "draft_kind",
    "from_text",
    "read_record",
    "render_draft",
    "render_thank_yous",
    "speaking_seconds",
    "to_eml",
    "to_mailto",
    "to_text",
    "word_count",
]
