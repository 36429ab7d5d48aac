"""Under a version's paragraphs: its footnotes that no paragraph cites, folded until asked for."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QToolButton, QVBoxLayout, QWidget

from wsis_desk.core.model import Footnote

NOTES_LINES = 8  # the height of the opened list, in lines of text (it scrolls beyond)


class UncitedNotes(QWidget):
    """A button "Footnotes not cited in the text (n)" opening the list of those notes, each
    with its mark and its bracket groups; hidden when the version has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(self.tr("Footnotes not cited in the text"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Footnotes not cited in the text"))
        self.notes.setOpenLinks(False)
        self.notes.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.notes)
        self.toggle.toggled.connect(self._show_notes)
        self.set_notes(())

    def set_notes(self, notes: Sequence[tuple[Footnote, int]]) -> None:
        """Show these notes (each with its bracket groups), folded; none: hide."""
        self.setVisible(bool(notes))
        self.toggle.setText(
            self.tr("Footnotes not cited in the text ({count})").format(count=len(notes))
        )
        items = []
        for note, groups in notes:
            mark = f"<sup>{escape(note.mark)}</sup> " if note.mark else ""
            counted = self.tr("bracket groups: {count}").format(count=groups) if groups else ""
            counted = f" <i>({escape(counted)})</i>" if counted else ""
            body = "<br>".join(escape(line) for line in note.text.splitlines())
            items.append(f"<p>{mark}{body}{counted}</p>")
        self.notes.setHtml("".join(items))
        self.toggle.setChecked(False)

    def _show_notes(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * NOTES_LINES + 12)
        self.notes.setVisible(on)
