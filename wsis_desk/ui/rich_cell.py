"""Painting a laid-out text document in an item view's cell (the delegates share it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def paint_document_cell(
    painter: QPainter, option: QStyleOptionViewItem, build: Callable[[bool], QTextDocument]
) -> None:
    """Draw the cell's background, then the document ``build(selected)`` lays out.

    ``option`` must already be initialised (``initStyleOption``). On a selected row the text
    takes the highlighted-text colour; ``build`` gets ``selected`` so it can drop tints.
    """
    style = option.widget.style() if option.widget else None
    option.text = ""
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    doc = build(selected)
    painter.save()
    painter.translate(option.rect.topLeft())
    painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
    context = QAbstractTextDocumentLayout.PaintContext()
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
    doc.documentLayout().draw(painter, context)
    painter.restore()
