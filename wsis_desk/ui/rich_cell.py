"""Shared pieces of the widgets: painting a laid-out text document in a cell, form dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)


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


def form_with_ok_cancel(dialog: QDialog, rows: Iterable[tuple[str, QWidget, str]]) -> QFormLayout:
    """Lay out ``(label, widget, accessible name)`` rows and OK/Cancel buttons on ``dialog``."""
    form = QFormLayout(dialog)
    for label, widget, name in rows:
        widget.setAccessibleName(name)
        form.addRow(label, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return form
