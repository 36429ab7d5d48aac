"""Every dialog of the app answers to Escape (closes, nothing done) and Enter (its default
button), and the progress box's Escape is its Cancel: no dialog is a keyboard trap."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.tasks import CancelToken, ProgressBox


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


def _import_dialog(_ws: Workspace, tmp: Path) -> QDialog:
    from wsis_desk.ui.dialogs.import_dialog import ImportDialog

    draft = tmp / "A_80_L7.docx"
    draft.write_bytes(b"")
    dialog = ImportDialog([], draft)
    dialog.document.setEditText("Modalities resolution")  # Enter needs every field filled
    return dialog


def _preferences(ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.dialogs.preferences_dialog import PreferencesDialog

    return PreferencesDialog(ws)


def _position(_ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.panels.positions_panel import PositionDialog

    return PositionDialog()


def _add_input(_ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.views.inputs_view import AddInputDialog

    return AddInputDialog()


def _add_commitment(_ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.views.commitments_view import AddCommitmentDialog

    return AddCommitmentDialog()


def _shortcuts(_ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    return ShortcutsDialog([])


def _guide(_ws: Workspace, _tmp: Path) -> QDialog:
    from wsis_desk.ui.dialogs.guide_dialog import GuideDialog

    return GuideDialog()


def _error_box(_ws: Workspace, _tmp: Path) -> QDialog:
    box = QMessageBox(QMessageBox.Icon.Warning, "Could not do that", "A damaged file.")
    box.setDetailedText("Traceback …")
    return box


DIALOGS: dict[str, Callable[[Workspace, Path], QDialog]] = {
    "import": _import_dialog,
    "preferences": _preferences,
    "position": _position,
    "add input": _add_input,
    "add commitment": _add_commitment,
    "keyboard shortcuts": _shortcuts,
    "guide": _guide,
    "error box": _error_box,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_escape_closes_every_dialog_and_does_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, name: str
) -> None:
    dialog = DIALOGS[name](workspace, tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected or isinstance(dialog, QMessageBox)


@pytest.mark.parametrize("name", ["import", "preferences", "keyboard shortcuts", "error box"])
def test_enter_presses_the_default_button(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, name: str
) -> None:
    dialog = DIALOGS[name](workspace, tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    target: QWidget = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    if name in ("import", "preferences"):  # their default button is OK (Import, Save)
        assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_on_a_progress_box_is_its_cancel(qtbot: QtBot) -> None:
    token = CancelToken()
    box = ProgressBox("Writing the pack…", token, None)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert token.cancelled  # the job stops at its next check; the box closes when it has
    plain = ProgressBox("Opening Rev.2…", None, None)  # a job that cannot stop
    qtbot.addWidget(plain)
    plain.show()
    qtbot.keyClick(plain, Qt.Key.Key_Escape)
    assert plain.isVisible()  # it closes itself when the job ends
