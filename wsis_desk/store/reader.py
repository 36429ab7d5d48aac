"""The one read model of documents, versions and paragraphs: plain sqlite3 queries.

The window's first picture needs only these reads; doing them with the standard library lets
it appear before SQLAlchemy (about a third of a second to import) is loaded. They are also the
reads of every use case that writes: ``store.repositories`` runs them on the connection under
its session (same transaction), so there is one copy of each query.
Over ~400 lines on purpose: being the single copy of every such read is the point of it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from wsis_desk.core.catalog import (
    DocumentInfo,
    NamedDocument,
    ParagraphAnchor,
    ParagraphPlace,
    ProcessInfo,
    StoredDocument,
    StoredVersion,
    VersionInfo,
)
from wsis_desk.core.identity import CLASH_MARK
from wsis_desk.core.model import (
    Comment,
    Diagnostic,
    Footnote,
    Paragraph,
    ParagraphKind,
    Severity,
    StatusMarker,
)

MIN_ID_PREFIX = 6  # characters of an id that name a document when its title is shared
PARAGRAPH_COLUMNS = (
    "ordinal, label, kind, text, number, parent_ordinal, status, original_text, "
    "footnotes_json, comments_json"
)
VERSION_COLUMNS = (
    "id, document_id, seq, label, circulated_at, imported_at, source_name, source_format, "
    "content_sha256, status, open_groups, asked_label, census_json, census_format, "
    "diagnostics_json"
)

# census_format is stored after the census text: reading it walks the census's overflow pages
# (tens of KB a version), so the light form leaves it out too.
_VERSION_COLUMNS_LIGHT = VERSION_COLUMNS.replace(
    "census_json, census_format, diagnostics_json", "NULL, NULL, '[]'"
)


def paragraph_record(
    ordinal: int,
    label: str,
    kind: str,
    text: str,
    number: str | None,
    parent_ordinal: int | None,
    status: str | None,
    original_text: str | None,
    footnotes_json: str,
    comments_json: str,
) -> Paragraph:
    """A stored paragraph's columns (in PARAGRAPH_COLUMNS order) as a core record."""
    return Paragraph(
        index=ordinal,
        label=label,
        kind=ParagraphKind(kind),
        text=text,
        number=number,
        parent=parent_ordinal,
        status=StatusMarker(status) if status else None,
        original_text=original_text,
        footnotes=tuple(Footnote(m, t) for m, t in json.loads(footnotes_json)),
        comments=tuple(
            Comment(id=i, author=a, text=t, anchor=an, date=d)
            for i, a, t, an, d in json.loads(comments_json)
        ),
    )


def diagnostics_from_json(text: str) -> tuple[Diagnostic, ...]:
    """Read back diagnostics stored with a version."""
    return tuple(
        Diagnostic(Severity(s), code, message, paragraph, offset)
        for s, code, message, paragraph, offset in json.loads(text)
    )


def document_record(doc: NamedDocument, versions: Sequence[VersionInfo]) -> DocumentInfo:
    """A document with its versions as a core record."""
    return DocumentInfo(
        id=doc.id,
        title=doc.title,
        symbol=doc.symbol,
        versions=len(versions),
        latest_label=versions[-1].label if versions else None,
    )


def _clashed(asked: object, label: str) -> bool:
    """Whether ``label`` is the label ``asked`` at import marked as a clash ("Rev.1 (2)"):
    another version had it. A label given later by a rename differs without being one."""
    if not isinstance(asked, str) or not asked.strip():
        return False
    mark = re.escape(CLASH_MARK).replace(re.escape("{n}"), r"\d+")
    return re.fullmatch(re.escape(asked.strip()) + mark, label, flags=re.IGNORECASE) is not None


