"""Which visible text of a window does not fit the room it was given (issue 21).

``misfits(window)`` walks the visible widgets and names each one whose words are cut off:
a one-line label, button, check box, group-box title, tab or combo box narrower than its
text; a wrapped label shorter than its lines; a header section narrower than its title; a
table squeezed narrower than its first column's title; a
form scroll area that needs a horizontal scroll bar; a widget that runs past its parent or
the window. Widths are measured from the text with the widget's own font metrics and the
style's own margins, not taken from the widgets' size hints alone, so a widget that asks for
too little room fails too.

Deliberately left out: text a widget elides on purpose and shows whole elsewhere (library
tree rows, table cells: their rows are held by tests/ui/test_text_scaling.py; a document
title in a combo box marked ``elides`` whose tooltip holds the whole title), and toolbar
buttons moved behind the toolbar's "»" menu (hidden, not cut).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 1  # rounding of fractional advances


def _plain(text: str) -> str:
    """The text as drawn: accelerator ampersands gone, "&&" kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText", "placeholderText"):
        if hasattr(widget, getter):
            text = str(getattr(widget, getter)())
            if text:
                break
    owner = widget.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    where = type(owner).__name__ if owner is not None else "-"
    return f"{type(widget).__name__} {text[:40]!r} in {where}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return f"wrapped text needs {need_h} px of height, has {label.height()}"
        # Laid out as QLabel does (line breaks per Unicode: Chinese breaks between
        # characters); a word longer than the room still overflows it.
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        if rich:
            doc.setHtml(text)
        else:
            doc.setPlainText(_plain(text) if label.buddy() else text)
        doc.setTextWidth(room)
        longest = doc.idealWidth()
        if longest > room + SLACK:
            return f"a word {longest:.0f} px wide in {room} px"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        need = doc.idealWidth()
    else:
        need = _advance(label.fontMetrics(), _plain(text) if label.buddy() else text)
    if need > room + SLACK:
        return f"text {need:.0f} px wide in {room} px"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    fm = button.fontMetrics()
    if button.hasHeightForWidth():  # words that wrap: enough lines, no word cut
        need_h = button.heightForWidth(button.width())
        if need_h > button.height() + SLACK:
            return f"wrapped text needs {need_h} px of height, has {button.height()}"
        need = button.minimumSizeHint().width()
    elif isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint().width()  # indicator + spacing + text, no padding added
    elif isinstance(button, QToolButton):
        if button.objectName() == "qt_toolbar_ext_button":
            return None
        need = button.sizeHint().width()
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        content = QSize(_advance(fm, text) + icon, fm.height())
        need = (
            button.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button)
            .width()
        )
        need = min(need, button.sizeHint().width())
    else:
        need = _advance(fm, text)
    if need > button.width() + SLACK:
        return f"text needs {need} px, has {button.width()}"
    return None


def _group(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title:
        return None
    need = _advance(box.fontMetrics(), title) + 2 * box.fontMetrics().averageCharWidth()
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    if need > box.width() + SLACK:
        return f"title needs {need} px, has {box.width()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    fm = bar.fontMetrics()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect: QRect = bar.tabRect(i)
        text = _plain(bar.tabText(i))
        if rect.left() < 0 or rect.right() > bar.width():
            found.append(f"tab {text!r} runs past its bar ({rect.left()}..{rect.right()})")
        elif _advance(fm, text) > rect.width():
            found.append(f"tab {text!r} needs {_advance(fm, text)} px, has {rect.width()}")
    return found


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    elided_on_purpose = combo.property("elides") and combo.toolTip() == text
    if not text or combo.isEditable() or elided_on_purpose:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    content = QSize(_advance(combo.fontMetrics(), text), combo.fontMetrics().height())
    need = (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo)
        .width()
    )
    if need > combo.width() + SLACK:
        return f"current item needs {need} px, has {combo.width()}"
    return None


def _placeholder(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    room = edit.contentsRect().width() - 2 * 4  # QLineEdit's own inner margin, both sides
    need = _advance(edit.fontMetrics(), text)
    if need > room + SLACK:
        return f"placeholder needs {need} px, has {room}"
    return None


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    fm = header.fontMetrics()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = _advance(fm, text) + margin
        if text and need > header.sectionSize(section) + SLACK:
            found.append(f"column {text!r} needs {need} px, has {header.sectionSize(section)}")
    return found


def _squeezed(view: QAbstractItemView) -> str | None:
    """A table or tree so narrow that not even its first column's title shows."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    model = view.model()
    if header is None or model is None or not header.isVisible() or header.count() == 0:
        return None
    first = header.logicalIndex(0)
    for visual in range(header.count()):
        first = header.logicalIndex(visual)
        if not header.isSectionHidden(first):
            break
    title = str(model.headerData(first, Qt.Orientation.Horizontal) or "")
    need = min(_advance(header.fontMetrics(), title), header.sectionSize(first))
    if need > view.viewport().width() + SLACK:
        return f"shows {view.viewport().width()} px of a first column titled {title!r}"
    return None


def _is_viewport(widget: QWidget) -> bool:
    owner = widget.parentWidget()
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget


def _outside(widget: QWidget, window: QWidget) -> str | None:
    """A widget that runs past its parent's right or left edge (or the window's)."""
    parent = widget.parentWidget()
    if parent is None or _is_viewport(parent) or isinstance(widget, QTabBar):
        return None
    geometry = widget.geometry()
    if geometry.left() < -SLACK or geometry.right() > parent.width() + SLACK:
        return f"runs past its parent ({geometry.left()}..{geometry.right()} of {parent.width()})"
    left = widget.mapTo(window, widget.rect().topLeft()).x()
    if left < -SLACK or left + widget.width() > window.width() + SLACK:
        return f"runs past the window ({left}..{left + widget.width()} of {window.width()})"
    return None


def _shown_in_full(widget: QWidget) -> bool:
    """Visible, and not inside a scrolled or toolbar-overflow part that hides it anyway."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def misfits(window: QWidget) -> list[str]:
    """Every visible piece of text in ``window`` (and its children) that is cut off."""
    found: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not _shown_in_full(widget) or widget.window() is not window:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QLineEdit):
            problem = _placeholder(widget)
        elif isinstance(widget, QTabBar):
            found.extend(f"{_name(widget)}: {p}" for p in _tabs(widget))
        elif isinstance(widget, (QTableView, QTreeView)):
            problem = _squeezed(widget)
        elif isinstance(widget, QHeaderView):
            found.extend(f"{_name(widget)}: {p}" for p in _header(widget))
        elif isinstance(widget, QScrollArea) and widget.widgetResizable():
            bar = widget.horizontalScrollBar()
            inner = widget.widget()
            if bar.isVisible() and bar.maximum() > 0:
                problem = f"scrolls sideways by {bar.maximum()} px"
            elif inner is not None and inner.width() > widget.viewport().width() + SLACK:
                problem = f"holds a form {inner.width()} px wide in {widget.viewport().width()}"
        if problem is None and widget is not window:
            problem = _outside(widget, window)
        if problem is not None:
            found.append(f"{_name(widget)}: {problem}")
    if window.isWindow():
        screen = window.screen().availableGeometry() if window.screen() else None
        hint = window.minimumSizeHint()
        if screen is not None and hint.width() > window.width():
            found.append(f"window needs {hint.width()} px wide, has {window.width()}")
    return found
