"""Compare use cases: two versions or two files, redlines, lineage table, history, relink."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.catalog import DocumentInfo, StoredDocument, VersionInfo
from wsis_desk.core.compare import Comparison, LineageTable, compare, lineage_table
from wsis_desk.core.diff import Chunk, diff_paragraph
from wsis_desk.core.model import Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.core.tables import cell_texts
from wsis_desk.errors import NotFoundError, Remedy, WsisDeskError
from wsis_desk.formats.reader import load_file
from wsis_desk.services.documents import one_document
from wsis_desk.services.lineage import relink_document
from wsis_desk.services.loose_notes import loose_footnotes
from wsis_desk.services.preferences import author_name
from wsis_desk.services.reading import only_document, pick_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader
from wsis_desk.store import repositories as repo

RedlineKind = Literal["docx", "pdf"]


@dataclass(frozen=True, slots=True)
class VersionComparison:
    """Two stored versions of one document, their paragraphs and the comparison."""

    document: DocumentInfo
    old: VersionInfo
    new: VersionInfo
    old_paragraphs: tuple[Paragraph, ...]
    new_paragraphs: tuple[Paragraph, ...]
    comparison: Comparison

    @property
    def title(self) -> str:
        """The document as redlines name it: title and symbol."""
        symbol = self.document.symbol
        return f"{self.document.title} ({symbol})" if symbol else self.document.title


@dataclass(frozen=True, slots=True)
class FileComparison:
    """Two files compared without storing anything (their bytes kept for a Word redline)."""

    old_name: str
    new_name: str
    old_paragraphs: tuple[Paragraph, ...]
    new_paragraphs: tuple[Paragraph, ...]
    comparison: Comparison
    old_data: bytes = b""
    new_data: bytes = b""
    old_format: str = ""
    new_format: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One paragraph (one lineage id) in one version, and how it changed from the one before.

    ``label``/``text`` are None when the paragraph is not in this version. ``change`` is
    None in the first version that has it or when it is absent before and now; otherwise a
    ChangeKind (added, removed, unchanged, changed, renumbered). ``chunks`` is the word diff
    against the previous version's text (all inserted when added, all deleted when removed).
    """

    version: VersionInfo
    label: str | None
    text: str | None
    change: ChangeKind | None
    chunks: tuple[Chunk, ...]
    renumbered: bool = False
    previous_label: str | None = None


@dataclass(frozen=True, slots=True)
class RelinkReport:
    """What recomputing lineage ids did."""

    documents: int
    versions: int
    carried: int


def _versions(conn: sqlite3.Connection, document: str) -> tuple[StoredDocument, list[VersionInfo]]:
    """The named document and its versions, oldest first."""
    doc = only_document(reader.find_documents(conn, document), document)
    return doc, [v.info for v in reader.versions_of(conn, [doc.id], with_census=False)[doc.id]]


def _load_pair(
    conn: sqlite3.Connection, document: str, old_label: str, new_label: str
) -> VersionComparison:
    doc = only_document(reader.find_documents(conn, document), document)
    rows = reader.versions_of(conn, [doc.id], with_census=False)[doc.id]
    versions = [v.info for v in rows]
    old_version = pick_version(versions, old_label, doc.title)
    new_version = pick_version(versions, new_label, doc.title)
    old = reader.load_paragraphs(conn, old_version.id)
    new = reader.load_paragraphs(conn, new_version.id)
    stored = {r.info.id: r for r in rows}
    notes = loose_footnotes(conn, (stored[old_version.id], old), (stored[new_version.id], new))
    return VersionComparison(
        document=reader.document_record(doc, versions),
        old=old_version,
        new=new_version,
        old_paragraphs=old,
        new_paragraphs=new,
        comparison=compare(old, new, notes),
    )


def compare_versions(
    ws: Workspace, document: str, old_label: str, new_label: str
) -> VersionComparison:
    """Compare two versions of ``document`` (labels or numbers; "latest" allowed)."""
    with ws.db.reading() as conn:
        return _load_pair(conn, document, old_label, new_label)


def compare_files(path_a: Path, path_b: Path) -> FileComparison:
    """Read, segment and compare two files; no database is opened, nothing is stored."""
    a, b = load_file(Path(path_a)), load_file(Path(path_b))
    seg_a, seg_b = segment(a.source), segment(b.source)
    old, new = seg_a.paragraphs, seg_b.paragraphs
    return FileComparison(
        old_name=a.name,
        new_name=b.name,
        old_paragraphs=old,
        new_paragraphs=new,
        comparison=compare(old, new, (seg_a.footnotes, seg_b.footnotes)),
        old_data=a.data,
        new_data=b.data,
        old_format=a.source.format,
        new_format=b.source.format,
    )


