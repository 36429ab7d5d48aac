"""Rename, move, delete and restore versions and documents; nothing is ever erased.

A deleted version or document goes to the bin (a tombstone that syncs, DESIGN.md §8): it
leaves every list and the version numbering on every laptop, and any laptop can restore it.
Moving a version is a copy into the other document (the id every laptop derives for that
content there) with the original put in the bin, so the move syncs and undoes like the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from wsis_desk.core.catalog import DocumentInfo, VersionInfo
from wsis_desk.errors import NotFoundError, Remedy, WsisDeskError
from wsis_desk.services.lineage import relink_document
from wsis_desk.services.reading import only_document, pick_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo
from wsis_desk.store import versions_repo as vrepo
from wsis_desk.store.versions_repo import BinDocument, BinVersion

MAX_LABEL = 200
MAX_TITLE = 500


@dataclass(frozen=True, slots=True)
class MoveReport:
    """A version moved: where it was (now in the bin there) and what it is now."""

    source: VersionInfo
    moved: VersionInfo
    document: DocumentInfo
    created_document: bool


@dataclass(frozen=True, slots=True)
class Bin:
    """What is in the bin, restorable: versions (of live documents) and whole documents."""

    versions: tuple[BinVersion, ...]
    documents: tuple[BinDocument, ...]


def find_version(ws: Workspace, document: str, version: str | None) -> VersionInfo:
    """A live version by document name and label or number (the latest when None)."""
    with ws.db.sessions() as session:
        doc = only_document(repo.find_documents(session, document), document)
        return pick_version(repo.versions_of(session, doc.id), version, doc.title)


def find_deleted_version(ws: Workspace, document: str | None, wanted: str) -> BinVersion:
    """A version in the bin by its id (or the start of it), or by the label it had."""
    key = wanted.strip().casefold()
    found = [
        v
        for v in deleted_items(ws).versions
        if (document is None or document.casefold() in (v.document_title.casefold(),))
        and (v.id.startswith(key) or v.label.casefold() == key)
    ]
    if not found:
        raise NotFoundError(
            f"No deleted version '{wanted}'; check it against the bin of deleted drafts.",
            remedy=Remedy.LIST_DELETED,
        )
    if len(found) > 1:
        raise NotFoundError(
            f"Several deleted versions match '{wanted}'; give the start of an id: "
            + ", ".join(f"{v.label} of {v.document_title} (id {v.id[:8]})" for v in found)
        )
    return found[0]


def rename_version(ws: Workspace, version_id: str, label: str | None) -> VersionInfo:
    """Give a version another label (None or "": back to the one it had at import)."""
    wanted = " ".join((label or "").split()) or None
    if wanted is not None and len(wanted) > MAX_LABEL:
        raise WsisDeskError(f"A version label is at most {MAX_LABEL} characters; shorten it.")
    with ws.db.sessions.begin() as session:
        row = vrepo.version_row(session, version_id)
        if wanted is not None:
            for other in repo.versions_of(session, row.document_id):
                if other.id != row.id and other.label.casefold() == wanted.casefold():
                    raise WsisDeskError(
                        f"Another version of this document is labelled '{other.label}'. "
                        "Choose another label; nothing was changed."
                    )
        vrepo.set_version_label(session, row, wanted)
        repo.renumber_versions(session, row.document_id)
        relink_document(session, row.document_id)
        return vrepo.counted_version(session, row.id)


def label_override(ws: Workspace, version_id: str) -> str | None:
    """The label a version was given after import (None: it shows the one asked then)."""
    with ws.db.sessions() as session:
        row = vrepo.version_row(session, version_id)
        return vrepo.label_overrides(session, row.document_id).get(row.id)


def delete_version(ws: Workspace, version_id: str) -> VersionInfo:
    """Put a version in the bin (it syncs as a deletion); returns it as it was listed."""
    with ws.db.sessions.begin() as session:
        before = vrepo.counted_version(session, version_id)
        live = repo.versions_of(session, before.document_id)
        vrepo.set_version_deleted(session, vrepo.version_row(session, version_id), True)
        repo.renumber_versions(session, before.document_id)
        if live and live[-1].id != version_id:  # the latest leaves no version to link anew
            relink_document(session, before.document_id)
        return before


def restore_version(ws: Workspace, version_id: str) -> VersionInfo:
    """Take a version out of the bin (and its document, if that was deleted too); it takes
    its place in the numbering again."""
    with ws.db.sessions.begin() as session:
        row = vrepo.version_row(session, version_id)
        vrepo.set_version_deleted(session, row, False)
        vrepo.set_document_deleted(session, vrepo.document_row(session, row.document_id), False)
        repo.renumber_versions(session, row.document_id)
        relink_document(session, row.document_id)
        return vrepo.counted_version(session, row.id)


def move_version(
    ws: Workspace, version_id: str, *, document: str, symbol: str | None = None
) -> MoveReport:
    """Move a version to ``document`` (created when no document has that name or symbol).

    The version's content becomes a version of the other document; the original goes to
    the bin of its own document (restorable; undo puts both back).
    """
    name = " ".join(document.split())
    if not name:
        raise WsisDeskError("Say which document to move the version to.")
    with ws.db.sessions.begin() as session:
        before = vrepo.counted_version(session, version_id)
        found = repo.find_documents(session, name)
        created = not found
        if found:
            target = vrepo.document_row(session, only_document(found, name).id)
        else:
            target = vrepo.new_document(session, title=name, symbol=symbol or None)
        if target.id == before.document_id:
            raise WsisDeskError(
                f"The version is already in '{target.title}'; choose another document."
            )
        source = vrepo.version_row(session, version_id)
        copy = vrepo.copy_version(session, source, target)
        vrepo.set_version_deleted(session, source, True)
        repo.renumber_versions(session, before.document_id)
        relink_document(session, before.document_id)
        repo.renumber_versions(session, target.id)
        relink_document(session, target.id)
        return MoveReport(
            source=before,
            moved=vrepo.counted_version(session, copy.id),
            document=repo.document_info(session, target),
            created_document=created,
        )


def rename_document(
    ws: Workspace, document_id: str, *, title: str, symbol: str | None = None
) -> DocumentInfo:
    """Give a document another title (and symbol; None keeps it, "" clears it)."""
    wanted = " ".join(title.split())
    if not wanted:
        raise WsisDeskError("A document needs a title; nothing was changed.")
    if len(wanted) > MAX_TITLE:
        raise WsisDeskError(f"A document title is at most {MAX_TITLE} characters; shorten it.")
    with ws.db.sessions.begin() as session:
        doc = vrepo.document_row(session, document_id)
        if any(d.id != doc.id for d in repo.find_documents(session, wanted)):
            raise WsisDeskError(
                f"Another document is called '{wanted}'. Choose another title; nothing was changed."
            )
        new_symbol = doc.symbol if symbol is None else (symbol.strip() or None)
        vrepo.rename_document(session, doc, title=wanted, symbol=new_symbol)
        return repo.document_info(session, doc)


def delete_document(ws: Workspace, document_id: str) -> DocumentInfo:
    """Put a document and its versions in the bin (syncs as a deletion); returns it."""
    with ws.db.sessions.begin() as session:
        doc = vrepo.document_row(session, document_id)
        info = repo.document_info(session, doc)
        vrepo.set_document_deleted(session, doc, True)
        return info


def restore_document(ws: Workspace, document_id: str) -> DocumentInfo:
    """Take a document out of the bin, with the versions it had."""
    with ws.db.sessions.begin() as session:
        doc = vrepo.document_row(session, document_id)
        vrepo.set_document_deleted(session, doc, False)
        return repo.document_info(session, doc)


def deleted_items(ws: Workspace) -> Bin:
    """Everything in the bin, restorable."""
    with ws.db.sessions() as session:
        return Bin(
            versions=tuple(vrepo.bin_versions(session)),
            documents=tuple(vrepo.bin_documents(session)),
        )


def document_id_for(ws: Workspace, name: str) -> str:
    """The id of the live document called ``name`` (title, symbol or id prefix)."""
    with ws.db.sessions() as session:
        return only_document(repo.find_documents(session, name), name).id


__all__ = [
    "Bin",
    "MoveReport",
    "delete_document",
    "delete_version",
    "deleted_items",
    "document_id_for",
    "find_deleted_version",
    "find_version",
    "label_override",
    "move_version",
    "rename_document",
    "rename_version",
    "restore_document",
    "restore_version",
]
