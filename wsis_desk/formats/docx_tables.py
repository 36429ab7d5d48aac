"""Which paragraphs of a version sit in which cell of which Word table (redlines draw grids)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

from lxml import etree

from wsis_desk.formats.docx_revisions import accept_all, main_part_name
from wsis_desk.formats.docx_runs import flow_units
from wsis_desk.formats.docx_walk import W

__all__ = ["TableCells", "paragraph_tables"]

TableCells = tuple[tuple[tuple[int, ...], ...], ...]  # rows → cells → paragraph indices
_TC, _TR, _TBL, _BODY = W + "tc", W + "tr", W + "tbl", W + "body"
_LOOKAHEAD = 60  # paragraphs the matcher looks ahead for the next text


def _ancestor(el: Any, tag: str) -> Any:
    anc = el.getparent()
    while anc is not None and anc.tag != tag:
        anc = anc.getparent()
    return anc


def _key(text: str) -> str:
    return " ".join(text.split())


def paragraph_tables(docx: bytes, texts: Sequence[str]) -> list[TableCells]:
    """The tables of a Word file as rows of cells of indices into ``texts`` (the version's
    paragraphs, matched to the file's paragraphs in order by their text); [] when unreadable."""
    try:
        package = zipfile.ZipFile(io.BytesIO(docx))
        root = etree.fromstring(package.read(main_part_name(package.namelist())))
    except (zipfile.BadZipFile, KeyError, IndexError, etree.XMLSyntaxError):
        return []
    body = root.find(_BODY)
    if body is None:
        return []
    accept_all(root)
    units = flow_units(body)
    cell_of: dict[int, Any] = {}
    start = 0
    for i, text in enumerate(texts):
        key = _key(text)
        if not key:
            continue
        for k in range(start, min(start + _LOOKAHEAD, len(units))):
            unit = _key(units[k].text)
            if unit == key or unit.endswith(" " + key):
                tc = _ancestor(units[k].p, _TC)
                if tc is not None:
                    cell_of[i] = tc
                start = k + 1
                break
    tables: dict[int, Any] = {}  # id → w:tbl, in first-paragraph order
    members: dict[int, list[int]] = {}  # id(w:tc) → paragraph indices
    for i, tc in cell_of.items():
        tbl = _ancestor(tc, _TBL)
        if tbl is not None:
            tables.setdefault(id(tbl), tbl)
            members.setdefault(id(tc), []).append(i)
    out: list[TableCells] = []
    for tbl in tables.values():
        rows = []
        for tr in tbl.iterchildren(_TR):
            cells = tuple(tuple(members.get(id(tc), ())) for tc in tr.iterchildren(_TC))
            if any(cells):
                rows.append(cells)
        if rows:
            out.append(tuple(rows))
    return out
