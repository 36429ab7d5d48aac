"""No clipped or overflowing text in any language at 1440×900 and 1024×700 (issue 21).

Every view of the window and the main dialogs are opened in each of the six languages and
walked with ``text_fit.misfits``: a label, button, tab, group title, combo box, column header
or placeholder cut off, a form that scrolls sideways, a widget past its window's edge fails.
The first test shows the walker catches each kind of fault on a widget built to have it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCharts import QChart, QChartView, QLineSeries
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.text_fit import misfits
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui import i18n_tools
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from wsis_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.panels.positions_panel import PositionDialog
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.commitments_view import AddCommitmentDialog
from wsis_desk.ui.views.inputs_view import AddInputDialog

LANGUAGES = ("en", *i18n_tools.TRANSLATED)
SIZES = ((1440, 900), (1024, 700))
VIEWS = (
    "document",
    "brackets",
    "compare",
    "matrix",
    "inputs",
    "commitments",
    "interventions",
    "pack",
    "sync",
    "search",
)


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    load_demo(workspace, with_records=True)
    return workspace


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_walker_catches_each_kind_of_cut_off_text(qtbot: QtBot) -> None:
    words = "Двусторонняя печать (каждый элемент с нечётной страницы)"
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel(words)
    label.setMinimumWidth(1)
    check = QCheckBox(words)
    check.setMinimumWidth(1)
    button = QPushButton(words)
    button.setMinimumWidth(1)
    combo = QComboBox()
    combo.addItem(words)
    combo.setMinimumWidth(1)
    edit = QLineEdit()
    edit.setPlaceholderText(words)
    edit.setMinimumWidth(1)
    group = QGroupBox(words)
    group.setMinimumWidth(1)
    QVBoxLayout(group)
    tabs = QTabWidget()
    tabs.setMinimumWidth(1)
    for name in ("Пункт", "Позиции", "История", "Позиция стороны"):
        tabs.addTab(QWidget(), name)
    wrapped = QLabel(f"{words} {words}")
    wrapped.setWordWrap(True)
    wrapped.setFixedHeight(wrapped.fontMetrics().height())
    form = QWidget()
    QFormLayout(form).addRow(words, QLineEdit())
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    chart = QChart()
    chart.setTitle(words)
    series = QLineSeries()
    series.setName(words)
    series.append(0, 1)
    chart.addSeries(series)
    chart_view = QChartView(chart)
    chart_view.setMinimumWidth(1)
    table, squeezed = _table(["Статус", words], elides=()), _table([words], elides=(0,))
    squeezed.setFixedWidth(40)  # not room for the few words an eliding column shows
    scrolled = _table(["OP1", words], elides=(1,), titles=["", "Текст"])
    scrolled.horizontalHeader().resizeSection(0, 300)  # the text to read scrolled out of view
    widgets: list[QWidget] = [label, check, button, combo, edit, group, tabs, wrapped, scroll]
    for widget in (*widgets, chart_view, table, squeezed, scrolled):
        layout.addWidget(widget)
    window.resize(120, 900)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    found = "\n".join(misfits(window))
    for kind in (
        "QLabel 'Двусторонняя",
        "QCheckBox",
        "QPushButton",
        "QComboBox",
        "placeholder needs",
        "QGroupBox",
        "tab 'Позиция стороны'",
        "wrapped text needs",
        "scrolls sideways",
        "chart text 'Двус",
        "column '' cuts 'Двусторонняя печать",
        "px of a first column",
        "column 'Текст' shows",
    ):
        assert kind in found, (kind, found)
    squeezed.setFixedWidth(1300)
    window.resize(1400, 900)  # the same widgets with room: nothing to report
    _settle()
    assert misfits(window) == []


def _table(
    cells: list[str], elides: tuple[int, ...], titles: list[str] | None = None
) -> QTableView:
    """A one-line table of one row; ``elides``: the columns that elide on purpose."""
    model = QStandardItemModel(1, len(cells))
    model.setHorizontalHeaderLabels(titles or [""] * len(cells))
    for column, text in enumerate(cells):
        model.setItem(0, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    view.setMinimumWidth(1)
    view.setProperty("elides", list(elides))
    view.horizontalHeader().setStretchLastSection(True)
    return view


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_view_fits_its_text_at_both_sizes(
    qtbot: QtBot, workspace: Workspace, language: Callable[[str], list[str]], code: str
) -> None:
    language(code)
    found: list[str] = []
    for size in SIZES:
        win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False, watch=False)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        for name in VIEWS:
            if name == "search":
                win.search_for("digital")
            else:
                win.show_view(name)
            if name == "document":  # the inspector with a paragraph's groups in it
                win.document_view.select_first_bracketed()
            _settle()
            assert (win.width(), win.height()) == size, (code, name)
            found += [f"{code} {size[0]}x{size[1]} {name}: {m}" for m in misfits(win)]
        win.close()
    assert found == [], "\n".join(sorted(set(found)))


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_main_dialogs_fit_their_text(
    qtbot: QtBot, workspace: Workspace, language: Callable[[str], list[str]], code: str
) -> None:
    language(code)
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False, watch=False)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    dialogs: list[QDialog] = [
        ImportDialog(["WSIS+20 outcome document (demo)"], None, win),
        PreferencesDialog(workspace, win),
        AddInputDialog(win),
        AddCommitmentDialog(win),
        PositionDialog(win),
        ShortcutsDialog(win.shortcut_rows(), win),
    ]
    found: list[str] = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle()
        found += [f"{code} {type(dialog).__name__}: {m}" for m in misfits(dialog)]
        dialog.close()
    assert found == [], "\n".join(found)
