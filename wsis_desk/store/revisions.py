"""The local history of editable rows: every revision ever held here, so no edit is lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from wsis_desk.store.orm import RevisionRow, SyncColumns
from wsis_desk.store.sync_tables import table_spec


def dump_data(data: dict[str, Any]) -> str:
    """The canonical JSON text of a row's data columns."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def ancestors_of(
    session: Session, table: str, row_id: str, hlc: str, parent: str | None
) -> set[str]:
    """Every clock the revision ``hlc`` of a row descends from, as far as this site knows."""
    rows = session.execute(
        select(RevisionRow.hlc, RevisionRow.ancestors_json).where(
            RevisionRow.table_name == table,
            RevisionRow.row_id == row_id,
            RevisionRow.hlc.in_([h for h in (hlc, parent) if h]),
        )
    ).all()
    known = {h: set(json.loads(a)) for h, a in rows}
    if hlc in known:
        return known[hlc]
    if not parent:
        return set()
    return known.get(parent, set()) | {parent}


def record_revision(
    session: Session,
    *,
    table: str,
    row_id: str,
    hlc: str,
    parent_hlc: str | None,
    origin: str,
    deleted: bool,
    data: dict[str, Any] | None,
    ancestors: set[str] | frozenset[str],
    source: str,
) -> None:
    """Keep one revision (once: a revision already known keeps its first record)."""
    stmt = insert(RevisionRow).values(
        table_name=table,
        row_id=row_id,
        hlc=hlc,
        parent_hlc=parent_hlc,
        origin=origin,
        deleted=deleted,
        data_json=None if data is None else dump_data(data),
        ancestors_json=json.dumps(sorted(ancestors)),
        source=source,
        recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    session.execute(stmt.on_conflict_do_nothing())


def record_superseded(session: Session, row: SyncColumns) -> None:
    """Before a local edit: keep the row's committed state in the history.

    Called by ``stamp``; the committed values are read from SQLAlchemy's change tracking, so
    fields already changed in this session are recorded as they were before.
    """
    if not row.hlc:
        return
    state = inspect(row)
    table = state.mapper.local_table.name
    spec = table_spec(table)
    if spec is None or state.transient or state.pending:
        return
    committed = state.committed_state
    values = {
        name: committed.get(name, getattr(row, name))
        for name in (*spec.column_names, "hlc", "parent_hlc", "origin", "deleted")
    }
    row_id = str(getattr(row, spec.key))
    old_hlc = str(values.pop("hlc"))
    parent = values.pop("parent_hlc")
    origin = values.pop("origin")
    deleted = bool(values.pop("deleted"))
    with session.no_autoflush:
        ancestors = ancestors_of(session, table, row_id, old_hlc, parent)
    record_revision(
        session,
        table=table,
        row_id=row_id,
        hlc=old_hlc,
        parent_hlc=parent,
        origin=str(origin),
        deleted=deleted,
        data=values,
        ancestors=ancestors,
        source="local",
    )
