"""Use cases on texts: import a version, list documents and versions, show one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from wsis_desk.core.catalog import DocumentInfo, StoredDocument, VersionInfo, VersionText
from wsis_desk.core.model import Diagnostic
from wsis_desk.core.segment import segment
from wsis_desk.errors import Remedy, WsisDeskError
from wsis_desk.formats.reader import LoadedFile, load_file
from wsis_desk.services.census import census_and_parses
from wsis_desk.services.lineage import link_version, relink_document
from wsis_desk.services.reading import only_document, read_version
from wsis_desk.services.reading import pick_version as pick_version  # re-export
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader, versions_repo
from wsis_desk.store import repositories as repo
from wsis_desk.store.layouts import store_layout

if TYPE_CHECKING:
    from wsis_desk.store.uow import Tx


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: the version it made, or the one that already had this content."""

    document: DocumentInfo
    version: VersionInfo
    created_document: bool
    already_imported: bool
    diagnostics: tuple[Diagnostic, ...]
    # the label of each paragraph a diagnostic names (by index), as the window lists it
    labels: dict[int, str] = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def one_document(tx: Tx, name: str) -> StoredDocument:
    """The one document called ``name`` (title or symbol), or a NotFoundError saying why."""
    return only_document(repo.find_documents(tx, name), name)


def import_file(
    ws: Workspace,
    path: Path,
    *,
    document: str,
    label: str | None = None,
    circulated_at: datetime | None = None,
    symbol: str | None = None,
    ocr: bool = False,
    checkpoint: Callable[[], None] | None = None,
    printed_date: bool = False,
) -> ImportReport:
    """Import ``path`` as a new version of ``document`` (created if new), in one transaction.

    The file is read and segmented before the database is touched, so a bad file changes
    nothing. Importing content the document already has is a no-op reported as such.
    ``ocr`` reads a scanned PDF by OCR (approximate, and said so in the diagnostics).
    ``checkpoint`` is called once the file is read, before anything is stored: it may raise
    to stop there (a Cancel button), and nothing is changed. With ``printed_date`` and no
    ``circulated_at``, the date printed on the draft is its circulation date (at midnight,
    local time; a draft dated today is taken as circulated now), as the import dialog proposes.
    """
    if not document.strip():
        raise WsisDeskError(
            "The document name is empty; give the document a name.", remedy=Remedy.NAME_DOCUMENT
        )
    loaded = load_file(path, ocr=ocr)
    if checkpoint is not None:
        checkpoint()
    if circulated_at is None and printed_date:
        circulated_at = _printed_circulation(loaded, path)
    with ws.db.sessions.begin() as session:
        return store_version(
            session,
            loaded,
            document=document,
            label=label,
            circulated_at=circulated_at,
            symbol=symbol,
        )


def _printed_circulation(loaded: LoadedFile, path: Path) -> datetime | None:
    from wsis_desk.services.draft_check import describe_loaded

    dated = describe_loaded(loaded, path.stem).dated
    if dated is None or dated == date.today():
        return None  # today's draft: circulated now, the import time says so
    return datetime.combine(dated, time(0, 0)).astimezone()


def store_version(
    tx: Tx,
    loaded: LoadedFile,
    *,
    document: str,
    label: str | None,
    circulated_at: datetime | None,
    symbol: str | None,
    process_id: str | None = None,
) -> ImportReport:
    """Segment a loaded file and store it as a version inside the caller's transaction."""
    segmented = segment(loaded.source)
    diagnostics = loaded.source.diagnostics + segmented.diagnostics
    labels = {
        d.paragraph: segmented.paragraphs[d.paragraph].label
        for d in diagnostics
        if d.paragraph is not None and 0 <= d.paragraph < len(segmented.paragraphs)
    }
    now = _now()
    created = not repo.find_documents(tx, document)
    if created:
        doc = repo.add_document(
            tx, title=document.strip(), symbol=symbol, process_id=process_id, now=now
        )
    else:
        doc = one_document(tx, document)
        if symbol and not doc.symbol:
            repo.set_symbol(tx, doc.id, symbol)
            doc = replace(doc, symbol=symbol)
    existing = repo.version_by_content(tx, doc.id, loaded.sha256)
    if existing is not None and versions_repo.is_deleted(tx, existing.id):
        # The same draft imported again after it was deleted: it comes out of the bin.
        versions_repo.restore_version(tx, existing.id)
        repo.renumber_versions(tx, doc.id)
        relink_document(tx, doc.id)
        return ImportReport(
            document=repo.document_info(tx, doc),
            version=versions_repo.counted_version(tx, existing.id),
            created_document=False,
            already_imported=False,
            diagnostics=diagnostics,
            labels=labels,
        )
    if existing is not None:
        return ImportReport(
            document=repo.document_info(tx, doc),
            version=existing,
            created_document=False,
            already_imported=True,
            diagnostics=diagnostics,
            labels=labels,
        )
    earlier = repo.versions_of(tx, doc.id)
    asked = label.strip() if label and label.strip() else None
    if asked is not None and any(v.label.casefold() == asked.casefold() for v in earlier):
        raise WsisDeskError(
            f"'{doc.title}' already has a version labelled '{asked}' with other "
            "content. Choose another label.",
            remedy=Remedy.LABEL_VERSION,
        )
    repo.ensure_blob(tx, sha256=loaded.sha256, data=loaded.data, now=now)
    census, parses = census_and_parses(segmented.paragraphs, segmented.footnotes)
    ident = repo.add_version(
        tx,
        document_id=doc.id,
        sha256=loaded.sha256,
        asked_label=asked,
        circulated_at=circulated_at,
        now=now,
        source_name=loaded.name,
        source_format=loaded.source.format,
        diagnostics=diagnostics,
        paragraphs=segmented.paragraphs,
        census=census,
        uncited_footnotes=segmented.footnotes,
    )
    store_layout(tx, ident, parses)
    order = [n.id for n in repo.renumber_versions(tx, doc.id)]
    if order.index(ident) == len(order) - 1:
        link_version(tx, ident, segmented.paragraphs, earlier[-1].id if earlier else None)
    else:  # circulated before versions already held: link the whole chain again, in order
        relink_document(tx, doc.id)
    version = next(v for v in repo.versions_of(tx, doc.id) if v.id == ident)
    return ImportReport(
        document=repo.document_info(tx, doc),
        version=version,
        created_document=created,
        already_imported=False,
        diagnostics=diagnostics,
        labels=labels,
    )


def list_documents(ws: Workspace) -> list[DocumentInfo]:
    """Every document in the library."""
    with ws.db.reading() as conn:
        docs = reader.all_documents(conn)
        versions = reader.versions_of(conn, [d.id for d in docs], with_census=False)
    return [reader.document_record(d, [v.info for v in versions[d.id]]) for d in docs]


def list_versions(ws: Workspace, document: str) -> tuple[DocumentInfo, list[VersionInfo]]:
    """A document and its versions, oldest first."""
    with ws.db.reading() as conn:
        doc = only_document(reader.find_documents(conn, document), document)
        infos = [v.info for v in reader.versions_of(conn, [doc.id], with_census=False)[doc.id]]
    return reader.document_record(doc, infos), infos


def show_version(ws: Workspace, document: str, version: str | None = None) -> VersionText:
    """The paragraphs of one version (the latest when ``version`` is None)."""
    return read_version(ws, document, version).text
