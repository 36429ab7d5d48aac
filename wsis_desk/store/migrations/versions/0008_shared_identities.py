"""identities: versions and paragraphs get ids every laptop derives alike; complete deltas

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Versions imported before this had random ids, so two laptops importing the same draft held
it twice. Each version now takes the id of its content within its document, each paragraph
the id of its place in its version, and whatever pointed at the old ids (paragraphs, bracket
layouts, positions, inputs' evidence) follows. Sequence numbers and labels are then derived
from the versions held (core.identity.number_versions). Documents keep their ids: laptops that
have synced already share them.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from wsis_desk.core.identity import VersionKey, number_versions, paragraph_id, version_id

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_DEFAULT_LABEL = re.compile(r"Version \d+")
# Who points at a version id, and at a paragraph id (none: paragraphs are reached by lineage).
_VERSION_REFERENCES = (
    ("paragraph", "version_id"),
    ("version_layout", "version_id"),
    ("position", "version_id"),
    ("stakeholder_input", "evidence_version_id"),
)


def upgrade() -> None:
    with op.batch_alter_table("version", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("import_hlc", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("asked_label", sa.String(length=200), nullable=True))
    with op.batch_alter_table("sync_export", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("change_mark", sa.Integer(), nullable=False, server_default="0")
        )
    # 0 for peers known before: we cannot tell whether we hold all they wrote, so we confirm
    # nothing and their next bundle for us is a full one (bigger, never incomplete).
    with op.batch_alter_table("sync_peer", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("complete_seq", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "sync_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_change")),
    )
    conn = op.get_bind()
    # Ids change below while rows point at them; SQLite checks the references at commit.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    versions = conn.exec_driver_sql(
        "SELECT id, document_id, content_sha256, seq, label, circulated_at, imported_at "
        "FROM version"
    ).all()
    by_document: dict[str, list[VersionKey]] = {}
    for old, document, sha, seq, label, circulated, imported in versions:
        new = version_id(document, sha)
        asked = None if _DEFAULT_LABEL.fullmatch(label) else label
        # Versions from before have no import clock: their old order breaks ties, below any
        # real clock (so on merge the other laptop's real import never loses to a guess).
        clock = f"{0:016d}-{seq:05d}-migrated"
        conn.exec_driver_sql(
            "UPDATE version SET id = ?, import_hlc = ?, asked_label = ?, seq = -seq, "
            "label = ? WHERE id = ?",
            (new, clock, asked, "\x00" + new, old),
        )
        for table, column in _VERSION_REFERENCES:
            conn.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, old)
            )
        by_document.setdefault(document, []).append(
            VersionKey(new, circulated, imported, clock, asked)
        )
    for keys in by_document.values():
        for numbered in number_versions(keys):
            conn.exec_driver_sql(
                "UPDATE version SET seq = ?, label = ? WHERE id = ?",
                (numbered.seq, numbered.label, numbered.id),
            )
    paragraphs = conn.exec_driver_sql("SELECT id, version_id, ordinal FROM paragraph").all()
    for old, version, ordinal in paragraphs:
        conn.exec_driver_sql(
            "UPDATE paragraph SET id = ? WHERE id = ?", (paragraph_id(version, ordinal), old)
        )


def downgrade() -> None:
    op.drop_table("sync_change")
    with op.batch_alter_table("sync_peer", recreate="never") as batch_op:
        batch_op.drop_column("complete_seq")
    with op.batch_alter_table("sync_export", recreate="never") as batch_op:
        batch_op.drop_column("change_mark")
    with op.batch_alter_table("version", recreate="never") as batch_op:
        batch_op.drop_column("asked_label")
        batch_op.drop_column("import_hlc")
