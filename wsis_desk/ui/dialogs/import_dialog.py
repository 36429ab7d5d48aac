"""Ask what a new draft is: which document, which version label, when it was circulated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wsis_desk.ui.i18n import translated

FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Drafts (*.docx *.pdf *.txt *.md);;All files (*)")


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What the person asked to import."""

    path: Path
    document: str
    label: str | None
    circulated_at: datetime | None
    symbol: str | None


class ImportDialog(QDialog):
    """File, document (existing or new), version label, circulation time, symbol."""

    def __init__(
        self, documents: list[str], path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a draft"))
        self.setAccessibleName(self.tr("Import a draft"))
        self.file_edit = QLineEdit(str(path) if path else "")
        self.file_edit.setAccessibleName(self.tr("Draft file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit)
        file_row.addWidget(browse)
        self.document = QComboBox()
        self.document.setEditable(True)
        self.document.addItems(documents)
        self.document.setAccessibleName(self.tr("Document"))
        if not documents and path is not None:
            self.document.setEditText(path.stem.replace("_", " "))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Zero draft, Rev.1 (optional)"))
        self.label.setAccessibleName(self.tr("Version label"))
        self.known_time = QCheckBox(self.tr("Circulated at"))
        self.known_time.setChecked(True)
        self.circulated = QDateTimeEdit(QDateTime.currentDateTime())
        self.circulated.setCalendarPopup(True)
        self.circulated.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.circulated.setAccessibleName(self.tr("Circulation date and time"))
        self.known_time.toggled.connect(self.circulated.setEnabled)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. A/80/L.1 (optional)"))
        self.symbol.setAccessibleName(self.tr("Document symbol"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Version"), self.label)
        form.addRow(self.known_time, self.circulated)
        form.addRow(self.tr("Symbol"), self.symbol)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def request(self) -> ImportRequest:
        """The answers as a plain record."""
        when = None
        if self.known_time.isChecked():
            value = self.circulated.dateTime().toPython()
            when = value.astimezone() if isinstance(value, datetime) else None
        return ImportRequest(
            path=Path(self.file_edit.text().strip()),
            document=self.document.currentText().strip(),
            label=self.label.text().strip() or None,
            circulated_at=when,
            symbol=self.symbol.text().strip() or None,
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a draft"), "", translated("ImportDialog", FILE_FILTER)
        )
        if name:
            self.file_edit.setText(name)

    def _on_accept(self) -> None:
        if not self.file_edit.text().strip():
            self.file_edit.setFocus()
            self.file_edit.setPlaceholderText(self.tr("Choose the file to import"))
            return
        if not self.document.currentText().strip():
            self.document.setFocus()
            return
        self.accept()
