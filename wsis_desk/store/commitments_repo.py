"""Commitments (SPMG step 11) as stored: add, edit, list."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.positions import StoredCommitment
from wsis_desk.errors import Remedy
from wsis_desk.store.editing import add_stamped, live_row, update_stamped
from wsis_desk.store.orm import CommitmentRow


def _stored(row: CommitmentRow) -> StoredCommitment:
    return StoredCommitment(
        id=row.id,
        document_id=row.document_id,
        who_code=row.who_code,
        who_actor_id=row.who_actor_id,
        who_name=row.who_name,
        what=row.what,
        due_on=row.due_on,
        status=row.status,
        lineages=tuple(json.loads(row.lineages_json)),
        note=row.note,
    )


def add_commitment(
    session: Session, *, lineages: Sequence[str], **values: object
) -> StoredCommitment:
    """Store a new commitment linked to ``lineages`` (caller's transaction)."""
    row = add_stamped(session, CommitmentRow, lineages_json=json.dumps(list(lineages)), **values)
    return _stored(row)


def edit_commitment(
    session: Session, ident: str, changes: Mapping[str, object]
) -> StoredCommitment:
    """Change some columns of a live commitment (id or short id), stamped as an edit."""
    row = live_row(session, CommitmentRow, ident, noun="commitment", remedy=Remedy.LIST_COMMITMENTS)
    update_stamped(session, row, changes)
    return _stored(row)


def live_commitments(session: Session, document_id: str | None = None) -> list[StoredCommitment]:
    """Commitments not deleted, of one document or all."""
    stmt = select(CommitmentRow).where(CommitmentRow.deleted.is_(False))
    if document_id is not None:
        stmt = stmt.where(CommitmentRow.document_id == document_id)
    return [_stored(r) for r in session.scalars(stmt)]
