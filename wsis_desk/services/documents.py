"""Use cases on texts: import a version, list documents and versions, show one."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from wsis_desk.core import identity
from wsis_desk.core.brackets.census import VersionCensus
from wsis_desk.core.brackets.scan import BracketParse
from wsis_desk.core.catalog import DocumentInfo, VersionInfo, VersionText
from wsis_desk.core.model import Diagnostic
from wsis_desk.core.segment import segment
from wsis_desk.errors import WsisDeskError
from wsis_desk.formats.reader import LoadedFile, load_file
from wsis_desk.services.census import census_and_parses
from wsis_desk.services.lineage import link_version, relink_document
from wsis_desk.services.reading import only_document, read_version
from wsis_desk.services.reading import pick_version as pick_version  # re-export
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo
from wsis_desk.store import versions_repo
from wsis_desk.store.editing import next_clock, stamp
from wsis_desk.store.orm import DocumentRow, VersionLayoutRow, VersionRow, new_id


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: the version it made, or the one that already had this content."""

    document: DocumentInfo
    version: VersionInfo
    created_document: bool
    already_imported: bool
    diagnostics: tuple[Diagnostic, ...]


def store_census(row: VersionRow, census: VersionCensus) -> bool:
    """Write ``census`` onto a version row; True when it differs from what was stored."""
    text = json.dumps(census.to_json(), ensure_ascii=False, sort_keys=True)
    changed = (row.census_json, row.census_format, row.open_groups) != (
        text,
        census.format,
        census.groups,
    )
    row.census_json = text
    row.census_format = census.format
    row.open_groups = census.groups
    return changed


def store_layout(session: Session, version_id: str, parses: Sequence[BracketParse]) -> None:
    """Store (or replace) a version's bracket layout, so that showing it needs no parse."""
    from wsis_desk.services.brackets import LAYOUT_FORMAT, layouts_json

    text = layouts_json(parses)
    row = session.get(VersionLayoutRow, version_id)
    if row is None:
        session.add(VersionLayoutRow(version_id=version_id, format=LAYOUT_FORMAT, layout_json=text))
    else:
        row.format, row.layout_json = LAYOUT_FORMAT, text


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _new_document_id(session: Session, title: str, symbol: str | None) -> str:
    """The derived id of a new document (so the same new document imported on two laptops
    is one after sync); a random one when a renamed document already holds that id."""
    derived = identity.document_id(title=title, symbol=symbol)
    return derived if session.get(DocumentRow, derived) is None else new_id()


def one_document(session: Session, name: str) -> DocumentRow:
    """The one document called ``name`` (title or symbol), or a NotFoundError saying why."""
    return only_document(repo.find_documents(session, name), name)


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
) -> ImportReport:
    """Import ``path`` as a new version of ``document`` (created if new), in one transaction.

    The file is read and segmented before the database is touched, so a bad file changes
    nothing. Importing content the document already has is a no-op reported as such.
    ``ocr`` reads a scanned PDF by OCR (approximate, and said so in the diagnostics).
    ``checkpoint`` is called once the file is read, before anything is stored: it may raise
    to stop there (a Cancel button), and nothing is changed.
    """
    if not document.strip():
        raise WsisDeskError("The document name is empty. Give one with --doc NAME.")
    loaded = load_file(path, ocr=ocr)
    if checkpoint is not None:
        checkpoint()
    with ws.db.sessions.begin() as session:
        return store_version(
            session,
            loaded,
            document=document,
            label=label,
            circulated_at=circulated_at,
            symbol=symbol,
        )


def store_version(
    session: Session,
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
    now = _now()
    created = not repo.find_documents(session, document)
    if created:
        doc = DocumentRow(
            id=_new_document_id(session, document, symbol),
            title=document.strip(),
            symbol=symbol,
            process_id=process_id,
            created_at=now,
        )
        session.add(doc)
        stamp(session, doc)
        session.flush()
    else:
        doc = one_document(session, document)
        if symbol and not doc.symbol:
            doc.symbol = symbol
            stamp(session, doc)
    existing = repo.version_by_content(session, doc.id, loaded.sha256)
    if existing is not None and versions_repo.is_deleted(session, existing.id):
        # The same draft imported again after it was deleted: it comes out of the bin.
        versions_repo.set_version_deleted(session, existing, False)
        repo.renumber_versions(session, doc.id)
        relink_document(session, doc.id)
        return ImportReport(
            document=repo.document_info(session, doc),
            version=versions_repo.counted_version(session, existing.id),
            created_document=False,
            already_imported=False,
            diagnostics=diagnostics,
        )
    if existing is not None:
        count = repo.paragraph_counts(session, [existing.id]).get(existing.id, 0)
        return ImportReport(
            document=repo.document_info(session, doc),
            version=repo.version_info(existing, count),
            created_document=False,
            already_imported=True,
            diagnostics=diagnostics,
        )
    earlier = repo.versions_of(session, doc.id)
    asked = label.strip() if label and label.strip() else None
    if asked is not None and any(v.label.casefold() == asked.casefold() for v in earlier):
        raise WsisDeskError(
            f"'{doc.title}' already has a version labelled '{asked}' with other "
            "content. Choose another label with --label."
        )
    repo.ensure_blob(session, sha256=loaded.sha256, data=loaded.data, now=now)
    ident = identity.version_id(doc.id, loaded.sha256)
    version = VersionRow(
        id=ident,
        document_id=doc.id,
        seq=-1 - len(earlier),  # placeholders until renumbering derives both from all versions
        label="\x00" + ident,
        asked_label=asked,
        import_hlc=next_clock(session),
        circulated_at=circulated_at.isoformat(timespec="minutes") if circulated_at else None,
        imported_at=now,
        source_name=loaded.name,
        source_format=loaded.source.format,
        content_sha256=loaded.sha256,
        blob_sha256=loaded.sha256,
        status="draft",
        diagnostics_json=repo.diagnostics_to_json(diagnostics),
    )
    census, parses = census_and_parses(segmented.paragraphs)
    store_census(version, census)
    session.add(version)
    session.flush()
    store_layout(session, version.id, parses)
    session.add_all(repo.paragraph_rows(version.id, segmented.paragraphs))
    session.flush()
    order = [n.id for n in repo.renumber_versions(session, doc.id)]
    at = order.index(version.id)
    if at == len(order) - 1:
        previous = earlier[-1] if earlier else None
        link_version(session, version, segmented.paragraphs, previous)
    else:  # circulated before versions already held: link the whole chain again, in order
        relink_document(session, doc.id)
    return ImportReport(
        document=repo.document_info(session, doc),
        version=repo.version_info(version, len(segmented.paragraphs)),
        created_document=created,
        already_imported=False,
        diagnostics=diagnostics,
    )


def list_documents(ws: Workspace) -> list[DocumentInfo]:
    """Every document in the library."""
    with ws.db.sessions() as session:
        return [repo.document_info(session, row) for row in repo.all_documents(session)]


def list_versions(ws: Workspace, document: str) -> tuple[DocumentInfo, list[VersionInfo]]:
    """A document and its versions, oldest first."""
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        versions = repo.versions_of(session, doc.id)
        counts = repo.paragraph_counts(session, [v.id for v in versions])
        return repo.document_info(session, doc), [
            repo.version_info(v, counts.get(v.id, 0)) for v in versions
        ]


def show_version(ws: Workspace, document: str, version: str | None = None) -> VersionText:
    """The paragraphs of one version (the latest when ``version`` is None)."""
    return read_version(ws, document, version).text