def _stored_version(row: tuple[object, ...], paragraphs: int) -> StoredVersion:
    (vid, doc_id, seq, label, circulated, imported, source, fmt, sha, status, groups, asked,
     census_json, census_format, diagnostics) = row  # fmt: skip
    return StoredVersion(
        info=VersionInfo(
            id=str(vid),
            document_id=str(doc_id),
            seq=int(seq),  # type: ignore[call-overload]
            label=str(label),
            circulated_at=None if circulated is None else str(circulated),
            imported_at=str(imported),
            source_name=str(source),
            source_format=str(fmt),
            content_sha256=str(sha),
            status=str(status),
            paragraphs=paragraphs,
            open_groups=None if groups is None else int(groups),  # type: ignore[call-overload]
            # shown only when another version holds the label asked for at import
            asked_label=str(asked) if _clashed(asked, str(label)) else None,
        ),
        census_json=None if census_json is None else str(census_json),
        census_format=None if census_format is None else int(census_format),  # type: ignore[call-overload]
        diagnostics_json=str(diagnostics),
    )


# One count per version from the (version_id, ordinal) index: a sixth of the time of a join
# grouped through a temporary B-tree. Completed by a condition on ``v``.
_COUNTS = (
    "SELECT v.id, (SELECT count(*) FROM paragraph p WHERE p.version_id = v.id) FROM version v WHERE"
)
# Versions in the bin (store/versions_repo.py) are left out of every list.
_LIVE = "v.id NOT IN (SELECT version_id FROM version_edit WHERE deleted = 1)"
_DOCUMENT_SELECT = (
    "SELECT d.id, d.title, d.symbol, p.id, p.title, p.body FROM document d "
    "LEFT JOIN process p ON p.id = d.process_id"
)


def _document(row: tuple[object, ...]) -> StoredDocument:
    did, title, symbol, pid, ptitle, body = row
    process = (
        None
        if pid is None
        else ProcessInfo(str(pid), str(ptitle), None if body is None else str(body))
    )
    return StoredDocument(str(did), str(title), None if symbol is None else str(symbol), process)


def all_documents(conn: sqlite3.Connection) -> list[StoredDocument]:
    """Every document not in the bin, by title."""
    return [
        _document(r)
        for r in conn.execute(f"{_DOCUMENT_SELECT} WHERE d.deleted = 0 ORDER BY d.title")
    ]


def find_documents(conn: sqlite3.Connection, name: str) -> list[StoredDocument]:
    """Documents whose title or symbol equals ``name`` (case-insensitive, as SQL lower())."""
    key = name.strip().lower()
    rows = conn.execute(
        f"{_DOCUMENT_SELECT} WHERE (lower(d.title) = ? OR lower(d.symbol) = ?) AND d.deleted = 0",
        (key, key),
    )
    found = [_document(r) for r in rows]
    if found or len(key) < MIN_ID_PREFIX:
        return found
    # Two documents may share a title (created apart and truly different): name one by id.
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        f"{_DOCUMENT_SELECT} WHERE d.id LIKE ? ESCAPE '\\' AND d.deleted = 0", (escaped + "%",)
    )
    return [_document(r) for r in rows]


def versions_of(
    conn: sqlite3.Connection, document_ids: Sequence[str], *, with_census: bool = True
) -> dict[str, list[StoredVersion]]:
    """The versions of each document, oldest first, with their paragraph counts.

    ``with_census=False`` leaves out the stored census, its format and the diagnostics (long
    JSON texts the library tree does not need): ``census_json`` and ``census_format`` are None
    and ``diagnostics_json`` "[]"; ``with_stored`` fills them in for one version.
    """
    if not document_ids:
        return {}
    marks = _marks(document_ids)
    counts = dict(
        conn.execute(f"{_COUNTS} v.document_id IN ({marks}) AND {_LIVE}", tuple(document_ids))
    )
    found: dict[str, list[StoredVersion]] = {d: [] for d in document_ids}
    columns = VERSION_COLUMNS if with_census else _VERSION_COLUMNS_LIGHT
    rows = conn.execute(
        f"SELECT {columns} FROM version v WHERE document_id IN ({marks}) AND {_LIVE} ORDER BY seq",
        tuple(document_ids),
    )
    for row in rows:
        found[str(row[1])].append(_stored_version(row, int(counts.get(row[0], 0))))
    return found


