"""Paragraphs as records are anchored to them (version, ordinal, label, lineage, text).

The queries are the read model's (``store.reader``), run inside the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from wsis_desk.core.catalog import ParagraphAnchor
from wsis_desk.errors import NotFoundError
from wsis_desk.store import reader
from wsis_desk.store.repositories import connection


def anchors_of(session: Session, version_id: str) -> list[ParagraphAnchor]:
    """Every paragraph of a version, in order."""
    return reader.paragraph_anchors(connection(session), version_id)


def anchor_at(session: Session, version_id: str, ordinal: int) -> ParagraphAnchor:
    """The paragraph a view shows (version id + paragraph index); one clear message if gone."""
    found = reader.paragraph_anchor(connection(session), version_id, ordinal)
    if found is None:
        raise NotFoundError("That paragraph is no longer in the library; reload the view.")
    return found


def document_of_version(session: Session, version_id: str) -> str:
    """The id of the document a version belongs to; one clear message if it is gone."""
    document_id = reader.document_of_version(connection(session), version_id)
    if document_id is None:
        raise NotFoundError("That version is no longer in the library; reload the view.")
    return document_id


def labels_by_lineage(session: Session, version_id: str) -> dict[str, str]:
    """Lineage id -> paragraph label in one version."""
    places = reader.paragraph_places(connection(session), version_id)
    return {p.lineage_id: p.label for p in places if p.lineage_id}


def version_labels(session: Session, document_id: str) -> dict[str, str]:
    """Version id -> label, for every version of a document."""
    return reader.version_labels(connection(session), document_id)
