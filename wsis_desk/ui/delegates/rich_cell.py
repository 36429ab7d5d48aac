"""Painting a laid-out text document in an item view's cell, and measuring the height it will
take without building it (the delegates share both)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem, QTableView


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


WRAP = QTextOption()  # how cell documents wrap; laid_out_height measures the same
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

Run = tuple[int, int, QTextCharFormat]  # start, end (offsets in the text), format
TABLE_GAP = 1.5  # ems between a table's columns


def table_tabs(text: str, font: QFont, width: float) -> list[QTextOption.Tab]:
    """Tab stops that line a table paragraph's cells up in columns (its text: cells split by
    tab, rows by newline, core.tables): each column as wide as its widest cell, all of them
    narrowed together when the table is wider than ``width``."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Black)  # bracketed words are drawn heavier: measure them so
    metrics = QFontMetricsF(bold)
    gap = metrics.horizontalAdvance("M") * TABLE_GAP
    widths: list[float] = []
    for row in text.split("\n"):
        for k, cell in enumerate(row.split("\t")):
            if k == len(widths):
                widths.append(0.0)
            widths[k] = max(widths[k], metrics.horizontalAdvance(cell) * 1.05 + gap)
    scale = min(1.0, width / sum(widths)) if sum(widths) > 0 else 1.0
    stops, x = [], 0.0
    for w in widths[:-1]:
        x += w * scale
        stops.append(QTextOption.Tab(x, QTextOption.TabType.LeftTab))
    return stops


def laid_out_height(
    text: str,
    font: QFont,
    width: float,
    runs: Sequence[Run] = (),
    option: QTextOption = WRAP,
) -> float:
    """The height of ``text`` as a plain-text QTextDocument in ``font`` lays it out ``width``
    wide (one block per line of the text, wrapped as ``WRAP`` says), with ``runs`` of formats
    that change the size of letters (weights, point sizes).

    Building the formatted document costs milliseconds per cell; this breaks lines exactly as
    the document does, for row heights that neither cut text off nor leave gaps.
    """
    height, start = 0.0, 0
    for block in text.split("\n"):
        end = start + len(block)
        layout = QTextLayout(block, font)
        layout.setTextOption(option)
        if runs:
            ranges = []
            for a, b, fmt in runs:
                a, b = max(a, start), min(b, end)
                if a < b:
                    r = QTextLayout.FormatRange()
                    r.start, r.length, r.format = a - start, b - a, fmt
                    ranges.append(r)
            layout.setFormats(ranges)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            height += line.height()
        layout.endLayout()
        start = end + 1
    return height


def cell_width(view: QTableView, column: int) -> int:
    """The width a table paints a cell of ``column`` with: its column less the grid line,
    which the table takes off each cell. A height measured at the column's full width can
    come out a line short when the text wraps one pixel narrower."""
    return view.columnWidth(column) - (1 if view.showGrid() else 0)


def measuring_width(view: object, option: QStyleOptionViewItem, column: int) -> int:
    """The width a delegate's cell in ``column`` of ``view`` (its parent) is painted at, to
    measure its height: a table's cell, a list's row, else the option's rect (400 when the
    view has not laid it out yet)."""
    width = 0
    if isinstance(view, QTableView):
        width = cell_width(view, column)
    elif isinstance(view, QListView):
        width = view.viewport().width() - 2 * view.spacing()
    if width <= 0:
        width = option.rect.width() if option.rect.width() > 0 else 400
    return width


def table_width(view: QTableView) -> int:
    """The width of ``view``'s viewport, read off its horizontal header, which the table lays
    out exactly as wide (``QTableView.updateGeometries``). Asking for ``viewport()`` would wrap
    a widget made by Qt, and the first such plain QWidget makes PySide load every QWidget
    class it has not loaded yet to look for a better match (about 3% of start-up)."""
    return view.horizontalHeader().width()


FIXED_SHARE = 0.45  # of a table's width, at most, for its label-like columns
TITLE_SHARE = 0.55  # of a table's width, at most, that whole header titles may take


def title_width(view: QTableView, column: int) -> int:
    """The width ``column``'s header title needs to be read whole: its words, the header's
    margins and the sort arrow's room."""
    header = view.horizontalHeader()
    model = view.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    arrow = arrow if header.isSortIndicatorShown() else 0
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin + arrow


def share_columns(
    view: QTableView, natural: dict[int, int], floor: int, *, titles_share: float = TITLE_SHARE
) -> None:
    """Give the label-like ``natural`` columns their widths, shrunk together (to ``floor``
    at the least) when they would take more than ``FIXED_SHARE`` of the table: with large
    text in a small window the paragraph text keeps room, and the short columns wrap.

    Then each column is widened to its header's title while all of them still take at most
    ``titles_share`` of the table (a French "Paragraphe" or a Russian "Уровень" read whole
    at 1024×700); past that (very large text) the titles elide."""
    room = table_width(view) * FIXED_SHARE
    total = sum(natural.values())
    widths = dict(natural)
    if room > 0 and total > room:  # shrunk together
        widths = {c: int(w * room / total) for c, w in natural.items()}
    titled = {c: max(w, title_width(view, c)) for c, w in widths.items()}
    if sum(titled.values()) <= table_width(view) * titles_share:
        widths = titled  # each title whole, taken from the text column's room
    header = view.horizontalHeader()
    # Qt's own minimum is the font's widest glyph, which in some faces (Arabic at 200%) is
    # wider than a whole label column would get.
    header.setMinimumSectionSize(floor)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Propo…", not a cut "ropone"
    for column, width in widths.items():
        header.resizeSection(column, max(floor, width))
