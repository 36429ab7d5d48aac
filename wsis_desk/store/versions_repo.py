"""Rename, move, delete and restore versions and documents: the queries and row changes.

A version's content is shared and immutable; what people change about it (its label, whether
it is in the bin) lives in a ``version_edit`` row that syncs like any edit. Documents are
editable rows already: their ``deleted`` column is the tombstone. Nothing here erases a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from wsis_desk.core.catalog import VersionInfo
from wsis_desk.core.identity import document_id, paragraph_id, version_id
from wsis_desk.errors import NotFoundError, Remedy
from wsis_desk.store.editing import next_clock, stamp
from wsis_desk.store.orm import (
    DocumentRow,
    ParagraphRow,
    VersionEditRow,
    VersionLayoutRow,
    VersionRow,
    new_id,
)


@dataclass(frozen=True, slots=True)
class BinVersion:
    """A deleted version as the bin lists it: what it was called, where it was."""

    id: str
    document_id: str
    document_title: str
    label: str
    source_name: str
    circulated_at: str | None
    deleted_at: str


@dataclass(frozen=True, slots=True)
class BinDocument:
    """A deleted document as the bin lists it."""

    id: str
    title: str
    symbol: str | None
    versions: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def deleted_version_ids() -> Select[str]:
    """A sub-query of the ids of every version in the bin."""
    return select(VersionEditRow.version_id).where(VersionEditRow.deleted.is_(True))


def live_version(column: ColumnElement[str] | None = None) -> ColumnElement[bool]:
    """A condition keeping only versions not in the bin (on ``column``, a version id)."""
    return (VersionRow.id if column is None else column).not_in(deleted_version_ids())


def label_overrides(session: Session, document_id: str) -> dict[str, str]:
    """The labels people gave this document's versions after import, by version id."""
    stmt = select(VersionEditRow.version_id, VersionEditRow.label).where(
        VersionEditRow.document_id == document_id, VersionEditRow.label.is_not(None)
    )
    return {vid: str(label) for vid, label in session.execute(stmt)}


def deleted_in(session: Session, document_id: str) -> set[str]:
    """Ids of this document's versions that are in the bin."""
    stmt = select(VersionEditRow.version_id).where(
        VersionEditRow.document_id == document_id, VersionEditRow.deleted.is_(True)
    )
    return set(session.scalars(stmt))


def version_row(session: Session, ident: str) -> VersionRow:
    """A version by id (live or in the bin), or a NotFoundError saying what to do."""
    row = session.get(VersionRow, ident)
    if row is None:
        raise NotFoundError(
            f"No version with id {ident}; check it against the document's versions.",
            remedy=Remedy.LIST_VERSIONS,
        )
    return row


def counted_version(session: Session, ident: str) -> VersionInfo:
    """A version (live or in the bin) as a core record, with its paragraph count."""
    row = version_row(session, ident)
    count = session.scalar(
        select(func.count()).select_from(ParagraphRow).where(ParagraphRow.version_id == ident)
    )
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
        paragraphs=int(count or 0),
        open_groups=row.open_groups,
    )


def document_row(session: Session, ident: str) -> DocumentRow:
    """A document by id (live or in the bin), or a NotFoundError saying what to do."""
    row = session.get(DocumentRow, ident)
    if row is None:
        raise NotFoundError(
            f"No document with id {ident}; check it against the list of documents.",
            remedy=Remedy.LIST_DOCUMENTS,
        )
    return row


def new_document(session: Session, *, title: str, symbol: str | None) -> DocumentRow:
    """A new document: the id every laptop derives from its symbol or title, unless a
    document (renamed, or in the bin) holds that id already."""
    derived = document_id(title=title, symbol=symbol)
    ident = derived if session.get(DocumentRow, derived) is None else new_id()
    row = DocumentRow(id=ident, title=title, symbol=symbol, created_at=_now(), deleted=False)
    session.add(row)
    stamp(session, row)
    session.flush()
    return row


def is_deleted(session: Session, ident: str) -> bool:
    """Whether the version ``ident`` is in the bin."""
    edit = session.get(VersionEditRow, ident)
    return bool(edit is not None and edit.deleted)


def _edit(session: Session, version: VersionRow) -> VersionEditRow:
    edit = session.get(VersionEditRow, version.id)
    if edit is None:
        edit = VersionEditRow(
            version_id=version.id,
            document_id=version.document_id,
            label=None,
            was_label="",
            updated_at=_now(),
            deleted=False,
        )
        session.add(edit)
    return edit


def set_version_deleted(session: Session, version: VersionRow, deleted: bool) -> bool:
    """Put a version in the bin or take it out; False when it already was so."""
    edit = _edit(session, version)
    if bool(edit.deleted) == deleted and edit.hlc:
        return False
    if deleted:
        edit.was_label = version.label
    edit.deleted = deleted
    edit.updated_at = _now()
    stamp(session, edit)
    session.flush()
    return True


