"""Queries that put synced rows in people's words: laptops' names, documents' titles, the
paragraph a lineage is now, the latest changes other laptops made, a party's stances."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.store.orm import (
    DocumentRow,
    ParagraphRow,
    PositionRow,
    RevisionRow,
    SiteRow,
    VersionRow,
)
from wsis_desk.store.sync_tables import model_for, sync_tables


@dataclass(frozen=True, slots=True)
class ChangedRow:
    """An editable row as another laptop last left it."""

    table: str
    row_id: str
    hlc: str
    origin: str
    deleted: bool
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PositionState:
    """A position row as it is now: what a stance history shows of it."""

    id: str
    hlc: str
    origin: str
    deleted: bool
    data: dict[str, Any]  # stance, wording, source, source_text, meeting, recorded_at, version_id


_STANCE_COLUMNS = (
    "stance",
    "wording",
    "source",
    "source_text",
    "meeting",
    "recorded_at",
    "version_id",
)


def sites(session: Session) -> tuple[str, dict[str, str]]:
    """This laptop's site id, and every known site's name by id."""
    rows = session.scalars(select(SiteRow)).all()
    local = next((r.id for r in rows if r.is_local), "")
    return local, {r.id: r.name for r in rows}


def document_titles(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Each document's symbol (or title when it has none), by id."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.symbol, DocumentRow.title).where(
            DocumentRow.id.in_(wanted)
        )
    )
    return {i: symbol or title for i, symbol, title in rows}


def lineage_labels(session: Session, lineages: Iterable[str]) -> dict[str, str]:
    """The label each paragraph lineage has in the newest version that holds it."""
    wanted = {i for i in lineages if i}
    if not wanted:
        return {}
    rows = session.execute(
        select(ParagraphRow.lineage_id, ParagraphRow.label, VersionRow.seq)
        .join(VersionRow, VersionRow.id == ParagraphRow.version_id)
        .where(ParagraphRow.lineage_id.in_(wanted))
    )
    newest: dict[str, tuple[int, str]] = {}
    for lineage, label, seq in rows:
        if lineage is None:
            continue
        if lineage not in newest or seq > newest[lineage][0]:
            newest[lineage] = (seq, label)
    return {lineage: label for lineage, (_seq, label) in newest.items()}


def recent_changes(session: Session, local_site: str, *, limit: int) -> list[ChangedRow]:
    """The ``limit`` latest rows last changed on another laptop, newest first."""
    found: list[ChangedRow] = []
    for spec in sync_tables():
        if not spec.editable:
            continue
        model: Any = model_for(spec.name)
        stmt = (
            select(model)
            .where(model.origin != local_site, model.origin != "", model.hlc != "")
            .order_by(model.hlc.desc())
            .limit(limit)
        )
        for row in session.scalars(stmt):
            data = {c: getattr(row, c) for c in spec.column_names}
            found.append(ChangedRow(spec.name, row.id, row.hlc, row.origin, row.deleted, data))
    found.sort(key=lambda c: c.hlc, reverse=True)
    return found[:limit]


def party_positions(
    session: Session, document_id: str, party_key: str, lineage_id: str
) -> list[PositionState]:
    """Every position (deleted ones too) of a party — a registry code or ``actor:<id>`` — on
    one paragraph lineage, oldest first."""
    who = (
        PositionRow.actor_id == party_key.removeprefix("actor:")
        if party_key.startswith("actor:")
        else PositionRow.party_code == party_key
    )
    stmt = (
        select(PositionRow)
        .where(
            PositionRow.document_id == document_id,
            PositionRow.lineage_id == lineage_id,
            who,
        )
        .order_by(PositionRow.recorded_at, PositionRow.hlc)  # same second: made first, first
    )
    return [
        PositionState(
            row.id, row.hlc, row.origin, row.deleted, {c: getattr(row, c) for c in _STANCE_COLUMNS}
        )
        for row in session.scalars(stmt)
    ]


Revision = tuple[str, str, bool, dict[str, Any]]  # hlc, origin site, deleted, data


def revisions_of(session: Session, table: str, row_ids: Iterable[str]) -> dict[str, list[Revision]]:
    """Every revision of rows held here (their data, oldest first), by row id."""
    wanted = list(row_ids)
    if not wanted:
        return {}
    stmt = (
        select(RevisionRow)
        .where(
            RevisionRow.table_name == table,
            RevisionRow.row_id.in_(wanted),
            RevisionRow.data_json.is_not(None),
        )
        .order_by(RevisionRow.hlc)
    )
    found: dict[str, list[Revision]] = {}
    for rev in session.scalars(stmt):
        data = json.loads(rev.data_json or "{}")
        found.setdefault(rev.row_id, []).append((rev.hlc, rev.origin, rev.deleted, data))
    return found


def version_labels(session: Session, document_id: str) -> dict[str, str]:
    """Each version's label, by id, of one document."""
    stmt = select(VersionRow.id, VersionRow.label).where(VersionRow.document_id == document_id)
    return {vid: label for vid, label in session.execute(stmt)}
