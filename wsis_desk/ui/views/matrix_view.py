"""The position matrix: parties x paragraphs with stance glyphs, filters and exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.positions import STANCE_GLYPHS, Stance
from wsis_desk.core.reports import PositionMatrix
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.matrix import position_matrix
from wsis_desk.services.printing import state_of_play_pdf
from wsis_desk.services.reports import export_matrix_csv, export_state_of_play
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.printing import PrintSource
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import direction_mark, isolate, translated
from wsis_desk.ui.models.matrix_model import MatrixModel
from wsis_desk.ui.panels.positions_panel import STANCE_WORDS, PositionDialog
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.fitting import fit_current_item, fit_placeholder
from wsis_desk.ui.widgets.flow_layout import FlowLayout

_Index = QModelIndex | QPersistentModelIndex


def key_text() -> str:
    """Every stance's glyph and word, for the key under the matrix."""
    return "  ".join(f"{STANCE_GLYPHS[s]} {translated('words', STANCE_WORDS[s])}" for s in Stance)


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class MatrixView(QWidget):
    """Filters, the matrix table and CSV / state-of-play exports for one version."""

    cell_activated = Signal(str, str)  # party key, paragraph lineage id

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setAccessibleName(self.tr("Position matrix"))
        self._document: str | None = None
        self._version: str | None = None
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Show a group's members"))
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(14)
        self.group.addItem(self.tr("All parties with positions"), None)
        self.group.addItem(self.tr("All member states"), "*states")
        for party in load_registry():
            if party.kind.value == "group" or party.members:
                self.group.addItem(f"{party.code} — {party.name}", party.code)
        fit_current_item(self.group)  # the long group names widen it only when chosen
        self.red_lines = QCheckBox(self.tr("Only &red lines"))
        self.red_lines.setAccessibleName(self.tr("Only red lines"))
        self.contested = QCheckBox(self.tr("Only &contested paragraphs"))
        self.contested.setAccessibleName(self.tr("Only contested paragraphs"))
        self.ours = QLineEdit()
        self.ours.setPlaceholderText(self.tr("our party, e.g. EU"))
        self.ours.setAccessibleName(self.tr("Our party for the state of play"))
        self.ours.setMaximumWidth(140)
        fit_placeholder(self.ours)  # wider where the words are longer ("наша сторона, напр. ЕС")
        self.csv_button = QPushButton(self.tr("Export CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Export the matrix as CSV"))
        self.pdf_button = QPushButton(self.tr("State of &play PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the one-page state of play as PDF"))
        self.record_button = QPushButton(self.tr("&Record a position…"))
        self.record_button.setAccessibleName(
            self.tr("Record a position of the chosen party on the chosen paragraph")
        )
        self.record_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Matrix summary"))
        self.summary.setWordWrap(True)
        self.key = QLabel(self.tr("Key: {stances}").format(stances=key_text()))
        self.key.setAccessibleName(self.tr("Key to the stance marks"))
        self.key.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parties by paragraphs"))
        self._size_columns()
        self.table.activated.connect(self._on_activated)
        # A cell clicked or reached with the arrow keys: the inspector shows its stances.
        self.table.selectionModel().currentChanged.connect(
            lambda now, _was: self._on_activated(now)
        )
        # Right-click on a cell, or the button: record what that party says on that paragraph.
        self.record_action = QAction(self.tr("Record a position…"), self.table)
        self.record_action.setEnabled(False)
        self.record_action.triggered.connect(lambda: self.record_position())
        self.table.addAction(self.record_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.record_button.clicked.connect(lambda: self.record_position())
        bar = FlowLayout()  # wraps at large text sizes and in small windows
        ours_label = QLabel(self.tr("&Our party:"))
        ours_label.setBuddy(self.ours)
        for w in (self.group, self.red_lines, self.contested):
            bar.addWidget(w)
        bar.add_group(ours_label, self.ours)
        bar.addWidget(self.record_button)
        bar.add_group(self.csv_button, self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.key)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.red_lines.toggled.connect(lambda _c: self.refresh())
        self.contested.toggled.connect(lambda _c: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self._enable(False)

    def show_version(self, document: str, version: str | None) -> None:
        """Draw the matrix of a document's version (name or symbol; label, None = latest).
        "Only red lines" and "Only contested" are cleared for another document: they could
        leave its matrix empty for no reason one sees."""
        if document != self._document:
            for box in (self.red_lines, self.contested):
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self._document, self._version = document, version
        self._enable(True)
        self.refresh()

    def _size_columns(self) -> None:
        """Paragraph columns wide enough for a label such as "OP12(b)" at this text size."""
        width = max(64, self.fontMetrics().horizontalAdvance("OP12(b)") + 12)
        self.table.horizontalHeader().setDefaultSectionSize(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._size_columns()

    def refresh(self) -> None:
        """Rebuild with the current filters."""
        if self._document is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        choice = self.group.currentData()
        group = choice if choice not in (None, "*states") else None
        all_states = choice == "*states"
        red, contested = self.red_lines.isChecked(), self.contested.isChecked()

        def job() -> PositionMatrix:
            return position_matrix(
                ws,
                doc,
                ver,
                group=group,
                all_states=all_states,
                red_lines_only=red,
                contested_only=contested,
            )

        def done(matrix: PositionMatrix) -> None:
            self.model.set_matrix(matrix)
            self.summary.setText(
                direction_mark()
                + self.tr("{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances").format(
                    doc=isolate(matrix.document),
                    ver=isolate(matrix.version_label),
                    rows=len(matrix.rows),
                    cols=len(matrix.columns),
                    n=len(matrix.cells),
                )
            )

        self.tasks.run(job, done, self._on_error, label=self.tr("Building the matrix…"))

    def export_csv(self, path: Path | None = None) -> None:
        """Write the matrix (as filtered) to CSV, asking where when ``path`` is None."""
        if self._document is None:
            return
        target = path or self._ask(self.tr("Export matrix as CSV"), "matrix.csv", "CSV (*.csv)")
        if target is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        choice = self.group.currentData()
        group = choice if choice not in (None, "*states") else None
        red, contested = self.red_lines.isChecked(), self.contested.isChecked()
        self.tasks.run(
            lambda: export_matrix_csv(
                ws,
                doc,
                target,
                version=ver,
                group=group,
                red_lines_only=red,
                contested_only=contested,
            ),
            lambda _n: None,
            self._on_error,
        )

    def export_pdf(self, path: Path | None = None) -> None:
        """Write the one-page state of play, asking where when ``path`` is None."""
        if self._document is None:
            return
        target = path or self._ask(
            self.tr("Export state of play"), "state-of-play.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        ours = self.ours.text().strip() or None
        self.tasks.run(
            lambda: export_state_of_play(ws, doc, target, version=ver, ours=ours),
            lambda _s: None,
            self._on_error,
            label=self.tr("Writing the state of play…"),
        )

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, filters)
        return Path(chosen) if chosen else None

    def _enable(self, on: bool) -> None:
        for w in (self.csv_button, self.pdf_button):
            w.setEnabled(on)

    def _on_activated(self, index: QModelIndex) -> None:
        key = self.model.data(index, MatrixModel.KEY_ROLE)
        on_cell = isinstance(key, tuple)
        self.record_button.setEnabled(on_cell)
        self.record_action.setEnabled(on_cell)
        if isinstance(key, tuple):
            self.cell_activated.emit(key[0], key[1])

    def record_position(self, values: dict[str, Any] | None = None) -> None:
        """Record a position on the chosen cell's paragraph, its party filled in (the dialog
        asks the rest unless ``values`` are given); undoable with Ctrl+Z."""
        index = self.table.currentIndex()
        key = self.model.data(index, MatrixModel.KEY_ROLE)
        if self._document is None or not isinstance(key, tuple):
            return
        if values is None:
            dialog = PositionDialog(self)
            who = self.model.headerData(index.row(), Qt.Orientation.Vertical)
            dialog.party.setText(str(who or ""))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = {
                "party": dialog.party.text().strip(),
                "new_actor": dialog.new_actor.isChecked(),
                **dialog.values(),
            }
        where = (self._document, self._version, key[1])
        self.undo_stack.push(RecordPositionCommand(self, where, dict(values)))

    def run(self, job: Callable[[], object]) -> None:
        """Run a change off the GUI thread, then draw the matrix again."""
        self.tasks.run(job, lambda _r: self.refresh(), self._on_error)

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)

    def print_source(self) -> PrintSource | None:
        """File › Print…: the state of play, as State of play PDF… writes it."""
        if self._document is None:
            return None
        doc, ver, ws = self._document, self._version, self.workspace
        ours = self.ours.text().strip() or None
        title = self.tr("State of play: {document}").format(document=isolate(doc))
        return PrintSource(title, lambda: state_of_play_pdf(ws, doc, version=ver, ours=ours))


class RecordPositionCommand(QUndoCommand):
    """A position recorded from the matrix; undo deletes it (a tombstone), redo brings it back."""

    def __init__(
        self, view: MatrixView, where: tuple[str, str | None, str], values: dict[str, Any]
    ) -> None:
        super().__init__(
            translate("MatrixView", "Record position of {party}").format(party=values["party"])
        )
        self._view, self._where, self._values = view, where, values
        self.position_id: str | None = None

    def redo(self) -> None:
        from wsis_desk.services import positions

        ws, (document, version, lineage) = self._view.workspace, self._where

        def job() -> object:
            if self.position_id is None:
                info = positions.add_position(
                    ws, document=document, version=version, paragraph=lineage, **self._values
                )
                self.position_id = info.id  # set on the worker: later jobs see it (FIFO)
                return info
            positions.set_deleted(ws, self.position_id, False)
            return None

        self._view.run(job)

    def undo(self) -> None:
        from wsis_desk.services import positions

        ws, position = self._view.workspace, self.position_id or ""
        self._view.run(lambda: positions.set_deleted(ws, position, True))
