"""Give paragraphs a lineage id that follows them across versions (DESIGN.md §6)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.align import align, assign_lineage
from wsis_desk.core.identity import fresh_lineage
from wsis_desk.core.model import Paragraph
from wsis_desk.store import repositories as repo
from wsis_desk.store.orm import ParagraphRow, VersionRow


def _rows(session: Session, version_id: str) -> list[ParagraphRow]:
    stmt = (
        select(ParagraphRow)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    return list(session.scalars(stmt))


def link_version(
    session: Session,
    version: VersionRow,
    paragraphs: Sequence[Paragraph],
    previous: VersionRow | None,
) -> int:
    """Set the lineage ids of ``version``'s rows against ``previous``; returns how many carried."""
    rows = _rows(session, version.id)
    if previous is None:
        for row in rows:
            row.lineage_id = row.lineage_id or fresh_lineage(row.id)
        return 0
    old_rows = _rows(session, previous.id)
    old = repo.load_paragraphs(session, previous.id)
    carried = {r.lineage_id for r in old_rows}
    # "" marks a paragraph that starts a lineage; its id is derived from the paragraph's own
    # (derived) id so that every laptop linking the same versions makes the same lineages.
    ids = assign_lineage(
        [r.lineage_id for r in old_rows], align(old, paragraphs), len(rows), lambda: ""
    )
    taken = set(ids)
    for row, lineage in zip(rows, ids, strict=True):
        if lineage:
            row.lineage_id = lineage
            continue
        # A paragraph that starts a lineage keeps the id it had: relinking must not orphan
        # what other rows (positions, notes, inputs) already point at.
        keep = row.lineage_id
        if not keep or keep in carried or keep in taken:
            keep = fresh_lineage(row.id)
        taken.add(keep)
        row.lineage_id = keep
    return sum(1 for lineage in ids if lineage in carried)


def relink_document(session: Session, document_id: str) -> int:
    """Recompute the lineage of every version of a document, oldest first."""
    previous: VersionRow | None = None
    carried = 0
    for version in repo.versions_of(session, document_id):
        carried += link_version(
            session, version, repo.load_paragraphs(session, version.id), previous
        )
        previous = version
    return carried
