"""Commitments (SPMG step 11): who, what, by when; overdue ones marked by words, weight and sign."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.positions import CommitmentStatus
from wsis_desk.core.reports import CommitmentLine
from wsis_desk.services.commitments import add_commitment, edit_commitment, list_commitments
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.dialogs.forms import form_with_ok_cancel
from wsis_desk.ui.i18n import translated
from wsis_desk.ui.models.record_model import Index, RecordTableModel
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.flow_layout import FlowLayout

STATUS_TEXT = {
    CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("words", "open"),
    CommitmentStatus.DONE: QT_TRANSLATE_NOOP("words", "✔ done"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("words", "dropped"),
    CommitmentStatus.OVERDUE: QT_TRANSLATE_NOOP("words", "!! OVERDUE"),
}


class CommitmentsModel(RecordTableModel[CommitmentLine]):
    """One row per commitment; overdue rows are bold and say so."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Status"),
        QT_TRANSLATE_NOOP("columns", "Due"),
        QT_TRANSLATE_NOOP("columns", "Who"),
        QT_TRANSLATE_NOOP("columns", "Paragraphs"),
        QT_TRANSLATE_NOOP("columns", "What"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        c = self.record_at(index)
        if c is None:
            return None
        late = c.status is CommitmentStatus.OVERDUE
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()  # one column's text only: views ask cell by cell
            if column == 0:
                return translated("words", STATUS_TEXT[c.status])
            if column == 3:
                return ", ".join(c.paragraphs)
            return ("", c.due_on or "—", c.who, "", c.what)[column]
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and late:
            return self.tr("Overdue: the due date has passed and it is not done.")
        return None


class AddCommitmentDialog(QDialog):
    """Ask who committed to what, by when, on which paragraphs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add commitment"))
        self.setAccessibleName(self.windowTitle())
        self.who = QLineEdit()
        self.what = QLineEdit()
        self.due = QLineEdit()
        self.due.setPlaceholderText("2025-12-31")
        self.paragraphs = QLineEdit()
        self.paragraphs.setPlaceholderText(self.tr("OP5, PP3"))
        form_with_ok_cancel(
            self,
            (
                (self.tr("&Who"), self.who, self.tr("Who committed")),
                (self.tr("W&hat"), self.what, self.tr("What was committed")),
                (self.tr("&Due"), self.due, self.tr("Due date")),
                (self.tr("&Paragraphs"), self.paragraphs, self.tr("Linked paragraphs")),
            ),
        )


class CommitmentsView(QWidget):
    """The list of commitments of a document, overdue first; add, mark done or dropped."""

    commitments_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.today = today
        self.setAccessibleName(self.tr("Commitments"))
        self._document: str | None = None
        self._version: str | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Commitments summary"))
        self.model = CommitmentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Commitments list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first 100 rows (and those on screen), not from all of them.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add commitment…"))
        self.add_button.setAccessibleName(self.tr("Add a commitment"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected commitment done"))
        self.drop_button = QPushButton(self.tr("Mark d&ropped"))
        self.drop_button.setAccessibleName(self.tr("Mark the selected commitment dropped"))
        bar = FlowLayout()  # wraps at large text sizes
        for b in (self.add_button, self.done_button, self.drop_button):
            bar.addWidget(b)
        # No commitment yet: a note above the (empty) list says what they are and how to add one.
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No commitments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.add_button.clicked.connect(lambda: self.add_commitment())
        self.done_button.clicked.connect(lambda: self.set_status("done"))
        self.drop_button.clicked.connect(lambda: self.set_status("dropped"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_button.setEnabled(False)
        self._on_selection_changed()
        self._show_empty_state(0)

    def show_document(self, document: str | None, version: str | None = None) -> None:
        """List the commitments of a document (all when ``document`` is None)."""
        self._document, self._version = document, version
        self.add_button.setEnabled(document is not None)
        self.refresh()

    def _fit_columns(self) -> None:
        """Columns as wide as their words, up to about 35 letters each (the last stretches)."""
        self.table.resizeColumnsToContents()
        cap = 35 * self.fontMetrics().averageCharWidth()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._fit_columns()

    def refresh(self) -> None:
        """Reload the list."""
        doc, ws, today = self._document, self.workspace, self.today

        def done(lines: list[CommitmentLine]) -> None:
            self.model.set_records(lines)
            self._fit_columns()
            late = sum(1 for c in lines if c.status is CommitmentStatus.OVERDUE)
            text = self.tr("%Ln commitment(s)", "", len(lines))
            if late:
                text += " — " + self.tr("!! %Ln overdue (listed first, in bold)", "", late)
            self.summary.setText(text)
            self._show_empty_state(len(lines))
            self._on_selection_changed()

        self.tasks.run(lambda: list_commitments(ws, doc, today=today), done, self._on_error)

    def selected(self) -> CommitmentLine | None:
        """The selected commitment, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add_commitment(self, dialog: AddCommitmentDialog | None = None) -> None:
        """Ask for a commitment (or read a filled ``dialog``) and add it."""
        if self._document is None:
            return
        if dialog is None:
            dialog = AddCommitmentDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        doc, ver, ws, today = self._document, self._version, self.workspace, self.today
        paragraphs = tuple(p.strip() for p in dialog.paragraphs.text().split(",") if p.strip())
        who, what = dialog.who.text().strip(), dialog.what.text().strip()
        due = dialog.due.text().strip() or None
        self.tasks.run(
            lambda: add_commitment(
                ws,
                document=doc,
                version=ver,
                who=who,
                what=what,
                due_on=due,
                paragraphs=paragraphs,
                new_actor=True,
                today=today,
            ),
            lambda _c: self._changed(),
            self._on_error,
        )

    def set_status(self, status: str) -> None:
        """Mark the selected commitment ``done``, ``dropped`` or ``open``."""
        line = self.selected()
        if line is None:
            return
        ws, today = self.workspace, self.today
        self.tasks.run(
            lambda: edit_commitment(ws, line.id, status=status, today=today),
            lambda _c: self._changed(),
            self._on_error,
        )

    def _changed(self) -> None:
        self.commitments_changed.emit()
        self.refresh()

    def _on_selection_changed(self, *_: object) -> None:
        has = self.selected() is not None
        self.done_button.setEnabled(has)
        self.drop_button.setEnabled(has)

    def _show_empty_state(self, count: int) -> None:
        self.empty.setVisible(count == 0)
        if count:
            return
        if self._document is None:
            self.empty.setText(
                self.tr(
                    "Commitments (step 11 of the guidelines) record who undertook to do what, "
                    "by when, and which paragraphs it serves.\n\nChoose a version in the "
                    "library, then press Add commitment… to record one for its document."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No commitment recorded for this document yet.\n\nPress Add commitment… "
                    "to record who undertook to do what, by when, and the paragraphs it serves."
                )
            )

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)
