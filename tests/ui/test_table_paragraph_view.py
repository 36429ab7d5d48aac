"""A table paragraph in the window: its cells lined up in columns in the document view and
the compare view, its rows' heights measured as painted, and a ruled table in the inspector."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextTable
from pytestqt.qtbot import QtBot

from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.diff import diff_paragraph
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.tables import grid_text
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.brackets import ParagraphBrackets, paragraph_brackets
from wsis_desk.ui.delegates.bracket_delegate import DOC_MARGIN, build_document, text_height
from wsis_desk.ui.delegates.redline_delegate import RedlineCell, redline_document
from wsis_desk.ui.panels.inspector import Inspector

ROWS = [
    ["Party", "[Reported year]", "Version"],
    ["Date of submission", "dd/mm/yyyy", "X.Y"],
    ["First year of the NDC implementation period", "Year", ""],
]


def _record() -> ParagraphBrackets:
    text = grid_text(ROWS)
    paragraph = Paragraph(1, "Annex I Table 1", ParagraphKind.TABLE, text)
    return paragraph_brackets(paragraph, parse_brackets(text, load_registry()))


def _cell_x(doc, row: int, column: int) -> float:  # type: ignore[no-untyped-def]
    """Where the text of a cell starts across the painted row (the start of its row's block)."""
    block = doc.findBlockByNumber(row)
    offset = sum(len(c) + 1 for c in ROWS[row][:column])
    line = block.layout().lineForTextPosition(offset)
    assert line.isValid()
    x = line.cursorToX(offset)
    return float(x[0] if isinstance(x, tuple) else x)


def test_the_cells_of_a_table_line_up_in_columns_and_the_row_is_as_tall_as_painted(
    qtbot: QtBot,
) -> None:
    font = QFont()
    font.setPointSize(11)
    record = _record()
    doc = build_document(record, font, 900.0, high_contrast=False)
    painted = doc.size().height()  # lays the document out, as painting does
    assert doc.blockCount() == len(ROWS)  # one line a row: nothing wrapped at this width
    for column in (1, 2):
        xs = {round(_cell_x(doc, row, column)) for row in range(len(ROWS))}
        assert len(xs) == 1, (column, xs)  # the same x on every row
    # the second column starts after the widest first cell, the third after the second
    wide = doc.findBlockByNumber(2).layout().lineAt(0)
    end = wide.cursorToX(len(ROWS[2][0]))
    assert _cell_x(doc, 0, 1) > (end[0] if isinstance(end, tuple) else end)
    assert _cell_x(doc, 0, 2) > _cell_x(doc, 0, 1)
    measured = text_height(record, font, 900.0 - 2 * DOC_MARGIN)
    assert abs(measured - (painted - 2 * DOC_MARGIN)) < 1.0


def test_the_inspector_shows_a_table_paragraph_as_a_table(qtbot: QtBot) -> None:
    panel = Inspector()
    qtbot.addWidget(panel)
    panel.show_paragraph(_record(), ())
    frame = panel.text.document().rootFrame()
    tables = [f for f in frame.childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 3)
    got = [
        [table.cellAt(r, c).firstCursorPosition().block().text() for c in range(table.columns())]
        for r in range(table.rows())
    ]
    assert got == ROWS


def test_the_compare_view_lines_a_changed_tables_cells_up_in_columns(qtbot: QtBot) -> None:
    old = grid_text([["Party", "Party"], ["Reported year", "Year"], ["Submission date", "dd"]])
    new = grid_text([["Party", "Party"], ["Reported yearB", "Year"], ["Date of submission", "dd"]])
    cell = RedlineCell(diff_paragraph(old, new).chunks, side="new")
    doc = redline_document(cell, QFont(), 900.0)
    doc.size()  # laid out, as painting does
    starts = []
    for row in range(3):
        block = doc.findBlockByNumber(row)
        offset = block.text().index("\t") + 1  # the second cell of the row, as shown
        x = block.layout().lineForTextPosition(offset).cursorToX(offset)
        starts.append(round(x[0] if isinstance(x, tuple) else x))
    assert len(set(starts)) == 1, starts  # "Party", "Year", "dd" in one column
    assert [doc.findBlockByNumber(r).text().split("\t")[0] for r in range(3)] == [
        "Party",
        "Reported yearB",
        "Date of submission",
    ]
