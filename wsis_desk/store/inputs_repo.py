"""Stakeholder inputs (SPMG step 8) as stored: add, say how each was considered, point at evidence.

Reads by the thousand go through ``store.ledger``; these are the writes, one input at a time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from wsis_desk.errors import Remedy
from wsis_desk.store.editing import add_stamped, live_row, local_site, update_stamped
from wsis_desk.store.orm import InputDispositionRow, InputRow

_LIST = Remedy.LIST_INPUTS


def add_input(session: Session, *, targets: Sequence[str], **values: object) -> str:
    """Store a new input on ``targets`` (lineage ids); its id (caller's transaction)."""
    return add_stamped(session, InputRow, targets_json=json.dumps(list(targets)), **values).id


def live_input(session: Session, ident: str) -> tuple[str, str]:
    """(id, document id) of the live input with this id or the short id the CLI prints."""
    row = live_row(session, InputRow, ident, noun="input", remedy=_LIST)
    return row.id, row.document_id


def set_disposition(
    session: Session,
    input_id: str,
    *,
    disposition: str,
    reason: str,
    evidence: tuple[str, str | None] | None,
    person: str,
) -> None:
    """Say how an input was considered (and where it shows); the change joins its history."""
    row = live_row(session, InputRow, input_id, noun="input", remedy=_LIST)
    changes: dict[str, object] = {"disposition": disposition, "reason": reason}
    if evidence is not None:
        changes["evidence_version_id"], changes["evidence_lineage_id"] = evidence
    update_stamped(session, row, changes)
    site = local_site(session)
    session.add(
        InputDispositionRow(
            input_id=row.id,
            disposition=disposition,
            reason=reason,
            changed_by_site=site.id,
            changed_by_person=person or site.name,
            # microseconds: two changes within a second keep their order
            changed_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        )
    )
    session.flush()


def set_evidence(session: Session, input_id: str, evidence: tuple[str, str | None]) -> None:
    """Point an input's evidence at (version id, lineage id)."""
    row = live_row(session, InputRow, input_id, noun="input", remedy=_LIST)
    version_id, lineage_id = evidence
    update_stamped(
        session, row, {"evidence_version_id": version_id, "evidence_lineage_id": lineage_id}
    )
