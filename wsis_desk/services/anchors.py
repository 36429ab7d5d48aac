"""Find the document, version and paragraph a record is anchored to, by name, label or lineage."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from wsis_desk.core.catalog import StoredDocument, VersionInfo
from wsis_desk.services.reading import only_document, pick_version
from wsis_desk.store import ledger, reader
from wsis_desk.store import repositories as repo

# Row lookups for the services that still edit paragraphs' ORM rows (issue 17 moves them).
from wsis_desk.store.paragraph_rows import find_paragraph as find_paragraph  # re-export
from wsis_desk.store.paragraph_rows import paragraph_rows as paragraph_rows  # re-export

if TYPE_CHECKING:
    from wsis_desk.store.db import Transaction


def document_version(
    tx: Transaction, document: str, version: str | None
) -> tuple[StoredDocument, VersionInfo]:
    """The named document and one of its versions (the latest when ``version`` is None)."""
    doc = only_document(repo.find_documents(tx, document), document)
    return doc, pick_version(repo.versions_of(tx, doc.id), version, doc.title)


def labels_by_lineage(tx: Transaction, version_id: str) -> dict[str, str]:
    """Lineage id -> paragraph label in one version."""
    return reader.labels_by_lineage(repo.connection(tx), version_id)


def latest_labels(tx: Transaction, document_id: str, lineages: Iterable[str]) -> dict[str, str]:
    """Lineage id -> label in the newest version that still has the paragraph.

    Ask for all the lineages a list needs at once: the cost hardly grows with their number.
    """
    return ledger.latest_labels(ledger.dbapi(tx), document_id, lineages)
