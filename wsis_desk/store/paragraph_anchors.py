"""Paragraphs as records are anchored to them (version, ordinal, label, lineage, text)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.positions import ParagraphAnchor
from wsis_desk.errors import NotFoundError
from wsis_desk.store.orm import ParagraphRow, VersionRow

_COLUMNS = (
    ParagraphRow.version_id,
    ParagraphRow.ordinal,
    ParagraphRow.label,
    ParagraphRow.lineage_id,
    ParagraphRow.text,
    ParagraphRow.number,
)


def anchors_of(session: Session, version_id: str) -> list[ParagraphAnchor]:
    """Every paragraph of a version, in order."""
    stmt = select(*_COLUMNS).where(ParagraphRow.version_id == version_id)
    return [ParagraphAnchor(*r) for r in session.execute(stmt.order_by(ParagraphRow.ordinal))]


def anchor_at(session: Session, version_id: str, ordinal: int) -> ParagraphAnchor:
    """The paragraph a view shows (version id + paragraph index); one clear message if gone."""
    stmt = select(*_COLUMNS).where(
        ParagraphRow.version_id == version_id, ParagraphRow.ordinal == ordinal
    )
    row = session.execute(stmt).first()
    if row is None:
        raise NotFoundError("That paragraph is no longer in the library; reload the view.")
    return ParagraphAnchor(*row)


def document_of_version(session: Session, version_id: str) -> str:
    """The id of the document a version belongs to; one clear message if it is gone."""
    document_id = session.scalar(select(VersionRow.document_id).where(VersionRow.id == version_id))
    if document_id is None:
        raise NotFoundError("That version is no longer in the library; reload the view.")
    return document_id


def labels_by_lineage(session: Session, version_id: str) -> dict[str, str]:
    """Lineage id -> paragraph label in one version."""
    stmt = select(ParagraphRow.lineage_id, ParagraphRow.label).where(
        ParagraphRow.version_id == version_id
    )
    return {lin: label for lin, label in session.execute(stmt) if lin}


def version_labels(session: Session, document_id: str) -> dict[str, str]:
    """Version id -> label, for every version of a document."""
    stmt = select(VersionRow.id, VersionRow.label).where(VersionRow.document_id == document_id)
    return {vid: label for vid, label in session.execute(stmt)}