def with_stored(conn: sqlite3.Connection, version: StoredVersion) -> StoredVersion:
    """``version`` (read light) with its stored census and diagnostics."""
    row = conn.execute(
        "SELECT census_json, census_format, diagnostics_json FROM version WHERE id = ?",
        (version.info.id,),
    ).fetchone()
    if row is None:
        return version
    census_json, census_format, diagnostics = row
    return replace(
        version,
        census_json=None if census_json is None else str(census_json),
        census_format=None if census_format is None else int(census_format),
        diagnostics_json=str(diagnostics),
    )


def load_paragraphs(conn: sqlite3.Connection, version_id: str) -> tuple[Paragraph, ...]:
    """The paragraphs of a version as core records, in order."""
    rows = conn.execute(
        f"SELECT {PARAGRAPH_COLUMNS} FROM paragraph WHERE version_id = ? ORDER BY ordinal",
        (version_id,),
    )
    return tuple(paragraph_record(*row) for row in rows)


def footnotes_json(notes: Sequence[Footnote]) -> str:
    """Footnotes as stored (``[[mark, text], ...]``, a paragraph's or a version's uncited)."""
    return json.dumps([[f.mark, f.text] for f in notes], ensure_ascii=False)


def uncited_footnotes(conn: sqlite3.Connection, version_id: str) -> tuple[Footnote, ...] | None:
    """A version's footnotes whose mark no paragraph cites, in printed order; None when the
    version was stored before they were kept, or they arrived damaged (``reparse`` reads them
    again from its source file)."""
    row = conn.execute(
        "SELECT uncited_footnotes_json FROM version WHERE id = ?", (version_id,)
    ).fetchone()
    try:
        return tuple(Footnote(str(m), str(t)) for m, t in json.loads(row[0]))
    except (TypeError, ValueError):  # NULL (not read yet), or not [[mark, text], ...]
        return None


def sync_status(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """This laptop's site name (None before it has one) and its latest bundle exchange."""
    site = conn.execute("SELECT name FROM site WHERE is_local = 1 LIMIT 1").fetchone()
    imported = conn.execute("SELECT max(last_import_at) FROM sync_peer").fetchone()[0]
    exported = conn.execute("SELECT max(created_at) FROM sync_export").fetchone()[0]
    when = max((str(t) for t in (imported, exported) if t), default=None)
    return (None if site is None else str(site[0])), when


def paragraph_counts(conn: sqlite3.Connection, version_ids: Sequence[str]) -> dict[str, int]:
    """Paragraph count per version id (from the (version_id, ordinal) index)."""
    found: dict[str, int] = {}
    for start in range(0, len(version_ids), _CHUNK):
        chunk = tuple(version_ids[start : start + _CHUNK])
        rows = conn.execute(f"{_COUNTS} v.id IN ({_marks(chunk)})", chunk)
        found.update((str(vid), int(n)) for vid, n in rows)
    return found


def version_by_content(
    conn: sqlite3.Connection, document_id: str, sha256: str
) -> StoredVersion | None:
    """The version of a document with exactly this content, if any (read light)."""
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS_LIGHT} FROM version WHERE document_id = ? "
        "AND content_sha256 = ? LIMIT 1",
        (document_id, sha256),
    ).fetchone()
    if row is None:
        return None
    return _stored_version(row, paragraph_counts(conn, [str(row[0])]).get(str(row[0]), 0))


def paragraph_anchors(conn: sqlite3.Connection, version_id: str) -> list[ParagraphAnchor]:
    """Every paragraph of a version as records are anchored to it (with its text), in order."""
    rows = conn.execute(
        f"SELECT {_ANCHOR_COLUMNS} FROM paragraph WHERE version_id = ? ORDER BY ordinal",
        (version_id,),
    )
    return [ParagraphAnchor(*row) for row in rows]


def paragraph_anchor(
    conn: sqlite3.Connection, version_id: str, ordinal: int
) -> ParagraphAnchor | None:
    """One paragraph of a version (by its place) as records are anchored to it."""
    row = conn.execute(
        f"SELECT {_ANCHOR_COLUMNS} FROM paragraph WHERE version_id = ? AND ordinal = ?",
        (version_id, ordinal),
    ).fetchone()
    return None if row is None else ParagraphAnchor(*row)


def document_of_version(conn: sqlite3.Connection, version_id: str) -> str | None:
    """The id of the document a version belongs to (None when there is no such version)."""
    row = conn.execute("SELECT document_id FROM version WHERE id = ?", (version_id,)).fetchone()
    return None if row is None else str(row[0])


def version_labels(conn: sqlite3.Connection, document_id: str) -> dict[str, str]:
    """Version id -> label, for every version of a document (those in the bin too)."""
    rows = conn.execute("SELECT id, label FROM version WHERE document_id = ?", (document_id,))
    return {str(vid): str(label) for vid, label in rows}


def paragraph_places(conn: sqlite3.Connection, version_id: str) -> list[ParagraphPlace]:
    """What names each paragraph of a version (id, place, label, number, lineage), in order."""
    rows = conn.execute(
        "SELECT id, ordinal, label, number, lineage_id FROM paragraph WHERE version_id = ? "
        "ORDER BY ordinal",
        (version_id,),
    )
    return [ParagraphPlace(*row) for row in rows]


def lineage_texts(
    conn: sqlite3.Connection, version_ids: Sequence[str], lineage_id: str
) -> dict[str, tuple[str, str]]:
    """(label, text) of the paragraph with ``lineage_id`` in each version that has it."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(version_ids), _CHUNK):
        chunk = tuple(version_ids[start : start + _CHUNK])
        rows = conn.execute(
            "SELECT version_id, label, text FROM paragraph WHERE lineage_id = ? "
            f"AND version_id IN ({_marks(chunk)})",
            (lineage_id, *chunk),
        )
        found.update((str(vid), (str(label), str(text))) for vid, label, text in rows)
    return found


def source_of(conn: sqlite3.Connection, version_id: str) -> bytes | None:
    """The stored bytes of the file a version was imported from (None when not held)."""
    row = conn.execute(
        "SELECT b.data FROM version v JOIN blob b ON b.sha256 = v.blob_sha256 WHERE v.id = ?",
        (version_id,),
    ).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


_ANCHOR_COLUMNS = "version_id, ordinal, label, lineage_id, text, number"
_CHUNK = 500  # bound parameters per statement, well under SQLite's limit


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def census_totals(
    conn: sqlite3.Connection, version_ids: Sequence[str], census_format: int
) -> dict[str, tuple[int, int, int]]:
    """(groups, bracketed paragraphs, agreed ad ref) from the stored census of each version
    whose census is of ``census_format``, read inside SQLite (no census text crosses over).

    A version whose census is missing, damaged or of another format is left out.
    """
    if not version_ids:
        return {}
    marks = ",".join("?" * len(version_ids))
    rows = conn.execute(
        "SELECT id, json_extract(census_json, '$.groups', '$.bracketed_paragraphs', "
        "'$.agreed_ad_ref') FROM version "
        f"WHERE id IN ({marks}) AND census_format = ? AND json_valid(census_json)",
        (*version_ids, census_format),
    )
    totals: dict[str, tuple[int, int, int]] = {}
    for vid, packed in rows:
        values = json.loads(packed) if isinstance(packed, str) else None
        if (
            isinstance(values, list)
            and len(values) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)
        ):
            totals[str(vid)] = (values[0], values[1], values[2])
    return totals


def load_layout(conn: sqlite3.Connection, version_id: str) -> tuple[int, str] | None:
    """The stored bracket layout of a version: (format, JSON), or None when there is none."""
    row = conn.execute(
        "SELECT format, layout_json FROM version_layout WHERE version_id = ?", (version_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def versions_without_layout(
    conn: sqlite3.Connection, layout_format: int, census_format: int
) -> list[str]:
    """Versions whose stored census is of ``census_format`` but whose bracket layout is
    missing, damaged or of another format than ``layout_format`` (synced in from another
    laptop, or stored before layouts were), newest import first: the ones most likely to be
    opened next."""
    rows = conn.execute(
        "SELECT v.id FROM version v LEFT JOIN version_layout l ON l.version_id = v.id "
        "WHERE v.census_format = ? "
        "AND (l.version_id IS NULL OR l.format != ? OR NOT json_valid(l.layout_json)) "
        "ORDER BY v.imported_at DESC, v.id",
        (census_format, layout_format),
    )
    return [str(r[0]) for r in rows]
