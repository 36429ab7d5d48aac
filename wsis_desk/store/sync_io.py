"""Every read and write of offline sync, behind one object: rows in and out as plain values.

The sync services (``services/sync*.py``) decide; this module stores. A ``SyncStore`` wraps
the one session of a sync action (``sync_store(db)``), so everything it does is one
transaction. SQL texts are built by SQLAlchemy from the ORM metadata (the fixed table of
travelling tables, ``store.sync_tables``), never by formatting names into strings; values are
always bound.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, literal_column, or_, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from wsis_desk.store import lineage_moves
from wsis_desk.store.orm import (
    Base,
    ConflictRow,
    RevisionRow,
    SyncChangeRow,
    VersionRow,
    new_id,
)
from wsis_desk.store.repositories import renumber_versions
from wsis_desk.store.sync_bookkeeping import (
    ExportMark,
    PeerState,
    SeenBundle,
    SiteInfo,
    SyncBookkeeping,
)
from wsis_desk.store.sync_tables import SYNC_COLUMN_NAMES, TableSpec, sync_tables

if TYPE_CHECKING:
    from wsis_desk.store.db import Database

__all__ = [
    "ExportMark",
    "PeerState",
    "RevisionIndex",
    "RowSet",
    "SeenBundle",
    "SiteInfo",
    "SyncStore",
    "sync_store",
]

CHUNK = 500  # ids per SQL ``IN``
FULL_SCAN = 5000  # more ids than this: one pass over the table beats many IN queries

RevisionIndex = dict[tuple[str, str], tuple[set[str], str | None]]


@dataclass(frozen=True, slots=True)
class RowSet:
    """Stored rows of one table as tuples, with the column names in their order."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def chunks(values: list[str]) -> Iterator[list[str]]:
    """``values`` in slices small enough for one SQL ``IN``."""
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


@contextmanager
def sync_store(db: Database, *, write: bool = False) -> Iterator[SyncStore]:
    """One sync action's store: a read, or (``write``) one transaction committed at the end."""
    if write:
        with db.sessions.begin() as session:
            yield SyncStore(session)
    else:
        with db.sessions() as session:
            yield SyncStore(session)


