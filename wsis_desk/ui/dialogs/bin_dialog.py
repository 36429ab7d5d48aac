"""Deleted drafts: versions and documents in the bin, deleted here or on another laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.ui.i18n import isolate, local_datetime

if TYPE_CHECKING:
    from wsis_desk.ui.controllers.library_edits import LibraryEdits


def _edits() -> Any:
    """The library edit service, imported on first use (it loads SQLAlchemy)."""
    from wsis_desk.services import library_edit

    return library_edit


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # ("version" | "document", id, name)


class BinDialog(QDialog):
    """Lists the bin; Restore takes the selected item out (undoable with Ctrl+Z)."""

    def __init__(self, owner: LibraryEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self.setWindowTitle(self.tr("Deleted drafts"))
        self.setAccessibleName(self.tr("Deleted drafts"))
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Deleted versions and documents"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("Nothing has been deleted."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected item"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Deleted versions and documents stay here, on every laptop the deletion "
                    "reaches, until someone restores them."
                )
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        """Read the bin in the background and list it."""
        self._owner.tasks.run(
            lambda: _edits().deleted_items(self._owner.ws), self._fill, self._owner.report_error
        )

    def _fill(self, found: Any) -> None:
        self.model.clear()
        for v in found.versions:
            when = local_datetime(v.deleted_at)
            item = QStandardItem(
                self.tr("Version “{v}” of “{d}” (deleted {when})").format(
                    v=isolate(v.label), d=isolate(v.document_title), when=when
                )
            )
            item.setData(("version", v.id, v.label), ITEM_ROLE)
            self.model.appendRow(item)
        for d in found.documents:
            item = QStandardItem(
                self.tr("Document “{d}” with %Ln version(s)", "", d.versions).format(
                    d=isolate(d.title)
                )
            )
            item.setData(("document", d.id, d.title), ITEM_ROLE)
            self.model.appendRow(item)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(has)
        if has:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def restore_selected(self) -> None:
        """Restore the selected version or document, then list the bin again."""
        index = self.list.currentIndex()
        if not index.isValid():
            return
        kind, ident, name = index.data(ITEM_ROLE)
        self._owner.restore(kind, ident, name)
        self.refresh()
