"""What the search index hands the search use case: paragraphs it matched, and the documents
and versions they belong to (the fields the results need, nothing more)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A paragraph the index matched (before the match is confirmed on its text)."""

    rowid: int
    paragraph_id: str
    version_id: str
    ordinal: int
    label: str
    lineage_id: str | None


@dataclass(frozen=True, slots=True)
class SearchedVersion:
    """What the results need of a version."""

    id: str
    document_id: str
    seq: int
    label: str
    imported_at: str


@dataclass(frozen=True, slots=True)
class SearchedDocument:
    """What the results need of a document."""

    id: str
    title: str
    symbol: str | None
    deleted: bool
