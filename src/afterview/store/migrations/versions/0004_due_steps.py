"""Due steps as rows (what Today reads) and the change counter PostgreSQL readers poll.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08

The upgrade fills ``due_steps`` by planning every application in a planned stage again
with the default policy, and says so in ``afterview_meta``: a store opened with another
policy then re-plans once, as after any change of policy.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "due_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer,
                  sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step", sa.String(10), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("earliest_on", sa.Date, nullable=False),
        sa.Column("latest_on", sa.Date),
        sa.Column("expires_on", sa.Date),
        sa.Column("channel", sa.String(10)),
        sa.Column("state", sa.String(10), nullable=False),
    )
    op.create_index("ix_due_steps_application_id", "due_steps", ["application_id"])
    op.create_index("ix_due_steps_latest", "due_steps",
                    ["latest_on", "earliest_on", "expires_on"])
    op.create_index("ix_due_steps_earliest", "due_steps", ["earliest_on", "expires_on"])
    op.create_index("ix_due_steps_step", "due_steps", ["step", "earliest_on"])
    op.create_table(
        "afterview_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.bulk_insert(sa.table("afterview_changes", sa.column("id", sa.Integer),
                            sa.column("version", sa.Integer)), [{"id": 1, "version": 0}])
    _fill()


def _fill() -> None:
    from sqlalchemy.orm import Session, selectinload

    from afterview.domain.policy import DEFAULT_POLICY
    from afterview.store import models
    from afterview.store.planning import store_plan
    from afterview.store.stages import PLANNED_STAGES

    session = Session(bind=op.get_bind())
    query = sa.select(models.Application).where(
        models.Application.stage.in_(PLANNED_STAGES)).order_by(models.Application.id)
    options = (selectinload(models.Application.rounds),
               selectinload(models.Application.contacts),
               selectinload(models.Application.due_steps))
    last = 0
    while True:  # in batches, so a large tracker does not sit in memory at once
        batch = session.scalars(query.where(models.Application.id > last).limit(500)
                                .options(*options)).all()
        if not batch:
            break
        for app in batch:
            store_plan(app, DEFAULT_POLICY)
        session.flush()
        last = batch[-1].id
        session.expunge_all()
    session.execute(sa.delete(models.Meta).where(models.Meta.key == "policy"))
    session.flush()


def downgrade() -> None:
    op.drop_table("afterview_changes")
    op.drop_table("due_steps")
