"""Alembic environment: migrations run on a connection the store hands over.

The store opens the transaction (and, on SQLite, takes the write lock) before calling
Alembic, so two processes opening a new database at once cannot both create it.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes its connection
    raise RuntimeError("Afterview runs its migrations through afterview.store.database")

context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
