"""After an import brought versions: derive their numbers and labels, relink, let notes follow.

Sequence numbers, labels and paragraph lineages are functions of the versions a laptop
holds, so every laptop recomputes them the same way once it holds the same versions. A
lineage that relinking retires (a paragraph first seen here alone now continues one from an
earlier draft) takes the positions, notes, inputs, commitments and statements that pointed
at it along.
"""

from __future__ import annotations

from collections.abc import Iterable

from wsis_desk.services.lineage import relink_document
from wsis_desk.store.sync_io import SyncStore


def settle_documents(
    io: SyncStore, documents: Iterable[str], before: Iterable[tuple[str, str]]
) -> int:
    """Renumber and relink ``documents``; move what pointed at retired lineages.

    ``before`` holds (paragraph id, lineage) pairs as they were before the import, local
    and incoming. Returns how many rows were moved to the lineage their paragraph now has.
    """
    wanted = sorted(set(documents))
    if not wanted:
        return 0
    for document in wanted:
        io.renumber_versions(document)
        relink_document(io.session, document)
    io.flush()
    after = dict(io.paragraph_lineages(wanted))
    current = set(after.values())
    moves: dict[str, str] = {}
    for pid, old in before:
        new = after.get(pid)
        if new and old != new and old not in current:
            moves[old] = min(new, moves.get(old, new))  # the same choice on every laptop
    return io.move_lineages(moves) if moves else 0
