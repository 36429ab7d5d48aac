"""Two stored versions' footnotes that no paragraph cites, for compare's footnote totals."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from wsis_desk.core.brackets.scan import count_groups
from wsis_desk.core.catalog import StoredVersion
from wsis_desk.core.model import Footnote, Paragraph
from wsis_desk.services.census import uncited_from_source
from wsis_desk.services.reading import stored_census
from wsis_desk.store import reader

Side = tuple[StoredVersion, Sequence[Paragraph]]


def loose_footnotes(
    conn: sqlite3.Connection, old: Side, new: Side
) -> tuple[tuple[Footnote, ...], tuple[Footnote, ...]]:
    """The footnotes of each version that no paragraph cites, as the census counts them.

    Kept with each version since they are stored. A version stored before has none kept, but
    the census stored at import counts their groups in ``footnote_groups``: when it counts more
    than the paragraphs' own footnotes hold (the Art. 6.2 draft's endnote under Annex I Table
    3), or the other version's hold groups, its source file is read again, so that a group
    resolved in such a note is told from one dropped. A census counted afresh knows only what
    is stored, and so does compare then. When one side's are unknown and not read again,
    neither side's are given: their words cannot be compared.
    """
    stored = [reader.uncited_footnotes(conn, v.info.id) for v, _ in (old, new)]
    if stored[0] is not None and stored[1] is not None:
        return stored[0], stored[1]
    need = any(
        any(count_groups(n.text) for n in notes) if notes is not None else _counts_more(conn, side)
        for notes, side in zip(stored, (old, new), strict=True)
    )
    if not need:  # one side's notes unknown and no groups in play: none on either side, so
        return (), ()  # the other's are not taken for footnotes that came (a change of words)
    found = [
        notes if notes is not None else _from_source(conn, side)
        for notes, side in zip(stored, (old, new), strict=True)
    ]
    return found[0], found[1]


def _counts_more(conn: sqlite3.Connection, side: Side) -> bool:
    """True when the stored census counts footnote groups the paragraphs do not hold."""
    version, paragraphs = side
    census = stored_census(reader.with_stored(conn, version), with_paragraphs=False)
    own = sum(count_groups(n.text) for p in paragraphs for n in p.footnotes)
    return census is not None and census.footnote_groups > own


def _from_source(conn: sqlite3.Connection, side: Side) -> tuple[Footnote, ...]:
    version, paragraphs = side
    data = reader.source_of(conn, version.info.id)
    found = uncited_from_source(data, version.info.source_name, paragraphs) if data else None
    return found or ()
