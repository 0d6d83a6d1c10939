"""Stable ids: a UUID on every application and contact, kept through export and import.

An import recognises the applications it already holds by this id, so importing the same
export twice adds nothing. Existing rows get a new UUID each.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("applications", "contacts")


def upgrade() -> None:
    conn = op.get_bind()
    for table in _TABLES:
        # a plain ADD COLUMN: rebuilding the table on SQLite would cascade-delete children
        op.add_column(table, sa.Column("uid", sa.String(36)))
        rows = sa.table(table, sa.column("id", sa.Integer), sa.column("uid", sa.String))
        ids = [row[0] for row in conn.execute(sa.select(rows.c.id))]
        if ids:
            conn.execute(rows.update().where(rows.c.id == sa.bindparam("row_id")).values(
                uid=sa.bindparam("new_uid")),
                [{"row_id": i, "new_uid": str(uuid.uuid4())} for i in ids])
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in _TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("uid")
