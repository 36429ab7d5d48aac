"""Find the document, version and paragraph a record is anchored to, by name, label or lineage."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from wsis_desk.core.catalog import NamedDocument, ParagraphAnchor
from wsis_desk.errors import NotFoundError
from wsis_desk.services.documents import one_document, pick_version
from wsis_desk.store import ledger
from wsis_desk.store import paragraph_anchors as anchors
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx


class AnchorVersion(Protocol):
    """What records need of the version they are anchored to."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...


def document_version(
    session: Tx, document: str, version: str | None
) -> tuple[NamedDocument, AnchorVersion]:
    """The named document and one of its versions (the latest when ``version`` is None)."""
    doc = one_document(session, document)
    return doc, pick_version(repo.versions_of(session, doc.id), version, doc.title)


def find_paragraph(session: Tx, version: AnchorVersion, ref: str) -> ParagraphAnchor:
    """A paragraph of ``version`` by label (``OP5``, ``5bis``), ``#ordinal`` or lineage id."""
    key = ref.strip()
    rows = anchors.anchors_of(session, version.id)
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


def latest_labels(session: Tx, document_id: str, lineages: Iterable[str]) -> dict[str, str]:
    """Lineage id -> label in the newest version that still has the paragraph.

    Ask for all the lineages a list needs at once: the cost hardly grows with their number.
    """
    return ledger.latest_labels(ledger.dbapi(session), document_id, lineages)
