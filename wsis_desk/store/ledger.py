"""Reads behind the inputs ledger, on the plain sqlite3 connection: thousands of rows at once.

5,000 inputs read as ORM objects cost more than a list view may take; here every read is one
query whatever the number of rows, and rows come back as small records. The connection is a
``Database.reading()`` one, or the one under a session (``dbapi``) to read inside its
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from wsis_desk.core.positions import StoredChange, StoredInput

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CHUNK = 500
_FEW = 50  # up to this many lineages are looked up by lineage alone
_INPUT_COLUMNS = (
    "id, document_id, submitter_code, submitter_actor_id, submitter_name, stakeholder_group, "
    "submitted_on, title, text, file_name, blob_sha256, targets_json, disposition, reason, "
    "evidence_version_id, evidence_lineage_id"
)


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session`` (same transaction: sees its flushed rows)."""
    raw = session.connection().connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def inputs_of_document(conn: sqlite3.Connection, document_id: str) -> list[StoredInput]:
    """The live (not deleted) inputs on a document, oldest first."""
    rows = conn.execute(
        f"SELECT {_INPUT_COLUMNS} FROM stakeholder_input WHERE document_id = ? AND deleted = 0 "
        "ORDER BY submitted_on, created_at",
        (document_id,),
    )
    return list(map(StoredInput._make, rows))


def inputs_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> list[StoredInput]:
    """The inputs with these ids, in the order asked."""
    found: dict[str, StoredInput] = {}
    for chunk in _chunks(ids):
        sql = f"SELECT {_INPUT_COLUMNS} FROM stakeholder_input WHERE id IN ({_marks(chunk)})"
        found.update((row[0], StoredInput._make(row)) for row in conn.execute(sql, tuple(chunk)))
    return [found[i] for i in ids if i in found]


_CHANGE_COLUMNS = (
    "d.input_id, d.disposition, d.reason, d.changed_at, "
    "COALESCE(NULLIF(d.changed_by_person, ''), d.changed_by_site)"
)


def _group_changes(rows: Iterable[tuple[object, ...]]) -> dict[str, list[StoredChange]]:
    out: dict[str, list[StoredChange]] = {}
    for change in map(StoredChange._make, rows):
        out.setdefault(change.input_id, []).append(change)
    return out


def disposition_changes(
    conn: sqlite3.Connection, input_ids: Sequence[str]
) -> dict[str, list[StoredChange]]:
    """Input id -> its disposition changes, oldest first."""
    out: dict[str, list[StoredChange]] = {}
    for chunk in _chunks(input_ids):
        rows = conn.execute(
            f"SELECT {_CHANGE_COLUMNS} FROM input_disposition d "
            f"WHERE d.input_id IN ({_marks(chunk)}) ORDER BY d.changed_at, d.id",
            tuple(chunk),
        )
        out.update(_group_changes(rows))
    return out


def disposition_changes_of_document(
    conn: sqlite3.Connection, document_id: str
) -> dict[str, list[StoredChange]]:
    """Input id -> its disposition changes, oldest first, for every input on a document."""
    rows = conn.execute(
        f"SELECT {_CHANGE_COLUMNS} FROM input_disposition d "
        "JOIN stakeholder_input i ON i.id = d.input_id WHERE i.document_id = ? "
        "ORDER BY d.changed_at, d.id",
        (document_id,),
    )
    return _group_changes(rows)


def latest_labels(
    conn: sqlite3.Connection, document_id: str, lineages: Iterable[str]
) -> dict[str, str]:
    """Lineage id -> label in the newest version of the document that still has it.

    For many lineages the newest version answers most in one read; the rest (and a few
    asked alone) are looked up by lineage.
    """
    wanted = {lin for lin in lineages if lin}
    if not wanted:
        return {}
    seq_of = dict(conn.execute("SELECT id, seq FROM version WHERE document_id = ?", (document_id,)))
    if not seq_of:
        return {}
    out: dict[str, str] = {}
    if len(wanted) > _FEW:
        newest = max(seq_of, key=seq_of.__getitem__)
        rows = conn.execute(
            "SELECT lineage_id, label FROM paragraph WHERE version_id = ?", (newest,)
        )
        out = {lin: label for lin, label in rows if lin in wanted}
    best: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(wanted - out.keys())):
        rows = conn.execute(
            "SELECT lineage_id, label, version_id FROM paragraph "
            f"WHERE lineage_id IN ({_marks(chunk)})",
            tuple(chunk),
        )
        for lin, label, version_id in rows:
            seq = seq_of.get(version_id)
            if seq is not None and (lin not in best or seq > best[lin][0]):
                best[lin] = (seq, label)
    out.update({lin: label for lin, (_seq, label) in best.items()})
    return out


def evidence_labels(
    conn: sqlite3.Connection, pairs: Iterable[tuple[str, str | None]]
) -> dict[tuple[str, str | None], str]:
    """(version id, lineage id) -> "Rev.2 OP5" (or just "Rev.2" when the paragraph is gone)."""
    wanted = set(pairs)
    if not wanted:
        return {}
    version_ids = sorted({v for v, _lin in wanted})
    labels: dict[str, str] = {}
    for chunk in _chunks(version_ids):
        sql = f"SELECT id, label FROM version WHERE id IN ({_marks(chunk)})"
        labels.update(conn.execute(sql, tuple(chunk)))
    paragraphs: dict[tuple[str, str], str] = {}
    lineages = sorted({lin for _v, lin in wanted if lin})
    for vid in version_ids:
        for chunk in _chunks(lineages):
            rows = conn.execute(
                "SELECT lineage_id, label FROM paragraph WHERE version_id = ? "
                f"AND lineage_id IN ({_marks(chunk)}) ORDER BY ordinal DESC",
                (vid, *chunk),
            )
            paragraphs.update(((vid, lin), label) for lin, label in rows)  # first one wins
    out = {}
    for vid, lin in wanted:
        if vid in labels:
            para = paragraphs.get((vid, lin or ""))
            out[(vid, lin)] = f"{labels[vid]} {para}" if para is not None else labels[vid]
    return out


def actor_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """Custom actor id -> name."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for chunk in _chunks(wanted):
        sql = f"SELECT id, name FROM party_actor WHERE id IN ({_marks(chunk)})"
        out.update(conn.execute(sql, tuple(chunk)))
    return out
