"""The tracker's first schema: applications, rounds, people, contacts, stage history.

Revision ID: 0001
Revises:
Create Date: 2026-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "afterview_meta",
        sa.Column("key", sa.String(50), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    op.bulk_insert(
        sa.table("afterview_meta", sa.column("key", sa.String), sa.column("value", sa.String)),
        [{"key": "application", "value": "afterview"}],
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("subdivision", sa.String(10)),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("industry", sa.String(200)),
        sa.Column("traditional_industry", sa.Boolean, nullable=False),
        sa.Column("company_size", sa.String(10)),
        sa.Column("style", sa.String(10), nullable=False),
        sa.Column("process_length", sa.String(10), nullable=False),
        sa.Column("final_followup", sa.Boolean, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("last_interview_at", sa.DateTime),
        sa.Column("plan_state", sa.String(20)),
        sa.Column("thank_you_due_on", sa.Date),
        sa.Column("status_earliest_on", sa.Date),
        sa.Column("status_latest_on", sa.Date),
        sa.Column("status_channel", sa.String(20)),
        sa.Column("final_on", sa.Date),
        sa.Column("move_on_on", sa.Date),
        sa.Column("next_due_on", sa.Date),
    )
    op.create_index("ix_applications_stage_next_due", "applications", ["stage", "next_due_on"])
    op.create_index("ix_applications_stage_last_interview", "applications",
                    ["stage", "last_interview_at"])
    op.create_index("ix_applications_company", "applications", ["company"])
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer,
                  sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("interview_at", sa.DateTime, nullable=False),
        sa.Column("duration_min", sa.Integer, nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("tone", sa.String(10), nullable=False),
        sa.Column("scheduled_via", sa.String(10), nullable=False),
        sa.Column("invited_to_call", sa.Boolean, nullable=False),
        sa.Column("timeline", sa.Text),
        sa.Column("deadline", sa.String(10)),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.UniqueConstraint("application_id", "number"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer,
                  sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("round_number", sa.Integer),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200)),
        sa.Column("email", sa.String(254)),
        sa.Column("phone", sa.String(40)),
        sa.Column("is_primary", sa.Boolean, nullable=False),
    )
    op.create_index("ix_people_application_id", "people", ["application_id"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer,
                  sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("purpose", sa.String(10)),
        sa.Column("outcome", sa.String(12)),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_contacts_application_at", "contacts", ["application_id", "at_utc"])
    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer,
                  sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_stage_changes_application_id", "stage_changes", ["application_id"])


def downgrade() -> None:
    for table in ("stage_changes", "contacts", "people", "rounds", "applications",
                  "afterview_meta"):
        op.drop_table(table)
