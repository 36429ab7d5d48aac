"""Ask what a new draft is: which document, which version label, when it was circulated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wsis_desk.core.draft_name import DraftName
from wsis_desk.ui.i18n import isolate, translated

FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Drafts (*.docx *.pdf *.txt *.md);;All files (*)")


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What the person asked to import."""

    path: Path
    document: str
    label: str | None
    circulated_at: datetime | None
    symbol: str | None
    ocr: bool = False  # a scanned PDF read by OCR (approximate), once the person said so


class ImportDialog(QDialog):
    """File, document (existing or new), version label, circulation time, symbol.

    It never guesses the document: unless the person picks an existing one, it proposes a
    new document named from the draft itself (``describe``: its symbol and title line).
    """

    def __init__(
        self,
        documents: Sequence[str],
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        describe: Callable[[Path], DraftName] | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = list(documents)
        self._describe = describe
        self._proposed: DraftName | None = None
        self._described: DraftName | None = None  # what ``describe`` said of the file
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
        self.document.addItems(self._documents)
        self.document.setCurrentIndex(-1)  # no document is chosen for the person
        self.document.setAccessibleName(self.tr("Document"))
        line = self.document.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("A new document, or pick one from the list"))
        self.document_hint = QLabel()
        self.document_hint.setWordWrap(True)
        self.document_hint.setAccessibleName(self.tr("Where the draft goes"))
        self.document.editTextChanged.connect(self._update_hint)
        self.file_edit.editingFinished.connect(self._propose)
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
        self._proposed_time: QDateTime | None = self.circulated.dateTime()  # not the person's
        self.date_hint = QLabel()
        self.date_hint.setWordWrap(True)
        self.date_hint.setAccessibleName(self.tr("Where the date comes from"))
        self.date_hint.hide()
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
        form.addRow("", self.document_hint)
        form.addRow(self.tr("Version"), self.label)
        form.addRow(self.known_time, self.circulated)
        form.addRow("", self.date_hint)
        form.addRow(self.tr("Symbol"), self.symbol)
        form.addRow(buttons)
        self._propose()
        self._update_hint()
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
            self._propose()

    def is_new_document(self) -> bool:
        """Whether the name in the document box is no existing document's."""
        key = self.document.currentText().strip().casefold()
        return bool(key) and key not in {d.casefold() for d in self._documents}

    def _propose(self) -> None:
        """Name a new document from the draft, unless the person chose or typed one."""
        text = self.file_edit.text().strip()
        if not text or self._describe is None:
            return
        current = self.document.currentText().strip()
        if current and (self._proposed is None or current != self._proposed.title):
            return  # the person's choice stands
        try:
            named = self._describe(Path(text))
        except Exception:  # an unreadable file says so when imported; name it by its file
            named = DraftName(
                title=" ".join(Path(text).stem.replace("_", " ").split()), symbol=None
            )
        self._described = named
        self._show_proposal(named)

    def _show_proposal(self, named: DraftName) -> None:
        known = {d.casefold(): d for d in self._documents}
        if named.symbol and named.symbol.casefold() in known:
            # the symbol printed on the draft is a document's: that one, said in the hint
            named = DraftName(title=known[named.symbol.casefold()], symbol=named.symbol)
        self._proposed = named
        self.document.setCurrentIndex(-1)
        self.document.setEditText(named.title)
        line = self.document.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long title shows its beginning
        if named.symbol and not self.symbol.text().strip():
            self.symbol.setText(named.symbol)
        self._propose_date(named)

    def _propose_date(self, named: DraftName) -> None:
        """The date printed on the draft, unless the person has set one: versions are
        ordered by it (an old draft imported today is not today's)."""
        if self._proposed_time is None or self.circulated.dateTime() != self._proposed_time:
            return  # the person's choice stands
        if named.dated is None:
            return
        day = QDate(named.dated.year, named.dated.month, named.dated.day)
        if day == QDate.currentDate():
            when = QDateTime.currentDateTime()  # printed today: circulated now, most likely
        else:
            when = QDateTime(day, QTime(0, 0))
        self.circulated.setDateTime(when)
        self._proposed_time = self.circulated.dateTime()
        self.known_time.setChecked(True)
        self.date_hint.setText(self.tr("The date printed on the draft; set the time if known."))
        self.date_hint.show()

    def _update_hint(self) -> None:
        name = self.document.currentText().strip()
        if not name:
            self.document_hint.setText(self.tr("Name the document this draft is a version of."))
        elif self.is_new_document():
            self.document_hint.setText(
                self.tr("A new document “{name}” will be created.").format(name=isolate(name))
            )
        else:
            self.document_hint.setText(
                self.tr("The draft becomes the next version of “{name}”.").format(
                    name=isolate(name)
                )
            )

    def set_documents(self, documents: Sequence[str]) -> None:
        """Offer ``documents`` (read again in the background) without touching what the
        person has typed or chosen; a proposed name that turns out to be a document's symbol
        becomes that document."""
        documents = list(documents)
        if documents == self._documents:
            return
        text = self.document.currentText()
        chosen = self.document.currentIndex() >= 0
        self._documents = documents
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItems(documents)
        index = self.document.findText(text) if chosen else -1
        self.document.setCurrentIndex(index)
        if index < 0:
            self.document.setEditText(text)
        self.document.blockSignals(False)
        proposed, described = self._proposed, self._described
        if proposed is not None and described is not None and text.strip() == proposed.title:
            self._show_proposal(described)  # the person has not changed the proposal
        self._update_hint()

    def _on_accept(self) -> None:
        if not self.file_edit.text().strip():
            self.file_edit.setFocus()
            self.file_edit.setPlaceholderText(self.tr("Choose the file to import"))
            return
        if not self.document.currentText().strip():
            self.document.setFocus()
            return
        self.accept()
