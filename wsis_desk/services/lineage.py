"""Give paragraphs a lineage id that follows them across versions (DESIGN.md §6)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wsis_desk.core.align import align, assign_lineage
from wsis_desk.core.identity import fresh_lineage
from wsis_desk.core.model import Paragraph
from wsis_desk.store import repositories as repo

if TYPE_CHECKING:
    from wsis_desk.store.uow import Tx


def link_version(
    tx: Tx,
    version_id: str,
    paragraphs: Sequence[Paragraph],
    previous_id: str | None,
) -> int:
    """Set the lineage ids of a version's paragraphs against the ``previous_id`` version's;
    returns how many carried."""
    places = repo.paragraph_places(tx, version_id)
    if previous_id is None:
        repo.set_lineages(tx, version_id, [p.lineage_id or fresh_lineage(p.id) for p in places])
        return 0
    old_places = repo.paragraph_places(tx, previous_id)
    old = repo.load_paragraphs(tx, previous_id)
    carried = {p.lineage_id for p in old_places}
    # "" marks a paragraph that starts a lineage; its id is derived from the paragraph's own
    # (derived) id so that every laptop linking the same versions makes the same lineages.
    ids = assign_lineage(
        [p.lineage_id for p in old_places], align(old, paragraphs), len(places), lambda: ""
    )
    taken = set(ids)
    lineages: list[str] = []
    for place, lineage in zip(places, ids, strict=True):
        if lineage:
            lineages.append(lineage)
            continue
        # A paragraph that starts a lineage keeps the id it had: relinking must not orphan
        # what other rows (positions, notes, inputs) already point at.
        keep = place.lineage_id
        if not keep or keep in carried or keep in taken:
            keep = fresh_lineage(place.id)
        taken.add(keep)
        lineages.append(keep)
    repo.set_lineages(tx, version_id, lineages)
    return sum(1 for lineage in ids if lineage in carried)


def relink_document(tx: Tx, document_id: str) -> int:
    """Recompute the lineage of every version of a document, oldest first."""
    previous: str | None = None
    carried = 0
    for version in repo.versions_of(tx, document_id):
        carried += link_version(tx, version.id, repo.load_paragraphs(tx, version.id), previous)
        previous = version.id
    return carried
