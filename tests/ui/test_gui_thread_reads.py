"""The window never reads the database on the GUI thread: every query runs in the task runner.

Every SQLite statement is traced (``sqlite3.connect`` is wrapped before the workspace opens, so
SQLAlchemy's connections and the plain read model's are both seen) while the real window, with
its real threaded runner, starts, shows every view, refreshes and opens the import dialog.
"""

from __future__ import annotations

import sqlite3
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.view_registry import VIEWS


class GuiThreadQueries:
    """The statements run on the GUI thread while ``recording``, with where they came from."""

    def __init__(self) -> None:
        self.recording = False
        self.seen: list[str] = []

    def trace(self, statement: str) -> None:
        if self.recording and threading.current_thread() is threading.main_thread():
            caller = [
                f"{f.filename.rsplit('wsis_desk/', 1)[-1]}:{f.lineno}"
                for f in traceback.extract_stack()
                if "/wsis_desk/" in f.filename
            ]
            self.seen.append(f"{statement[:80]}  <- {' <- '.join(reversed(caller[-4:]))}")


@pytest.fixture
def queries(monkeypatch: pytest.MonkeyPatch) -> GuiThreadQueries:
    found = GuiThreadQueries()
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(found.trace)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return found


@pytest.fixture
def workspace(tmp_path: Path, queries: GuiThreadQueries) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws, with_records=True)
    yield ws
    ws.close()


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    window.tasks.wait()
    qtbot.wait(50)  # the last results reach the GUI thread


def test_the_window_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, workspace: Workspace, queries: GuiThreadQueries
) -> None:
    queries.recording = True
    window = MainWindow(workspace, TaskRunner(), remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library.version_indexes() != [], timeout=15_000)
    _settle(qtbot, window)
    assert queries.seen == [], "start-up"
    assert "·" in window.team.status_label.text()  # the sync status arrived all the same
    for spec in VIEWS:
        window.show_view(spec.name)
        _settle(qtbot, window)
        assert queries.seen == [], spec.name
    window.show_view("document")
    window.document_view.select_first_bracketed()  # the inspector fills for that paragraph
    _settle(qtbot, window)
    assert queries.seen == [], "a paragraph chosen"
    window.refresh()
    _settle(qtbot, window)
    assert queries.seen == [], "F5"

    def cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        qtbot.waitUntil(lambda: dialog.document.count() > 0, timeout=10_000)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.import_draft()
    _settle(qtbot, window)
    assert queries.seen == [], "import dialog"
