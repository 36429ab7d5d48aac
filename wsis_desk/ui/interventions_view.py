"""Interventions: the list and an editor with a live word count and timing against the slot."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.interventions import MAX_WPM, MIN_WPM, UN_LANGUAGES, Intervention, Status
from wsis_desk.core.speech import DEFAULT_WPM, Timing, estimate
from wsis_desk.services import interventions as service
from wsis_desk.services.documents import list_documents
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.errors import show_error
from wsis_desk.ui.intervention_model import (
    INTERVENTION_ROLE,
    InterventionTableModel,
    Severity,
    timing_text,
    units_text,
    verdict_words,
)
from wsis_desk.ui.tasks import TaskRunner

TIMING_DEBOUNCE_MS = 150


class InterventionEditor(QWidget):
    """The fields of one intervention; the timing follows the text as it is typed."""

    timing_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Intervention | None = None
        self._loaded_refs: tuple[str | None, str] = (None, "")
        self.title = QLineEdit()
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("party code or name, e.g. Civil Society Caucus"))
        self.meeting = QLineEdit()
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(UN_LANGUAGES)
        self.limit = QSpinBox()
        self.limit.setRange(0, 3600)
        self.limit.setSingleStep(15)
        self.limit.setSuffix(self.tr(" s"))
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.wpm = QSpinBox()
        self.wpm.setRange(MIN_WPM, MAX_WPM)
        self.wpm.setSuffix(self.tr(" words/min"))
        self.wpm.setToolTip(self.tr("Interpretable pace: about 100–120 words a minute"))
        self.status = QComboBox()
        for s in Status:
            self.status.addItem(self.tr(s.value), s.value)
        self.document = QComboBox()
        self.document.addItem(self.tr("— no document —"), None)
        self.paragraphs = QLineEdit()
        self.paragraphs.setPlaceholderText(self.tr("labels, e.g. OP3, OP5bis or OP3-OP5"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The statement as it will be delivered…"))
        for widget, name in (
            (self.title, "Title"),
            (self.speaker, "Speaker"),
            (self.meeting, "Meeting"),
            (self.language, "Language"),
            (self.limit, "Time limit in seconds"),
            (self.wpm, "Pace in words a minute"),
            (self.status, "Status"),
            (self.document, "Document referred to"),
            (self.paragraphs, "Paragraph labels referred to"),
            (self.text, "Statement text"),
        ):
            widget.setAccessibleName(self.tr(name))
        self.count = QLabel()
        big = QFont(self.count.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.count.setFont(big)
        self.count.setAccessibleName(self.tr("Word count"))
        self.timing = QLabel()
        self.timing.setAccessibleName(self.tr("Speaking time"))
        self.verdict_icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Timing verdict"))
        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TIMING_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.update_timing)
        self.text.textChanged.connect(self._debounce.start)
        self.language.currentTextChanged.connect(self._debounce.start)
        self.limit.valueChanged.connect(self._debounce.start)
        self.wpm.valueChanged.connect(self._debounce.start)
        self.load(None)

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("S&peaker:"), self.speaker)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        slot = QHBoxLayout()
        for label, widget in (
            (self.tr("&Language:"), self.language),
            (self.tr("S&lot:"), self.limit),
            (self.tr("P&ace:"), self.wpm),
            (self.tr("St&atus:"), self.status),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            slot.addWidget(caption)
            slot.addWidget(widget)
        slot.addStretch(1)
        form.addRow(slot)
        refs = QHBoxLayout()
        refs.addWidget(self.document, 2)
        refs.addWidget(self.paragraphs, 1)
        refers = QLabel(self.tr("&Refers to:"))
        refers.setBuddy(self.document)
        form.addRow(refers, refs)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        timing = QVBoxLayout(box)
        first = QHBoxLayout()
        first.addWidget(self.count)
        first.addSpacing(8)
        first.addWidget(self.timing, 1)
        second = QHBoxLayout()
        second.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        second.addWidget(self.verdict, 1)
        timing.addLayout(first)
        timing.addLayout(second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(box)

    def set_documents(self, names: list[tuple[str, str]]) -> None:
        """Offer these documents as (id, title-or-symbol) for paragraph references."""
        current = self.document.currentData()
        self.document.clear()
        self.document.addItem(self.tr("— no document —"), None)
        for ident, name in names:
            self.document.addItem(name, ident)
        self._select_document(current)

    def _select_document(self, ident: str | None) -> None:
        self.document.setCurrentIndex(max(0, self.document.findData(ident)))

    def load(self, item: Intervention | None) -> None:
        """Show ``item``, or empty fields for a new intervention."""
        self.current = item
        self.title.setText(item.title if item else "")
        self.speaker.setText(item.speaker or "" if item else "")
        self.meeting.setText(item.meeting or "" if item else "")
        self.language.setCurrentText(item.language if item else "en")
        self.limit.setValue(item.limit_seconds or 0 if item else 120)
        self.wpm.setValue(item.wpm if item else DEFAULT_WPM)
        self.status.setCurrentIndex(
            max(0, self.status.findData(item.status.value if item else "draft"))
        )
        doc_id = item.document.id if item and item.document else None
        self._select_document(doc_id)
        labels = ", ".join(item.labels) if item else ""
        self.paragraphs.setText(labels)
        self._loaded_refs = (doc_id, labels)
        self.text.setPlainText(item.text if item else "")
        self.update_timing()

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for add/edit_intervention from the fields."""
        values: dict[str, Any] = {
            "title": self.title.text(),
            "speaker": self.speaker.text().strip() or None,
            "meeting": self.meeting.text().strip() or None,
            "language": self.language.currentText().strip(),
            "limit_seconds": self.limit.value() or None,
            "wpm": self.wpm.value(),
            "status": self.status.currentData(),
            "text": self.text.toPlainText(),
        }
        refs = (self.document.currentData(), self.paragraphs.text().strip())
        if self.current is None or refs != self._loaded_refs:
            values["document"] = self.document.currentText() if refs[0] else None
            if refs[0]:
                values["paragraphs"] = refs[1]
        return values

    def snapshot(self) -> Intervention:
        """What the fields say now, as a record (for speaker mode before saving)."""
        base = self.current or Intervention(
            "", "", None, None, "en", None, DEFAULT_WPM, "", None, (), Status.DRAFT, None, ""
        )
        return dataclasses.replace(
            base,
            title=self.title.text(),
            speaker=self.speaker.text() or None,
            language=self.language.currentText().strip() or "en",
            limit_seconds=self.limit.value() or None,
            wpm=self.wpm.value(),
            text=self.text.toPlainText(),
        )

    def current_timing(self) -> Timing:
        """The timing of the text as typed (language codes the service rejects count as en)."""
        language = self.language.currentText().strip() or "en"
        return estimate(
            self.text.toPlainText(),
            language=language,
            wpm=self.wpm.value(),
            limit_seconds=self.limit.value() or None,
        )

    def update_timing(self) -> None:
        """Recompute the count, the time and the verdict now (typing calls this debounced)."""
        t = self.current_timing()
        self.count.setText(units_text(t, t.units))
        self.timing.setText(timing_text(t))
        severity, words = verdict_words(t)
        font = QFont(self.verdict.font())
        font.setBold(severity is not Severity.OK)
        self.verdict.setFont(font)
        self.verdict.setText(("⚠ " if severity is Severity.WARNING else "") + words)
        icon = {
            Severity.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
            Severity.CAUTION: QStyle.StandardPixmap.SP_MessageBoxInformation,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        }[severity]
        size = self.fontMetrics().height() + 4
        self.verdict_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.verdict_icon.setAccessibleName(severity.value)
        self.timing_changed.emit(t)


