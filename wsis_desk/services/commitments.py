"""Commitments (SPMG step 11): who committed to what, by when; overdue is derived from the date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from wsis_desk.core.positions import CommitmentStatus, StoredCommitment, commitment_status
from wsis_desk.core.reports import CommitmentLine
from wsis_desk.errors import InvalidCommitmentError, Remedy
from wsis_desk.services.actors import display_name, now_iso, resolve_who
from wsis_desk.services.anchors import document_version, find_paragraph, latest_labels
from wsis_desk.services.documents import one_document
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import commitments_repo
from wsis_desk.store.uow import Tx

STORED = (CommitmentStatus.OPEN, CommitmentStatus.DONE, CommitmentStatus.DROPPED)


def _due(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidCommitmentError(
            f"'{value}' is not a date; write it like 2025-12-31."
        ) from None


def _status(value: str) -> CommitmentStatus:
    try:
        status = CommitmentStatus(value.strip().lower())
    except ValueError:
        status = None
    if status not in STORED:
        raise InvalidCommitmentError(
            f"Unknown status '{value}'; use open, done or dropped (overdue is worked out)."
        )
    return status


def _lines(session: Tx, rows: Sequence[StoredCommitment], today: date) -> list[CommitmentLine]:
    """Commitments as lines; paragraph labels and names looked up once for all of them."""
    wanted: dict[str, set[str]] = {}
    for r in rows:
        if r.document_id:
            wanted.setdefault(r.document_id, set()).update(r.lineages)
    labels = {doc: latest_labels(session, doc, lins) for doc, lins in wanted.items()}
    names: dict[tuple[str | None, str | None], str] = {}
    for r in rows:
        key = (r.who_code, r.who_actor_id)
        if not r.who_name and key not in names:
            names[key] = display_name(session, *key)
    return [
        CommitmentLine(
            id=r.id,
            who=r.who_name or names[(r.who_code, r.who_actor_id)],
            what=r.what,
            due_on=r.due_on,
            status=commitment_status(r.status, r.due_on, today),
            paragraphs=tuple(labels.get(r.document_id or "", {}).get(x, "?") for x in r.lineages),
            note=r.note,
        )
        for r in rows
    ]


def _line(session: Tx, row: StoredCommitment, today: date) -> CommitmentLine:
    return _lines(session, [row], today)[0]


def add_commitment(
    ws: Workspace,
    *,
    document: str,
    who: str,
    what: str,
    due_on: str | None = None,
    paragraphs: tuple[str, ...] = (),
    version: str | None = None,
    note: str = "",
    new_actor: bool = False,
    today: date | None = None,
) -> CommitmentLine:
    """Record a commitment, linked to paragraphs (labels in ``version``, default latest)."""
    if not what.strip():
        raise InvalidCommitmentError(
            "Say what was committed to.", remedy=Remedy.DESCRIBE_COMMITMENT
        )
    due = _due(due_on)
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        lineages = [find_paragraph(session, ver, p).lineage_id for p in paragraphs]
        party = resolve_who(session, who, create=new_actor)
        now = now_iso()
        row = commitments_repo.add_commitment(
            session,
            lineages=[x for x in lineages if x],
            document_id=doc.id,
            who_code=party.code,
            who_actor_id=party.actor_id,
            who_name="" if party.code else party.name,
            what=what.strip(),
            due_on=due,
            status=CommitmentStatus.OPEN.value,
            note=note,
            created_at=now,
            updated_at=now,
        )
        return _line(session, row, today or date.today())


def edit_commitment(
    ws: Workspace,
    commitment_id: str,
    *,
    what: str | None = None,
    due_on: str | None = None,
    status: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> CommitmentLine:
    """Change a commitment's wording, date, status (open, done, dropped) or note."""
    changes: dict[str, object] = {}
    if what is not None:
        changes["what"] = what
    if due_on is not None:
        changes["due_on"] = _due(due_on)
    if status is not None:
        changes["status"] = _status(status).value
    if note is not None:
        changes["note"] = note
    with ws.db.sessions.begin() as session:
        row = commitments_repo.edit_commitment(session, commitment_id, changes)
        return _line(session, row, today or date.today())


def list_commitments(
    ws: Workspace, document: str | None = None, *, today: date | None = None
) -> list[CommitmentLine]:
    """Commitments (of one document, or all), overdue first, then by due date."""
    day = today or date.today()
    with ws.db.sessions() as session:
        doc_id = one_document(session, document).id if document is not None else None
        lines = _lines(session, commitments_repo.live_commitments(session, doc_id), day)
    return sorted(
        lines,
        key=lambda c: (c.status is not CommitmentStatus.OVERDUE, c.due_on or "9999", c.who),
    )
