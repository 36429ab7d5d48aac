"""Paint paragraph text with its brackets made visible by depth, without relying on colour.

Depth 1 is bold; depth 2 adds a solid underline, depth 3 a dashed one, depth 4 a wavy one; the
bracket glyphs themselves are heavier and larger. A pale tint per depth is an extra cue only
(it is dropped in high-contrast mode). Unbalanced brackets are boxed by a strike-free marker.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from wsis_desk.services.brackets import BracketSpan, ParagraphBrackets
from wsis_desk.ui.paragraph_model import BRACKETS_ROLE
from wsis_desk.ui.rich_cell import paint_document_cell

_Index = QModelIndex | QPersistentModelIndex
TINTS = ("#fff4c2", "#ffe0b8", "#f6d0f0", "#d6e4ff")
DOC_MARGIN = 3
UNDERLINES = (
    QTextCharFormat.UnderlineStyle.NoUnderline,
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.WaveUnderline,
)


def depth_format(depth: int, *, high_contrast: bool) -> QTextCharFormat:
    """The character format for text at bracket ``depth`` (1-based)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    level = min(depth, 4) - 1
    fmt.setUnderlineStyle(UNDERLINES[level])
    if not high_contrast:
        fmt.setBackground(QColor(TINTS[level]))
    return fmt


def build_document(
    record: ParagraphBrackets, font: QFont, width: float, *, high_contrast: bool
) -> QTextDocument:
    """A laid-out text document of the paragraph with bracket formatting applied."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(DOC_MARGIN)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    text = record.paragraph.text
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    glyph = QTextCharFormat()
    glyph.setFontWeight(QFont.Weight.Black)
    glyph.setFontPointSize(max(font.pointSizeF(), 1.0) * 1.15)
    for span in sorted(record.spans, key=lambda s: s.depth):
        _apply(cursor, span, depth_format(span.depth, high_contrast=high_contrast))
        for pos in (span.start, span.end - 1):
            if 0 <= pos < len(text) and text[pos] in "[]［］【】〔〕":
                cursor.setPosition(pos)
                cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(glyph)
    stray = QTextCharFormat()
    stray.setFontWeight(QFont.Weight.Black)
    stray.setFontUnderline(True)
    stray.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    stray.setToolTip("unpaired bracket")
    for offset in record.stray_offsets:
        if 0 <= offset < len(text):
            cursor.setPosition(offset)
            cursor.setPosition(offset + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(stray)
    doc.setTextWidth(max(width, 40.0))
    return doc


def _apply(cursor: QTextCursor, span: BracketSpan, fmt: QTextCharFormat) -> None:
    cursor.setPosition(span.start)
    cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


class BracketDelegate(QStyledItemDelegate):
    """Renders the text column of the paragraph table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.high_contrast = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        # On a selected row the pale tints would swallow the highlighted text: drop them.
        paint_document_cell(
            painter,
            option,
            lambda selected: build_document(
                record,
                option.font,
                option.rect.width(),
                high_contrast=self.high_contrast or selected,
            ),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets):
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 0
        if width <= 0:
            width = option.rect.width() if option.rect.width() > 0 else 400
        # Laying out a QTextDocument per row costs milliseconds; measuring the wrapped text
        # in bold (wider than any mix of regular and bold) is a cheap upper bound.
        font = QFont(option.font)
        if record.spans or record.stray_offsets:
            font.setWeight(QFont.Weight.Black)
        metrics = QFontMetrics(font)
        inner = max(width - 2 * DOC_MARGIN - 2, 20)
        rect = metrics.boundingRect(
            QRect(0, 0, inner, 1_000_000),
            int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere),
            record.paragraph.text,
        )
        # Enlarged bracket glyphs and underlines make lines taller than plain text lines.
        lines = max(1, round(rect.height() / metrics.lineSpacing()))
        line_height = metrics.lineSpacing() * (1.2 if record.spans else 1.0)
        return QSize(width, int(lines * line_height) + 2 * DOC_MARGIN + 4)
