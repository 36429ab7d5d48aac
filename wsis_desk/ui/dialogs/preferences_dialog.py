"""Preferences dialog: the person tracked changes in Word redlines are by."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from wsis_desk.errors import WsisDeskError
from wsis_desk.services.preferences import author_name, os_user_name, set_author_name
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.dialogs.forms import form_with_ok_cancel
from wsis_desk.ui.i18n import isolate


class PreferencesDialog(QDialog):
    """Show and change the redline author kept in preferences.json (``wsis-desk author``)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.windowTitle())
        self.author = QLineEdit()
        self.author.setMaxLength(200)
        current = author_name(workspace)
        default = os_user_name()
        # the OS user's name shows as a hint, so a blank field visibly means "the default"
        self.author.setText("" if current == default else current)
        self.author.setPlaceholderText(default)
        self.author.setClearButtonEnabled(True)
        note = QLabel(
            self.tr(
                "Word redlines show their tracked changes as made by this person. "
                "Leave it empty to use this computer's user ({name})."
            ).format(name=isolate(default))
        )
        note.setWordWrap(True)
        form = form_with_ok_cancel(
            self,
            ((self.tr("Redline &author:"), self.author, self.tr("Redline author")),),
        )
        form.insertRow(1, note)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        """Save the author; on a bad name say so and keep the dialog open."""
        try:
            set_author_name(self.workspace, self.author.text())
        except WsisDeskError as exc:
            show_error(self, exc)
            return
        super().accept()