def files_redline_docx(result: FileComparison, *, author: str, when: datetime) -> bytes:
    """The Word redline of two files: the newer Word file with tracked changes, or a new
    document when the newer one is not a Word file."""
    if result.new_format == "docx" and result.new_data[:2] == b"PK":
        from wsis_desk.formats.docx_tracked import write_tracked_docx  # lxml: load on use

        old_is_docx = result.old_format == "docx" and result.old_data[:2] == b"PK"
        return write_tracked_docx(
            result.new_data,
            old_docx=result.old_data if old_is_docx else None,
            old_texts=[c for p in result.old_paragraphs for c in cell_texts(p)],
            author=author,
            when=when,
        )
    from wsis_desk.formats.docx_redline import write_redline_docx  # python-docx: load on use

    return write_redline_docx(
        result.comparison,
        result.old_paragraphs,
        result.new_paragraphs,
        title=result.new_name,
        old_label=result.old_name,
        new_label=result.new_name,
        author=author,
        when=when,
    )


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _change_date(version: VersionInfo) -> datetime:
    """When the changes were made: the new version's circulation, else its import time."""
    return (
        _parse_when(version.circulated_at) or _parse_when(version.imported_at) or datetime.now(UTC)
    )


def _dated(version: VersionInfo) -> str:
    """The label with its circulation time, like the PDF header: Rev.1 (14 Oct 2025 09:30)."""
    when = _parse_when(version.circulated_at)
    return f"{version.label} ({when:%d %b %Y %H:%M})" if when else version.label


def _source(conn: sqlite3.Connection, version: VersionInfo) -> tuple[str, bytes | None]:
    """The format and stored bytes of the file a version was imported from."""
    return version.source_format, reader.source_of(conn, version.id)


def redline_docx(ws: Workspace, result: VersionComparison) -> bytes:
    """A .docx with real tracked changes by the person (preferences), dated by the new version.

    When the newer version came from a Word file, the redline is that file with the changes
    written into its own runs (styles, numbering, notes, tables, headers kept); otherwise a
    document built from the paragraphs.
    """
    author = author_name(ws)
    with ws.db.reading() as conn:
        new_format, new_blob = _source(conn, result.new)
        old_format, old_blob = _source(conn, result.old)
    if new_format == "docx" and new_blob is not None and new_blob[:2] == b"PK":
        from wsis_desk.formats.docx_tracked import write_tracked_docx  # lxml: load on use

        old_is_docx = old_format == "docx" and old_blob is not None and old_blob[:2] == b"PK"
        return write_tracked_docx(
            new_blob,
            old_docx=old_blob if old_is_docx else None,
            old_texts=[c for p in result.old_paragraphs for c in cell_texts(p)],
            author=author,
            when=_change_date(result.new),
        )
    from wsis_desk.formats.docx_redline import write_redline_docx  # python-docx: load on use

    return write_redline_docx(
        result.comparison,
        result.old_paragraphs,
        result.new_paragraphs,
        title=result.title,
        old_label=_dated(result.old),
        new_label=_dated(result.new),
        author=author,
        when=_change_date(result.new),
    )


def redline_pdf(ws: Workspace, result: VersionComparison, *, paper: str = "a4") -> bytes:
    """A photocopy-ready PDF redline headed "compared: old (date) → new (date)"; the tables of
    a version imported from Word are drawn as tables."""
    with ws.db.reading() as conn:
        new_format, new_blob = _source(conn, result.new)
    tables = []
    if new_format == "docx" and new_blob is not None and new_blob[:2] == b"PK":
        from wsis_desk.formats.docx_tables import paragraph_tables  # lxml: load on use

        tables = paragraph_tables(new_blob, [p.text for p in result.new_paragraphs])
    from wsis_desk.formats.pdf_redline import write_redline_pdf  # reportlab: load on use

    return write_redline_pdf(
        result.comparison,
        result.old_paragraphs,
        result.new_paragraphs,
        title=result.title,
        old_label=result.old.label,
        old_date=_parse_when(result.old.circulated_at) or "date not given",
        new_label=result.new.label,
        new_date=_parse_when(result.new.circulated_at) or "date not given",
        paper=paper,
        tables=tables,
    )


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no half file."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WsisDeskError(f"Cannot write {path}: the folder {folder} does not exist.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an exported file is for sharing
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise WsisDeskError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return path


def save_redline(
    ws: Workspace, result: VersionComparison, path: Path, *, kind: RedlineKind
) -> Path:
    """Make the DOCX or PDF redline of ``result`` and write it to ``path``."""
    data = redline_docx(ws, result) if kind == "docx" else redline_pdf(ws, result)
    return write_atomically(path, data)


