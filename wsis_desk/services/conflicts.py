"""Concurrent edits that lost on import: list them side by side and resolve them.

Resolving writes a new local edit (kept winner, restored loser, or a hand-written merge) that
travels to the other laptops like any edit; the conflict stays in history, marked resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import ConflictRow
from wsis_desk.store.sync_tables import model_for, table_spec

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


def _current(session: Session, table: str, row_id: str) -> dict[str, Any] | None:
    spec = table_spec(table)
    if spec is None:
        return None
    row = session.get(model_for(table), row_id)
    return None if row is None else {c: getattr(row, c) for c in spec.column_names}


def _info(session: Session, row: ConflictRow) -> ConflictInfo:
    return ConflictInfo(
        id=row.id,
        table=row.table_name,
        row_id=row.row_id,
        winner_hlc=row.winner_hlc,
        loser_hlc=row.loser_hlc,
        winner=json.loads(row.winner_json),
        loser=json.loads(row.loser_json),
        loser_deleted=row.loser_deleted,
        current=_current(session, row.table_name, row.row_id),
        detected_at=row.detected_at,
        resolved_at=row.resolved_at,
        resolution=row.resolution,
        current_deleted=_deleted_now(session, row.table_name, row.row_id),
    )


def _deleted_now(session: Session, table: str, row_id: str) -> bool:
    row = session.get(model_for(table), row_id) if table_spec(table) else None
    return bool(row is not None and row.deleted)


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Open conflicts (and resolved ones when asked), newest first."""
    with ws.db.sessions() as session:
        query = select(ConflictRow).order_by(ConflictRow.detected_at.desc(), ConflictRow.id)
        if not include_resolved:
            query = query.where(ConflictRow.resolved_at.is_(None))
        return [_info(session, r) for r in session.scalars(query)]


def _conflict(session: Session, ident: str) -> ConflictRow:
    row = session.get(ConflictRow, ident)
    if row is not None:
        return row
    rows = session.scalars(
        select(ConflictRow).where(ConflictRow.id.startswith(ident, autoescape=True))
    ).all()
    if len(ident) < 6 or len(rows) != 1:
        raise NotFoundError(f"No single conflict '{ident}'. List them with: wsis-desk conflicts")
    return rows[0]


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
    with ws.db.sessions.begin() as session:
        conflict = _conflict(session, ident)
        if conflict.resolved_at is not None:
            raise WsisDeskError(f"Conflict {conflict.id[:8]} was already resolved.")
        spec = table_spec(conflict.table_name)
        row = session.get(model_for(conflict.table_name), conflict.row_id) if spec else None
        if spec is None or row is None:
            raise NotFoundError(f"The row of conflict {conflict.id[:8]} no longer exists.")
        if keep == "theirs" or merged is not None:
            values = json.loads(conflict.loser_json) if merged is None else merged
            unknown = sorted(set(values) - set(spec.column_names))
            if unknown:
                raise WsisDeskError(f"{conflict.table_name} has no field '{unknown[0]}'.")
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted = conflict.loser_deleted if merged is None else False
            stamp(session, row, now=now)
        conflict.resolved_at = when
        conflict.resolution = "merge" if merged is not None else keep
        session.flush()
        return _info(session, conflict)


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
    with ws.db.sessions.begin() as session:
        conflict = _conflict(session, ident)
        if conflict.resolved_at is None:
            return _info(session, conflict)
        spec = table_spec(conflict.table_name)
        row = session.get(model_for(conflict.table_name), conflict.row_id) if spec else None
        if values is not None and spec is not None and row is not None:
            changed = {k: v for k, v in values.items() if k in spec.column_names}
            if any(getattr(row, k) != v for k, v in changed.items()) or row.deleted != deleted:
                for key, value in changed.items():
                    setattr(row, key, value)
                row.deleted = deleted
                stamp(session, row, now=now)
        conflict.resolved_at = None
        conflict.resolution = None
        session.flush()
        return _info(session, conflict)
