"""``render_draft``: choose the recipient, topic and tone, then fill the kind's template."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from os import PathLike
from typing import Any

from afterview.domain.drafts.kinds import DraftKind, draft_kind
from afterview.domain.drafts.model import Draft
from afterview.domain.drafts.output import SUBJECT_HEADER
from afterview.domain.drafts.record import TONES, Contact, InterviewFacts, read_record
from afterview.domain.drafts.speaking import speaking_seconds
from afterview.domain.drafts.templating import make_environment, render_template, template_name
from afterview.domain.drafts.wording import (
    format_date,
    format_day,
    phone_slowly,
    relative_day,
    timing_phrase,
    topic_phrase,
)
from afterview.domain.errors import InputError
from afterview.domain.policy import DEFAULT_POLICY, Policy

TemplateDirs = Iterable[str | PathLike[str]]


@dataclasses.dataclass(frozen=True, slots=True)
class _Recipient:
    contact: Contact
    field: str | None
    index: int | None
    """Position among the interviewers, when the recipient is one."""


def _find_interviewer(facts: InterviewFacts, name: str) -> int:
    wanted = " ".join(name.split()).casefold()
    names = [person.name or "" for person in facts.interviewers]
    for index, full in enumerate(names):
        if full.casefold() == wanted:
            return index
    by_first = [i for i, full in enumerate(names) if full and full.split()[0].casefold() == wanted]
    if len(by_first) == 1:
        return by_first[0]
    known = ", ".join(n for n in names if n) or "none"
    raise InputError(
        f"no interviewer called {name!r} on the record (interviewers: {known})",
        field="interviewer",
    )


def _recipient(kind: DraftKind, facts: InterviewFacts, interviewer: str | None) -> _Recipient:
    """RULES.md §3: thank-yous go to each interviewer, status contacts to the primary
    contact when there is one, else to the lead interviewer."""
    if interviewer is not None:
        index = _find_interviewer(facts, interviewer)
        return _Recipient(facts.interviewers[index], f"interviewers[{index}]", index)
    if not kind.to_interviewer and facts.primary_contact is not None:
        return _Recipient(facts.primary_contact, "primary_contact", None)
    if facts.interviewers:
        return _Recipient(facts.interviewers[0], "interviewers[0]", 0)
    if facts.primary_contact is not None:
        return _Recipient(facts.primary_contact, "primary_contact", None)
    return _Recipient(Contact(), "interviewers[0]", 0)


def _topic(facts: InterviewFacts, recipient: _Recipient) -> str | None:
    """The discussion point to name: the recipient's own first, so that each interviewer's
    thank-you names something different; general topics are shared out by position."""
    if recipient.contact.topics:
        return recipient.contact.topics[0]
    if facts.topics:
        # count only the interviewers who bring no topics of their own, so that the
        # general topics are shared out among them in turn
        index = recipient.index or 0
        rank = sum(1 for person in facts.interviewers[:index] if not person.topics)
        return facts.topics[rank % len(facts.topics)]
    for person in facts.interviewers:
        if person.topics:
            return person.topics[0]
    return None


def _conversation(facts: InterviewFacts, recipient: _Recipient) -> str:
    """How to refer to the interview talk: "our conversation" only if the reader was in it."""
    if recipient.index is not None or recipient.contact in facts.interviewers:
        return "our conversation"
    lead = facts.interviewers[0].name if facts.interviewers else None
    return f"my conversation with {lead}" if lead else "the interview conversation"


def _greeting_name(contact: Contact, tone: str) -> str | None:
    """How a draft addresses the recipient, written or spoken alike: a formal draft uses
    the salutation on record ("Ms. O'Donnell"), else the full name; the others the first
    name."""
    if tone == "formal":
        return contact.salutation or contact.name
    return contact.first_name


def _check_needs(kind: DraftKind, facts: InterviewFacts, topic: str | None) -> None:
    present = {
        "candidate.name": facts.candidate.name,
        "position": facts.position,
        "company": facts.company,
        "date": facts.date,
        "topics": topic,
        "candidate.phone": facts.candidate.phone,
    }
    for field in kind.needs:
        if not present[field]:
            raise kind.require(field)


def _context(
    kind: DraftKind, facts: InterviewFacts, recipient: _Recipient, tone: str, today: date | None
) -> dict[str, Any]:
    topic = _topic(facts, recipient)
    _check_needs(kind, facts, topic)
    day = facts.date
    return {
        "kind": kind.name,
        "tone": tone,
        "candidate": facts.candidate,
        "recipient": recipient.contact,
        "greeting_name": _greeting_name(recipient.contact, tone),
        "spoken_name": _greeting_name(recipient.contact, tone),
        "country": facts.country,
        "company": facts.company,
        "position": facts.position,
        "date": format_date(day, facts.country) if day else None,
        "day": format_day(day, facts.country) if day else None,
        "when": relative_day(day, today, facts.country) if day else None,
        "topic": topic_phrase(topic) if topic else None,
        "topics": facts.topics,
        "phone_slowly": phone_slowly(facts.candidate.phone) if facts.candidate.phone
        else None,
        "our_conversation": _conversation(facts, recipient),
        "timing": timing_phrase(facts.deadline, facts.country),
        "interviewers": facts.interviewers,
    }


def _split_subject(text: str, template: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if not first.startswith(SUBJECT_HEADER):
        raise InputError(
            f"template {template}, line 1: an email template must start with "
            f"'{SUBJECT_HEADER} ...'",
            field="template",
        )
    return first[len(SUBJECT_HEADER):].strip(), rest.strip()


def _tone(tone: str | None, facts: InterviewFacts) -> str:
    chosen = (tone or facts.tone or "neutral").strip().lower()
    if chosen not in TONES:
        raise InputError(f"unknown tone {tone!r}: use one of {', '.join(TONES)}", field="tone")
    return chosen


def _render(
    spec: DraftKind,
    facts: InterviewFacts,
    recipient: _Recipient,
    tone: str,
    *,
    template_dirs: TemplateDirs,
    today: date | None,
    policy: Policy,
) -> Draft:
    context = _context(spec, facts, recipient, tone, today)
    name = template_name(spec.name, tone)
    text = render_template(make_environment(template_dirs), name, context)
    subject = None
    if spec.email:
        subject, text = _split_subject(text, name)
    return Draft(
        kind=spec.name,
        tone=tone,
        body=text,
        to=recipient.contact,
        sender=facts.candidate,
        subject=subject,
        speaking_seconds=speaking_seconds(text, policy=policy) if spec.spoken else None,
        topic=_topic(facts, recipient),
        template=name,
        to_field=recipient.field,
    )


def render_draft(
    kind: str,
    record: Mapping[str, Any],
    *,
    tone: str | None = None,
    interviewer: str | None = None,
    template_dirs: TemplateDirs = (),
    today: date | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Draft:
    """Render one draft of ``kind`` from an interview record.

    ``tone`` defaults to the record's, else neutral. ``interviewer`` picks the recipient by
    name (full or unique first name); by default a thank-you goes to the lead interviewer
    and every other kind to the primary contact, else the lead. ``template_dirs`` are
    searched before the packaged templates. ``today`` lets a thank-you say "today" or
    "yesterday". A fact the kind cannot do without raises InputError naming its field.
    """
    spec = draft_kind(kind)
    facts = read_record(record)
    return _render(
        spec, facts, _recipient(spec, facts, interviewer), _tone(tone, facts),
        template_dirs=template_dirs, today=today, policy=policy,
    )


def render_thank_yous(
    record: Mapping[str, Any],
    *,
    tone: str | None = None,
    template_dirs: TemplateDirs = (),
    today: date | None = None,
) -> list[Draft]:
    """One thank-you email per interviewer, each naming a point that interviewer discussed.

    With no interviewer on the record there is one, addressed without a name.
    """
    spec = draft_kind("thank_you_email")
    facts = read_record(record)
    chosen_tone = _tone(tone, facts)
    recipients = [
        _Recipient(person, f"interviewers[{index}]", index)
        for index, person in enumerate(facts.interviewers)
    ] or [_recipient(spec, facts, None)]
    return [
        _render(spec, facts, recipient, chosen_tone, template_dirs=template_dirs,
                today=today, policy=DEFAULT_POLICY)
        for recipient in recipients
    ]