def _versions_with_paragraphs(
    conn: sqlite3.Connection, document: str
) -> tuple[DocumentInfo, list[tuple[VersionInfo, tuple[Paragraph, ...]]]]:
    doc, versions = _versions(conn, document)
    if not versions:
        raise NotFoundError(
            f"'{doc.title}' has no versions yet; import a text into it first.",
            remedy=Remedy.IMPORT_VERSION,
        )
    info = reader.document_record(doc, versions)
    return info, [(v, reader.load_paragraphs(conn, v.id)) for v in versions]


def lineage(ws: Workspace, document: str) -> LineageTable:
    """Every paragraph of the newest version traced back through all earlier versions."""
    with ws.db.reading() as conn:
        _, versions = _versions_with_paragraphs(conn, document)
    return lineage_table([(v.label, paragraphs) for v, paragraphs in versions])


def lineage_csv(ws: Workspace, document: str) -> bytes:
    """The lineage table as CSV (UTF-8 with BOM)."""
    from wsis_desk.formats.lineage_out import lineage_csv as write_csv  # reportlab: on use

    return write_csv(lineage(ws, document))


def lineage_pdf(ws: Workspace, document: str, *, paper: str = "a4") -> bytes:
    """The lineage table as a landscape black-and-white PDF."""
    with ws.db.reading() as conn:
        doc = only_document(reader.find_documents(conn, document), document)
        title = f"{doc.title} ({doc.symbol})" if doc.symbol else doc.title
    from wsis_desk.formats.lineage_out import lineage_pdf as write_pdf  # reportlab: on use

    return write_pdf(lineage(ws, document), title=f"Lineage: {title}", paper=paper)


def paragraph_history(ws: Workspace, document: str, lineage_id: str) -> tuple[HistoryEntry, ...]:
    """One paragraph across every version of ``document`` (oldest first), by lineage id."""
    with ws.db.reading() as conn:
        doc, versions = _versions(conn, document)
        texts = reader.lineage_texts(conn, [v.id for v in versions], lineage_id)
    if not texts:
        raise NotFoundError(f"No paragraph of '{doc.title}' has lineage id {lineage_id}.")
    return _history([(v, texts.get(v.id)) for v in versions])


def history_of_paragraph(
    ws: Workspace, document: str, version: str, index: int
) -> tuple[HistoryEntry, ...]:
    """The history of the paragraph at ``index`` in ``version`` (what the inspector shows)."""
    with ws.db.reading() as conn:
        doc, versions = _versions(conn, document)
        chosen = pick_version(versions, version, doc.title)
        places = reader.paragraph_places(conn, chosen.id)
    lineage_id = next((p.lineage_id for p in places if p.ordinal == index), None)
    if lineage_id is None:
        raise NotFoundError(
            f"Paragraph {index} of '{version}' has no lineage yet; link the document's "
            "versions again.",
            remedy=Remedy.RELINK,
        )
    return paragraph_history(ws, document, lineage_id)


def _history(found: list[tuple[VersionInfo, tuple[str, str] | None]]) -> tuple[HistoryEntry, ...]:
    entries: list[HistoryEntry] = []
    previous: tuple[str, str] | None = None
    for k, (version, here) in enumerate(found):
        if here is None:
            if previous is None:
                entries.append(HistoryEntry(version, None, None, None, ()))
            else:
                entries.append(
                    HistoryEntry(
                        version,
                        None,
                        None,
                        ChangeKind.REMOVED,
                        (Chunk("-", previous[1]),),
                        previous_label=previous[0],
                    )
                )
        elif previous is None:
            label, text = here
            added = k > 0
            change = ChangeKind.ADDED if added else None
            chunks = (Chunk("+", text),) if added else (Chunk("=", text),)
            entries.append(HistoryEntry(version, label, text, change, chunks))
        else:
            (old_label, old_text), (label, text) = previous, here
            d = diff_paragraph(old_text, text)
            renumbered = old_label != label
            if not d.layout_only:
                change = ChangeKind.CHANGED
            elif renumbered:
                change = ChangeKind.RENUMBERED
            else:
                change = ChangeKind.UNCHANGED
            entries.append(
                HistoryEntry(version, label, text, change, d.chunks, renumbered, old_label)
            )
        previous = here
    return tuple(entries)


def relink(ws: Workspace, document: str | None = None) -> RelinkReport:
    """Recompute the lineage ids of one document (or all) in one transaction."""
    with ws.db.sessions.begin() as tx:
        docs = [one_document(tx, document)] if document else repo.all_documents(tx)
        versions = carried = 0
        for doc in docs:
            versions += repo.version_count(tx, doc.id)
            carried += relink_document(tx, doc.id)
    return RelinkReport(documents=len(docs), versions=versions, carried=carried)
