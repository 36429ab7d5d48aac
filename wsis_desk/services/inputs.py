"""Stakeholder inputs (SPMG step 8): record them, set how each was considered, keep the history."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.parties import PartyKind
from wsis_desk.core.positions import Disposition
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.actors import display_name, now_iso, resolve_who
from wsis_desk.services.anchors import (
    document_version,
    find_paragraph,
    latest_labels,
)
from wsis_desk.services.documents import one_document, pick_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo
from wsis_desk.store.editing import local_site, stamp
from wsis_desk.store.orm import InputDispositionRow, InputRow, ParagraphRow, VersionRow

MAX_ATTACHMENT = 50 * 1024 * 1024


class BadInputError(WsisDeskError):
    """An input given with a disposition, file or target we cannot use."""


@dataclass(frozen=True, slots=True)
class DispositionChange:
    """One entry of an input's disposition history."""

    disposition: Disposition
    reason: str
    changed_at: str
    changed_by: str


@dataclass(frozen=True, slots=True)
class InputInfo:
    """A stakeholder input with its targets (labels in the newest version) and outcome."""

    id: str
    document_id: str
    submitter: str
    stakeholder_group: str
    submitted_on: str | None
    title: str
    text: str
    file_name: str | None
    blob_sha256: str | None
    targets: tuple[str, ...]  # lineage ids
    target_labels: tuple[str, ...]
    disposition: Disposition
    reason: str
    evidence: str  # "Rev.2 OP5", "" when none
    evidence_version_id: str | None
    evidence_lineage_id: str | None
    history: tuple[DispositionChange, ...]


