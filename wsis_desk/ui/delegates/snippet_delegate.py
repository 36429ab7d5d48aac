"""Search hits' snippet cells: the words around a match, the match bold and underlined."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wsis_desk.services.search import SearchHit
from wsis_desk.ui.delegates.rich_cell import (
    WRAP,
    laid_out_height,
    measuring_width,
    paint_document_cell,
)

_Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 30  # the SearchHit of a row
SNIPPET_MARGIN = 3  # inside a snippet's cell, around its text


def snippet_document(hit: SearchHit, font: QFont, width: int) -> QTextDocument:
    """The snippet laid out at ``width``, matches bold and underlined, direction from the text."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(SNIPPET_MARGIN)
    option = QTextOption(WRAP)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    doc.setDefaultTextOption(option)
    doc.setPlainText(hit.snippet)
    mark = _mark_format()
    cursor = QTextCursor(doc)
    for start, end in hit.highlights:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(mark)
    doc.setTextWidth(max(40, width))
    return doc


def snippet_height(hit: SearchHit, font: QFont, width: int) -> int:
    """The height ``snippet_document`` takes at ``width``, without building it."""
    mark = _mark_format()
    runs = [(start, end, mark) for start, end in hit.highlights]
    inner = max(40, width) - 2 * SNIPPET_MARGIN
    return math.ceil(laid_out_height(hit.snippet, font, inner, runs)) + 2 * SNIPPET_MARGIN


def _mark_format() -> QTextCharFormat:
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    mark.setFontUnderline(True)
    return mark


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet column with its matches marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        font, width = option.font, option.rect.width()
        paint_document_cell(painter, option, lambda _selected: snippet_document(hit, font, width))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return super().sizeHint(option, index)
        width = measuring_width(self.parent(), option, index.column())
        self.initStyleOption(option, index)  # the font: italic for wording gone from the newest
        return QSize(width, snippet_height(hit, option.font, width) + 2)
