"""The documents-and-versions repository: every read and write of documents, versions,
paragraphs and source blobs a use case makes, in core records.

Reads are the plain-sqlite3 read model (``store.reader``) run on the connection under the
caller's session, so a use case reads its own transaction and each query exists once.
Writes go through the ORM rows, which never leave this package.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from wsis_desk.core.brackets.census_records import VersionCensus
from wsis_desk.core.catalog import (
    DocumentInfo,
    NamedDocument,
    ParagraphPlace,
    ProcessInfo,
    StoredDocument,
    VersionInfo,
)
from wsis_desk.core.identity import (
    Numbered,
    VersionKey,
    number_versions,
    paragraph_id,
    version_id,
)
from wsis_desk.core.model import Diagnostic, Footnote, Paragraph
from wsis_desk.store import reader
from wsis_desk.store.editing import next_clock, stamp
from wsis_desk.store.layouts import set_census
from wsis_desk.store.ledger import dbapi
from wsis_desk.store.orm import (
    BlobRow,
    DocumentRow,
    ParagraphRow,
    ProcessRow,
    VersionRow,
)
from wsis_desk.store.reader import diagnostics_from_json as diagnostics_from_json  # re-export
from wsis_desk.store.versions_repo import deleted_in, label_overrides, live_version, new_document

PARKED_SEQ = -3_000_000  # the numbers versions in the bin hold (clear of placeholders)


def connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, its pending rows flushed: the read model's
    queries run on it inside the session's transaction."""
    session.flush()
    return dbapi(session)


def find_documents(session: Session, name: str) -> list[StoredDocument]:
    """Documents whose title or symbol equals ``name`` (case-insensitive), else by id prefix."""
    return reader.find_documents(connection(session), name)


def all_documents(session: Session) -> list[StoredDocument]:
    """Every document, by title."""
    return reader.all_documents(connection(session))


def versions_of(session: Session, document_id: str) -> list[VersionInfo]:
    """A document's versions, oldest first, with their paragraph counts."""
    found = reader.versions_of(connection(session), [document_id], with_census=False)
    return [v.info for v in found[document_id]]


def paragraph_counts(session: Session, version_ids: Sequence[str]) -> dict[str, int]:
    """Paragraph count per version id."""
    return reader.paragraph_counts(connection(session), version_ids)


def version_by_content(session: Session, document_id: str, sha256: str) -> VersionInfo | None:
    """The version of a document with exactly this content, if any."""
    found = reader.version_by_content(connection(session), document_id, sha256)
    return None if found is None else found.info


def load_paragraphs(session: Session, version_id: str) -> tuple[Paragraph, ...]:
    """The paragraphs of a version as core records, in order."""
    return reader.load_paragraphs(connection(session), version_id)


def uncited_footnotes(session: Session, version_id: str) -> tuple[Footnote, ...] | None:
    """A version's footnotes no paragraph cites (None: stored before they were kept)."""
    return reader.uncited_footnotes(connection(session), version_id)


def set_uncited_footnotes(session: Session, version_id: str, notes: Sequence[Footnote]) -> None:
    """Keep the footnotes no paragraph cites on a version stored before they were kept (read
    again from its source file): the same text an import today stores."""
    row = session.get(VersionRow, version_id)
    if row is not None:
        row.uncited_footnotes_json = reader.footnotes_json(notes)


def source_of(session: Session, version_id: str) -> bytes | None:
    """The stored bytes of the file a version was imported from (None when not held)."""
    return reader.source_of(connection(session), version_id)


def paragraph_places(session: Session, version_id: str) -> list[ParagraphPlace]:
    """What names each paragraph of a version (id, place, label, number, lineage), in order."""
    return reader.paragraph_places(connection(session), version_id)


def document_info(session: Session, doc: NamedDocument) -> DocumentInfo:
    """A document as the library lists it (with its version count and latest label)."""
    return reader.document_record(doc, versions_of(session, doc.id))


def add_process(
    session: Session, *, title: str, body: str | None, starts_on: str, ends_on: str, now: str
) -> str:
    """A new negotiation process (stamped: it syncs); returns its id."""
    row = ProcessRow(title=title, body=body, starts_on=starts_on, ends_on=ends_on, created_at=now)
    session.add(row)
    stamp(session, row)
    session.flush()
    return row.id


def add_document(
    session: Session, *, title: str, symbol: str | None, process_id: str | None, now: str
) -> StoredDocument:
    """A new document (filed under ``process_id``), with the id every laptop derives from
    its symbol or title (``versions_repo.new_document``)."""
    row = new_document(session, title=title, symbol=symbol)
    row.created_at = now
    if process_id is not None:
        row.process_id = process_id
        session.flush()
    process = None if process_id is None else session.get(ProcessRow, process_id)
    filed = None if process is None else ProcessInfo(process.id, process.title, process.body)
    return StoredDocument(row.id, row.title, row.symbol, filed)


def set_symbol(session: Session, document_id: str, symbol: str) -> None:
    """Give a document the symbol it lacked (a stamped edit: it syncs)."""
    row = session.get(DocumentRow, document_id)
    if row is not None and row.symbol != symbol:
        row.symbol = symbol
        stamp(session, row)


def ensure_blob(session: Session, *, sha256: str, data: bytes, now: str) -> None:
    """Store ``data`` under its hash unless it is already there."""
    if session.get(BlobRow, sha256) is None:
        session.add(BlobRow(sha256=sha256, size=len(data), data=data, created_at=now))


