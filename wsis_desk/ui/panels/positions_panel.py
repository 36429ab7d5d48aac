"""Positions of the selected paragraph (any version, via lineage), with add/edit/delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.positions import STANCE_GLYPHS, PositionSource, Stance
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import isolate, translated, value_word
from wsis_desk.ui.models.record_model import Index, RecordTableModel
from wsis_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wsis_desk.services.positions import PositionInfo


# Undo texts are worded in the panel's context; a name pyside6-lupdate recognises.
translate = QCoreApplication.translate


def _svc() -> Any:
    """The positions service, imported on first use (it loads SQLAlchemy)."""
    from wsis_desk.services import positions

    return positions


STANCE_WORDS = {
    Stance.SUPPORT: QT_TRANSLATE_NOOP("words", "supports"),
    Stance.OPPOSE: QT_TRANSLATE_NOOP("words", "opposes"),
    Stance.AMEND: QT_TRANSLATE_NOOP("words", "amends"),
    Stance.RESERVE: QT_TRANSLATE_NOOP("words", "reservation"),
    Stance.RED_LINE: QT_TRANSLATE_NOOP("words", "red line"),
    Stance.FLEXIBLE: QT_TRANSLATE_NOOP("words", "flexible"),
    Stance.UNKNOWN: QT_TRANSLATE_NOOP("words", "unknown"),
}


def stance_text(stance: Stance) -> str:
    """Glyph and word: readable without colour and by a screen reader."""
    return f"{STANCE_GLYPHS[stance]} {translated('words', STANCE_WORDS[stance])}"


class PositionsModel(RecordTableModel["PositionInfo"]):
    """One row per position; positions whose paragraph changed since are flagged."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Party"),
        QT_TRANSLATE_NOOP("columns", "Stance"),
        QT_TRANSLATE_NOOP("columns", "Source"),
        QT_TRANSLATE_NOOP("columns", "What was said"),
        QT_TRANSLATE_NOOP("columns", "Recorded on"),
        QT_TRANSLATE_NOOP("columns", "Review"),
    )
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.record_at(index)
        if p is None:
            return None
        col = index.column()
        if role == self.ID_ROLE:
            return p.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            said = (p.wording or p.source_text or p.note).replace("\n", " ")
            review = self.tr("⚠ text changed since — review") if p.text_changed_since else ""
            return (
                p.party,
                stance_text(p.stance),
                value_word(p.source.value),
                isolate(said),  # free text keeps its own direction in Arabic
                p.recorded_in or "",
                review,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return p.source_text or p.wording or p.note
        if role == Qt.ItemDataRole.FontRole and (
            (col == 5 and p.text_changed_since) or (col == 1 and p.stance is Stance.RED_LINE)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PositionDialog(QDialog):
    """Add or edit one position."""

    def __init__(self, parent: QWidget | None = None, info: PositionInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit position") if info else self.tr("Add position"))
        self.setAccessibleName(self.windowTitle())
        self.party = QLineEdit(info.party if info else "")
        self.party.setPlaceholderText(self.tr("USA, G77, Grupo Sur…"))
        self.party.setAccessibleName(self.tr("Party or actor"))
        self.party.setEnabled(info is None)
        self.new_actor = QCheckBox(self.tr("Add as a new actor when not in the registry"))
        self.new_actor.setAccessibleName(self.tr("Add as a new actor"))
        self.new_actor.setVisible(info is None)
        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Stance"))
        for s in Stance:
            self.stance.addItem(stance_text(s), s.value)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        for src in PositionSource:
            self.source.addItem(value_word(src.value), src.value)
        self.wording = QPlainTextEdit(info.wording if info else "")
        self.wording.setAccessibleName(self.tr("Proposed wording"))
        self.meeting = QLineEdit((info.meeting or "") if info else "")
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.note = QPlainTextEdit(info.note if info else "")
        self.note.setAccessibleName(self.tr("Note"))
        if info is not None:
            self.stance.setCurrentIndex(self.stance.findData(info.stance.value))
            self.source.setCurrentIndex(self.source.findData(info.source.value))
        else:
            self.source.setCurrentIndex(self.source.findData(PositionSource.OBSERVED.value))
        form = QFormLayout(self)
        form.addRow(self.tr("&Party"), self.party)
        form.addRow("", self.new_actor)
        form.addRow(self.tr("&Stance"), self.stance)
        form.addRow(self.tr("S&ource"), self.source)
        form.addRow(self.tr("&Wording"), self.wording)
        form.addRow(self.tr("&Meeting"), self.meeting)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The editable values entered (what ``edit_position`` takes)."""
        return {
            "stance": self.stance.currentData(),
            "source": self.source.currentData(),
            "wording": self.wording.toPlainText().strip(),
            "meeting": self.meeting.text().strip() or None,
            "note": self.note.toPlainText().strip(),
        }


class _Command(QUndoCommand):
    """Runs one service call per redo/undo through the task runner, then refreshes."""

    def __init__(self, panel: PositionsPanel, text: str) -> None:
        super().__init__(text)
        self._panel = panel

    def _run(self, job: Callable[[], object]) -> None:
        self._panel.run(job)


class AddPositionCommand(_Command):
    """Add a position; undo deletes it (tombstone), redo brings it back."""

    def __init__(self, panel: PositionsPanel, where: tuple[str, int], values: dict[str, Any]):
        super().__init__(panel, translate("PositionsPanel", "Add position"))
        self._where, self._values = where, values
        self.position_id: str | None = None

    def redo(self) -> None:
        ws = self._panel.workspace

        def job() -> object:
            if self.position_id is None:
                info = _svc().add_position_at(
                    ws, version_id=self._where[0], ordinal=self._where[1], **self._values
                )
                self.position_id = info.id  # set on the worker: later jobs see it (FIFO)
                return info
            _svc().set_deleted(ws, self.position_id, False)
            return None

        self._run(job)

    def undo(self) -> None:
        ws = self._panel.workspace
        self._run(lambda: _svc().set_deleted(ws, self.position_id or "", True))


class EditPositionCommand(_Command):
    """Change a position's values; undo restores the values before."""

    def __init__(
        self, panel: PositionsPanel, position_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        super().__init__(panel, translate("PositionsPanel", "Edit position"))
        self._id, self._before, self._after = position_id, before, after

    def redo(self) -> None:
        ws = self._panel.workspace
        self._run(lambda: _svc().edit_position(ws, self._id, **self._after))

    def undo(self) -> None:
        ws = self._panel.workspace
        self._run(lambda: _svc().edit_position(ws, self._id, **self._before))


class DeletePositionCommand(_Command):
    """Delete a position (tombstone); undo brings it back."""

    def __init__(self, panel: PositionsPanel, position_id: str) -> None:
        super().__init__(panel, translate("PositionsPanel", "Delete position"))
        self._id = position_id

    def redo(self) -> None:
        ws = self._panel.workspace
        self._run(lambda: _svc().set_deleted(ws, self._id, True))

    def undo(self) -> None:
        ws = self._panel.workspace
        self._run(lambda: _svc().set_deleted(ws, self._id, False))


class PositionsPanel(QWidget):
    """The inspector's positions section for one paragraph of one version."""

    positions_changed = Signal(str)  # version id whose positions changed

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.undo_stack = undo_stack or QUndoStack(self)
        self.setAccessibleName(self.tr("Positions on the selected paragraph"))
        self._where: tuple[str, int] | None = None
        self.heading = QLabel(self.tr("Positions: select a paragraph."))
        self.heading.setAccessibleName(self.tr("Positions heading"))
        self.model = PositionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Positions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add position…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for button, name in (
            (self.add_button, self.tr("Add a position")),
            (self.edit_button, self.tr("Edit the selected position")),
            (self.delete_button, self.tr("Delete the selected position")),
        ):
            button.setAccessibleName(name)
            button.setEnabled(False)
        self.add_button.clicked.connect(self.add_position)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_paragraph(self, version_id: str, ordinal: int, label: str) -> None:
        """Show the positions on paragraph ``ordinal`` of a version (found through lineage)."""
        self._where = (version_id, ordinal)
        self._label = label
        self.add_button.setEnabled(True)
        self.refresh()

    def clear(self) -> None:
        """Back to the empty state."""
        self._where = None
        self.model.set_records(())
        self.heading.setText(self.tr("Positions: select a paragraph."))
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(False)

    def refresh(self) -> None:
        """Reload the positions of the shown paragraph."""
        if self._where is None:
            return
        version_id, ordinal = self._where
        ws = self.workspace

        def done(found: list[PositionInfo]) -> None:
            self.model.set_records(found)
            self.table.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
            changed = sum(1 for p in found if p.text_changed_since)
            text = self.tr("Positions on {label}: {n}").format(
                label=isolate(self._label), n=len(found)
            )
            if changed:
                text += " — " + self.tr("%Ln to review (text changed)", "", changed)
            self.heading.setText(text)
            self._on_selection_changed()

        self.tasks.run(lambda: _svc().positions_at(ws, version_id, ordinal), done, self._on_error)

    def run(self, job: Callable[[], object]) -> None:
        """Run one service call of an undo command, then refresh and announce the change."""

        def done(_result: object) -> None:
            if self._where is not None:
                self.positions_changed.emit(self._where[0])
            self.refresh()

        self.tasks.run(job, done, self._on_error)

    def selected(self) -> PositionInfo | None:
        """The selected position, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add_position(self, values: dict[str, Any] | None = None) -> None:
        """Ask for a position (or use ``values``) and add it as an undoable command."""
        if self._where is None:
            return
        if not values:
            dialog = PositionDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = {
                "party": dialog.party.text().strip(),
                "new_actor": dialog.new_actor.isChecked(),
                **dialog.values(),
            }
        self.undo_stack.push(AddPositionCommand(self, self._where, dict(values)))

    def edit_selected(self, values: dict[str, Any] | None = None) -> None:
        """Edit the selected position (or apply ``values``) as an undoable command."""
        info = self.selected()
        if info is None:
            return
        if not values:
            dialog = PositionDialog(self, info)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        before = {k: getattr(info, k) for k in values}
        before = {k: (v.value if hasattr(v, "value") else v) for k, v in before.items()}
        self.undo_stack.push(EditPositionCommand(self, info.id, before, dict(values)))

    def delete_selected(self) -> None:
        """Delete the selected position as an undoable command."""
        info = self.selected()
        if info is not None:
            self.undo_stack.push(DeletePositionCommand(self, info.id))

    def _on_selection_changed(self, *_: object) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)
