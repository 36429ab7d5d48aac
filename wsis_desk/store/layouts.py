"""What a version's bracket census and layout are stored as: written at import, read to show.

Both are derived data kept with each version so that showing it needs no parse: the census in
the version row (it syncs), the layout (spans, tree, strays per paragraph; local) in its own
table. These are the writes, in the caller's session; the reads are in the read model
(``store.reader``), which opening a version uses before SQLAlchemy is loaded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wsis_desk.core.brackets.census_records import VersionCensus
from wsis_desk.core.brackets.layout import LAYOUT_FORMAT, layouts_json
from wsis_desk.store.orm import VersionLayoutRow, VersionRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wsis_desk.core.brackets.scan import BracketParse


def store_census(session: Session, version_id: str, census: VersionCensus) -> bool:
    """Write ``census`` onto a version; True when it differs from what was stored."""
    row = session.get(VersionRow, version_id)
    if row is None:
        return False
    text = json.dumps(census.to_json(), ensure_ascii=False, sort_keys=True)
    changed = (row.census_json, row.census_format, row.open_groups) != (
        text,
        census.format,
        census.groups,
    )
    row.census_json = text
    row.census_format = census.format
    row.open_groups = census.groups
    return changed


def store_layout(session: Session, version_id: str, parses: Sequence[BracketParse]) -> bool:
    """Store (or replace) a version's bracket layout, so that showing it needs no parse;
    False (nothing stored) when the version is not there (deleted meanwhile)."""
    if session.get(VersionRow, version_id) is None:
        return False
    text = layouts_json(parses)
    row = session.get(VersionLayoutRow, version_id)
    if row is None:
        session.add(VersionLayoutRow(version_id=version_id, format=LAYOUT_FORMAT, layout_json=text))
    else:
        row.format, row.layout_json = LAYOUT_FORMAT, text
    return True
