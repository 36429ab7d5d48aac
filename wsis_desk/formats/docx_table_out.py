"""A table paragraph of a Word redline as a real Word table, its changes tracked in the cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from wsis_desk.core.diff import Chunk
from wsis_desk.core.tables import grid_chunks

__all__ = ["redline_table"]

_Element = etree._Element
_TEXT_WIDTH = Mm(160)  # A4 less the redline's 25 mm margins
_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")


def _props(columns: int) -> list[_Element]:
    tblpr: _Element = OxmlElement("w:tblPr")
    width: _Element = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(_TEXT_WIDTH.twips))
    width.set(qn("w:type"), "dxa")
    tblpr.append(width)
    borders: _Element = OxmlElement("w:tblBorders")
    for side in _BORDERS:  # ruled, so it reads on a black-and-white photocopy
        line: _Element = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    tblpr.append(borders)
    grid: _Element = OxmlElement("w:tblGrid")
    for _ in range(columns):
        col: _Element = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(_TEXT_WIDTH.twips // columns))
        grid.append(col)
    return [tblpr, grid]


def redline_table(
    chunks: Sequence[Chunk],
    runs: Callable[[str], list[_Element]],
    wrapped: Callable[[str, str], _Element],
) -> _Element:
    """A ``w:tbl`` of the newer grid of a table paragraph's word diff: kept words as ``runs``,
    inserted and deleted words ``wrapped`` in ``w:ins`` / ``w:del`` inside their cells."""
    rows = grid_chunks(chunks)
    columns = max(len(r) for r in rows)
    tbl: _Element = OxmlElement("w:tbl")
    for el in _props(columns):
        tbl.append(el)
    for cells in rows:
        tr: _Element = OxmlElement("w:tr")
        for k in range(columns):
            tc: _Element = OxmlElement("w:tc")
            tcpr: _Element = OxmlElement("w:tcPr")
            width: _Element = OxmlElement("w:tcW")
            width.set(qn("w:w"), str(_TEXT_WIDTH.twips // columns))
            width.set(qn("w:type"), "dxa")
            tcpr.append(width)
            tc.append(tcpr)
            p: _Element = OxmlElement("w:p")
            for op, text in cells[k] if k < len(cells) else ():
                if op == "=":
                    for r in runs(text):
                        p.append(r)
                else:
                    p.append(wrapped("w:del" if op == "-" else "w:ins", text))
            tc.append(p)
            tr.append(tc)
        tbl.append(tr)
    return tbl
