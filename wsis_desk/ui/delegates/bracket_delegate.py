"""Paint paragraph text with its brackets made visible by depth, without relying on colour.

Depth 1 is bold; depth 2 adds a solid underline, depth 3 a dashed one, depth 4 a wavy one; the
bracket glyphs themselves are heavier and larger. A pale tint per depth is an extra cue only
(it is dropped in high-contrast mode). Unbalanced brackets are boxed by a strike-free marker.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize
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

from wsis_desk.core.model import ParagraphKind
from wsis_desk.services.brackets import BracketSpan, ParagraphBrackets
from wsis_desk.ui.delegates.rich_cell import (
    WRAP,
    laid_out_height,
    measuring_width,
    paint_document_cell,
    table_tabs,
)
from wsis_desk.ui.models.paragraph_model import BRACKETS_ROLE

_Index = QModelIndex | QPersistentModelIndex
TINTS = ("#fff4c2", "#ffe0b8", "#f6d0f0", "#d6e4ff")
DOC_MARGIN = 3
GLYPH_SCALE = 1.15  # bracket glyphs are drawn this much larger than the text (and measured so)
BRACKET_GLYPHS = "[]［］【】〔〕"
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


FIND_HIT = "#ffd400"  # Find in this document: every hit (stronger than any bracket tint)
FIND_CURRENT = "#ff8c00"  # … and the one Enter / F3 went to


def build_document(
    record: ParagraphBrackets,
    font: QFont,
    width: float,
    *,
    high_contrast: bool,
    hits: Sequence[tuple[int, int]] = (),
    current: int | None = None,
    hits_high_contrast: bool | None = None,
) -> QTextDocument:
    """A laid-out text document of the paragraph with bracket formatting applied, and the
    ``hits`` of a search (start, end) marked; ``current`` is the start of the current one.
    Hits change only colours, never the size of letters, so row heights stay right; they are
    drawn in high contrast when ``hits_high_contrast`` says so (default: as the brackets)."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(DOC_MARGIN)
    inner = max(width, 40.0) - 2 * DOC_MARGIN  # the text's width, as text_height is given it
    doc.setDefaultTextOption(_option(record, font, inner))  # as laid_out_height measures
    text = record.paragraph.text
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    if record.paragraph.kind is ParagraphKind.TABLE:  # a document takes tabs from its blocks
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setTabPositions(_option(record, font, inner).tabs())
        cursor.mergeBlockFormat(block)
        cursor.clearSelection()
    glyph = QTextCharFormat()
    glyph.setFontWeight(QFont.Weight.Black)
    glyph.setFontPointSize(max(font.pointSizeF(), 1.0) * GLYPH_SCALE)
    for span in sorted(record.spans, key=lambda s: s.depth):
        _apply(cursor, span, depth_format(span.depth, high_contrast=high_contrast))
        for pos in (span.start, span.end - 1):
            if 0 <= pos < len(text) and text[pos] in BRACKET_GLYPHS:
                cursor.setPosition(pos)
                cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(glyph)
    stray = QTextCharFormat()
    stray.setFontWeight(QFont.Weight.Black)
    stray.setFontUnderline(True)
    stray.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    stray.setToolTip(QCoreApplication.translate("BracketDelegate", "unpaired bracket"))
    for offset in record.stray_offsets:
        if 0 <= offset < len(text):
            cursor.setPosition(offset)
            cursor.setPosition(offset + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(stray)
    for start, end in hits:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        contrast = high_contrast if hits_high_contrast is None else hits_high_contrast
        cursor.mergeCharFormat(find_format(current=start == current, high_contrast=contrast))
    doc.setTextWidth(max(width, 40.0))
    return doc


def find_format(*, current: bool, high_contrast: bool) -> QTextCharFormat:
    """How a search hit is marked: black on yellow (orange for the current one); in high
    contrast, white on black, the current one also framed by an overline and underline."""
    fmt = QTextCharFormat()
    if high_contrast:
        fmt.setBackground(QColor("black"))
        fmt.setForeground(QColor("white"))
        if current:
            fmt.setFontOverline(True)
            fmt.setFontUnderline(True)
    else:
        fmt.setBackground(QColor(FIND_CURRENT if current else FIND_HIT))
        fmt.setForeground(QColor("black"))
    return fmt


def _apply(cursor: QTextCursor, span: BracketSpan, fmt: QTextCharFormat) -> None:
    cursor.setPosition(span.start)
    cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


class BracketDelegate(QStyledItemDelegate):
    """Renders the text column of the paragraph table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.high_contrast = False
        # Find in this document: paragraph index -> hits (start, end); the current hit.
        self.find_hits: dict[int, list[tuple[int, int]]] = {}
        self.current_hit: tuple[int, int] | None = None  # paragraph index, start

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        at = record.paragraph.index
        hits = self.find_hits.get(at, ())
        current = self.current_hit[1] if self.current_hit and self.current_hit[0] == at else None
        # On a selected row the pale tints would swallow the highlighted text: drop them.
        paint_document_cell(
            painter,
            option,
            lambda selected: build_document(
                record,
                option.font,
                option.rect.width(),
                high_contrast=self.high_contrast or selected,
                hits=hits,
                current=current,
                hits_high_contrast=self.high_contrast,
            ),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets):
            return super().sizeHint(option, index)
        width = measuring_width(self.parent(), option, index.column())
        # Building the formatted document per row costs milliseconds; a text layout with the
        # formats that change the size of letters (weights, the larger bracket glyphs) breaks
        # lines exactly as that document does, in a fraction of the time.
        height = text_height(record, option.font, max(width, 40) - 2 * DOC_MARGIN)
        return QSize(width, math.ceil(height) + 2 * DOC_MARGIN + 2)


_PLAIN, _BOLD, _GLYPH, _STRAY = 0, 1, 2, 3
_RUNS = re.compile(rb"\x01+|\x02+|\x03+")  # runs of one kind of letter, plain ones left out


def text_height(record: ParagraphBrackets, font: QFont, width: float) -> float:
    """The height of the paragraph's text as ``build_document`` lays it out ``width`` wide, in
    the weights and sizes its brackets are drawn in (underlines and tints take no room)."""
    option = _option(record, font, width)
    if not record.spans and not record.stray_offsets:
        return laid_out_height(record.paragraph.text, font, width, option=option)
    kinds, formats = _letter_kinds(record), _size_formats(font)
    runs = [(m.start(), m.end(), formats[kinds[m.start()]]) for m in _RUNS.finditer(kinds)]
    return laid_out_height(record.paragraph.text, font, width, runs, option)


def _option(record: ParagraphBrackets, font: QFont, width: float) -> QTextOption:
    """A table paragraph's cells in columns (tab stops); any other text wrapped as usual."""
    if record.paragraph.kind is not ParagraphKind.TABLE:
        return WRAP
    option = QTextOption(WRAP)
    option.setTabs(table_tabs(record.paragraph.text, font, width))
    return option


def _letter_kinds(record: ParagraphBrackets) -> bytearray:
    """Per letter: plain, bold (inside a group), a bracket glyph, or an unpaired bracket."""
    text = record.paragraph.text
    n = len(text)
    kinds = bytearray(n)
    for span in record.spans:
        a, b = max(span.start, 0), min(span.end, n)
        if a < b:
            kinds[a:b] = bytes([_BOLD]) * (b - a)
    for span in record.spans:
        for pos in (span.start, span.end - 1):
            if 0 <= pos < n and text[pos] in BRACKET_GLYPHS:
                kinds[pos] = _GLYPH
    for offset in record.stray_offsets:
        if 0 <= offset < n and kinds[offset] != _GLYPH:
            kinds[offset] = _STRAY
    return kinds


def _size_formats(font: QFont) -> dict[int, QTextCharFormat]:
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    glyph = QTextCharFormat()
    glyph.setFontWeight(QFont.Weight.Black)
    glyph.setFontPointSize(max(font.pointSizeF(), 1.0) * GLYPH_SCALE)
    stray = QTextCharFormat()
    stray.setFontWeight(QFont.Weight.Black)
    return {_BOLD: bold, _GLYPH: glyph, _STRAY: stray}
