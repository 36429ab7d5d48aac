"""Alembic environment: runs on the connection handed over by store.migrate (no URL, no ini)."""

from __future__ import annotations

from alembic import context

from wsis_desk.store.orm import Base
from wsis_desk.store.search import is_search_table

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("wsis_desk migrations run through wsis_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The FTS5 index and its shadow tables are made by SQL in 0006, not by the models.
    include_name=lambda name, type_, _parent: type_ != "table" or not is_search_table(name),
)
with context.begin_transaction():
    context.run_migrations()
