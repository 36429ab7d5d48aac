"""The full-text index (SQLite FTS5) over paragraph text: its SQL function, queries, rebuild.

``paragraph_search`` (created by migration 0006) holds one row per paragraph, keyed by the
paragraph's rowid, with ``core.search_text.index_text`` of its text. Triggers on
``paragraph`` keep it right on every write path (import, sync, cascading deletes): they call
the SQL function ``wsis_index_text``, which ``register_functions`` installs on every
connection the engine opens (store/db.py). Reads need no function.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wsis_desk.core.search_records import Candidate, SearchedDocument, SearchedVersion
from wsis_desk.core.search_text import index_text

if TYPE_CHECKING:  # searching needs no SQLAlchemy; only the rebuild (a write) uses a session
    from sqlalchemy.orm import Session

INDEX_FUNCTION = "wsis_index_text"
SEARCH_TABLE = "paragraph_search"
FILL_SQL = (
    f"INSERT INTO {SEARCH_TABLE}(rowid, body) SELECT rowid, {INDEX_FUNCTION}(text) FROM paragraph"
)


def _index_text(text: object) -> str:
    return index_text(text) if isinstance(text, str) else ""


def register_functions(conn: sqlite3.Connection) -> None:
    """Install the SQL function the index triggers call (on every writing connection)."""
    conn.create_function(INDEX_FUNCTION, 1, _index_text, deterministic=True)


def is_search_table(name: str | None) -> bool:
    """True for the FTS5 table and its shadow tables (not ORM models: autogenerate skips them)."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


def rebuild_index(session: Session) -> int:
    """Empty the index and fill it again from every paragraph, in the session's transaction;
    returns the rows indexed (a repair: the triggers keep the index right)."""
    conn = session.connection()
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    conn.exec_driver_sql(FILL_SQL)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {SEARCH_TABLE}").scalar_one())


def catalog(conn: sqlite3.Connection) -> tuple[dict[str, SearchedDocument], list[SearchedVersion]]:
    """Every document (tombstoned ones flagged) and every version not in the bin, oldest
    first per document."""
    docs = {
        row[0]: SearchedDocument(row[0], row[1], row[2], bool(row[3]))
        for row in conn.execute("SELECT id, title, symbol, deleted FROM document")
    }
    versions = [
        SearchedVersion(*row)
        for row in conn.execute(
            "SELECT id, document_id, seq, label, imported_at FROM version "
            "WHERE id NOT IN (SELECT version_id FROM version_edit WHERE deleted = 1) ORDER BY seq"
        )
    ]
    return docs, versions


def candidates(
    conn: sqlite3.Connection,
    expression: str,
    *,
    cap: int,
    version_ids: Sequence[str] | None = None,
) -> list[Candidate]:
    """Paragraphs matching the FTS5 ``expression``, most recently stored first, at most ``cap``,
    of the versions ``version_ids`` (None: of any version).

    For one version the rowid range of its paragraphs (stored together at import) bounds
    the part of the index that is walked.
    """
    params: list[object] = [expression]
    where = ""
    if version_ids is not None:
        if not version_ids:
            return []
        marks = ",".join("?" * len(version_ids))
        where = f" AND p.version_id IN ({marks})"
        if len(version_ids) == 1:
            lo, hi = conn.execute(
                "SELECT min(rowid), max(rowid) FROM paragraph WHERE version_id = ?",
                (version_ids[0],),
            ).fetchone()
            where = f" AND s.rowid BETWEEN ? AND ?{where}"
            params += [lo or 0, hi or 0]
        params += version_ids
    params.append(cap)
    sql = (
        "SELECT p.rowid, p.id, p.version_id, p.ordinal, p.label, p.lineage_id "
        f"FROM {SEARCH_TABLE} s JOIN paragraph p ON p.rowid = s.rowid "
        f"WHERE s.{SEARCH_TABLE} MATCH ?{where} ORDER BY s.rowid DESC LIMIT ?"
    )
    return [Candidate(*row) for row in conn.execute(sql, params)]


def paragraph_texts(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, str]:
    """rowid -> text of the paragraphs asked for."""
    found: dict[int, str] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT rowid, text FROM paragraph WHERE rowid IN ({marks})", chunk)
        )
    return found


def labels_in_version(
    conn: sqlite3.Connection, version_id: str, lineage_ids: Sequence[str]
) -> dict[str, str]:
    """lineage id -> paragraph label in one version, for the lineages asked for."""
    found: dict[str, str] = {}
    for start in range(0, len(lineage_ids), 500):
        chunk = lineage_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(
                f"SELECT lineage_id, label FROM paragraph WHERE version_id = ? "
                f"AND lineage_id IN ({marks})",
                (version_id, *chunk),
            )
        )
    return found
