"""The tracker's tables (SQLAlchemy 2). Migrations in ``migrations/versions`` create them.

Times of events (contacts, stage changes) are stored as naive UTC with the original UTC
offset beside them, so a contact reads back with the offset it was logged with. Interview
times are local wall times in the application's time zone, because the plan counts in
local calendar days.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uid() -> str:
    """A stable id for a record, kept through export and import (a random UUID)."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of the tracker's tables."""


class Meta(Base):
    """Marks a database as Afterview's (``application = afterview``)."""

    __tablename__ = "afterview_meta"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Application(Base):
    """One job application: the company, the candidate's context, and the stored plan dates."""

    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True,
                                     unique=True)
    company: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(10))
    timezone: Mapped[str] = mapped_column(String(64))
    industry: Mapped[str | None] = mapped_column(String(200))
    traditional_industry: Mapped[bool] = mapped_column(Boolean)
    company_size: Mapped[str | None] = mapped_column(String(10))
    style: Mapped[str] = mapped_column(String(10))
    process_length: Mapped[str] = mapped_column(String(10))
    final_followup: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The plan, recomputed on every write so that `today` reads dates instead of planning.
    last_interview_at: Mapped[datetime | None] = mapped_column(DateTime)
    plan_state: Mapped[str | None] = mapped_column(String(20))
    thank_you_due_on: Mapped[date | None] = mapped_column(Date)
    status_earliest_on: Mapped[date | None] = mapped_column(Date)
    status_latest_on: Mapped[date | None] = mapped_column(Date)
    status_channel: Mapped[str | None] = mapped_column(String(20))
    final_on: Mapped[date | None] = mapped_column(Date)
    move_on_on: Mapped[date | None] = mapped_column(Date)
    next_due_on: Mapped[date | None] = mapped_column(Date)

    rounds: Mapped[list[Round]] = relationship(
        back_populates="application", order_by="Round.number", cascade="all, delete-orphan")
    people: Mapped[list[Person]] = relationship(
        back_populates="application", order_by="Person.id", cascade="all, delete-orphan")
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="application", order_by="(Contact.at_utc, Contact.id)",
        cascade="all, delete-orphan")
    stage_history: Mapped[list[StageChange]] = relationship(
        back_populates="application", order_by="(StageChange.at_utc, StageChange.id)",
        cascade="all, delete-orphan")
    due_steps: Mapped[list[DueStep]] = relationship(
        order_by="DueStep.id", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_applications_stage_next_due", "stage", "next_due_on"),
        Index("ix_applications_stage_last_interview", "stage", "last_interview_at"),
        Index("ix_applications_company", "company"),
    )


class Round(Base):
    """One interview of an application (first round, second round, …)."""

    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    interview_at: Mapped[datetime] = mapped_column(DateTime)  # local wall time
    duration_min: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(20))
    tone: Mapped[str] = mapped_column(String(10))
    scheduled_via: Mapped[str] = mapped_column(String(10))
    invited_to_call: Mapped[bool] = mapped_column(Boolean)
    timeline: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[str | None] = mapped_column(String(10))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    application: Mapped[Application] = relationship(back_populates="rounds")

    __table_args__ = (UniqueConstraint("application_id", "number"),)


class Person(Base):
    """An interviewer, recruiter or other contact person at the employer."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    round_number: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    application: Mapped[Application] = relationship(back_populates="people")


class Contact(Base):
    """One contact in either direction, with channel, purpose, outcome and notes."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True,
                                     unique=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"))
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str | None] = mapped_column(String(10))
    outcome: Mapped[str | None] = mapped_column(String(12))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    application: Mapped[Application] = relationship(back_populates="contacts")
    person: Mapped[Person | None] = relationship()

    __table_args__ = (Index("ix_contacts_application_at", "application_id", "at_utc"),)


class StageChange(Base):
    """An entry of an application's stage history."""

    __tablename__ = "stage_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    application: Mapped[Application] = relationship(back_populates="stage_history")


class DueStep(Base):
    """One pending step of an application's plan, as Today reads it (store/steps.py).

    Rewritten in the transaction of every write that changes the plan. The window is the
    fresh plan's; how it reads on a given day (due, overdue, coming up) is worked out by
    the agenda's query, so rows stay right on any day without being rewritten.
    """

    __tablename__ = "due_steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(10))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # a thank-you's interviewer: set as an object, so a person added in the same write
    # (who has no id before the flush) is linked all the same
    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
    earliest_on: Mapped[date] = mapped_column(Date)
    latest_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(10), default="pending")

    # each of Today's sections is a range of one of these (store/agenda.py)
    __table_args__ = (
        Index("ix_due_steps_latest", "latest_on", "earliest_on", "expires_on"),
        Index("ix_due_steps_earliest", "earliest_on", "expires_on"),
        Index("ix_due_steps_step", "step", "earliest_on"),
    )


class ChangeCounter(Base):
    """One row whose ``version`` every write transaction raises (PostgreSQL's change signal;
    SQLite has ``PRAGMA data_version``)."""

    __tablename__ = "afterview_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