@cache
def _driver_sql(table_name: str, names: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """The SQLite text of an insert of every column (no ``names``) or an update of ``names``
    by key, as SQLAlchemy compiles it from the metadata, and the column each positional
    parameter takes (the key as ""): plain executemany is 10x cheaper than SQLAlchemy's
    per-row parameter handling."""
    table = Base.metadata.tables[table_name]
    stmt: Any
    if not names:
        stmt = table.insert()
    else:
        (key,) = table.primary_key.columns
        stmt = (
            update(table)
            .where(key == bindparam("k_"))
            .values({n: bindparam(f"v_{n}") for n in names})
        )
    compiled = stmt.compile(dialect=sqlite.dialect(paramstyle="qmark"))
    order = tuple(compiled.positiontup or ())
    if names:
        order = tuple("" if n == "k_" else n.removeprefix("v_") for n in order)
    return str(compiled), order


@cache
def _sync_change_sql() -> str:
    """The SQLite text that notes (table name, row id) pairs as arrived by import."""
    table = Base.metadata.tables["sync_change"]
    compiled = table.insert().compile(
        dialect=sqlite.dialect(paramstyle="qmark"), column_keys=["table_name", "row_id"]
    )
    assert tuple(compiled.positiontup or ()) == ("table_name", "row_id")
    return str(compiled)


class SyncStore(SyncBookkeeping):
    """Reads and writes of one sync action, inside its session's transaction: its own
    records (``SyncBookkeeping``) and the rows that travel."""

    # --- rows that travel --------------------------------------------------------------------

    def _arrived(self, spec: TableSpec, since: ExportMark) -> Select[str]:
        """Rows of ``spec`` that imports wrote here after bundle ``since``: whoever made them
        (a third laptop's edits relayed through us carry clocks older than our own mark)."""
        return select(SyncChangeRow.row_id).where(
            SyncChangeRow.table_name == spec.name, SyncChangeRow.id > since.change_mark
        )

    def editable_rows(self, spec: TableSpec, since: ExportMark | None) -> RowSet:
        """Every row of an editable table, or those changed here or arrived after ``since``."""
        table = spec.table
        query = select(table)
        if since is not None:
            touched = select(RevisionRow.row_id).where(
                RevisionRow.table_name == spec.name, RevisionRow.id > since.revision_mark
            )
            query = query.where(
                (table.c.hlc > since.hlc_mark)
                | table.c[spec.key].in_(touched)
                | table.c[spec.key].in_(self._arrived(spec, since))
            )
        found = self.session.execute(query.order_by(table.c[spec.key])).all()
        return RowSet(tuple(c.name for c in table.columns), [tuple(r) for r in found])

    def immutable_rows(self, spec: TableSpec, since: ExportMark | None) -> RowSet:
        """Every row of a content table, or those added or arrived after ``since``."""
        table = spec.table
        query = select(table)
        if since is not None:
            newer = literal_column("rowid") > bindparam("mark", since.rowid_marks.get(spec.name, 0))
            query = query.where(or_(newer, table.c[spec.key].in_(self._arrived(spec, since))))
        found = self.session.execute(query.order_by(table.c[spec.key])).all()
        return RowSet(tuple(c.name for c in table.columns), [tuple(r) for r in found])

    def shared_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every travelling row (binary columns left out), by table, in key order."""
        out: dict[str, list[dict[str, Any]]] = {}
        for spec in sync_tables():
            table = spec.table
            columns = [c for c in table.columns if c.name != spec.binary]
            rows = self.session.execute(select(*columns).order_by(table.c[spec.key])).mappings()
            out[spec.name] = [dict(r) for r in rows]
        return out

    def rows_by_id(self, spec: TableSpec, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The stored rows of ``spec`` among ``ids``, as plain dicts."""
        table = spec.table
        names = [c.name for c in table.columns]
        key = names.index(spec.key)
        if len(ids) > FULL_SCAN:
            wanted = set(ids)
            found = self.session.execute(select(table)).all()
            return {r[key]: dict(zip(names, r, strict=True)) for r in found if r[key] in wanted}
        out: dict[str, dict[str, Any]] = {}
        for part in chunks(ids):
            query = select(table).where(table.c[spec.key].in_(part))
            for r in self.session.execute(query):
                out[r[key]] = dict(zip(names, r, strict=True))
        return out

    def stored_values(
        self, spec: TableSpec, ids: list[str], column: str | None = None
    ) -> dict[str, Any]:
        """id -> the value of ``column`` (or the id) for the stored rows among ``ids``."""
        table = spec.table
        cols = (table.c[spec.key], table.c[column or spec.key])
        if len(ids) > FULL_SCAN:
            wanted = set(ids)
            return {k: v for k, v in self.session.execute(select(*cols)) if k in wanted}
        out: dict[str, Any] = {}
        for part in chunks(ids):
            query = select(*cols).where(table.c[spec.key].in_(part))
            out.update((k, v) for k, v in self.session.execute(query))
        return out

    def revision_index(self, table: str, row_ids: Iterable[str] | None = None) -> RevisionIndex:
        """(row id, clock) -> (ancestors, data JSON) of the revisions kept for ``table``."""
        cols = (
            RevisionRow.row_id,
            RevisionRow.hlc,
            RevisionRow.ancestors_json,
            RevisionRow.data_json,
        )
        base = select(*cols).where(RevisionRow.table_name == table)
        queries = (
            [base]
            if row_ids is None
            else [base.where(RevisionRow.row_id.in_(p)) for p in chunks(sorted(set(row_ids)))]
        )
        out: RevisionIndex = {}
        for query in queries:
            for row_id, hlc, ancestors, data in self.session.execute(query):
                out[(row_id, hlc)] = (set(json.loads(ancestors)), data)
        return out

    def version_with_content(self, document_id: str, content_sha256: str) -> str | None:
        """The id of a version of the document holding this content, if any."""
        found = self.session.execute(
            select(VersionRow.id).where(
                VersionRow.document_id == document_id,
                VersionRow.content_sha256 == content_sha256,
            )
        ).first()
        return None if found is None else str(found[0])

    def has_conflict(self, table: str, row_id: str, loser_hlc: str) -> bool:
        """Whether this losing revision of a row is already in the conflicts list."""
        found = self.session.execute(
            select(ConflictRow.id).where(
                ConflictRow.table_name == table,
                ConflictRow.row_id == row_id,
                ConflictRow.loser_hlc == loser_hlc,
            )
        ).first()
        return found is not None

    # --- after an import: numbering and lineages ---------------------------------------------

    def renumber_versions(self, document_id: str) -> None:
        """Derive a document's version numbers and labels from all its versions."""
        renumber_versions(self.session, document_id)

    def paragraph_lineages(self, documents: Iterable[str]) -> list[tuple[str, str]]:
        """(paragraph id, lineage id) of every paragraph of these documents' versions."""
        return lineage_moves.paragraph_lineages(self.session, documents)

    def move_lineages(self, moves: dict[str, str]) -> int:
        """Point what names a retired lineage at its heir (local edits); how many moved."""
        return lineage_moves.move_lineages(self.session, moves)

    # --- writing an import -------------------------------------------------------------------

    def write_merge(
        self,
        *,
        inserts: dict[str, list[dict[str, Any]]],
        updates: dict[str, list[dict[str, Any]]],
        replaced: dict[str, list[dict[str, Any]]],
        revisions: list[dict[str, Any]],
        conflicts: list[dict[str, Any]],
    ) -> None:
        """Write what an import decided, parents before children, in the open transaction:
        new rows, edits, shared content whose winning import changed, kept revisions and
        conflicts; and note every row that came in, so later deltas relay it."""
        for spec in sync_tables():
            rows = inserts.get(spec.name)
            if rows:
                self._executemany(spec.name, rows)
            changed = updates.get(spec.name)
            if changed:
                edited = (*spec.column_names, *SYNC_COLUMN_NAMES)
                self._executemany(spec.name, changed, edited, spec.key)
            overwritten = replaced.get(spec.name)
            if overwritten:  # shared content: the columns the winning import brought
                names = tuple(n for n in overwritten[0] if n != spec.key)
                self._executemany(spec.name, overwritten, names, spec.key)
        conn = self.session.connection()
        keys = {spec.name: spec.key for spec in sync_tables()}
        arrived = [
            (table, row[keys[table]])
            for group in (inserts, updates, replaced)
            for table, rows in group.items()
            for row in rows
        ]
        if arrived:  # what came in: a later delta to any peer must carry it on (relays)
            conn.exec_driver_sql(_sync_change_sql(), arrived)
        if revisions:
            table = Base.metadata.tables["revision"]
            stmt = sqlite_insert(table)
            stmt = stmt.on_conflict_do_update(
                index_elements=["table_name", "row_id", "hlc"],
                set_={"data_json": stmt.excluded.data_json},
                where=table.c.data_json.is_(None),
            )
            conn.execute(stmt, revisions)
        if conflicts:
            conn.execute(
                sqlite_insert(Base.metadata.tables["conflict"]).on_conflict_do_nothing(),
                [{"id": new_id(), **c} for c in conflicts],
            )

    def _executemany(
        self, table: str, rows: list[dict[str, Any]], names: tuple[str, ...] = (), key: str = ""
    ) -> None:
        """Insert ``rows`` (every column), or with ``names`` update those columns by ``key``."""
        sql, order = _driver_sql(table, names)
        if names:
            params = [tuple(r[key] if n == "" else r[n] for n in order) for r in rows]
        else:
            params = [tuple(r.get(n) for n in order) for r in rows]
        self.session.connection().exec_driver_sql(sql, params)