class InterventionsView(QWidget):
    """List of interventions beside the editor; every database call goes through ``tasks``."""

    speaker_mode_requested = Signal(object)  # Intervention, as currently edited
    add_to_pack_requested = Signal(list)  # ids of the selected interventions
    intervention_saved = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        self.tasks = tasks
        self.model = InterventionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Interventions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InterventionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            InterventionTableModel.SPEAKER, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(
            InterventionTableModel.SPEAKER, self.fontMetrics().horizontalAdvance("CSO caucus XX")
        )
        self.table.setWordWrap(False)
        self.editor = InterventionEditor()
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.deliver_button = QPushButton(self.tr("Mark deli&vered"))
        self.speaker_button = QPushButton(self.tr("Spea&ker mode"))
        self.pack_button = QPushButton(self.tr("Add to &pack"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Last action"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button, self.deliver_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.speaker_button)
        buttons.addWidget(self.pack_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.deliver_button.clicked.connect(self.mark_delivered)
        self.speaker_button.clicked.connect(
            lambda: self.speaker_mode_requested.emit(self.editor.snapshot())
        )
        self.pack_button.clicked.connect(self._on_pack_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_buttons()
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload interventions and documents in the background; select ``select`` after."""

        def work() -> Any:
            docs = [(d.id, d.symbol or d.title) for d in list_documents(self._ws)]
            return service.list_interventions(self._ws), docs

        def done(result: Any) -> None:
            items, docs = result
            self.editor.set_documents(docs)
            self.model.set_items(items)
            wanted = select or (self.editor.current.id if self.editor.current else None)
            row = self.model.row_of(wanted) if wanted else None
            if row is not None:
                self.table.selectRow(row)
            self._update_buttons()

        self.tasks.run(work, done, self._on_error)

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows]

    def new(self) -> None:
        """Clear the editor for a new intervention."""
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.title.setFocus()
        self._update_buttons()

    def save(self) -> None:
        """Add or update the intervention in the background."""
        changes = self.editor.changes()
        current = self.editor.current

        def work() -> Intervention:
            if current is None:
                return service.add_intervention(self._ws, **changes)
            return service.edit_intervention(self._ws, current.id, **changes)

        def done(item: Intervention) -> None:
            self.editor.load(item)
            self.message.setText(self.tr("Saved “{t}”.").format(t=item.title))
            self.intervention_saved.emit(item)
            self.refresh(select=item.id)

        self.tasks.run(work, done, self._on_error, label=self.tr("Saving…"))

    def delete_current(self) -> None:
        """Delete the intervention in the editor (a tombstone that syncs)."""
        current = self.editor.current
        if current is None:
            return

        def done(item: Intervention) -> None:
            self.message.setText(self.tr("Deleted “{t}”.").format(t=item.title))
            self.editor.load(None)
            self.refresh()

        self.tasks.run(
            lambda: service.delete_intervention(self._ws, current.id), done, self._on_error
        )

    def mark_delivered(self) -> None:
        """Record that the statement in the editor was delivered now."""
        current = self.editor.current
        if current is None:
            return

        def done(item: Intervention) -> None:
            self.editor.load(item)
            self.message.setText(self.tr("Marked “{t}” delivered.").format(t=item.title))
            self.refresh(select=item.id)

        self.tasks.run(lambda: service.mark_delivered(self._ws, current.id), done, self._on_error)

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            item = rows[0].data(INTERVENTION_ROLE)
            if self.editor.current is None or self.editor.current.id != item.id:
                self.editor.load(item)
        self._update_buttons()

    def _on_pack_clicked(self) -> None:
        ids = self.selected_ids() or ([self.editor.current.id] if self.editor.current else [])
        if ids:
            self.add_to_pack_requested.emit(ids)

    def _update_buttons(self) -> None:
        stored = self.editor.current is not None
        self.delete_button.setEnabled(stored)
        self.deliver_button.setEnabled(stored)
        self.pack_button.setEnabled(stored or bool(self.selected_ids()))

    def _on_error(self, error: BaseException, details: str) -> None:
        self.message.setText(str(error))
        show_error(self, error, details)
