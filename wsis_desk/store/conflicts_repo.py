"""The conflicts list kept by imports: read it, and write a resolution (a new local edit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import ConflictRow
from wsis_desk.store.sync_io import SyncStore
from wsis_desk.store.sync_tables import model_for, table_spec


@dataclass(frozen=True, slots=True)
class StoredConflict:
    """A conflict row as stored (both sides still JSON text)."""

    id: str
    table: str
    row_id: str
    winner_hlc: str
    loser_hlc: str
    winner_json: str
    loser_json: str
    loser_deleted: bool
    detected_at: str
    resolved_at: str | None
    resolution: str | None


def _stored(row: ConflictRow) -> StoredConflict:
    return StoredConflict(
        id=row.id,
        table=row.table_name,
        row_id=row.row_id,
        winner_hlc=row.winner_hlc,
        loser_hlc=row.loser_hlc,
        winner_json=row.winner_json,
        loser_json=row.loser_json,
        loser_deleted=row.loser_deleted,
        detected_at=row.detected_at,
        resolved_at=row.resolved_at,
        resolution=row.resolution,
    )


def conflicts(io: SyncStore, *, include_resolved: bool = False) -> list[StoredConflict]:
    """Open conflicts (and resolved ones when asked), newest first."""
    query = select(ConflictRow).order_by(ConflictRow.detected_at.desc(), ConflictRow.id)
    if not include_resolved:
        query = query.where(ConflictRow.resolved_at.is_(None))
    return [_stored(r) for r in io.session.scalars(query)]


def conflicts_named(io: SyncStore, ident: str) -> list[StoredConflict]:
    """The conflict with id ``ident``, else those whose id starts with it."""
    row = io.session.get(ConflictRow, ident)
    if row is not None:
        return [_stored(row)]
    rows = io.session.scalars(
        select(ConflictRow).where(ConflictRow.id.startswith(ident, autoescape=True))
    )
    return [_stored(r) for r in rows]


def current_row(io: SyncStore, table: str, row_id: str) -> dict[str, Any] | None:
    """The data columns of a travelling row as it is now (None: gone or not a sync table)."""
    spec = table_spec(table)
    if spec is None or not spec.editable:
        return None
    row = io.session.get(model_for(table), row_id)
    return None if row is None else {c: getattr(row, c) for c in spec.column_names}


def row_deleted(io: SyncStore, table: str, row_id: str) -> bool:
    """Whether a travelling row is a tombstone now (False when it is not there at all)."""
    spec = table_spec(table)
    if spec is None or not spec.editable:
        return False
    row = io.session.get(model_for(table), row_id)
    return bool(row is not None and row.deleted)


def overwrite_row(
    io: SyncStore,
    table: str,
    row_id: str,
    values: dict[str, Any],
    *,
    deleted: bool,
    now: datetime | None = None,
) -> None:
    """Write ``values`` over an editable row as a new local edit (stamped, history kept)."""
    row = io.session.get(model_for(table), row_id)
    if row is None:
        raise KeyError(row_id)
    for key, value in values.items():
        setattr(row, key, value)
    row.deleted = deleted
    stamp(io.session, row, now=now)


def mark_resolved(
    io: SyncStore, conflict_id: str, *, when: str | None, resolution: str | None
) -> None:
    """Close a conflict, saying how it was resolved (or, with None, open it again)."""
    row = io.session.get(ConflictRow, conflict_id)
    if row is None:
        raise KeyError(conflict_id)
    row.resolved_at = when
    row.resolution = resolution
    io.session.flush()
