"""Alembic environment: runs on the connection handed over by store.migrate (no URL, no ini)."""

from __future__ import annotations

from alembic import context

from wsis_desk.store.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("wsis_desk migrations run through wsis_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
