"""The inputs ledger (SPMG step 8): inputs, their disposition with history, report export."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.positions import Disposition
from wsis_desk.services.inputs import (
    InputInfo,
    InputList,
    add_input,
    list_inputs,
    set_disposition,
    set_evidence,
)
from wsis_desk.services.printing import report_pdf
from wsis_desk.services.reports import export_report
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.printing import PrintSource
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.dialogs.forms import form_with_ok_cancel
from wsis_desk.ui.i18n import isolate, local_datetime, select_row, translated
from wsis_desk.ui.models.record_model import Index, RecordTableModel
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.flow_layout import FlowLayout

DISPOSITION_WORDS = {
    Disposition.PENDING: QT_TRANSLATE_NOOP("words", "pending"),
    Disposition.REFLECTED: QT_TRANSLATE_NOOP("words", "reflected"),
    Disposition.PARTIALLY_REFLECTED: QT_TRANSLATE_NOOP("words", "partially reflected"),
    Disposition.NOT_REFLECTED: QT_TRANSLATE_NOOP("words", "not reflected"),
    Disposition.WITHDRAWN: QT_TRANSLATE_NOOP("words", "withdrawn"),
}


class InputsModel(RecordTableModel[InputInfo]):
    """One row per input."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Date"),
        QT_TRANSLATE_NOOP("columns", "Submitter"),
        QT_TRANSLATE_NOOP("columns", "Group"),
        QT_TRANSLATE_NOOP("columns", "Title"),
        QT_TRANSLATE_NOOP("columns", "Paragraphs"),
        QT_TRANSLATE_NOOP("columns", "Outcome"),
        QT_TRANSLATE_NOOP("columns", "Reason"),
        QT_TRANSLATE_NOOP("columns", "Landed"),
    )

    def set_inputs(self, inputs: Sequence[InputInfo]) -> None:
        """Replace the rows; an InputList stays lazy (records are made as rows are shown)."""
        if not isinstance(inputs, InputList):
            inputs = tuple(inputs)
        self.beginResetModel()
        self._rows = inputs
        self.endResetModel()

    def row_of(self, input_id: str | None) -> int | None:
        """The row showing the input ``input_id``, if any (without making every record)."""
        rows = self._rows
        ids = rows.ids if isinstance(rows, InputList) else tuple(i.id for i in rows)
        return ids.index(input_id) if input_id in ids else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        i = self.record_at(index)
        if i is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()  # one column's text only: views ask cell by cell
            if column == 4:
                return ", ".join(i.target_labels)
            if column == 5:
                return translated("words", DISPOSITION_WORDS[i.disposition])
            return (
                i.submitted_on or "",
                i.submitter,
                i.stakeholder_group,
                isolate(i.title),  # free text keeps its own direction in Arabic
                "",
                "",
                isolate(i.reason),
                i.evidence,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return i.text or i.file_name or ""
        if (
            role == Qt.ItemDataRole.FontRole
            and index.column() == 5
            and i.disposition is Disposition.PENDING
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class AddInputDialog(QDialog):
    """Ask for a new input's submitter, title, text, paragraphs and date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add stakeholder input"))
        self.setAccessibleName(self.windowTitle())
        self.submitter = QLineEdit()
        self.submitter.setPlaceholderText(self.tr("Civil society, Private sector, USA…"))
        self.title = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("2025-10-14")
        self.paragraphs = QLineEdit()
        self.paragraphs.setPlaceholderText(self.tr("OP5, PP3"))
        self.text = QPlainTextEdit()
        form_with_ok_cancel(
            self,
            (
                (self.tr("&Submitter"), self.submitter, self.tr("Submitter")),
                (self.tr("&Title"), self.title, self.tr("Title")),
                (self.tr("&Date"), self.date, self.tr("Date submitted")),
                (self.tr("&Paragraphs"), self.paragraphs, self.tr("Target paragraphs")),
                (self.tr("Te&xt"), self.text, self.tr("What was asked")),
            ),
        )


class InputsView(QWidget):
    """Ledger of inputs for one document; disposition editing; transparency report export."""

    inputs_changed = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.setAccessibleName(self.tr("Inputs ledger"))
        self._document: str | None = None
        self._version: str | None = None
        self.model = InputsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stakeholder inputs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the rows on screen, not from thousands (and at most 220 px).
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add input…"))
        self.add_button.setAccessibleName(self.tr("Add a stakeholder input"))
        self.pdf_button = QPushButton(self.tr("Report &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the transparency report as PDF"))
        self.docx_button = QPushButton(self.tr("Report &DOCX…"))
        self.docx_button.setAccessibleName(self.tr("Export the transparency report as DOCX"))
        self.disposition = QComboBox()
        self.disposition.setAccessibleName(self.tr("Outcome"))
        for d in Disposition:
            self.disposition.addItem(translated("words", DISPOSITION_WORDS[d]), d.value)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why: where it landed, or why not"))
        self.reason.setMaximumHeight(70)
        self.apply_button = QPushButton(self.tr("&Set outcome"))
        self.apply_button.setAccessibleName(self.tr("Set the outcome of the selected input"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Outcome history"))
        self.history.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Selected input"))
        side = QWidget()
        form = QFormLayout(side)
        form.addRow(self.details)
        form.addRow(self.tr("&Outcome"), self.disposition)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.apply_button)
        form.addRow(QLabel(self.tr("History")))
        form.addRow(self.history)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        bar = FlowLayout()  # wraps at large text sizes
        bar.addWidget(self.add_button)
        bar.add_group(self.pdf_button, self.docx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.add_button.clicked.connect(lambda: self.add_input())
        self.apply_button.clicked.connect(lambda: self.apply_disposition())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()
        self._enable(False)

    def show_document(self, document: str, version: str | None = None) -> None:
        """List the inputs on a document (targets labelled in ``version`` for new ones)."""
        self._document, self._version = document, version
        self._enable(True)
        self.refresh()

    def _fit_columns(self) -> None:
        """Columns as wide as their words, up to about 24 letters each."""
        self.table.resizeColumnsToContents()
        cap = 24 * self.fontMetrics().averageCharWidth()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._fit_columns()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the ledger, keeping ``select_id`` (or the current input) selected."""
        if self._document is None:
            return
        current = self.selected()
        keep = select_id or (current.id if current else None)
        doc, ws = self._document, self.workspace

        def done(found: Sequence[InputInfo]) -> None:
            self.model.set_inputs(found)
            self._fit_columns()
            row = self.model.row_of(keep)
            if row is not None:
                select_row(self.table, row)
            self._on_selection_changed()

        self.tasks.run(lambda: list_inputs(ws, doc), done, self._on_error)

    def selected(self) -> InputInfo | None:
        """The selected input, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add_input(self, dialog: AddInputDialog | None = None) -> None:
        """Ask for an input (or read a filled ``dialog``) and add it."""
        if self._document is None:
            return
        if dialog is None:
            dialog = AddInputDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        doc, ver, ws = self._document, self._version, self.workspace
        paragraphs = tuple(p.strip() for p in dialog.paragraphs.text().split(",") if p.strip())
        submitter, title = dialog.submitter.text().strip(), dialog.title.text().strip()
        text, when = dialog.text.toPlainText().strip(), dialog.date.text().strip() or None
        self.tasks.run(
            lambda: add_input(
                ws,
                document=doc,
                version=ver,
                paragraphs=paragraphs,
                new_actor=True,
                submitter=submitter,
                title=title,
                text=text,
                submitted_on=when,
            ),
            lambda info: self._changed(info.id),
            self._on_error,
        )

    def apply_disposition(self) -> None:
        """Set the chosen outcome and reason on the selected input (joins its history)."""
        info = self.selected()
        if info is None:
            return
        ws, value = self.workspace, self.disposition.currentData()
        reason = self.reason.toPlainText().strip()
        self.tasks.run(
            lambda: set_disposition(ws, info.id, value, reason=reason),
            lambda new: self._changed(new.id),
            self._on_error,
        )

    def use_evidence(self, version_id: str, ordinal: int) -> None:
        """Record where the selected input landed: a paragraph picked in the compare view."""
        info = self.selected()
        if info is None:
            return
        ws = self.workspace
        self.tasks.run(
            lambda: set_evidence(ws, info.id, version_id=version_id, ordinal=ordinal),
            lambda new: self._changed(new.id),
            self._on_error,
        )

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Write the transparency report as ``pdf`` or ``docx``."""
        if self._document is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export transparency report"),
                f"transparency-report.{fmt}",
                f"{fmt.upper()} (*.{fmt})",
            )
            if not chosen:
                return
            path = Path(chosen)
        doc, ws, target = self._document, self.workspace, path
        self.tasks.run(
            lambda: export_report(ws, doc, target, fmt=fmt),
            lambda _r: None,
            self._on_error,
            label=self.tr("Writing the report…"),
        )

    def _changed(self, input_id: str) -> None:
        self.inputs_changed.emit()
        self.refresh(input_id)

    def _on_selection_changed(self, *_: object) -> None:
        info = self.selected()
        self.apply_button.setEnabled(info is not None)
        self.history.clear()
        if info is None:
            self.details.setText(self.tr("Select an input to set its outcome."))
            return
        # the submitter's words, shown as written ("<OP5>", "R&D"): escaped for the rich text
        self.details.setText(f"<b>{escape(info.title)}</b><br>{escape(info.text[:400])}")
        self.disposition.setCurrentIndex(self.disposition.findData(info.disposition.value))
        self.reason.setPlainText(info.reason)
        for h in reversed(info.history):
            word = translated("words", DISPOSITION_WORDS[h.disposition])
            self.history.addItem(
                f"{local_datetime(h.changed_at)}  {word} — {h.changed_by}"
                + (f": {h.reason}" if h.reason else "")
            )

    def _enable(self, on: bool) -> None:
        for w in (self.add_button, self.pdf_button, self.docx_button):
            w.setEnabled(on)

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)

    def print_source(self) -> PrintSource | None:
        """File › Print…: the transparency report, as Report PDF… writes it."""
        if self._document is None:
            return None
        doc, ws = self._document, self.workspace
        title = self.tr("Transparency report: {document}").format(document=isolate(doc))
        return PrintSource(title, lambda: report_pdf(ws, doc))
