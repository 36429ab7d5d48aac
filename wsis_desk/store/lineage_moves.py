"""Paragraph lineages of documents, and moving what points at a retired lineage to its heir.

Positions, notes, inputs, commitments and statements name paragraphs by lineage; when
relinking after an import retires a lineage, each of them moves to the lineage that continues
it, stamped as a local edit so that the move travels to the other laptops.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import (
    CommitmentRow,
    InputRow,
    InterventionRow,
    NoteRow,
    ParagraphRow,
    PositionRow,
    VersionRow,
)

_CHUNK = 200  # lineages per LIKE group


def paragraph_lineages(session: Session, documents: Iterable[str]) -> list[tuple[str, str]]:
    """(paragraph id, lineage id) of every paragraph of these documents' versions."""
    out: list[tuple[str, str]] = []
    for document in sorted(set(documents)):
        stmt = (
            select(ParagraphRow.id, ParagraphRow.lineage_id)
            .join(VersionRow, VersionRow.id == ParagraphRow.version_id)
            .where(VersionRow.document_id == document)
        )
        out.extend((pid, lineage) for pid, lineage in session.execute(stmt) if lineage)
    return out


def move_lineages(session: Session, moves: dict[str, str]) -> int:
    """Point every row that names an old lineage (a key of ``moves``) at its new one; returns
    how many rows moved."""
    moved = 0
    olds = sorted(moves)
    for position in session.scalars(select(PositionRow).where(PositionRow.lineage_id.in_(olds))):
        position.lineage_id = moves[str(position.lineage_id)]
        stamp(session, position)
        moved += 1
    for note in session.scalars(select(NoteRow).where(NoteRow.lineage_id.in_(olds))):
        note.lineage_id = moves[note.lineage_id]
        stamp(session, note)
        moved += 1
    for item in session.scalars(select(InputRow).where(InputRow.evidence_lineage_id.in_(olds))):
        item.evidence_lineage_id = moves[str(item.evidence_lineage_id)]
        stamp(session, item)
        moved += 1
    return moved + _move_listed(session, moves)


def _move_listed(session: Session, moves: dict[str, str]) -> int:
    """The same for rows that list lineages in JSON: input targets, commitments, statements."""
    moved = 0
    for chunk in (sorted(moves)[i : i + _CHUNK] for i in range(0, len(moves), _CHUNK)):
        for target in session.scalars(
            select(InputRow).where(or_(*(InputRow.targets_json.contains(o) for o in chunk)))
        ):
            targets = [moves.get(t, t) for t in json.loads(target.targets_json)]
            target.targets_json = json.dumps(list(dict.fromkeys(targets)))
            stamp(session, target)
            moved += 1
        for commitment in session.scalars(
            select(CommitmentRow).where(
                or_(*(CommitmentRow.lineages_json.contains(o) for o in chunk))
            )
        ):
            lineages = [moves.get(x, x) for x in json.loads(commitment.lineages_json)]
            commitment.lineages_json = json.dumps(list(dict.fromkeys(lineages)))
            stamp(session, commitment)
            moved += 1
        for statement in session.scalars(
            select(InterventionRow).where(
                or_(*(InterventionRow.paragraphs_json.contains(o) for o in chunk))
            )
        ):
            refs = json.loads(statement.paragraphs_json)
            for ref in refs:
                ref["lineage"] = moves.get(ref.get("lineage"), ref.get("lineage"))
            statement.paragraphs_json = json.dumps(refs, ensure_ascii=False)
            stamp(session, statement)
            moved += 1
    return moved
