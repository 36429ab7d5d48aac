"""A scanned PDF dropped on the window: with tesseract installed the window offers to read it
by OCR (approximate, said so), imports it when asked, and imports nothing when not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.formats.pdf_factory import scan_pdf
from tests.ui.dropping import drop_file
from wsis_desk.services.documents import list_documents
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.main_window import MainWindow


def _drop(window: MainWindow, path: Path, answer: str, asked: list[str]) -> None:
    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        dialog.document.setEditText("Scanned resolution")
        dialog.accept()
        QTimer.singleShot(0, answer_question)

    def answer_question() -> None:
        box = window.findChild(QMessageBox, "ask_ocr")
        if box is None or not box.isVisible():
            QTimer.singleShot(10, answer_question)
            return
        asked.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text() == answer)
        button.click()

    drop_file(window, path, fill_dialog)


def test_a_dropped_scan_is_read_by_ocr_when_the_person_asks(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, tmp_path: Path, fake_tesseract: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    asked: list[str] = []
    _drop(window, scan, "Read it by OCR", asked)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "import_remarks") is not None)
    assert len(asked) == 1 and "scan" in asked[0] and "approximate" in asked[0]
    remarks = window.findChild(QMessageBox, "import_remarks")
    assert "approximate" in remarks.informativeText()  # the OCR warning, said after import
    remarks.close()
    assert [d.title for d in list_documents(workspace)] == ["Scanned resolution"]
    labels = [r.paragraph.label for r in window.document_view.visible_rows()]
    assert labels == ["PP1", "OP1"]


def test_a_scan_the_person_does_not_want_read_imports_nothing(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, tmp_path: Path, fake_tesseract: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    asked: list[str] = []
    _drop(window, scan, "Cancel", asked)
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.wait(50)
    assert list_documents(workspace) == [] and not fake_tesseract.exists()
    assert "nothing was imported" in window.statusBar().currentMessage()
