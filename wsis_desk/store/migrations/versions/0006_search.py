"""scale: FTS5 search index over paragraph text (triggers, backfill); matrix covering index

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

from alembic import op

from wsis_desk.store.search import register_functions

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The index stores wsis_index_text(text) (core/search_text.py: folded, Han and kana spaced
# out) under the paragraph's rowid. It keeps its own copy of that folded text, so a trigger
# can delete a row by rowid alone, whatever the folding rules of the release that wrote it.
# No table is rebuilt here: nothing can cascade into version or paragraph rows.
STATEMENTS = (
    "CREATE VIRTUAL TABLE paragraph_search USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    """CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph BEGIN
  INSERT INTO paragraph_search(rowid, body) VALUES (new.rowid, wsis_index_text(new.text));
END""",
    """CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph BEGIN
  DELETE FROM paragraph_search WHERE rowid = old.rowid;
END""",
    """CREATE TRIGGER paragraph_search_update AFTER UPDATE OF text ON paragraph BEGIN
  DELETE FROM paragraph_search WHERE rowid = old.rowid;
  INSERT INTO paragraph_search(rowid, body) VALUES (new.rowid, wsis_index_text(new.text));
END""",
    # Existing paragraphs: index them all now (about a second per 50,000 paragraphs).
    "INSERT INTO paragraph_search(rowid, body) SELECT rowid, wsis_index_text(text) FROM paragraph",
)


def _driver_connection() -> Any:
    return op.get_bind().connection.driver_connection


def upgrade() -> None:
    register_functions(_driver_connection())  # the engine does it too; a bare one may not
    for statement in STATEMENTS:
        op.execute(statement)
    op.create_index(
        "ix_position_cells",
        "position",
        ["document_id", "deleted", "party_code", "actor_id", "recorded_at", "lineage_id", "stance"],
    )


def downgrade() -> None:
    op.drop_index("ix_position_cells", table_name="position")
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS paragraph_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS paragraph_search")
