"""Map rows to core records and back; every query the services need lives here."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsis_desk.core.catalog import DocumentInfo, VersionInfo
from wsis_desk.core.identity import Numbered, VersionKey, number_versions, paragraph_id
from wsis_desk.core.model import (
    Diagnostic,
    Paragraph,
)
from wsis_desk.store.orm import BlobRow, DocumentRow, ParagraphRow, VersionRow
from wsis_desk.store.reader import MIN_ID_PREFIX, paragraph_record
from wsis_desk.store.reader import diagnostics_from_json as diagnostics_from_json  # re-export
from wsis_desk.store.versions_repo import deleted_in, label_overrides, live_version

PARKED_SEQ = -3_000_000  # the numbers versions in the bin hold (clear of placeholders)


def find_documents(session: Session, name: str) -> list[DocumentRow]:
    """Documents whose title or symbol equals ``name`` (case-insensitive)."""
    key = name.strip().lower()
    stmt = select(DocumentRow).where(
        (func.lower(DocumentRow.title) == key) | (func.lower(DocumentRow.symbol) == key),
        DocumentRow.deleted.is_(False),
    )
    found = list(session.scalars(stmt))
    if found or len(key) < MIN_ID_PREFIX:
        return found
    # Two documents may share a title (created apart and truly different): name one by id.
    by_id = select(DocumentRow).where(
        DocumentRow.id.startswith(key, autoescape=True), DocumentRow.deleted.is_(False)
    )
    return list(session.scalars(by_id))


def all_documents(session: Session) -> list[DocumentRow]:
    """Every document not in the bin, by title."""
    stmt = select(DocumentRow).where(DocumentRow.deleted.is_(False)).order_by(DocumentRow.title)
    return list(session.scalars(stmt))


def version_count(session: Session, document_id: str) -> int:
    """How many versions a document has (not counting those in the bin)."""
    stmt = (
        select(func.count())
        .select_from(VersionRow)
        .where(VersionRow.document_id == document_id, live_version())
    )
    return int(session.scalar(stmt) or 0)


def versions_of(session: Session, document_id: str) -> list[VersionRow]:
    """A document's versions, oldest first (not those in the bin)."""
    stmt = (
        select(VersionRow)
        .where(VersionRow.document_id == document_id, live_version())
        .order_by(VersionRow.seq)
    )
    return list(session.scalars(stmt))


def paragraph_counts(session: Session, version_ids: Sequence[str]) -> dict[str, int]:
    """Paragraph count per version id."""
    if not version_ids:
        return {}
    stmt = (
        select(ParagraphRow.version_id, func.count())
        .where(ParagraphRow.version_id.in_(version_ids))
        .group_by(ParagraphRow.version_id)
    )
    return {vid: int(n) for vid, n in session.execute(stmt)}


def version_by_content(session: Session, document_id: str, sha256: str) -> VersionRow | None:
    """The version of a document with exactly this content, if any."""
    stmt = select(VersionRow).where(
        VersionRow.document_id == document_id, VersionRow.content_sha256 == sha256
    )
    return session.scalars(stmt).first()


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


def ensure_blob(session: Session, *, sha256: str, data: bytes, now: str) -> None:
    """Store ``data`` under its hash unless it is already there."""
    if session.get(BlobRow, sha256) is None:
        session.add(BlobRow(sha256=sha256, size=len(data), data=data, created_at=now))


def paragraph_rows(version_id: str, paragraphs: Sequence[Paragraph]) -> list[ParagraphRow]:
    """New rows for the paragraphs of a freshly imported version (ids derived from place)."""
    return [
        ParagraphRow(
            id=paragraph_id(version_id, p.index),
            version_id=version_id,
            ordinal=p.index,
            label=p.label,
            kind=p.kind.value,
            number=p.number,
            parent_ordinal=p.parent,
            text=p.text,
            original_text=p.original_text,
            status=p.status.value if p.status else None,
            footnotes_json=json.dumps([[f.mark, f.text] for f in p.footnotes], ensure_ascii=False),
            comments_json=json.dumps(
                [[c.id, c.author, c.text, c.anchor, c.date] for c in p.comments],
                ensure_ascii=False,
            ),
        )
        for p in paragraphs
    ]


def load_paragraphs(session: Session, version_id: str) -> tuple[Paragraph, ...]:
    """The paragraphs of a version as core records, in order."""
    stmt = (
        select(ParagraphRow)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    return tuple(
        paragraph_record(
            row.ordinal,
            row.label,
            row.kind,
            row.text,
            row.number,
            row.parent_ordinal,
            row.status,
            row.original_text,
            row.footnotes_json,
            row.comments_json,
        )
        for row in session.scalars(stmt)
    )


def diagnostics_to_json(diagnostics: Sequence[Diagnostic]) -> str:
    """Serialise diagnostics for the version row."""
    return json.dumps(
        [[d.severity.value, d.code, d.message, d.paragraph, d.offset] for d in diagnostics],
        ensure_ascii=False,
    )


def document_info(session: Session, row: DocumentRow) -> DocumentInfo:
    """A document row as a core record."""
    return document_info_from(row, [version_info(v, 0) for v in versions_of(session, row.id)])


def document_info_from(row: DocumentRow, versions: Sequence[VersionInfo]) -> DocumentInfo:
    """A document row as a core record, given its versions already loaded."""
    return DocumentInfo(
        id=row.id,
        title=row.title,
        symbol=row.symbol,
        versions=len(versions),
        latest_label=versions[-1].label if versions else None,
    )


def open_group_counts(session: Session, version_ids: Sequence[str]) -> dict[str, int]:
    """Open bracket groups per version id, for versions whose census is stored."""
    if not version_ids:
        return {}
    stmt = select(VersionRow.id, VersionRow.open_groups).where(
        VersionRow.id.in_(version_ids), VersionRow.open_groups.is_not(None)
    )
    return {vid: n for vid, n in session.execute(stmt) if n is not None}


def version_info(row: VersionRow, paragraphs: int, open_groups: int | None = None) -> VersionInfo:
    """A version row as a core record."""
    return VersionInfo(
        id=row.id,
        document_id=row.document_id,
        seq=row.seq,
        label=row.label,
        circulated_at=row.circulated_at,
        imported_at=row.imported_at,
        source_name=row.source_name,
        source_format=row.source_format,
        content_sha256=row.content_sha256,
        status=row.status,
        paragraphs=paragraphs,
        open_groups=open_groups if open_groups is not None else row.open_groups,
        asked_label=row.asked_label if row.asked_label not in (None, row.label) else None,
    )
