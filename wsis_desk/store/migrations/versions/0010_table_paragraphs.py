"""table paragraphs: a Word table is one paragraph of kind "table" (no column changes)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nothing to alter: a table paragraph's rows and cells are its text (cells split by a tab,
    # rows by a newline: core.tables) and its kind is "table", both in existing columns, so
    # they travel in bundles with the paragraph. The revision moves because an older
    # wsis_desk cannot read the kind "table": it refuses a newer bundle or database ("update
    # wsis_desk") instead of failing on it. Versions imported before keep their paragraphs.
    pass


def downgrade() -> None:
    pass
