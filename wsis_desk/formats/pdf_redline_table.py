"""Lay a Word table of a redline out as a grid: each cell's paragraphs marked and wrapped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from wsis_desk.core.compare import ParagraphComparison
from wsis_desk.core.diff import Chunk
from wsis_desk.core.model import Paragraph
from wsis_desk.core.tables import grid_chunks
from wsis_desk.formats.docx_tables import TableCells

__all__ = ["TABLE_SIZE", "cell_words", "grid_words", "layout_table"]

TABLE_SIZE = 9.0
_PAD = 3.0
_NARROW = 6  # columns past which the letters shrink (to 6 pt), so long words fit their cells


def _size(columns: int) -> float:
    """The type size of a table of ``columns`` columns: 9 pt, smaller for wide tables."""
    return max(6.0, TABLE_SIZE - 0.5 * max(0, columns - _NARROW))


Run = tuple[str, str, str]


def layout_table(
    layout: Any, rows: Sequence[Sequence[list[list[Run]]]], after: float = 8.0
) -> None:
    """Draw ``rows`` (cells of words, as ``_Layout.words`` makes them) as a ruled grid across
    the text column; a row never splits, a page break repeats the top rule."""
    columns = max((len(r) for r in rows), default=0)
    if not columns:
        return
    width = layout.measure / columns
    size = _size(columns)
    words = [w for row in rows for cell in row for w in cell]
    while size > 5.0 and any(  # a word wider than its cell: smaller letters, not overlaps
        sum(layout.w(text, font, size) for text, font, _ in w) > width - 2 * _PAD for w in words
    ):
        size -= 0.5
    leading = size * 1.35
    left = layout.left
    page = layout.pages[-1]
    layout.y -= 2.0
    page.rules.append((left, layout.y, left + layout.measure, layout.y))
    for row in rows:
        wrapped = [layout.wrap(words, width - 2 * _PAD, size) if words else [] for words in row]
        height = max((len(lines) for lines in wrapped), default=1) * leading + 2 * _PAD
        if layout.y - height < layout.bottom:
            layout.new_page()
            layout.y -= 2.0
            page = layout.pages[-1]
            page.rules.append((left, layout.y, left + layout.measure, layout.y))
        top = layout.y
        for c, lines in enumerate(wrapped):
            layout.y = top - _PAD
            for line in lines:
                layout.y -= leading
                layout._line(line, size, left + c * width + _PAD)
        bottom = top - height
        page.rules.append((left, bottom, left + layout.measure, bottom))
        for c in range(columns + 1):
            x = left + c * width
            page.rules.append((x, top, x, bottom))
        layout.y = bottom
    layout.y -= after


def cell_words(
    layout: Any,
    grid: TableCells,
    by_new: Mapping[int, ParagraphComparison],
    new: Sequence[Paragraph],
) -> list[list[list[list[Run]]]]:
    """Each cell's paragraphs as marked words (``layout.words``), one paragraph a line."""
    fonts = layout.fonts
    rows = []
    for cells in grid:
        out = []
        for indices in cells:
            words: list[list[Run]] = []
            for i in indices:
                row = by_new.get(i)
                chunks = row.chunks if row is not None else (Chunk("=", new[i].text),)
                family = fonts.latin if new[i].text.isascii() else fonts.for_text(new[i].text)
                if words:
                    words.append([("\n", family.regular, "")])
                words += layout.words(chunks, family, family is fonts.cjk)
            out.append(words)
        rows.append(out)
    return rows


def grid_words(layout: Any, chunks: Sequence[Chunk], sample: str) -> list[list[list[list[Run]]]]:
    """A table paragraph's word diff as rows of cells of marked words, on its newer grid."""
    fonts = layout.fonts
    family = fonts.latin if sample.isascii() else fonts.for_text(sample)
    rows = grid_chunks(chunks)
    columns = max(len(r) for r in rows)
    return [
        [
            layout.words([Chunk(op, text) for op, text in cell], family, family is fonts.cjk)
            for cell in (*cells, *((),) * (columns - len(cells)))
        ]
        for cells in rows
    ]
