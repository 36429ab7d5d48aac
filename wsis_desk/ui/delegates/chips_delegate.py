"""Draw proponents as outlined chips (readable in grey-scale, no colour needed)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wsis_desk.services.brackets import ParagraphBrackets
from wsis_desk.ui.delegates.rich_cell import measuring_width
from wsis_desk.ui.models.paragraph_model import BRACKETS_ROLE

_Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 6, 2, 4


class ChipsDelegate(QStyledItemDelegate):
    """One rounded outline per proponent code, wrapping onto more lines when needed."""

    def _layout(self, codes: tuple[str, ...], fm: QFontMetrics, width: int) -> list[QRectF]:
        rects: list[QRectF] = []
        x = y = float(GAP)
        height = fm.height() + 2 * PAD_Y
        for code in codes:
            w = min(fm.horizontalAdvance(code) + 2 * PAD_X, max(width - 2 * GAP, 2 * PAD_X))
            if x + w > width - GAP and x > GAP:
                x, y = float(GAP), y + height + GAP
            rects.append(QRectF(x, y, w, height))
            x += w + GAP
        return rects

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets) or not record.proponents:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        fm = QFontMetrics(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(option.rect.topLeft())
        painter.setPen(QPen(color, 1.2))
        painter.setFont(option.font)
        rects = self._layout(record.proponents, fm, option.rect.width())
        if option.direction == Qt.LayoutDirection.RightToLeft:  # chips start at the right edge
            width = option.rect.width()
            rects = [QRectF(width - r.right(), r.top(), r.width(), r.height()) for r in rects]
        for code, rect in zip(record.proponents, rects, strict=True):
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            text = code
            if rect.width() < fm.horizontalAdvance(code) + 2 * PAD_X:  # clamped to the cell
                text = fm.elidedText(code, Qt.TextElideMode.ElideRight, int(rect.width()) - PAD_X)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        record = index.data(BRACKETS_ROLE)
        if not isinstance(record, ParagraphBrackets) or not record.proponents:
            return super().sizeHint(option, index)
        fm = QFontMetrics(option.font)
        widest = max(fm.horizontalAdvance(c) for c in record.proponents) + 2 * PAD_X + 2 * GAP
        # Measured at the width the chips are painted at, so the row is tall enough for every
        # line they wrap onto (large text wraps them onto more lines).
        width = measuring_width(self.parent(), option, index.column())
        rects = self._layout(record.proponents, fm, width)
        return QSize(widest, math.ceil(rects[-1].bottom()) + GAP)
