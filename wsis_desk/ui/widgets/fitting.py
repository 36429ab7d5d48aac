"""Controls that make room for their own words in every language (issue 21).

A long translation (Russian, French, Spanish) must wrap or ask for the width it needs, never
be cut off: a check box whose words wrap onto more lines, a line edit wide enough for its
placeholder, a combo box wide enough for the item it shows, a form beside a pane that never
scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontDatabase, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_EDIT_MARGIN = 2 * 4 + 2 * 2  # QLineEdit's inner text margin and its frame, both sides


def text_scale() -> float:
    """How much larger the window's text is than the system's (2.0 at 200%, View › Zoom)."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    current = QApplication.font().pointSizeF()
    return current / system if system > 0 and current > 0 else 1.0


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines when its row is narrow, so a long
    translation never widens a form past its pane. Clicks, the accelerator and the
    accessible name are the check box's own."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        style = self.style()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, None, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)

    def _text_height(self, width: int) -> int:
        room = QRect(0, 0, max(1, width - self._indent()), 1_000_000)
        return self.fontMetrics().boundingRect(room, _WRAP, self.text()).height()

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        words = self.text().replace("&", "").split()
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        return QSize(self._indent() + longest + 2, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._text_height(width) + 2)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the words on every line, not the first line only

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        line = super().sizeHint().height()
        # The box on the first line, at the leading edge (the right one in Arabic).
        option.rect = QRect(0, 0, self.width(), line)
        option.rect = self.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, option, self
        )
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        logical = QRect(self._indent(), 0, self.width() - self._indent(), self.height())
        text_rect = QStyle.visualRect(self.layoutDirection(), self.rect(), logical)
        top = max(0, (line - self.fontMetrics().height()) // 2)
        text_rect.adjust(0, top, 0, 0)
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)
        painter.drawItemText(
            text_rect,
            int(align | Qt.AlignmentFlag.AlignTop) | int(_WRAP),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = text_rect.adjusted(-1, -1, 1, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class ElidingComboBox(QComboBox):
    """A combo box for names that may be as long as a UN document's title: it shows the
    chosen one elided ("Outcome document of the high-level…") with the whole name in its
    tooltip and its list, instead of cutting it off or widening the form to fit it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elides", True)  # tests/ui/text_fit.py: shown whole elsewhere
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if self.toolTip() != self.currentText():  # here: items change with signals blocked
            self.setToolTip(self.currentText())
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fit_placeholder(edit: QLineEdit) -> None:
    """At least as wide as the placeholder's words (a hint cut in half hints at nothing)."""
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + _EDIT_MARGIN
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    if edit.maximumWidth() < need:
        edit.setMaximumWidth(need)


def fit_current_item(combo: QComboBox) -> Callable[[], None]:
    """Keep the combo box at least as wide as the item it shows, now and after each choice
    or change of its items (its longest items may stay out of the row's width until one of
    them is chosen). Returns the fitting function, for a caller that changes the current
    item with the combo's signals blocked."""

    def fit() -> None:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        fm = combo.fontMetrics()
        content = QSize(fm.horizontalAdvance(combo.currentText()), fm.height())
        size = combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, content, combo
        )
        combo.setMinimumWidth(size.width())

    combo.currentIndexChanged.connect(lambda _index: fit())
    model = combo.model()  # its signals still arrive while the combo's are blocked
    model.rowsInserted.connect(lambda *_: fit())
    model.rowsRemoved.connect(lambda *_: fit())
    model.modelReset.connect(fit)
    fit()
    return fit


class FormBesidePane(QObject):
    """Keeps a scrolled form (the splitter's first widget holds ``scroll``) as wide as its
    words, so it never scrolls sideways, and turns the splitter so that the pane beside it
    goes under it when beside it there would be less than ``beside_chars`` characters.

    Fitted on every resize of ``owner`` and every change of the form's layout, not once on
    the first show: the window settles its panes over several resizes, and a fit made on the
    first one was undone by the next (the Russian pack builder at 1440x900, issue 21)."""

    def __init__(
        self, owner: QWidget, scroll: QScrollArea, splitter: QSplitter, beside_chars: int
    ) -> None:
        super().__init__(owner)
        self._owner, self._scroll, self._splitter = owner, scroll, splitter
        self._beside_chars = beside_chars
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.setChildrenCollapsible(False)  # a dragged handle never hides the form
        owner.installEventFilter(self)
        form = scroll.widget()
        if form is not None:
            form.installEventFilter(self)  # a longer item chosen or translated: fit again
        self.fit()

    def fit(self) -> None:
        """Set the form's minimum width and the splitter's direction for the room there is."""
        scroll, splitter, owner = self._scroll, self._splitter, self._owner
        form = scroll.widget()
        if form is None:
            return
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        need = form.minimumSizeHint().width() + 2 * scroll.frameWidth() + bar
        scroll.setMinimumWidth(need)
        pane = self._beside_chars * owner.fontMetrics().averageCharWidth()
        layout = owner.layout()
        margins = (
            layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        )
        room = owner.width() - margins
        beside = room >= need + splitter.handleWidth() + pane
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
            # beside: the pane has the larger share; under: the form, which has more rows
            share = (2, 3) if beside else (3, 2)
            splitter.setSizes([1000 * share[0], 1000 * share[1]])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._owner and kind == QEvent.Type.Resize) or (
            watched is not self._owner and kind == QEvent.Type.LayoutRequest
        ):
            self.fit()
        return super().eventFilter(watched, event)
