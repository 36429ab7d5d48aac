"""Views follow the version chosen in the library (issue 18, item 6): the compare pickers offer
that document's versions, a filter set on one document does not hide another's paragraphs
(and a filter in use says so, with one click to clear it), the title always names what is
shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import SyncTaskRunner

OTHER = "Ministerial declaration on cables"
OTHER_TEXT = (
    "Draft ministerial declaration on submarine cables\n\n"
    "Recognizing the role of submarine cables in global connectivity,\n\n"
    "1. Calls upon States to protect [critical][essential] cable infrastructure;\n\n"
    "2. Invites the Secretary-General to report on cable repair capacity.\n"
)
DEMO_LABELS = ["Zero draft", "Rev.1", "Rev.2"]


@pytest.fixture
def workspace(workspace: Workspace, tmp_path: Path) -> Workspace:
    load_demo(workspace, with_records=True)
    draft = tmp_path / "cables.txt"
    draft.write_text(OTHER_TEXT, encoding="utf-8")
    import_file(workspace, draft, document=OTHER, label="Zero draft")
    return workspace


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    assert window.library.select_version(DEMO_SYMBOL, "Rev.2")
    return window


def _labels(picker: object) -> list[str]:
    return [picker.itemText(i) for i in range(picker.count())]  # type: ignore[attr-defined]


def _plain_title(win: MainWindow) -> str:
    label = win.document_view.title
    QApplication.processEvents()
    return label.text()


def test_compare_pickers_offer_the_chosen_documents_versions(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    window.show_view("compare")
    compare = window.work_area.view("compare")
    assert _labels(compare.old_picker) == DEMO_LABELS
    assert compare.result is not None and compare.result.new.label == "Rev.2"
    # a document with one version: nothing to compare, and nothing of the demo left over
    assert window.library.select_version(OTHER, "Zero draft")
    assert _labels(compare.old_picker) == ["Zero draft"]
    assert _labels(compare.new_picker) == ["Zero draft"]
    assert compare.result is None and compare.model.rowCount() == 0
    assert not compare.export_pdf_action.isEnabled()
    assert "only one version" in compare.empty.text()
    # a second version arrives: the pickers offer both and compare them
    rev = tmp_path / "cables-rev1.txt"
    rev.write_text(OTHER_TEXT.replace("[critical][essential]", "critical"), encoding="utf-8")
    import_file(workspace, rev, document=OTHER, label="Rev.1")
    window.reload_library(select=(OTHER, "Rev.1"))
    assert _labels(compare.old_picker) == ["Zero draft", "Rev.1"]
    assert (compare.old_picker.currentText(), compare.new_picker.currentText()) == (
        "Zero draft",
        "Rev.1",
    )
    assert compare.result is not None and compare.result.document.title == OTHER
    # the first version of a document: its own versions on offer, a word on what to do
    assert window.library.select_version(DEMO_SYMBOL, "Zero draft")
    assert _labels(compare.new_picker) == DEMO_LABELS
    assert compare.result is None and "first version" in compare.empty.text()


def test_compare_filters_do_not_follow_to_another_document(window: MainWindow) -> None:
    window.show_view("compare")
    compare = window.work_area.view("compare")
    compare.only_brackets.setChecked(True)
    assert window.library.select_version(OTHER, "Zero draft")
    assert not compare.only_brackets.isChecked()


def test_a_text_filter_does_not_follow_to_the_next_document(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.document_view
    qtbot.keyClicks(view.search, "Tunis")  # a word of the demo only
    assert 0 < view.proxy.rowCount() < view.model.total_rows()
    assert view.clear_filters_button.isVisible()
    assert "of 20" in view.filter_note.text()
    assert window.library.select_version(OTHER, "Zero draft")
    assert view.search.text() == ""
    assert view.proxy.rowCount() == view.model.total_rows() == 4
    assert view.table.isVisible()
    assert not view.clear_filters_button.isVisible()


def test_filters_stay_within_a_document_shown_as_active_with_one_click_to_clear(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.document_view
    view.only_status.setChecked(True)
    shown = view.proxy.rowCount()
    assert window.library.select_version(DEMO_SYMBOL, "Rev.1")  # the same document
    assert view.only_status.isChecked()
    assert view.clear_filters_button.isVisible() and view.filter_note.text()
    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert not view.only_status.isChecked()
    assert view.proxy.rowCount() == view.model.total_rows() > shown
    assert not view.clear_filters_button.isVisible()


def test_the_title_names_the_version_even_when_no_paragraph_matches(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.document_view
    qtbot.keyClicks(view.search, "no such words anywhere")
    assert "No paragraph matches" in view.empty.text()
    assert DEMO_DOCUMENT in _plain_title(window) and "Rev.2" in _plain_title(window)
    assert view.clear_filters_button.isVisible()  # the way out is on screen
    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert view.table.isVisible() and DEMO_DOCUMENT in _plain_title(window)


def test_an_empty_library_has_a_title_too(qtbot: QtBot, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "empty")
    try:
        win = MainWindow(ws, SyncTaskRunner(), remember_layout=False)
        qtbot.addWidget(win)
        win.show()
        assert win.document_view.title.text().strip()
        assert "No version open" in win.document_view.title.text()
    finally:
        ws.close()


def test_matrix_filters_do_not_follow_to_another_document(window: MainWindow) -> None:
    window.show_view("matrix")
    matrix = window.work_area.view("matrix")
    matrix.red_lines.setChecked(True)
    matrix.contested.setChecked(True)
    assert window.library.select_version(DEMO_SYMBOL, "Rev.1")  # same document: kept
    assert matrix.red_lines.isChecked() and matrix.contested.isChecked()
    assert window.library.select_version(OTHER, "Zero draft")
    assert not matrix.red_lines.isChecked() and not matrix.contested.isChecked()
    assert OTHER in matrix.summary.text()
