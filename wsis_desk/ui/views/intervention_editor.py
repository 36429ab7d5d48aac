"""The intervention editor: fields, and a live word count and timing against the slot."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.interventions import MAX_WPM, MIN_WPM, UN_LANGUAGES, Intervention, Status
from wsis_desk.core.speech import DEFAULT_WPM, Timing, estimate
from wsis_desk.ui.i18n import value_word
from wsis_desk.ui.models.intervention_model import (
    Severity,
    timing_text,
    units_text,
    verdict_words,
)
from wsis_desk.ui.widgets.fitting import ElidingComboBox

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
            self.status.addItem(value_word(s.value), s.value)
        self.document = ElidingComboBox()  # a UN document's title can be 30 words long
        self.document.addItem(self.tr("— no document —"), None)
        self.paragraphs = QLineEdit()
        self.paragraphs.setPlaceholderText(self.tr("labels, e.g. OP3, OP5bis or OP3-OP5"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The statement as it will be delivered…"))
        for widget, name in (
            (self.title, self.tr("Title")),
            (self.speaker, self.tr("Speaker")),
            (self.meeting, self.tr("Meeting")),
            (self.language, self.tr("Language")),
            (self.limit, self.tr("Time limit in seconds")),
            (self.wpm, self.tr("Pace in words a minute")),
            (self.status, self.tr("Status")),
            (self.document, self.tr("Document referred to")),
            (self.paragraphs, self.tr("Paragraph labels referred to")),
            (self.text, self.tr("Statement text")),
        ):
            widget.setAccessibleName(name)
        self.count = QLabel()
        big = QFont(self.count.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.count.setFont(big)
        self.count.setAccessibleName(self.tr("Word count"))
        self.timing = QLabel()
        self.timing.setWordWrap(True)
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
        # Two short rows rather than one long one: large text keeps them inside the window.
        pairs = (
            (self.tr("&Language:"), self.language),
            (self.tr("S&lot:"), self.limit),
            (self.tr("P&ace:"), self.wpm),
            (self.tr("St&atus:"), self.status),
        )
        for start in (0, 2):
            row = QHBoxLayout()
            for label, widget in pairs[start : start + 2]:
                caption = QLabel(label)
                caption.setBuddy(widget)
                row.addWidget(caption)
                row.addWidget(widget)
            row.addStretch(1)
            form.addRow(row)
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
        for field in (self.title, self.speaker, self.meeting, self.paragraphs):
            field.setCursorPosition(0)  # a long title shows its beginning, not its end
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