def disposition_of(value: str) -> Disposition:
    """A disposition from its value or a spelling like "partially reflected"."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Disposition(key)
    except ValueError:
        names = ", ".join(d.value for d in Disposition)
        raise BadInputError(f"Unknown disposition '{value}'; use one of {names}.") from None


def group_of(kind: str, code: str | None) -> str:
    """The stakeholder group an input counts under in the totals."""
    if kind == PartyKind.STAKEHOLDER_GROUP.value and code:
        return code.replace("_", " ").title()
    if kind in (PartyKind.STATE.value, PartyKind.OBSERVER.value):
        return "Member and observer States"
    if kind in (PartyKind.GROUP.value, PartyKind.ORGANISATION.value):
        return "Groups and organisations"
    return "Other stakeholders"


def _info(session: Session, row: InputRow) -> InputInfo:
    targets = tuple(json.loads(row.targets_json))
    labels = latest_labels(session, row.document_id, targets)
    evidence = ""
    if row.evidence_version_id:
        version = session.get(VersionRow, row.evidence_version_id)
        para = session.scalars(
            select(ParagraphRow).where(
                ParagraphRow.version_id == row.evidence_version_id,
                ParagraphRow.lineage_id == row.evidence_lineage_id,
            )
        ).first()
        if version is not None:
            evidence = f"{version.label} {para.label}" if para is not None else version.label
    history = session.scalars(
        select(InputDispositionRow)
        .where(InputDispositionRow.input_id == row.id)
        .order_by(InputDispositionRow.changed_at, InputDispositionRow.id)
    )
    return InputInfo(
        id=row.id,
        document_id=row.document_id,
        submitter=row.submitter_name
        or display_name(session, row.submitter_code, row.submitter_actor_id),
        stakeholder_group=row.stakeholder_group or "",
        submitted_on=row.submitted_on,
        title=row.title,
        text=row.text,
        file_name=row.file_name,
        blob_sha256=row.blob_sha256,
        targets=targets,
        target_labels=tuple(labels.get(t, "?") for t in targets),
        disposition=Disposition(row.disposition),
        reason=row.reason,
        evidence=evidence,
        evidence_version_id=row.evidence_version_id,
        evidence_lineage_id=row.evidence_lineage_id,
        history=tuple(
            DispositionChange(
                Disposition(h.disposition),
                h.reason,
                h.changed_at,
                h.changed_by_person or h.changed_by_site,
            )
            for h in history
        ),
    )


def add_input(
    ws: Workspace,
    *,
    document: str,
    submitter: str,
    title: str,
    text: str = "",
    submitted_on: str | None = None,
    paragraphs: tuple[str, ...] = (),
    version: str | None = None,
    file: Path | None = None,
    stakeholder_group: str | None = None,
    new_actor: bool = False,
) -> InputInfo:
    """Record an input on ``paragraphs`` (labels in ``version``), optionally with its file."""
    if not title.strip():
        raise BadInputError("The input has no title. Give one with --title.")
    data = None
    if file is not None:
        try:
            if file.stat().st_size > MAX_ATTACHMENT:
                raise BadInputError(f"{file.name} is larger than 50 MB; attach a smaller file.")
            data = file.read_bytes()
        except OSError as exc:
            raise BadInputError(f"Cannot read {file}: {exc.strerror}.") from exc
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        targets = [find_paragraph(session, ver, p).lineage_id for p in paragraphs]
        who = resolve_who(session, submitter, create=new_actor)
        sha = None
        now = now_iso()
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
            repo.ensure_blob(session, sha256=sha, data=data, now=now)
        row = InputRow(
            document_id=doc.id,
            submitter_code=who.code,
            submitter_actor_id=who.actor_id,
            submitter_name="" if who.code else who.name,
            stakeholder_group=stakeholder_group or group_of(who.kind, who.code),
            submitted_on=submitted_on,
            title=title.strip(),
            text=text,
            blob_sha256=sha,
            file_name=file.name if file is not None else None,
            targets_json=json.dumps([t for t in targets if t]),
            disposition=Disposition.PENDING.value,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        stamp(session, row)
        session.flush()
        return _info(session, row)


def _live(session: Session, input_id: str) -> InputRow:
    row = session.get(InputRow, input_id)
    if row is None or row.deleted:
        raise NotFoundError(
            f"No input with id {input_id}. List them with: wsis-desk input list DOC"
        )
    return row


def set_disposition(
    ws: Workspace,
    input_id: str,
    disposition: str,
    *,
    reason: str = "",
    evidence_version: str | None = None,
    evidence_paragraph: str | None = None,
    person: str = "",
) -> InputInfo:
    """Say how an input was considered and why; the change joins its history."""
    value = disposition_of(disposition)
    with ws.db.sessions.begin() as session:
        row = _live(session, input_id)
        if evidence_paragraph is not None:
            versions = repo.versions_of(session, row.document_id)
            version = pick_version(versions, evidence_version, "the document")
            para = find_paragraph(session, version, evidence_paragraph)
            row.evidence_version_id, row.evidence_lineage_id = version.id, para.lineage_id
        row.disposition, row.reason = value.value, reason
        row.updated_at = now_iso()
        stamp(session, row)
        session.add(
            InputDispositionRow(
                input_id=row.id,
                disposition=value.value,
                reason=reason,
                changed_by_site=local_site(session).id,
                changed_by_person=person or local_site(session).name,
                # microseconds: two changes within a second keep their order
                changed_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            )
        )
        session.flush()
        return _info(session, row)


def set_evidence(ws: Workspace, input_id: str, *, version_id: str, ordinal: int) -> InputInfo:
    """Point an input's evidence at a paragraph a view shows (picked in the compare view)."""
    with ws.db.sessions.begin() as session:
        row = _live(session, input_id)
        para = session.scalars(
            select(ParagraphRow).where(
                ParagraphRow.version_id == version_id, ParagraphRow.ordinal == ordinal
            )
        ).first()
        if para is None:
            raise NotFoundError("That paragraph is no longer in the library; reload the view.")
        row.evidence_version_id, row.evidence_lineage_id = version_id, para.lineage_id
        row.updated_at = now_iso()
        stamp(session, row)
        session.flush()
        return _info(session, row)


def list_inputs(ws: Workspace, document: str) -> list[InputInfo]:
    """The inputs on a document, oldest first."""
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        stmt = (
            select(InputRow)
            .where(InputRow.document_id == doc.id, InputRow.deleted.is_(False))
            .order_by(InputRow.submitted_on, InputRow.created_at)
        )
        return [_info(session, r) for r in session.scalars(stmt)]


def delete_input(ws: Workspace, input_id: str) -> None:
    """Delete an input (tombstone; its history stays)."""
    with ws.db.sessions.begin() as session:
        row = _live(session, input_id)
        row.deleted = True
        row.updated_at = now_iso()
        stamp(session, row)


def registry_group_names() -> list[str]:
    """Stakeholder groups of the registry, for pickers."""
    return [p.code for p in load_registry() if p.kind is PartyKind.STAKEHOLDER_GROUP]
