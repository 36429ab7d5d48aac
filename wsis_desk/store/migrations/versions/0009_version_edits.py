"""version edits: rename and delete (tombstone) shared versions, as syncing edits

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: versions themselves stay immutable shared content.
    op.create_table(
        "version_edit",
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("was_label", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("parent_hlc", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["version.id"],
            name=op.f("fk_version_edit_version_id_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_version_edit")),
    )
    with op.batch_alter_table("version_edit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_version_edit_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("version_edit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_edit_document_id"))
    op.drop_table("version_edit")
