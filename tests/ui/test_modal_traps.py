"""No modal traps: a failed import through the real dialog flow (threaded runner) shows its
error box alone, and Enter closes it. It once showed "Importing the draft…" over the error
box's OK button, and OK, Enter and Show Details did nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.formats.pdf_factory import scan_pdf
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import ProgressBox, TaskRunner


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    yield ws
    ws.close()


def _progress_on_screen() -> list[QWidget]:
    kinds = (ProgressBox, QProgressDialog)
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kinds) and w.isVisible()]


def _versions(ws: Workspace) -> int:
    import sqlite3

    with sqlite3.connect(ws.db.path) as conn:
        return int(conn.execute("SELECT count(*) FROM version").fetchone()[0])


# Qt's QProgressDialog showed itself 4 s after it was made, hidden or not: look past that.
LATER_MS = 4_300


@pytest.mark.parametrize("kind", ["damaged.docx", "scanned.pdf"])
def test_a_failed_import_leaves_its_error_box_alone_and_enter_closes_it(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    bad = tmp_path / kind
    bad.write_bytes(b"PK\x03\x04 not really a Word file" if kind.endswith("docx") else scan_pdf())
    before = _versions(workspace)
    window = MainWindow(workspace, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library.version_indexes() != [], timeout=10_000)
    seen: dict[str, object] = {}

    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        dialog.document.setEditText("Some resolution")
        dialog.accept()

    def watch() -> None:  # runs inside the error box's own event loop
        box = seen.get("box") or QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, watch)
            return
        if "box" not in seen:
            seen["box"], seen["text"] = box, box.text()
            seen["progress_at_once"] = _progress_on_screen()
            QTimer.singleShot(LATER_MS, watch)  # past every progress delay: still nothing over it
            return
        seen["progress_later"] = _progress_on_screen()
        seen["modal_is_the_box"] = QApplication.activeModalWidget() is box
        qtbot.keyClick(box, Qt.Key.Key_Return)
        seen["closed_by_enter"] = not box.isVisible()
        if box.isVisible():  # trapped: free the loop so that the test fails instead of hanging
            for widget in _progress_on_screen():
                widget.hide()
            box.done(0)

    QTimer.singleShot(0, fill_dialog)
    QTimer.singleShot(0, watch)
    window.import_draft(bad)
    qtbot.waitUntil(lambda: "closed_by_enter" in seen, timeout=15_000)
    assert seen["progress_at_once"] == [] and seen["progress_later"] == []
    assert seen["modal_is_the_box"] and seen["closed_by_enter"]
    assert seen["text"]  # it says what went wrong
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    assert _progress_on_screen() == []
    assert _versions(workspace) == before  # nothing was imported
