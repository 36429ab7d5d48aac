"""uncited footnotes: a version keeps the footnotes no paragraph cites (their text counts)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL: not read yet (a version stored before this revision); ``reparse`` reads them
    # again from the version's stored source file. "[]": the version has none.
    # Plain ALTER TABLE, never a batch copy: rebuilding "version" would cascade-delete its
    # paragraphs (foreign keys are on).
    op.add_column("version", sa.Column("uncited_footnotes_json", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE version DROP COLUMN uncited_footnotes_json")  # SQLite >= 3.35
