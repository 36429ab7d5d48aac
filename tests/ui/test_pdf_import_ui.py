"""The GUI takes PDFs: the import dialog's filter, drag-and-drop, and a dropped PDF imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.formats.pdf_factory import Para, make_pdf
from tests.ui.dropping import drop_file
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.dialogs.import_dialog import FILE_FILTER, ImportDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.panels.library_panel import DOCUMENT_ROLE
from wsis_desk.ui.tasks import SyncTaskRunner


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    win = MainWindow(ws, SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    ws.close()


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_the_file_dialog_offers_pdf() -> None:
    assert "*.pdf" in FILE_FILTER.split(";;")[0]


@pytest.mark.parametrize(("name", "accepted"), [("draft.pdf", True), ("draft.exe", False)])
def test_dragging_a_pdf_over_the_window_is_accepted(
    window: MainWindow, tmp_path: Path, name: str, accepted: bool
) -> None:
    mime = _mime(tmp_path / name)
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    window.dragEnterEvent(event)
    assert event.isAccepted() is accepted


def test_a_dropped_pdf_is_imported(window: MainWindow, tmp_path: Path) -> None:
    pdf = tmp_path / "A_80_L7.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                Para("Recalling its resolution 70/125,", label="PP1"),
                Para("Decides to hold [two][three] informal consultations;", label="1."),
            ]
        )
    )

    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        assert dialog.file_edit.text() == str(pdf)
        dialog.document.setEditText("Modalities resolution")
        dialog.label.setText("Zero draft")
        dialog.symbol.setText("A/80/L.7")
        dialog.accept()

    drop_file(window, pdf, fill_dialog)
    keys = {i.data(DOCUMENT_ROLE) for i in window.library.version_indexes()}
    assert "A/80/L.7" in keys
    labels = [r.paragraph.label for r in window.document_view.visible_rows()]
    assert labels[-2:] == ["PP1", "OP1"]
