"""Which visible text of a window does not fit the room it was given (issue 21).

``misfits(window)`` walks the visible widgets and names each one whose words are cut off:
a one-line label, button, check box, group-box title, tab or combo box narrower than its
text; a wrapped label shorter than its lines; a header section narrower than its title; a
column of one-line cells narrower than a cell on screen (a column that elides on purpose,
listed in its table's ``elides`` property, narrower than a few words); a table squeezed
narrower than its first column's title or cells; a chart whose title, legend or axis text
Qt Charts cut short ("groupes entre cr...") or that runs past the chart; a form scroll area
that needs a horizontal scroll bar; a widget that runs past its parent or the window.
Widths are measured from the text with the widget's own font metrics and the style's own
margins, not taken from the widgets' size hints alone, so a widget that asks for too little
room fails too.

Deliberately left out: text a widget elides on purpose and shows whole elsewhere (library
tree rows, wrapped table cells: their rows are held by tests/ui/test_text_scaling.py; a
document title in a combo box marked ``elides`` whose tooltip holds the whole title),
columns a table scrolls sideways to (past the first, each is whole once scrolled to), and
toolbar buttons moved behind the toolbar's "»" menu (hidden, not cut).
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QRect, QRectF, QSize, Qt
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
    QStyleOptionViewItem,
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
    """A table or tree so narrow that its first column, which tells the rows apart, cannot
    be read: not its whole title, and in a one-line table not its cells either."""
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
    need = _advance(header.fontMetrics(), title)
    if isinstance(view, QTableView) and not view.wordWrap():
        need = max(need, _cell_need(view, first)[0])
    need = min(need, header.sectionSize(first))
    if need > view.viewport().width() + SLACK:
        return f"shows {view.viewport().width()} px of a first column titled {title!r}"
    return None


CHART_ELLIPSIS = "..."  # what Qt Charts puts in place of the words it cuts off


def _chart(view: QChartView) -> list[str]:
    """Text a chart draws in its scene (title, legend labels, axis titles and labels) that
    Qt Charts cut short to fit ("groupes entre cr...") or that runs past the view's edge."""
    scene = view.scene()
    if scene is None:
        return []
    shown = QRectF(view.mapToScene(view.viewport().rect()).boundingRect())
    found = []
    for item in scene.items():
        obj = item.toGraphicsObject()
        if obj is None or not item.isVisible() or not hasattr(obj, "toPlainText"):
            continue
        text = str(obj.toPlainText())
        if not text.strip():
            continue
        box = item.sceneBoundingRect()
        if text.endswith(CHART_ELLIPSIS):
            found.append(f"chart text {text!r} cut short in {box.width():.0f} px")
        elif not shown.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
            found.append(f"chart text {text!r} runs past the chart ({box} in {shown})")
    return found


READABLE = 12  # letters an eliding column shows at least: enough to tell its rows apart


def _rows_on_screen(view: QTableView) -> range:
    model = view.model()
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    if model is None or first < 0:
        return range(0)
    return range(first, (model.rowCount() - 1 if last < 0 else last) + 1)


def _cell_need(view: QTableView, column: int) -> tuple[int, str]:
    """The width the widest cell of ``column`` on screen needs (the delegate's own measure:
    text, margins, icon), and its text; for a column that elides on purpose (listed in the
    table's ``elides`` property: a title or a bracketed text shown whole elsewhere), the
    room of ``READABLE`` letters."""
    if column in set(view.property("elides") or ()):
        return _advance(view.fontMetrics(), "n" * READABLE), f"{READABLE} letters"
    model = view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    widest, text = 0, ""
    for row in _rows_on_screen(view):
        index = model.index(row, column)
        shown = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        need = view.itemDelegateForIndex(index).sizeHint(option, index).width() if shown else 0
        if need > widest:
            widest, text = need, shown
    return widest, text


def _cells(view: QTableView) -> list[str]:
    """Columns of one-line cells (no word wrap) narrower than a cell's text, in the rows on
    screen; a column that elides on purpose (the one to read, sized to the room left) that
    shows fewer than ``READABLE`` letters in the table's width, scrolled sideways or not."""
    model = view.model()
    if model is None or view.wordWrap():
        return []
    header = view.horizontalHeader()
    elides = set(view.property("elides") or ())
    found = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        room = view.columnWidth(column) - (1 if view.showGrid() else 0)
        if column in elides:
            left = view.columnViewportPosition(column)
            room = min(left + room, view.viewport().width()) - max(left, 0)
        need, text = _cell_need(view, column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if need > room + SLACK and column in elides:
            found.append(f"column {title!r} shows {room} px, not {text}: needs {need} px")
        elif need > room + SLACK:
            found.append(f"column {title!r} cuts {text[:30]!r}: needs {need} px, has {room}")
    return found


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
            if isinstance(widget, QTableView):
                found.extend(f"{_name(widget)}: {p}" for p in _cells(widget))
        elif isinstance(widget, QChartView):
            found.extend(f"{_name(widget)}: {p}" for p in _chart(widget))
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
