"""sync columns on process and document; local sync bookkeeping tables

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_EDITABLE = ("process", "document")
# recreate="never": SQLite adds columns in place. A batch "move and copy" would DROP the old
# table, and with foreign keys on that DROP cascades into version and paragraph rows.


def upgrade() -> None:
    for table in _EDITABLE:
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.add_column(
                sa.Column("hlc", sa.String(length=64), nullable=False, server_default="")
            )
            batch_op.add_column(sa.Column("parent_hlc", sa.String(length=64), nullable=True))
            batch_op.add_column(
                sa.Column("origin", sa.String(length=36), nullable=False, server_default="")
            )
            batch_op.add_column(
                sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    op.create_table(
        "sync_peer",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_imported_seq", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("last_import_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_export",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("hlc_mark", sa.String(length=64), nullable=False),
        sa.Column("revision_mark", sa.Integer(), nullable=False),
        sa.Column("rowid_marks_json", sa.Text(), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=True),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_export")),
    )
    op.create_table(
        "sync_seen_bundle",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_seen_bundle")),
    )
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("parent_hlc", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=True),
        sa.Column("ancestors_json", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision")),
        sa.UniqueConstraint("table_name", "row_id", "hlc", name="uq_revision_table_row_hlc"),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("winner_hlc", sa.String(length=64), nullable=False),
        sa.Column("loser_hlc", sa.String(length=64), nullable=False),
        sa.Column("winner_json", sa.Text(), nullable=False),
        sa.Column("loser_json", sa.Text(), nullable=False),
        sa.Column("loser_deleted", sa.Boolean(), nullable=False),
        sa.Column("detected_at", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.String(length=40), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
        sa.UniqueConstraint(
            "table_name", "row_id", "loser_hlc", name="uq_conflict_table_row_loser"
        ),
    )


def downgrade() -> None:
    op.drop_table("conflict")
    op.drop_table("revision")
    op.drop_table("sync_seen_bundle")
    op.drop_table("sync_export")
    op.drop_table("sync_peer")
    for table in reversed(_EDITABLE):
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.drop_column("deleted")
            batch_op.drop_column("origin")
            batch_op.drop_column("parent_hlc")
            batch_op.drop_column("hlc")