def restore_version(session: Session, ident: str) -> bool:
    """Take the version ``ident`` out of the bin; False when it was not in it."""
    return set_version_deleted(session, version_row(session, ident), False)


def set_version_label(session: Session, version: VersionRow, label: str | None) -> None:
    """Give a version the label people chose (None: back to the one asked at import)."""
    edit = _edit(session, version)
    edit.label = label
    edit.updated_at = _now()
    stamp(session, edit)
    session.flush()


def set_document_deleted(session: Session, document: DocumentRow, deleted: bool) -> bool:
    """Put a document (with its versions) in the bin or take it out."""
    if bool(document.deleted) == deleted:
        return False
    document.deleted = deleted
    stamp(session, document)
    session.flush()
    return True


def rename_document(
    session: Session, document: DocumentRow, *, title: str, symbol: str | None
) -> None:
    """Change a document's title and symbol (an edit that syncs)."""
    document.title = title
    document.symbol = symbol
    stamp(session, document)
    session.flush()


def copy_version(session: Session, source: VersionRow, target: DocumentRow) -> VersionRow:
    """The same content as a version of ``target`` (the move of a version is a copy there and
    the original to the bin): the id every laptop derives for it, its paragraphs and layout.

    When ``target`` holds this content already, that version is returned (taken out of the
    bin when it was there).
    """
    ident = version_id(target.id, source.content_sha256)
    held = session.get(VersionRow, ident)
    if held is None:
        held = session.scalars(
            select(VersionRow).where(
                VersionRow.document_id == target.id,
                VersionRow.content_sha256 == source.content_sha256,
            )
        ).first()
    if held is not None:
        if is_deleted(session, held.id):
            set_version_deleted(session, held, False)
        return held
    count = len(
        session.scalars(select(VersionRow.id).where(VersionRow.document_id == target.id)).all()
    )
    copy = VersionRow(
        id=ident,
        document_id=target.id,
        seq=-1 - count,  # placeholders until the document is renumbered
        label="\x00" + ident,
        asked_label=label_overrides(session, source.document_id).get(source.id)
        or source.asked_label,  # the label asked for, not a "Version n" it was numbered
        import_hlc=next_clock(session),
        circulated_at=source.circulated_at,
        imported_at=source.imported_at,
        source_name=source.source_name,
        source_format=source.source_format,
        content_sha256=source.content_sha256,
        blob_sha256=source.blob_sha256,
        status=source.status,
        silence_deadline=source.silence_deadline,
        diagnostics_json=source.diagnostics_json,
        census_json=source.census_json,
        census_format=source.census_format,
        open_groups=source.open_groups,
        uncited_footnotes_json=source.uncited_footnotes_json,
    )
    session.add(copy)
    session.flush()
    rows = session.scalars(
        select(ParagraphRow)
        .where(ParagraphRow.version_id == source.id)
        .order_by(ParagraphRow.ordinal)
    )
    session.add_all(
        ParagraphRow(
            id=paragraph_id(ident, p.ordinal),
            version_id=ident,
            ordinal=p.ordinal,
            label=p.label,
            kind=p.kind,
            number=p.number,
            parent_ordinal=p.parent_ordinal,
            text=p.text,
            original_text=p.original_text,
            status=p.status,
            lineage_id=None,
            footnotes_json=p.footnotes_json,
            comments_json=p.comments_json,
        )
        for p in list(rows)
    )
    layout = session.get(VersionLayoutRow, source.id)
    if layout is not None:
        session.add(
            VersionLayoutRow(version_id=ident, format=layout.format, layout_json=layout.layout_json)
        )
    session.flush()
    return copy


def bin_versions(session: Session) -> list[BinVersion]:
    """Every version in the bin whose document is not itself in the bin, latest deletion first."""
    stmt = (
        select(VersionRow, VersionEditRow, DocumentRow)
        .join(VersionEditRow, VersionEditRow.version_id == VersionRow.id)
        .join(DocumentRow, DocumentRow.id == VersionRow.document_id)
        .where(VersionEditRow.deleted.is_(True), DocumentRow.deleted.is_(False))
        .order_by(VersionEditRow.updated_at.desc(), VersionRow.id)
    )
    return [
        BinVersion(
            id=v.id,
            document_id=d.id,
            document_title=d.title,
            label=e.label or e.was_label or v.asked_label or v.source_name,
            source_name=v.source_name,
            circulated_at=v.circulated_at,
            deleted_at=e.updated_at,
        )
        for v, e, d in session.execute(stmt)
    ]


def bin_documents(session: Session) -> list[BinDocument]:
    """Every document in the bin, by title."""
    stmt = select(DocumentRow).where(DocumentRow.deleted.is_(True)).order_by(DocumentRow.title)
    out = []
    for d in session.scalars(stmt):
        count = len(
            session.scalars(
                select(VersionRow.id).where(VersionRow.document_id == d.id, live_version())
            ).all()
        )
        out.append(BinDocument(id=d.id, title=d.title, symbol=d.symbol, versions=count))
    return out
