"""What the library lists: processes, documents and versions as plain records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from wsis_desk.core.model import Diagnostic, Footnote, Paragraph


class NamedDocument(Protocol):
    """What is needed of a document to name it: a stored document, or its row in ``store``."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def symbol(self) -> str | None: ...


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
    open_groups: int | None = None  # bracket groups still open (None until census is known)
    asked_label: str | None = None  # the label asked at import, when another version has it


@dataclass(frozen=True, slots=True)
class VersionText:
    """A version with its paragraphs and the diagnostics found when it was imported.

    ``uncited_footnotes``: its footnotes whose mark no paragraph cites (printed, so part of its
    text and census), in printed order; empty too for a version stored before they were kept.
    """

    document: DocumentInfo
    version: VersionInfo
    paragraphs: tuple[Paragraph, ...]
    diagnostics: tuple[Diagnostic, ...]
    uncited_footnotes: tuple[Footnote, ...] = ()


@dataclass(frozen=True, slots=True)
class ProcessInfo:
    """A negotiation process grouping documents."""

    id: str
    title: str
    body: str | None


@dataclass(frozen=True, slots=True)
class LibraryDocument:
    """A document with its versions, as the library tree shows it."""

    document: DocumentInfo
    versions: tuple[VersionInfo, ...]


@dataclass(frozen=True, slots=True)
class LibraryProcess:
    """A process (or ``None`` for documents filed under no process) with its documents."""

    process: ProcessInfo | None
    documents: tuple[LibraryDocument, ...]


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """A version as stored: its record plus the stored census and import diagnostics."""

    info: VersionInfo
    census_json: str | None
    census_format: int | None
    diagnostics_json: str


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as stored, with its process (if filed under one)."""

    id: str
    title: str
    symbol: str | None
    process: ProcessInfo | None


@dataclass(frozen=True, slots=True)
class ParagraphPlace:
    """Where a stored paragraph sits and what names it: its id, place, label and lineage."""

    id: str
    ordinal: int
    label: str
    number: str | None
    lineage_id: str | None


@dataclass(frozen=True, slots=True)
class ParagraphAnchor:
    """A paragraph of one version as records are anchored to it: where it is, what it says."""

    version_id: str
    ordinal: int
    label: str
    lineage_id: str | None
    text: str
    number: str | None = None  # as printed ("5bis", "3."), to find a paragraph by it
