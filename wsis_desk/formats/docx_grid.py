"""A Word data table read as one block: its grid of cells, not one paragraph per cell.

A table of data (the annex tables of the Art. 6.2 drafts: "Party | Version | Reported year")
is one table paragraph whose text is the grid (``core.tables``). A table used to lay out
negotiated paragraphs (a cell holding a numbered or heading paragraph, or a single column of
text, as in compilation tables) keeps its paragraphs, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wsis_desk.core.tables import grid_text
from wsis_desk.formats.docx_walk import W_VAL, Para, W

__all__ = ["merge_tables"]

_TBL, _TR, _TC, _TCPR, _TRPR = W + "tbl", W + "tr", W + "tc", W + "tcPr", W + "trPr"
_SPAN, _BEFORE, _AFTER = W + "gridSpan", W + "gridBefore", W + "gridAfter"


def _count(el: Any, tag: str) -> int:
    """The ``w:val`` of a child count property (gridSpan, gridBefore…), 0 when absent."""
    found = el.find(tag) if el is not None else None
    try:
        return max(0, int(found.get(W_VAL, "0"))) if found is not None else 0
    except ValueError:
        return 0


def _own(el: Any, tag: str, owner: Any) -> bool:
    """Whether the nearest ``tag`` ancestor of ``el`` is ``owner`` (not a nested table's)."""
    anc = el.getparent()
    while anc is not None and anc.tag != tag:
        anc = anc.getparent()
    return anc is owner


def _rows(tbl: Any) -> list[tuple[Any, list[Any]]]:
    """The table's own rows and their own cells, also those wrapped in content controls or
    custom XML (``w:sdt``, ``w:customXml``); a nested table's rows are not its rows."""
    return [
        (tr, [tc for tc in tr.iter(_TC) if _own(tc, _TR, tr)])
        for tr in tbl.iter(_TR)
        if _own(tr, _TBL, tbl)
    ]


def _grid(rows: list[tuple[Any, list[Any]]], texts: dict[int, list[str]]) -> list[list[str]]:
    """Rows of cell texts; a cell merged across columns is followed by empty cells."""
    grid: list[list[str]] = []
    for tr, tcs in rows:
        trpr = tr.find(_TRPR)
        cells = [""] * _count(trpr, _BEFORE)
        for tc in tcs:
            cells.append(" ".join(texts.get(id(tc), ())))
            cells.extend([""] * (_count(tc.find(_TCPR), _SPAN) - 1))
        cells.extend([""] * _count(trpr, _AFTER))
        grid.append(cells)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _is_data(fields: Sequence[dict[str, Any]], grid: list[list[str]]) -> bool:
    """Whether a table holds data rather than laid-out paragraphs of the text."""
    if any(f["number"] is not None or f["heading_level"] is not None for f in fields):
        return False
    return len(grid) > 0 and len(grid[0]) > 1


def merge_tables(paras: Sequence[Para], kept: dict[int, dict[str, Any]]) -> list[int]:
    """Replace the kept cell paragraphs of each data table by one table block (at the first
    one's index) and return the kept indices in order; ``kept`` is changed in place."""
    groups: dict[int, list[int]] = {}  # id(w:tbl) → kept paragraph indices
    tables: dict[int, Any] = {}
    for pi in sorted(kept):
        tbl = paras[pi].table
        if tbl is not None:
            groups.setdefault(id(tbl), []).append(pi)
            tables[id(tbl)] = tbl
    accepted: dict[int, list[str]] = {}  # id(w:tc) → its paragraphs' texts, both views
    original: dict[int, list[str]] = {}
    for p in paras:  # every paragraph: a cell whose text was all deleted still had its words
        if p.table is not None and id(p.table) in groups:
            accepted.setdefault(id(p.cell), []).append("".join(p.accepted).strip())
            original.setdefault(id(p.cell), []).append("".join(p.original).strip())
    for key, members in groups.items():
        fields = [kept[pi] for pi in members]
        rows = _rows(tables[key])
        placed = {id(tc) for _, tcs in rows for tc in tcs}
        if any(id(paras[pi].cell) not in placed for pi in members):
            continue  # a paragraph the grid would not hold: keep the paragraphs, lose nothing
        grid = _grid(rows, accepted)
        if not _is_data(fields, grid):
            continue
        text = grid_text(grid)
        before = grid_text(_grid(rows, original))
        kept[members[0]] = {
            "text": text,
            "original_text": before if before != text else None,
            "number": None,
            "level": None,
            "style": None,
            "heading_level": None,
            "in_table": True,
            "table": True,
            "footnotes": tuple(n for f in fields for n in f["footnotes"]),
            "comments": [c for f in fields for c in f["comments"]],
        }
        for pi in members[1:]:
            del kept[pi]
    return sorted(kept)
