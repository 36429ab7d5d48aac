"""Positions as stored: add, edit, delete, and the reads behind the lists and the matrix."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.catalog import ParagraphAnchor
from wsis_desk.core.positions import PositionSource, Stance, StoredPosition
from wsis_desk.errors import Remedy
from wsis_desk.store.editing import add_stamped, live_row, update_stamped
from wsis_desk.store.ledger import dbapi
from wsis_desk.store.orm import PositionRow

_LIST = Remedy.LIST_POSITIONS
_SEP = "\x1f"  # between the fields of the positions packed per party (never in ids or dates)
# party key -> lineage id -> stance value: the latest stance each party holds on each paragraph
Latest = dict[str, dict[str, str]]


def _stored(row: PositionRow) -> StoredPosition:
    return StoredPosition(
        id=row.id,
        document_id=row.document_id,
        party_code=row.party_code,
        actor_id=row.actor_id,
        lineage_id=row.lineage_id,
        group_text=row.group_text,
        group_offset=row.group_offset,
        stance=Stance(row.stance),
        wording=row.wording,
        source=PositionSource(row.source),
        source_text=row.source_text,
        anchor_text=row.anchor_text,
        meeting=row.meeting,
        recorded_at=row.recorded_at,
        version_id=row.version_id,
        paragraph_sha256=row.paragraph_sha256,
        note=row.note,
    )


def add_position(session: Session, **values: object) -> StoredPosition:
    """Store a new position with these column values, stamped (caller's transaction)."""
    return _stored(add_stamped(session, PositionRow, **values))


def live_position(session: Session, ident: str) -> StoredPosition:
    """The live position with this id or the short id the CLI prints."""
    return _stored(live_row(session, PositionRow, ident, noun="position", remedy=_LIST))


def edit_position(session: Session, ident: str, changes: Mapping[str, object]) -> StoredPosition:
    """Change some columns of a live position, stamped as an edit."""
    row = live_row(session, PositionRow, ident, noun="position", remedy=_LIST)
    update_stamped(session, row, changes)
    return _stored(row)


def set_deleted(session: Session, position_id: str, deleted: bool) -> bool:
    """Delete a position (tombstone) or bring it back; False when there is no such position."""
    row = session.get(PositionRow, position_id)
    if row is None:
        return False
    if row.deleted != deleted:
        update_stamped(session, row, {"deleted": deleted})
    return True


def positions_of(
    session: Session,
    document_id: str,
    *,
    on: ParagraphAnchor | None = None,
    party: tuple[str | None, str | None] | None = None,
) -> list[StoredPosition]:
    """Live positions of a document, on one paragraph's lineage and/or of one party (code,
    actor id). A paragraph not linked yet (no lineage) finds the positions with none."""
    stmt = select(PositionRow).where(
        PositionRow.document_id == document_id, PositionRow.deleted.is_(False)
    )
    if on is not None:
        lineage = PositionRow.lineage_id
        stmt = stmt.where(lineage.is_(None) if on.lineage_id is None else lineage == on.lineage_id)
    if party is not None:
        code, actor_id = party
        stmt = stmt.where(
            PositionRow.party_code == code if code else PositionRow.actor_id == actor_id
        )
    return [_stored(r) for r in session.scalars(stmt)]


def by_source_key(session: Session, document_id: str, key: str) -> StoredPosition | None:
    """The position an import made from this source (deleted or not): imports are idempotent."""
    stmt = select(PositionRow).where(
        PositionRow.document_id == document_id, PositionRow.source_key == key
    )
    row = session.scalars(stmt).first()
    return _stored(row) if row is not None else None


def latest_stances(session: Session, document_id: str) -> Latest:
    """Each party's latest stance on each lineage (of positions not deleted).

    One row per party comes back from SQLite, its positions packed in one string: 50,000
    positions read as rows cost a third of a second in Python objects alone. The latest is
    the newest ``recorded_at``; on a tie, the one stored last. The query is covered by the
    ``ix_position_cells`` index.
    """
    raw: sqlite3.Connection = dbapi(session)
    key_sql = "COALESCE(party_code, 'actor:' || actor_id)"
    fields = "COALESCE(lineage_id, ''), stance, recorded_at, rowid"
    where = "document_id = ? AND deleted = 0"
    cursor = raw.cursor()
    try:
        cursor.execute(
            f"SELECT {key_sql}, group_concat(COALESCE(lineage_id, '') || char(31) || stance "
            "|| char(31) || recorded_at || char(31) || rowid, char(31)) "
            f"FROM position WHERE {where} GROUP BY party_code, actor_id",
            (document_id,),
        )
        packed = cursor.fetchall()
    finally:
        cursor.close()
    out: Latest = {}
    for key, joined in packed:
        if key is None:
            continue
        parts = joined.split(_SEP)
        if len(parts) % 4:  # a separator inside a field: read this party row by row
            rows = raw.execute(
                f"SELECT {fields} FROM position WHERE {where} AND {key_sql} = ?",
                (document_id, key),
            ).fetchall()
            parts = [str(v) for row in rows for v in row]
        lineages, stances, whens = parts[0::4], parts[1::4], parts[2::4]
        mine = out.setdefault(key, {})
        distinct = len(set(zip(lineages, whens, strict=True))) == len(whens)
        if not mine and distinct and whens == sorted(whens):
            # The index hands them over oldest first and no cell has two at the same time:
            # the last one of each lineage is its latest (the common case, kept out of Python).
            mine.update(zip(lineages, stances, strict=True))
        else:
            seen: dict[str, tuple[str, int, str]] = {}
            for lineage, stance, when, rowid in zip(
                lineages, stances, parts[2::4], parts[3::4], strict=True
            ):
                mark = (when, int(rowid), stance)
                if lineage not in seen or mark > seen[lineage]:
                    seen[lineage] = mark
            mine.update((lineage, mark[2]) for lineage, mark in seen.items())
        mine.pop("", None)  # positions on a whole bracket group, not a paragraph
    return out
