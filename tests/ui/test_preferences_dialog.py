"""Preferences dialog: see and change the redline author the CLI sets with `wsis-desk author`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from wsis_desk.services.preferences import (
    PREFERENCES_FILE,
    author_name,
    os_user_name,
    set_author_name,
)
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.actions import ActionId
from wsis_desk.ui.dialogs import preferences_dialog
from wsis_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import SyncTaskRunner


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


def _ok(dialog: PreferencesDialog, qtbot: QtBot) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_default_and_saves_a_name(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == ""  # nothing set: the OS user, shown as the hint
    assert dialog.author.placeholderText() == os_user_name()
    qtbot.keyClicks(dialog.author, "  Amina   Diallo ")
    _ok(dialog, qtbot)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert author_name(workspace) == "Amina Diallo"
    saved = json.loads((Path(workspace.root) / PREFERENCES_FILE).read_text(encoding="utf-8"))
    assert saved == {"author_name": "Amina Diallo"}


def test_it_shows_the_name_set_from_the_cli_and_empty_goes_back_to_the_os_user(
    qtbot: QtBot, workspace: Workspace
) -> None:
    set_author_name(workspace, "Jean Dupont")
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Jean Dupont"
    dialog.author.clear()
    _ok(dialog, qtbot)
    assert author_name(workspace) == os_user_name()


def test_a_preferences_file_that_cannot_be_written_is_said_and_nothing_changes(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(workspace.root) / PREFERENCES_FILE
    path.mkdir()  # os.replace onto a directory fails
    shown: list[str] = []
    monkeypatch.setattr(preferences_dialog, "show_error", lambda _p, exc: shown.append(str(exc)))
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.author.setText("Amina Diallo")
    _ok(dialog, qtbot)
    assert len(shown) == 1 and "Cannot save preferences" in shown[0]
    assert dialog.isVisible() and dialog.author.text() == "Amina Diallo"  # kept open, not lost
    assert author_name(workspace) == os_user_name()  # nothing saved
    assert path.is_dir() and not list(path.iterdir())


def test_the_edit_menu_opens_it(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(window)
    action = window.action(ActionId.PREFERENCES)
    titles = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert action in titles["Edit"].actions()
    opened: list[str] = []

    def fake_exec(dialog: PreferencesDialog) -> int:
        opened.append(dialog.author.placeholderText())
        dialog.author.setText("Amina Diallo")
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    action.trigger()
    assert opened == [os_user_name()]
    assert author_name(workspace) == "Amina Diallo"
