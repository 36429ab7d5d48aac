"""A table kept as one paragraph: its grid is its text (cells split by tab, rows by newline).

A Word table (the annex tables of the Art. 6.2 drafts) is one paragraph of kind ``table``.
Its ``text`` is the grid itself: the cells of a row joined by a tab, the rows joined by a
newline, each cell's own whitespace (its paragraphs, line breaks, tabs) squashed to one space.
So search, the bracket census, compare and packs read the cells' words as they read any
paragraph, the store and the sync bundle keep the table with the text, and the grid comes
back from the text alone (:func:`grid_of`). A cell merged across columns is written as the
cell followed by empty cells, so every row has the table's full width and columns line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wsis_desk.core.model import Paragraph, ParagraphKind

__all__ = [
    "CELL",
    "ROW",
    "Grid",
    "cell_text",
    "cell_texts",
    "grid_chunks",
    "grid_of",
    "grid_text",
    "is_rule_row",
    "is_table",
    "pipe_row",
    "table_caption",
]

CELL, ROW = "\t", "\n"
Grid = tuple[tuple[str, ...], ...]  # rows of cell texts
Run = tuple[str, str]  # (op, text) as in core.diff's chunks: "=", "-" or "+"
CellChunks = tuple[Run, ...]
_DELETE = "-"  # core.diff.DELETE (not imported: segmentation stays free of rapidfuzz)

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u00ad]")
# "Table 2", "[Table 5", "Table 2 (continued)", "Table 3 (Continued)Actions", "Table 1: Submission"
_CAPTION = re.compile(
    r"^\[?\s*(?:Table|Tableau|Cuadro|Таблица)\s+(?P<n>\d{1,3}[A-Za-z]?)\b"
    r"(?P<cont>\s*\((?:continued|cont\.?|continues)\))?"
    r"(?:\W{0,3}(?:Option|Opción|Вариант)\s+(?P<opt>\w{1,3})\b)?",
    re.IGNORECASE,
)
# A table row as text renderings of Word tables and markdown print it: "| Party | X.Y |".
_PIPE_ROW = re.compile(r"^\|(?P<cells>.*)\|$")
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
_CONTINUES = re.compile(r"^\(?\s*(?:Table\s+)?(?:continued|continues)\b", re.IGNORECASE)


def cell_text(text: str) -> str:
    """One cell's text as the grid keeps it: whitespace (tabs, line breaks) squashed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def grid_text(rows: Iterable[Sequence[str]]) -> str:
    """The paragraph text of a grid: cells joined by a tab, rows by a newline."""
    return ROW.join(CELL.join(cell_text(c) for c in row) for row in rows)


def grid_of(text: str) -> Grid:
    """The rows of cells a table paragraph's text holds (the inverse of :func:`grid_text`)."""
    return tuple(tuple(row.split(CELL)) for row in text.split(ROW))


def is_table(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a table (its text is a grid)."""
    return paragraph.kind is ParagraphKind.TABLE


def cell_texts(paragraph: Paragraph) -> list[str]:
    """The non-empty cells of a table paragraph in reading order; any other paragraph's text."""
    if not is_table(paragraph):
        return [paragraph.text]
    return [c for row in grid_of(paragraph.text) for c in row if c.strip()]


def pipe_row(line: str) -> list[str] | None:
    """The cells of a pipe-table row (a stripped line), or None when ``line`` is not one."""
    m = _PIPE_ROW.match(line)
    if m is None:
        return None
    return [c.strip() for c in m.group("cells").split("|")]


def is_rule_row(cells: Sequence[str]) -> bool:
    """Whether a pipe-table row is the ``|---|:---:|`` rule under a markdown table's head."""
    return all(_RULE_CELL.match(c) for c in cells)


def table_caption(text: str) -> tuple[str, bool] | None:
    """``("2", True)`` for a caption "Table 2 (continued)", ``("6 Opt.2", False)`` for
    "Table 6 Option 2: Summary information"; ``("", True)`` for a bare "(Table continues)";
    None when ``text`` does not start with a table caption."""
    m = _CAPTION.match(text.strip())
    if m is not None:
        number = m.group("n") + (f" Opt.{m.group('opt')}" if m.group("opt") else "")
        return number, m.group("cont") is not None
    if _CONTINUES.match(text.strip()):
        return "", True
    return None


def grid_chunks(chunks: Sequence[Run]) -> tuple[tuple[CellChunks, ...], ...]:
    """A table paragraph's word diff laid on its newer grid: rows of cells of chunks.

    Kept and inserted text carries the cell and row breaks of the newer table; a deleted
    break (a row or column taken out) is not a break any more, so what was in the removed
    cells shows struck through in the cell where the deletion happened.
    """
    rows: list[tuple[CellChunks, ...]] = []
    cells: list[CellChunks] = []
    cur: list[Run] = []
    for op, chunk_text in chunks:
        if op == _DELETE:
            text = chunk_text.replace(CELL, " ").replace(ROW, " ")
            if text:
                cur.append((op, text))
            continue
        piece = ""
        for ch in chunk_text:
            if ch not in (CELL, ROW):
                piece += ch
                continue
            if piece:
                cur.append((op, piece))
                piece = ""
            cells.append(tuple(cur))
            cur = []
            if ch == ROW:
                rows.append(tuple(cells))
                cells = []
        if piece:
            cur.append((op, piece))
    cells.append(tuple(cur))
    rows.append(tuple(cells))
    return tuple(rows)
