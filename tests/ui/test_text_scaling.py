"""Large text and small windows: rows, chips and headers grow with the text (Ctrl+=), and the
window stays usable at 1024×700 and 1280×720 (issue 18, item 5).

Heights are measured here from the text itself (QTextDocument / QFontMetrics), not from the
delegates' own size hints, so a delegate that measures wrongly fails too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QTableView, QToolBar
from pytestqt.qtbot import QtBot

from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.actions import MAIN_ACTIONS, ActionId
from wsis_desk.ui.delegates.chips_delegate import ChipsDelegate
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.models.paragraph_model import BRACKETS_ROLE, ParagraphTableModel
from wsis_desk.ui.tasks import SyncTaskRunner

# The columns that show a paragraph's whole text, wrapped (the rest are one-liners or wrap
# short words such as a status).
WRAPPED_TEXT = {"document": (ParagraphTableModel.TEXT,), "compare": (2, 3, 4), "search": (1, 2, 3)}
VIEWS = ("document", "compare", "matrix", "inputs", "commitments", "interventions", "search")


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    load_demo(workspace, with_records=True)
    return workspace


@pytest.fixture
def base_font() -> Iterator[QFont]:
    font = QFont(QApplication.font())
    yield font
    QApplication.setFont(font)  # the next test starts at the normal size


def _window(qtbot: QtBot, workspace: Workspace, size: tuple[int, int]) -> MainWindow:
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def _zoom_to(win: MainWindow, base: QFont, percent: int) -> None:
    action = ActionId.ZOOM_IN if percent > 100 else ActionId.ZOOM_OUT
    for _ in range(20):
        if abs(QApplication.font().pointSizeF() / base.pointSizeF() * 100 - percent) < 1:
            return
        win.action(action).trigger()
    raise AssertionError(f"text size never reached {percent}%")


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _wrapped_height(text: str, font: QFont, width: int) -> float:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    doc.setTextWidth(width)
    return doc.size().height()


def _show(win: MainWindow, name: str) -> QTableView:
    if name == "search":
        win.search_for("digital")
    else:
        win.show_view(name)
    _settle()
    view = win.work_area.currentWidget()
    tables = [t for t in view.findChildren(QTableView) if t.isVisible()]
    assert tables, name
    return max(tables, key=lambda t: t.width())


def _short_of_text(table: QTableView, name: str) -> list[str]:
    """Every cell whose text needs more height than its row has (text wider than its column
    wraps in the columns that wrap, else takes one line)."""
    model = table.model()
    font = table.font()
    fm = QFontMetrics(font)
    short = []
    for row in range(model.rowCount()):
        height = table.rowHeight(row)
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text.strip():
                continue
            cell_font = index.data(Qt.ItemDataRole.FontRole) or font
            # A lower bound: the cell's full width, no padding, plain (not bold) letters.
            width = table.columnWidth(column)
            if column in WRAPPED_TEXT.get(name, ()) or (table.wordWrap() and name == "document"):
                need = _wrapped_height(text, cell_font, width)
            else:
                need = QFontMetrics(cell_font).height()
            if height < need:
                short.append(f"{name} row {row} col {column}: {height} < {need:.0f} {text[:30]!r}")
        if height < fm.height():
            short.append(f"{name} row {row}: {height} < one line {fm.height()}")
    return short


@pytest.mark.parametrize("name", VIEWS)
def test_rows_grow_with_the_text_in_every_view(
    qtbot: QtBot, workspace: Workspace, base_font: QFont, name: str
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    table = _show(win, name)
    assert table.model().rowCount() > 0 or name == "commitments"
    _zoom_to(win, base_font, 200)
    _settle()
    table = _show(win, name)
    assert table.font().pointSizeF() == pytest.approx(2 * base_font.pointSizeF())
    assert _short_of_text(table, name) == []
    header = table.horizontalHeader()
    assert header.height() >= QFontMetrics(table.font()).height()
    assert win.width() <= 1024, f"{name} forces the window to {win.width()} px"


def test_document_rows_status_markers_and_chips_fit_at_200_percent(
    qtbot: QtBot, workspace: Workspace, base_font: QFont
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    _zoom_to(win, base_font, 200)
    table = _show(win, "document")
    model, font = table.model(), table.font()
    fm = QFontMetrics(font)
    chips = table.itemDelegateForColumn(ParagraphTableModel.PROPONENTS)
    assert isinstance(chips, ChipsDelegate)
    chip_rows = 0
    for row in range(model.rowCount()):
        height = table.rowHeight(row)
        status = str(model.index(row, ParagraphTableModel.STATUS).data() or "")
        if status:  # "ad ref", "for closure": wrapped if it must, never cut off
            width = table.columnWidth(ParagraphTableModel.STATUS)
            assert height >= _wrapped_height(status, font, width), (row, status)
        record = model.index(row, 0).data(BRACKETS_ROLE)
        if record.proponents:
            chip_rows += 1
            cell = table.columnWidth(ParagraphTableModel.PROPONENTS)
            for rect in chips._layout(record.proponents, fm, cell - 1):
                assert rect.right() <= cell and rect.bottom() <= height, (row, rect, height)
                assert rect.height() >= fm.height()
    assert chip_rows >= 1


@pytest.mark.parametrize("size", [(1024, 700), (1280, 720)])
@pytest.mark.parametrize("percent", [100, 200])
def test_small_windows_keep_the_library_the_view_and_the_main_actions(
    qtbot: QtBot, workspace: Workspace, base_font: QFont, size: tuple[int, int], percent: int
) -> None:
    win = _window(qtbot, workspace, size)
    _zoom_to(win, base_font, percent)
    for name in VIEWS:
        _show(win, name)
    win.show_view("document")
    _settle()
    assert (win.width(), win.height()) == size
    fm = QFontMetrics(QApplication.font())
    # the library shows at least "Rev.12 · 2025-…", the view a good line of text
    assert win.library.width() >= min(16 * fm.averageCharWidth(), 150)
    assert win.work_area.width() >= 400
    toolbar = win.findChild(QToolBar, "main_toolbar")
    for action_id in MAIN_ACTIONS:
        action = (
            win.action(action_id) if isinstance(action_id, ActionId) else win.view_action(action_id)
        )
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action_id
        assert toolbar.rect().contains(button.geometry()), action_id


def test_a_layout_saved_on_a_big_screen_leaves_no_panel_at_zero(
    qtbot: QtBot, workspace: Workspace
) -> None:
    big = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(big)
    big.resize(2400, 1300)
    big.show()
    _settle()
    big.splitter.setSizes([0, 2000])  # dragged shut
    big.resizeDocks([big.inspector_dock], [1100], Qt.Orientation.Horizontal)
    _settle()
    big.close()
    settings = QSettings(str(workspace.root / "ui.ini"), QSettings.Format.IniFormat)
    settings.remove("window/geometry")  # now on a small screen
    settings.sync()
    small = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(small)
    small.resize(1024, 700)
    small.show()
    _settle()
    assert small.library.width() >= 150
    assert small.work_area.width() >= 400
    assert small.inspector_dock.width() > 100


def test_text_size_goes_from_80_to_200_percent(
    qtbot: QtBot, workspace: Workspace, base_font: QFont
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    base = base_font.pointSizeF()
    for _ in range(30):
        win.action(ActionId.ZOOM_OUT).trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(0.8 * base)
    for _ in range(60):
        win.action(ActionId.ZOOM_IN).trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(2.0 * base)
    win.action(ActionId.ZOOM_RESET).trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)


@pytest.mark.parametrize(("name", "text_column"), [("document", 3), ("compare", 2), ("search", 3)])
def test_the_paragraph_text_keeps_its_room_at_200_percent(
    qtbot: QtBot, workspace: Workspace, base_font: QFont, name: str, text_column: int
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    _show(win, name)
    _zoom_to(win, base_font, 200)
    table = _show(win, name)
    _settle()
    viewport = table.viewport().width()
    assert table.columnWidth(text_column) >= 0.45 * viewport, (name, viewport)
    assert table.columnViewportPosition(text_column) + table.columnWidth(text_column) <= (
        viewport + 1
    ), f"{name}: the text runs off the right edge"


def test_columns_of_words_follow_the_text_size(
    qtbot: QtBot, workspace: Workspace, base_font: QFont
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    for name in ("matrix", "inputs"):
        _show(win, name)
    _zoom_to(win, base_font, 200)
    matrix = _show(win, "matrix")
    fm = QFontMetrics(matrix.horizontalHeader().font())
    model = matrix.model()
    for column in range(model.columnCount()):
        label = str(model.headerData(column, Qt.Orientation.Horizontal))
        if len(label) <= len("OP3(a)"):  # short labels are read whole
            assert matrix.columnWidth(column) >= fm.horizontalAdvance(label), label
    inputs = _show(win, "inputs")
    fm = QFontMetrics(inputs.font())
    date = str(inputs.model().index(0, 0).data())
    assert inputs.columnWidth(0) >= fm.horizontalAdvance(date), date


@pytest.mark.parametrize("name", ["document", "compare", "search"])
def test_a_window_made_narrower_shares_the_width_again(
    qtbot: QtBot, workspace: Workspace, base_font: QFont, name: str
) -> None:
    win = _window(qtbot, workspace, (1440, 900))
    _zoom_to(win, base_font, 200)
    _show(win, name)
    win.resize(1024, 700)
    _settle()
    table = _show(win, name)
    _settle()
    text_column = 2 if name == "compare" else 3
    viewport = table.viewport().width()
    assert table.columnWidth(text_column) >= 0.45 * viewport, (name, viewport)


def test_arabic_at_200_percent_keeps_the_text_column(
    qtbot: QtBot, workspace: Workspace, base_font: QFont, language: object
) -> None:
    # Qt's minimum column is the widest glyph of the font: wide in the Arabic face at 200%.
    language("ar")  # type: ignore[operator]
    win = _window(qtbot, workspace, (1024, 700))
    _zoom_to(win, base_font, 200)
    table = _show(win, "document")
    _settle()
    assert table.columnWidth(ParagraphTableModel.TEXT) >= 0.45 * table.viewport().width()


def test_library_rows_grow_with_the_text(
    qtbot: QtBot, workspace: Workspace, base_font: QFont
) -> None:
    win = _window(qtbot, workspace, (1024, 700))
    _zoom_to(win, base_font, 200)
    _settle()
    tree = win.library.view
    fm = QFontMetrics(tree.font())
    indexes = win.library.version_indexes()
    assert len(indexes) == 3
    for index in indexes:
        assert tree.visualRect(index).height() >= fm.height(), index.data()
    assert win.library.width() >= fm.horizontalAdvance("Rev.1 · 2025")


def test_a_window_opened_at_200_percent_lays_out_for_it(
    qtbot: QtBot, workspace: Workspace, base_font: QFont
) -> None:
    settings = QSettings(str(workspace.root / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/points", 2 * base_font.pointSizeF())  # chosen last time
    settings.sync()
    win = _window(qtbot, workspace, (1024, 700))
    table = _show(win, "document")
    _settle()
    assert table.font().pointSizeF() == pytest.approx(2 * base_font.pointSizeF())
    assert _short_of_text(table, "document") == []
    assert table.columnWidth(ParagraphTableModel.TEXT) >= 0.45 * table.viewport().width()
    assert win.width() <= 1024
