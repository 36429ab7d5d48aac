"""After an import brought versions: derive their numbers and labels, relink, let notes follow.

Sequence numbers, labels and paragraph lineages are functions of the versions a laptop
holds, so every laptop recomputes them the same way once it holds the same versions. A
lineage that relinking retires (a paragraph first seen here alone now continues one from an
earlier draft) takes the positions, notes, inputs, commitments and statements that pointed
at it along.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wsis_desk.services.lineage import relink_document
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
from wsis_desk.store.repositories import renumber_versions


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


def settle_documents(
    session: Session, documents: Iterable[str], before: Iterable[tuple[str, str]]
) -> int:
    """Renumber and relink ``documents``; move what pointed at retired lineages.

    ``before`` holds (paragraph id, lineage) pairs as they were before the import, local
    and incoming. Returns how many rows were moved to the lineage their paragraph now has.
    """
    wanted = sorted(set(documents))
    if not wanted:
        return 0
    for document in wanted:
        renumber_versions(session, document)
        relink_document(session, document)
    session.flush()
    after = dict(paragraph_lineages(session, wanted))
    current = set(after.values())
    moves: dict[str, str] = {}
    for pid, old in before:
        new = after.get(pid)
        if new and old != new and old not in current:
            moves[old] = min(new, moves.get(old, new))  # the same choice on every laptop
    return _follow(session, moves) if moves else 0


def _follow(session: Session, moves: dict[str, str]) -> int:
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
    return moved + _follow_lists(session, moves)


def _follow_lists(session: Session, moves: dict[str, str]) -> int:
    """The same for rows that list lineages in JSON: input targets, commitments, statements."""
    moved = 0
    for chunk in (sorted(moves)[i : i + 200] for i in range(0, len(moves), 200)):
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
