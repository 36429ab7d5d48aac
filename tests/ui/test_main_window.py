"""The main window lists the library and shows the paragraphs of the chosen version."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.services.demo import DEMO_DOCUMENT, load_demo
from wsis_desk.services.documents import show_version
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.paragraph_model import ParagraphTableModel


def _workspace(tmp_path: Path) -> Workspace:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    return ws


def test_library_selects_latest_version_and_shows_its_paragraphs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ws = _workspace(tmp_path)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        doc_item = window.library.topLevelItem(0)
        assert DEMO_DOCUMENT in doc_item.text(0)
        assert doc_item.childCount() == 3
        assert "Rev.2" in window.title.text()
        rev2 = show_version(ws, DEMO_DOCUMENT, "Rev.2")
        assert window.paragraphs.rowCount() == len(rev2.paragraphs)

        window.library.setCurrentItem(doc_item.child(0))  # the zero draft
        assert "Zero draft" in window.title.text()
        labels = [
            window.paragraphs.data(window.paragraphs.index(r, 0)).strip()
            for r in range(window.paragraphs.rowCount())
        ]
        assert "OP6" in labels and "PP1" in labels
        window.grab().save(str(tmp_path / "main_window.png"))
        assert (tmp_path / "main_window.png").stat().st_size > 0
    finally:
        ws.close()


def test_empty_library_says_how_to_import(qtbot: QtBot, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "empty")
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        assert "wsis-desk import" in window.title.text()
    finally:
        ws.close()


def test_paragraph_model_passes_the_model_tester(
    qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    ws = _workspace(tmp_path)
    try:
        model = ParagraphTableModel()
        model.set_paragraphs(show_version(ws, DEMO_DOCUMENT, "Rev.1").paragraphs)
        qtmodeltester.check(model)
        assert model.rowCount() > 10
    finally:
        ws.close()
