"""What the library lists: processes, documents and versions as plain records."""

from __future__ import annotations

from dataclasses import dataclass

from wsis_desk.core.model import Diagnostic, Paragraph


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A negotiated text in the library."""

    id: str
    title: str
    symbol: str | None
    versions: int
    latest_label: str | None


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One imported version of a document (content immutable)."""

    id: str
    document_id: str
    seq: int
    label: str
    circulated_at: str | None
    imported_at: str
    source_name: str
    source_format: str
    content_sha256: str
    status: str
    paragraphs: int


@dataclass(frozen=True, slots=True)
class VersionText:
    """A version with its paragraphs and the diagnostics found when it was imported."""

    document: DocumentInfo
    version: VersionInfo
    paragraphs: tuple[Paragraph, ...]
    diagnostics: tuple[Diagnostic, ...]
