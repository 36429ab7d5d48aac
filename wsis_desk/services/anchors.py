"""Find the document, version and paragraph a record is anchored to, by name, label or lineage."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.positions import ParagraphAnchor
from wsis_desk.errors import NotFoundError
from wsis_desk.services.documents import one_document, pick_version
from wsis_desk.store import ledger
from wsis_desk.store import repositories as repo
from wsis_desk.store.orm import DocumentRow, ParagraphRow, VersionRow


def document_version(
    session: Session, document: str, version: str | None
) -> tuple[DocumentRow, VersionRow]:
    """The named document and one of its versions (the latest when ``version`` is None)."""
    doc = one_document(session, document)
    return doc, pick_version(repo.versions_of(session, doc.id), version, doc.title)


def paragraph_rows(session: Session, version_id: str) -> list[ParagraphRow]:
    """The paragraph rows of a version, in order."""
    stmt = (
        select(ParagraphRow)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    return list(session.scalars(stmt))


def find_paragraph(session: Session, version: VersionRow, ref: str) -> ParagraphRow:
    """A paragraph of ``version`` by label (``OP5``, ``5bis``), ``#ordinal`` or lineage id."""
    key = ref.strip()
    rows = paragraph_rows(session, version.id)
    if key.startswith("#") and key[1:].isdigit():
        found = [r for r in rows if r.ordinal == int(key[1:])]
    else:
        found = [r for r in rows if r.lineage_id == key] or [
            r for r in rows if r.label.lower() == key.lower()
        ]
        if not found and key.isdigit():
            found = [r for r in rows if (r.number or "").rstrip(".") == key]
    if not found:
        raise NotFoundError(
            f"'{version.label}' has no paragraph '{ref}'. Give a label such as OP5, "
            "or #N for the N-th paragraph."
        )
    return found[0]


def labels_by_lineage(session: Session, version_id: str) -> dict[str, str]:
    """Lineage id -> paragraph label in one version."""
    stmt = select(ParagraphRow.lineage_id, ParagraphRow.label).where(
        ParagraphRow.version_id == version_id
    )
    return {lin: label for lin, label in session.execute(stmt) if lin}


def latest_labels(session: Session, document_id: str, lineages: Iterable[str]) -> dict[str, str]:
    """Lineage id -> label in the newest version that still has the paragraph.

    Ask for all the lineages a list needs at once: the cost hardly grows with their number.
    """
    return ledger.latest_labels(ledger.dbapi(session), document_id, lineages)


def find_anchor(session: Session, version: VersionRow, ref: str) -> ParagraphAnchor:
    """:func:`find_paragraph` as the record positions, inputs and commitments anchor to."""
    row = find_paragraph(session, version, ref)
    return ParagraphAnchor(row.version_id, row.ordinal, row.label, row.lineage_id, row.text)