def add_version(
    session: Session,
    *,
    document_id: str,
    sha256: str,
    asked_label: str | None,
    circulated_at: datetime | None,
    now: str,
    source_name: str,
    source_format: str,
    diagnostics: Sequence[Diagnostic],
    paragraphs: Sequence[Paragraph],
    census: VersionCensus,
    uncited_footnotes: Sequence[Footnote] = (),
) -> str:
    """Store a new version with its paragraphs, census and the footnotes no paragraph cites
    (its source blob stored first);
    returns its id. Sequence number and label are placeholders until ``renumber_versions``
    derives them from all the document's versions."""
    ident = version_id(document_id, sha256)
    row = VersionRow(
        id=ident,
        document_id=document_id,
        seq=-1 - version_count(session, document_id),
        label="\x00" + ident,
        asked_label=asked_label,
        import_hlc=next_clock(session),
        circulated_at=circulated_at.isoformat(timespec="minutes") if circulated_at else None,
        imported_at=now,
        source_name=source_name,
        source_format=source_format,
        content_sha256=sha256,
        blob_sha256=sha256,
        status="draft",
        diagnostics_json=_diagnostics_to_json(diagnostics),
        uncited_footnotes_json=reader.footnotes_json(uncited_footnotes),
    )
    set_census(row, census)  # before the insert: the long census text is written once
    session.add(row)
    session.flush()
    # One executemany of plain values: 1,800 ORM objects (a PDF's paragraphs) cost more to
    # build and flush than the insert itself, and nothing in the session needs them. NULLs
    # written as such: left out, each pattern of empty columns (no number, no status…) was a
    # batch of its own, some 500 statements for one PDF.
    session.execute(
        insert(ParagraphRow).execution_options(render_nulls=True),
        _paragraph_rows(ident, paragraphs),
    )
    return ident


def version_count(session: Session, document_id: str) -> int:
    """How many versions a document has (not counting those in the bin)."""
    stmt = (
        select(func.count())
        .select_from(VersionRow)
        .where(VersionRow.document_id == document_id, live_version())
    )
    return int(session.scalar(stmt) or 0)


def renumber_versions(session: Session, document_id: str) -> list[Numbered]:
    """Give a document's versions the sequence numbers and labels derived from all of them.

    Two passes (first out of the way, then in place) so that the unique (document, seq) and
    (document, label) constraints hold after every statement. Returns the numbering.
    Versions in the bin take no number: they are parked on negative numbers and a hidden
    label; a label given after import (a rename) stands for the one asked at import.
    """
    session.flush()
    rows = list(session.scalars(select(VersionRow).where(VersionRow.document_id == document_id)))
    gone = deleted_in(session, document_id)
    labels = label_overrides(session, document_id)
    keys = [
        VersionKey(
            r.id, r.circulated_at, r.imported_at, r.import_hlc, labels.get(r.id, r.asked_label)
        )
        for r in rows
        if r.id not in gone
    ]
    numbered = number_versions(keys)
    parked = [
        Numbered(vid, PARKED_SEQ - n, "\x00" + vid, False) for n, vid in enumerate(sorted(gone))
    ]
    by_id = {r.id: r for r in rows}
    moved = [
        n
        for n in (*numbered, *parked)
        if n.id in by_id and (by_id[n.id].seq, by_id[n.id].label) != (n.seq, n.label)
    ]
    if moved:
        for n in moved:
            row = by_id[n.id]
            row.seq, row.label = -2_000_000 - n.seq, "\x00" + n.id  # clear of placeholders
        session.flush()
        for n in moved:
            by_id[n.id].seq, by_id[n.id].label = n.seq, n.label
        session.flush()
    return numbered


def set_lineages(session: Session, version_id: str, lineage_ids: Sequence[str]) -> None:
    """Give a version's paragraphs (in order) these lineage ids."""
    stmt = (
        select(ParagraphRow.id, ParagraphRow.lineage_id)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    changed = [
        {"id": ident, "lineage_id": lineage}
        for (ident, was), lineage in zip(session.execute(stmt), lineage_ids, strict=True)
        if was != lineage
    ]
    if changed:  # by primary key, one executemany: no ORM object per paragraph
        session.execute(update(ParagraphRow), changed)


def _paragraph_rows(version_id: str, paragraphs: Sequence[Paragraph]) -> list[dict[str, object]]:
    """The column values of the paragraphs of a freshly imported version (ids derived from
    place; no lineage yet)."""
    return [
        {
            "id": paragraph_id(version_id, p.index),
            "version_id": version_id,
            "ordinal": p.index,
            "label": p.label,
            "kind": p.kind.value,
            "number": p.number,
            "parent_ordinal": p.parent,
            "text": p.text,
            "original_text": p.original_text,
            "status": p.status.value if p.status else None,
            "lineage_id": None,
            "footnotes_json": reader.footnotes_json(p.footnotes),
            "comments_json": json.dumps(
                [[c.id, c.author, c.text, c.anchor, c.date] for c in p.comments],
                ensure_ascii=False,
            ),
        }
        for p in paragraphs
    ]


def _diagnostics_to_json(diagnostics: Sequence[Diagnostic]) -> str:
    return json.dumps(
        [[d.severity.value, d.code, d.message, d.paragraph, d.offset] for d in diagnostics],
        ensure_ascii=False,
    )
