"""Concurrent edits that lost on import: list them side by side and resolve them.

Resolving writes a new local edit (kept winner, restored loser, or a hand-written merge) that
travels to the other laptops like any edit; the conflict stays in history, marked resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wsis_desk.errors import NotFoundError, Remedy, WsisDeskError
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import conflicts_repo as repo
from wsis_desk.store.conflicts_repo import StoredConflict
from wsis_desk.store.sync_io import SyncStore, sync_store
from wsis_desk.store.sync_tables import table_spec

KEEP_CHOICES = ("ours", "theirs")


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    """One conflict: the row, the winning and losing versions, and the row as it is now."""

    id: str
    table: str
    row_id: str
    winner_hlc: str
    loser_hlc: str
    winner: dict[str, Any]
    loser: dict[str, Any]
    loser_deleted: bool
    current: dict[str, Any] | None
    detected_at: str
    resolved_at: str | None
    resolution: str | None
    current_deleted: bool = False  # the row as it is now is a tombstone

    def changed_fields(self) -> list[str]:
        """The fields where the two sides differ."""
        keys = sorted(set(self.winner) | set(self.loser))
        return [k for k in keys if self.winner.get(k) != self.loser.get(k)]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for --json."""
        return {
            "id": self.id,
            "table": self.table,
            "row_id": self.row_id,
            "winner_hlc": self.winner_hlc,
            "loser_hlc": self.loser_hlc,
            "fields": self.changed_fields(),
            "winner": self.winner,
            "loser": self.loser,
            "loser_deleted": self.loser_deleted,
            "detected_at": self.detected_at,
            "resolved_at": self.resolved_at,
            "resolution": self.resolution,
        }


def _info(io: SyncStore, row: StoredConflict) -> ConflictInfo:
    return ConflictInfo(
        id=row.id,
        table=row.table,
        row_id=row.row_id,
        winner_hlc=row.winner_hlc,
        loser_hlc=row.loser_hlc,
        winner=json.loads(row.winner_json),
        loser=json.loads(row.loser_json),
        loser_deleted=row.loser_deleted,
        current=repo.current_row(io, row.table, row.row_id),
        detected_at=row.detected_at,
        resolved_at=row.resolved_at,
        resolution=row.resolution,
        current_deleted=repo.row_deleted(io, row.table, row.row_id),
    )


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Open conflicts (and resolved ones when asked), newest first."""
    with sync_store(ws.db) as io:
        return [_info(io, r) for r in repo.conflicts(io, include_resolved=include_resolved)]


def _conflict(io: SyncStore, ident: str) -> StoredConflict:
    rows = repo.conflicts_named(io, ident)
    if len(rows) == 1 and (rows[0].id == ident or len(ident) >= 6):
        return rows[0]
    raise NotFoundError(
        f"No single conflict '{ident}'; check it against the list of conflicts.",
        remedy=Remedy.LIST_CONFLICTS,
    )


def resolve_conflict(
    ws: Workspace,
    ident: str,
    *,
    keep: str | None = None,
    merged: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> ConflictInfo:
    """Keep ``ours`` (the winner), ``theirs`` (the loser), or write ``merged`` field values."""
    if (keep is None) == (merged is None):
        raise WsisDeskError("Say either which side to keep (ours or theirs) or give a merge.")
    if keep is not None and keep not in KEEP_CHOICES:
        raise WsisDeskError(f"'{keep}' is not a side; keep ours or theirs.")
    when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with sync_store(ws.db, write=True) as io:
        conflict = _conflict(io, ident)
        if conflict.resolved_at is not None:
            raise WsisDeskError(f"Conflict {conflict.id[:8]} was already resolved.")
        spec = table_spec(conflict.table)
        if spec is None or repo.current_row(io, conflict.table, conflict.row_id) is None:
            raise NotFoundError(f"The row of conflict {conflict.id[:8]} no longer exists.")
        if keep == "theirs" or merged is not None:
            values = json.loads(conflict.loser_json) if merged is None else merged
            unknown = sorted(set(values) - set(spec.column_names))
            if unknown:
                raise WsisDeskError(f"{conflict.table} has no field '{unknown[0]}'.")
            deleted = conflict.loser_deleted if merged is None else False
            repo.overwrite_row(
                io, conflict.table, conflict.row_id, values, deleted=deleted, now=now
            )
        resolution = "merge" if merged is not None else str(keep)
        repo.mark_resolved(io, conflict.id, when=when, resolution=resolution)
        (stored,) = repo.conflicts_named(io, conflict.id)
        return _info(io, stored)


def reopen_conflict(
    ws: Workspace,
    ident: str,
    *,
    values: dict[str, Any] | None,
    deleted: bool = False,
    now: datetime | None = None,
) -> ConflictInfo:
    """Undo a resolution: the row takes back ``values`` (its fields before it; a new edit,
    so the undo syncs too) and the conflict is open again. ``values`` None leaves the row."""
    with sync_store(ws.db, write=True) as io:
        conflict = _conflict(io, ident)
        if conflict.resolved_at is None:
            return _info(io, conflict)
        spec = table_spec(conflict.table)
        current = repo.current_row(io, conflict.table, conflict.row_id)
        if values is not None and spec is not None and current is not None:
            changed = {k: v for k, v in values.items() if k in spec.column_names}
            was_deleted = repo.row_deleted(io, conflict.table, conflict.row_id)
            if any(current[k] != v for k, v in changed.items()) or was_deleted != deleted:
                repo.overwrite_row(
                    io, conflict.table, conflict.row_id, changed, deleted=deleted, now=now
                )
        repo.mark_resolved(io, conflict.id, when=None, resolution=None)
        (stored,) = repo.conflicts_named(io, conflict.id)
        return _info(io, stored)
