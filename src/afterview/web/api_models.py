"""The JSON API's request shapes; the OpenAPI description is generated from them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from afterview.domain.limits import MAX_ID

Text = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=10_000)]
Format = Literal["one_on_one", "small_team", "panel", "group", "multi_round"]
Tone = Literal["casual", "neutral", "formal"]
Via = Literal["email", "phone", "text", "portal", "linkedin", "recruiter"]
Channel = Literal["email", "call", "text", "in_person", "linkedin", "other"]
DraftKind = Literal["thank_you_email", "status_email", "call_script", "voicemail",
                    "text_message"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonIn(Strict):
    """An interviewer or recruiter."""

    name: Text
    title: Text | None = None
    email: Text | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    role: Literal["interviewer", "recruiter", "hiring_manager", "other"] = "interviewer"
    primary: bool = False


class PersonPatch(Strict):
    """Fields to change on one person; others keep their value. ``null`` or ``""`` clears
    a field (not the name; a cleared role is ``interviewer``). A new primary contact is the
    only one."""

    name: Text | None = None
    title: Text | None = None
    email: Text | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    role: Literal["interviewer", "recruiter", "hiring_manager", "other"] | None = None
    primary: bool | None = None
    round: Annotated[int, Field(ge=1, le=1000)] | None = None


class ApplicationIn(Strict):
    """A new application with its first interview round."""

    company: Text
    position: Text
    interview_at: Annotated[str, Field(max_length=40, examples=["2026-03-10T14:00"])]
    timezone: Annotated[str, Field(max_length=64)] | None = None
    country: Annotated[str, Field(max_length=2)] | None = None
    subdivision: Annotated[str, Field(max_length=10)] | None = None
    duration_min: Annotated[int, Field(ge=1, le=1440)] | None = None
    format: Format | None = None
    tone: Tone | None = None
    scheduled_via: Via | None = None
    invited_to_call: bool = False
    timeline: Annotated[str, Field(max_length=2000)] | None = None
    deadline: Annotated[str, Field(max_length=10, examples=["2026-03-20", "VAGUE"])] | None = None
    topics: Annotated[list[Text], Field(max_length=50)] = []
    industry: Text | None = None
    traditional_industry: bool = False
    company_size: Literal["small", "medium", "large"] | None = None
    style: Literal["direct", "balanced", "reserved"] | None = None
    process_length: Literal["short", "normal", "long"] | None = None
    final_followup: bool = True
    notes: LongText = ""
    people: Annotated[list[PersonIn], Field(max_length=20)] = []


class ApplicationPatch(Strict):
    """Fields to change on an application and its latest round; people are added."""

    company: Text | None = None
    position: Text | None = None
    interview_at: Annotated[str, Field(max_length=40)] | None = None
    timezone: Annotated[str, Field(max_length=64)] | None = None
    duration_min: Annotated[int, Field(ge=1, le=1440)] | None = None
    format: Format | None = None
    tone: Tone | None = None
    scheduled_via: Via | None = None
    invited_to_call: bool | None = None
    timeline: Annotated[str, Field(max_length=2000)] | None = None
    deadline: Annotated[str, Field(max_length=10)] | None = None
    topics: Annotated[list[Text], Field(max_length=50)] | None = None
    industry: Text | None = None
    traditional_industry: bool | None = None
    final_followup: bool | None = None
    people: Annotated[list[PersonIn], Field(max_length=20)] | None = None


class ContactIn(Strict):
    """A contact: ``outbound`` (you) or ``inbound`` (the employer)."""

    direction: Literal["outbound", "inbound"] = "outbound"
    at: Annotated[str, Field(max_length=40)] | None = None
    channel: Channel = "email"
    purpose: Literal["thank_you", "status", "final", "other"] | None = None
    outcome: Literal["sent", "no_answer", "voicemail", "spoke", "replied", "rude", "bounced",
                     "next_round", "offer", "rejected"] | None = None
    person: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    notes: LongText = ""


class ContactPatch(Strict):
    """Fields to correct on one logged contact; others keep their value. The direction stays
    as logged. ``null`` clears the purpose (then inferred) or the person."""

    at: Annotated[str, Field(max_length=40)] | None = None
    channel: Channel | None = None
    purpose: Literal["thank_you", "status", "final", "other"] | None = None
    outcome: Literal["sent", "no_answer", "voicemail", "spoke", "replied", "rude", "bounced",
                     "next_round", "offer", "rejected"] | None = None
    person: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    notes: LongText | None = None


class CloseIn(Strict):
    reason: Literal["moved_on", "rejected", "withdrawn", "offer"] = "moved_on"
    note: LongText | None = None


class TimelineIn(Strict):
    """The employer's words and the day they were said."""

    text: Annotated[str, Field(max_length=2000)]
    said_on: Annotated[str, Field(max_length=10, examples=["2026-03-02"])]
    country: Annotated[str, Field(min_length=2, max_length=2)] = "US"
    subdivision: Annotated[str, Field(max_length=10)] | None = None


class DraftRecordIn(Strict):
    """The interview a draft is checked against (the shape of drafts-dev.jsonl)."""

    candidate: Text | None = None
    interviewer: Text | None = None
    interviewers: Annotated[list[Text], Field(max_length=20)] | None = None
    company: Text | None = None
    position: Text | None = None
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    topics: Annotated[list[Text], Field(max_length=50)] | None = None


class CheckIn(Strict):
    """A draft to check, with the interview it is about when known."""

    text: Annotated[str, Field(max_length=20_000)]
    kind: DraftKind
    interview: DraftRecordIn | None = None


class ErrorOut(BaseModel):
    detail: str
    field: str | None = None
