"""Alembic environment: always handed a live connection by kindling.store.migrate."""

from __future__ import annotations

from alembic import context

from kindling.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Kindling's migrations run in-process through kindling.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
