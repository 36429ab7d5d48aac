"""layout: each version's bracket layout, stored at import (local, derived data)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: nothing is rebuilt, so nothing can cascade into versions. Versions
    # stored before this are parsed as they are shown until `wsis-desk reparse` stores theirs.
    op.create_table(
        "version_layout",
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("layout_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["version.id"],
            name=op.f("fk_version_layout_version_id_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_version_layout")),
    )


def downgrade() -> None:
    op.drop_table("version_layout")
