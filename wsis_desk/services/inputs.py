"""Stakeholder inputs (SPMG step 8): record them, set how each was considered, keep the history."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import overload

from wsis_desk.core.parties import PartyKind
from wsis_desk.core.positions import Disposition, StoredChange, StoredInput
from wsis_desk.errors import InvalidInputError, Remedy
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.actors import code_name, now_iso, resolve_who
from wsis_desk.services.anchors import document_version, find_paragraph
from wsis_desk.services.documents import pick_version
from wsis_desk.services.reading import only_document
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import inputs_repo, ledger, reader
from wsis_desk.store import paragraph_anchors as anchors
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx

MAX_ATTACHMENT = 50 * 1024 * 1024
_DISPOSITIONS = {d.value: d for d in Disposition}


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
        raise InvalidInputError(f"Unknown disposition '{value}'; use one of {names}.") from None


def group_of(kind: str, code: str | None) -> str:
    """The stakeholder group an input counts under in the totals."""
    if kind == PartyKind.STAKEHOLDER_GROUP.value and code:
        return code.replace("_", " ").title()
    if kind in (PartyKind.STATE.value, PartyKind.OBSERVER.value):
        return "Member and observer States"
    if kind in (PartyKind.GROUP.value, PartyKind.ORGANISATION.value):
        return "Groups and organisations"
    return "Other stakeholders"


def _submitters(conn: sqlite3.Connection, rows: Sequence[StoredInput]) -> dict[str, str]:
    """Input id -> who submitted it, as display_name words it (registry, custom actors)."""
    actors = ledger.actor_names(
        conn, [r.submitter_actor_id for r in rows if r.submitter_actor_id and not r.submitter_code]
    )
    registry = load_registry()
    codes: dict[str, str] = {}
    out = {}
    for r in rows:
        if r.submitter_name:
            out[r.id] = r.submitter_name
        elif r.submitter_code:
            if r.submitter_code not in codes:
                codes[r.submitter_code] = code_name(r.submitter_code, registry)
            out[r.id] = codes[r.submitter_code]
        elif r.submitter_actor_id:
            out[r.id] = actors.get(r.submitter_actor_id, "?")
        else:
            out[r.id] = ""
    return out


class InputList(Sequence[InputInfo]):
    """Inputs read in a fixed number of queries; each record is made when first asked for.

    A ledger of 5,000 inputs shows a screenful at a time: making every record up front cost a
    third of its opening (Anki's browser fetches its rows lazily for the same reason).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        rows: Sequence[StoredInput],
        history: dict[str, list[StoredChange]] | None = None,
    ) -> None:
        self._rows = rows
        self._made: list[InputInfo | None] = [None] * len(rows)
        self._targets = [tuple(json.loads(r.targets_json)) for r in rows]
        wanted: dict[str, set[str]] = {}
        for r, targets in zip(rows, self._targets, strict=True):
            wanted.setdefault(r.document_id, set()).update(targets)
        self._labels = {doc: ledger.latest_labels(conn, doc, lins) for doc, lins in wanted.items()}
        self._evidence = ledger.evidence_labels(
            conn,
            [(r.evidence_version_id, r.evidence_lineage_id) for r in rows if r.evidence_version_id],
        )
        if history is None:
            history = ledger.disposition_changes(conn, [r.id for r in rows])
        self._history = history
        self._who = _submitters(conn, rows)

    @property
    def ids(self) -> tuple[str, ...]:
        """The inputs' ids, in order (without making the records)."""
        return tuple(r.id for r in self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> InputInfo: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[InputInfo]: ...

    def __getitem__(self, index: int | slice) -> InputInfo | Sequence[InputInfo]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made[index]
        if made is None:
            made = self._made[index] = self._make(index)
        return made

    def _make(self, index: int) -> InputInfo:
        r, targets = self._rows[index], self._targets[index]
        return InputInfo(
            id=r.id,
            document_id=r.document_id,
            submitter=self._who[r.id],
            stakeholder_group=r.stakeholder_group or "",
            submitted_on=r.submitted_on,
            title=r.title,
            text=r.text,
            file_name=r.file_name,
            blob_sha256=r.blob_sha256,
            targets=targets,
            target_labels=tuple(map(self._labels[r.document_id].get, targets, repeat("?"))),
            disposition=_DISPOSITIONS[r.disposition],
            reason=r.reason,
            evidence=self._evidence.get((r.evidence_version_id or "", r.evidence_lineage_id), ""),
            evidence_version_id=r.evidence_version_id,
            evidence_lineage_id=r.evidence_lineage_id,
            history=tuple(
                DispositionChange(
                    _DISPOSITIONS[h.disposition], h.reason, h.changed_at, h.changed_by
                )
                for h in self._history.get(r.id, ())
            ),
        )


def _info(session: Tx, input_id: str) -> InputInfo:
    """One input as a record, read inside the session's transaction (after its changes)."""
    conn = ledger.dbapi(session)
    return InputList(conn, ledger.inputs_by_id(conn, [input_id]))[0]


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
        raise InvalidInputError("The input has no title; give it one.", remedy=Remedy.TITLE_INPUT)
    data = None
    if file is not None:
        try:
            if file.stat().st_size > MAX_ATTACHMENT:
                raise InvalidInputError(f"{file.name} is larger than 50 MB; attach a smaller file.")
            data = file.read_bytes()
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {file}: {exc.strerror}.") from exc
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        targets = [find_paragraph(session, ver, p).lineage_id for p in paragraphs]
        who = resolve_who(session, submitter, create=new_actor)
        sha = None
        now = now_iso()
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
            repo.ensure_blob(session, sha256=sha, data=data, now=now)
        input_id = inputs_repo.add_input(
            session,
            targets=[t for t in targets if t],
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
            disposition=Disposition.PENDING.value,
            created_at=now,
            updated_at=now,
        )
        return _info(session, input_id)


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
        ident, document_id = inputs_repo.live_input(session, input_id)
        evidence = None
        if evidence_paragraph is not None:
            versions = repo.versions_of(session, document_id)
            version = pick_version(versions, evidence_version, "the document")
            evidence = (version.id, find_paragraph(session, version, evidence_paragraph).lineage_id)
        inputs_repo.set_disposition(
            session,
            ident,
            disposition=value.value,
            reason=reason,
            evidence=evidence,
            person=person,
        )
        return _info(session, ident)


def set_evidence(ws: Workspace, input_id: str, *, version_id: str, ordinal: int) -> InputInfo:
    """Point an input's evidence at a paragraph a view shows (picked in the compare view)."""
    with ws.db.sessions.begin() as session:
        ident, _document_id = inputs_repo.live_input(session, input_id)
        para = anchors.anchor_at(session, version_id, ordinal)
        inputs_repo.set_evidence(session, ident, (version_id, para.lineage_id))
        return _info(session, ident)


def list_inputs(ws: Workspace, document: str) -> InputList:
    """The inputs on a document, oldest first (records made as they are read)."""
    with ws.db.reading() as conn:
        doc = only_document(reader.find_documents(conn, document), document)
        rows = ledger.inputs_of_document(conn, doc.id)
        return InputList(conn, rows, ledger.disposition_changes_of_document(conn, doc.id))
