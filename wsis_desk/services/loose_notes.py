"""A stored version's footnotes that no paragraph cites, read again from its source file."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from wsis_desk.core.brackets.scan import count_groups
from wsis_desk.core.catalog import StoredVersion
from wsis_desk.core.model import Footnote, Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.errors import WsisDeskError
from wsis_desk.formats.reader import parse_bytes
from wsis_desk.services.reading import stored_census
from wsis_desk.store import reader


def loose_footnotes(
    conn: sqlite3.Connection, version: StoredVersion, paragraphs: Sequence[Paragraph]
) -> tuple[Footnote, ...]:
    """The footnotes of ``version`` that no paragraph cites, when they hold bracket groups.

    They are not stored apart, but the census stored at import counts their groups in
    ``footnote_groups``: only when it counts more than the paragraphs' own footnotes hold is
    the source file read again (the Art. 6.2 draft's endnote under Annex I Table 3), so that
    compare counts what the brackets board shows. A census counted afresh (stored by an older
    parser) knows only the paragraphs: then none are needed.
    """
    census = stored_census(reader.with_stored(conn, version), with_paragraphs=False)
    own = sum(count_groups(n.text) for p in paragraphs for n in p.footnotes)
    if census is None or census.footnote_groups <= own:
        return ()
    data = reader.source_of(conn, version.info.id)
    if data is None:
        return ()
    try:
        return segment(parse_bytes(data, version.info.source_name)).footnotes
    except WsisDeskError:  # a file that needed OCR, or a reader that now refuses it
        return ()
