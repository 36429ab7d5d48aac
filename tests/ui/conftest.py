"""UI tests run in English with its plural forms ("1 word", "6 words"), whatever the machine's
locale; a test that wants another language installs it with the ``language`` fixture."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from wsis_desk.services.workspace import Workspace
    from wsis_desk.ui.main_window import MainWindow

# QLocale.system() reads these when the QApplication starts: an English run everywhere.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: object) -> None:
    from wsis_desk.ui.i18n import install_language

    install_language(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], list[str]]]:
    """Install a language for one test (returns the catalogs loaded); English again after."""
    from PySide6.QtWidgets import QApplication

    from wsis_desk.ui.i18n import install_language

    font = QApplication.font()
    yield lambda code: install_language(qapp, code)  # type: ignore[arg-type]
    install_language(qapp, "en")  # type: ignore[arg-type]
    QApplication.setFont(font)  # a script's shipped face may have been put first


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An empty data folder of one's own; a module that wants drafts in it overrides this
    fixture, asking for it by name (``def workspace(workspace): load_demo(workspace) …``)."""
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The main window on ``workspace``, shown, its tasks run at once, its layout not kept."""
    from wsis_desk.ui.main_window import MainWindow
    from wsis_desk.ui.tasks import SyncTaskRunner

    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    return win
