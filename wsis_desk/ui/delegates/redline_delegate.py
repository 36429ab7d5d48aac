"""Paint a word diff as rich text: inserted underlined, deleted struck, brackets bold.

The marks never rely on colour: underline and strike-through carry the meaning, so they
survive a black-and-white screen or high-contrast mode; a pale tint is an extra cue only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wsis_desk.core.diff import Chunk
from wsis_desk.ui.delegates.rich_cell import measuring_width, paint_document_cell, table_tabs

__all__ = ["REDLINE_ROLE", "RedlineCell", "RedlineDelegate", "redline_document"]

_Index = QModelIndex | QPersistentModelIndex
REDLINE_ROLE = Qt.ItemDataRole.UserRole + 20
INSERT_TINT = "#dff3df"
DELETE_TINT = "#fbe0e0"
_CACHE_LIMIT = 4000


@dataclass(frozen=True, slots=True)
class RedlineCell:
    """What one cell paints: an optional bold heading, then the chunks of a word diff.

    ``side`` is ``"both"`` (inline redline), ``"old"`` (kept + deleted) or ``"new"``
    (kept + inserted). ``note`` is a smaller italic line under the text.
    """

    chunks: tuple[Chunk, ...]
    side: str = "both"
    heading: str = ""
    note: str = ""


def _formats(*, high_contrast: bool) -> dict[str, QTextCharFormat]:
    plain = QTextCharFormat()
    inserted = QTextCharFormat()
    inserted.setFontUnderline(True)
    inserted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    deleted = QTextCharFormat()
    deleted.setFontStrikeOut(True)
    if not high_contrast:
        inserted.setBackground(QColor(INSERT_TINT))
        deleted.setBackground(QColor(DELETE_TINT))
    return {"=": plain, "+": inserted, "-": deleted}


def _insert(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
    """Insert ``text`` with ``fmt``; square brackets in heavier type."""
    start = 0
    for k, ch in enumerate(text):
        if ch in "[]":
            if k > start:
                cursor.insertText(text[start:k], fmt)
            bold = QTextCharFormat(fmt)
            bold.setFontWeight(QFont.Weight.Black)
            cursor.insertText(ch, bold)
            start = k + 1
    if start < len(text):
        cursor.insertText(text[start:], fmt)


def redline_document(
    cell: RedlineCell, font: QFont, width: float, *, high_contrast: bool = False
) -> QTextDocument:
    """A laid-out text document for ``cell`` at ``width`` pixels."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(3)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    if cell.heading:
        head = QTextCharFormat()
        head.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(cell.heading, head)
        cursor.insertBlock()
    formats = _formats(high_contrast=high_contrast)
    hidden = {"old": "+", "new": "-"}.get(cell.side)
    previous = ""
    for chunk in cell.chunks:
        if chunk.op == hidden:
            continue
        if previous[-1:].strip() and chunk.op == "+" and chunk.text[:1].strip():
            cursor.insertText(" ", formats["="])  # "oldnew" glued together is unreadable
        _insert(cursor, chunk.text, formats.get(chunk.op, formats["="]))
        previous = chunk.text if chunk.op == "-" else ""
    shown = "".join(c.text for c in cell.chunks if c.op != hidden)
    if "\t" in shown:  # a table paragraph (only tables keep tabs): its cells in columns
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setTabPositions(table_tabs(shown, font, max(width, 40.0) - 6))
        cursor.mergeBlockFormat(block)
        cursor.movePosition(QTextCursor.MoveOperation.End)
    if cell.note:
        note = QTextCharFormat()
        note.setFontItalic(True)
        note.setFontPointSize(max(font.pointSizeF() * 0.9, 1.0))
        cursor.insertBlock()
        cursor.insertText(cell.note, note)
    doc.setTextWidth(max(width, 40.0))
    return doc


def plain_redline(chunks: Sequence[Chunk]) -> str:
    """The diff as words a screen reader can say: "[deleted: …] [inserted: …]"."""
    parts = []
    for c in chunks:
        if c.op == "=":
            parts.append(c.text)
        elif c.op == "-":
            parts.append(f" [deleted: {c.text.strip()}] ")
        else:
            parts.append(f" [inserted: {c.text.strip()}] ")
    return "".join(parts)


class RedlineDelegate(QStyledItemDelegate):
    """Paints cells whose REDLINE_ROLE is a RedlineCell; others are painted as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.high_contrast = False
        self._sizes: dict[tuple[RedlineCell, int, str, bool], QSize] = {}

    def set_high_contrast(self, on: bool) -> None:
        """Drop the tints (underline and strike-through stay)."""
        self.high_contrast = on
        self._sizes.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        cell = index.data(REDLINE_ROLE)
        if not isinstance(cell, RedlineCell):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        # On a selected row the pale tints would swallow the highlighted text: drop them.
        paint_document_cell(
            painter,
            option,
            lambda selected: redline_document(
                cell, option.font, option.rect.width(), high_contrast=self.high_contrast or selected
            ),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        cell = index.data(REDLINE_ROLE)
        if not isinstance(cell, RedlineCell):
            return super().sizeHint(option, index)
        width = measuring_width(self.parent(), option, index.column())
        key = (cell, width, option.font.key(), self.high_contrast)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > _CACHE_LIMIT:
                self._sizes.clear()
            doc = redline_document(cell, option.font, width, high_contrast=self.high_contrast)
            size = self._sizes[key] = QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
        return size
