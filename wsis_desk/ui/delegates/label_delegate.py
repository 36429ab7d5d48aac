"""The label column: a heading labelled by its own words takes one line, not a tall cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wsis_desk.core.model import Paragraph, labelled_by_its_words
from wsis_desk.ui.models.paragraph_model import PARAGRAPH_ROLE

_Index = QModelIndex | QPersistentModelIndex


class LabelDelegate(QStyledItemDelegate):
    """Labels wrap in their narrow column (``OPi quinquies Opt.b/OP69 Opt.2(a)`` must be read
    whole), except an unnumbered heading's: its words stand in full in the text column beside
    it and in the tooltip, so the label is cut to one line (``Draft decisi…``) instead of
    making the row three lines tall."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        paragraph = index.data(PARAGRAPH_ROLE)
        if isinstance(paragraph, Paragraph) and labelled_by_its_words(paragraph):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideRight
