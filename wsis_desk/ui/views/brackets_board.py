"""The brackets board: every open group of a version, and the burn-down across versions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services.brackets import BurnDownPoint, OpenGroup
from wsis_desk.ui.delegates.rich_cell import table_width, title_width
from wsis_desk.ui.i18n import isolate, value_word
from wsis_desk.ui.models.record_model import Index, RecordTableModel
from wsis_desk.ui.widgets.flow_layout import FlowLayout

# Distinguishable in grey-scale: solid thick line vs dashed line, both with markers.
GROUPS_PEN = QPen(Qt.GlobalColor.black, 3)
PARAGRAPHS_PEN = QPen(Qt.GlobalColor.darkBlue, 2, Qt.PenStyle.DashLine)


class OpenGroupsModel(RecordTableModel[OpenGroup]):
    """One row per open bracket group."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Paragraph"),
        QT_TRANSLATE_NOOP("columns", "Depth"),
        QT_TRANSLATE_NOOP("columns", "Kind"),
        QT_TRANSLATE_NOOP("columns", "Proponents"),
        QT_TRANSLATE_NOOP("columns", "Bracketed text"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        g = self.record_at(index)
        if g is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return (g.paragraph_index, g.depth, g.kind, ", ".join(g.proponents), g.text)[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (  # isolate: free text keeps its own direction (", civil society" in Arabic)
                g.paragraph_label,
                str(g.depth),
                value_word(str(g.kind)),
                isolate(", ".join(g.proponents)),
                isolate(g.text),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return g.text
        return None


class GroupFilter(QSortFilterProxyModel):
    """Sort by the raw keys; filter on any column's text."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class BracketsBoard(QWidget):
    """Open groups table above, burn-down chart below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("Bracket census"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by paragraph, proponent or text…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter open bracket groups"))
        self.model = OpenGroupsModel(self)
        self.proxy = GroupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Open bracket groups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setProperty("elides", [len(OpenGroupsModel.COLUMNS) - 1])  # tooltip: whole
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would read every one of thousands of rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sized_for = -1  # the table width the columns were shared for
        # The bracketed text, what is read, beside its paragraph; depth, kind and
        # proponents after it, scrolled to where the table is narrow (1024×700 in French).
        header.moveSection(len(OpenGroupsModel.COLUMNS) - 1, 1)
        self._size_columns()
        header.setStretchLastSection(False)  # sized by _size_columns, with its title
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Burn-down across versions"))
        # Qt Charts puts its legend on one line and cuts each label to its share of it
        # ("groupes entre cr..." at 1024×700 in French): the legend is drawn by widgets
        # below the chart instead, which wrap onto a second line and follow the text size.
        self.chart.legend().setVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Burn-down chart of open brackets"))
        self.chart_view.setMinimumHeight(220)
        self.groups_series = QLineSeries()
        self.paragraphs_series = QLineSeries()
        legend = FlowLayout(spacing=12)
        self.legend_labels: list[QLabel] = []
        for pen, name in (
            (GROUPS_PEN, self.tr("open bracket groups")),
            (PARAGRAPHS_PEN, self.tr("paragraphs with brackets")),
        ):
            swatch = QLabel()
            swatch.setPixmap(_line_sample(pen, self.fontMetrics().height()))
            words = QLabel(name)
            legend.add_group(swatch, words)
            self.legend_labels.append(words)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_view, 1)
        chart_layout.addLayout(legend)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.caption)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(chart_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _size_columns(self) -> None:
        """Label, depth, kind and proponents as wide as a typical value or their title; the
        text column the rest, never narrower than its own title: where that is more than
        the table has (1024×700 in French), the table scrolls sideways to the columns after
        the text, as the matrix does, rather than cut a title. Again only when the table's
        width changed (a column the person widened stays otherwise)."""
        width = table_width(self.table)
        if width == self._sized_for:
            return
        self._sized_for = width
        fm = self.fontMetrics()
        header = self.table.horizontalHeader()
        samples = ("OP12(b)(ii)", "Depth", "alternative", "EU, G77, USA")
        used = 0
        for col, sample in enumerate(samples):
            size = max(fm.horizontalAdvance(sample) + 16, title_width(self.table, col))
            header.resizeSection(col, size)
            used += header.sectionSize(col)  # Qt's minimum section size may have won
        text = len(samples)
        header.resizeSection(text, max(title_width(self.table, text), width - used))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._size_columns)  # once the table has its new width

    def set_board(
        self, caption: str, groups: Sequence[OpenGroup], burn_down: Sequence[BurnDownPoint]
    ) -> None:
        """Show the open groups of one version and the burn-down of its document."""
        self.caption.setText(caption)
        self.model.set_records(groups)
        self._set_chart(burn_down)

    def series_values(self) -> tuple[list[float], list[float]]:
        """The y values of the two series (groups, bracketed paragraphs), for tests."""
        return (
            [p.y() for p in self.groups_series.points()],
            [p.y() for p in self.paragraphs_series.points()],
        )

    def _set_chart(self, points: Sequence[BurnDownPoint]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.groups_series = QLineSeries()
        self.groups_series.setName(self.legend_labels[0].text())
        self.paragraphs_series = QLineSeries()
        self.paragraphs_series.setName(self.legend_labels[1].text())
        self.groups_series.setPen(GROUPS_PEN)
        self.paragraphs_series.setPen(PARAGRAPHS_PEN)
        for series in (self.groups_series, self.paragraphs_series):
            series.setPointsVisible(True)
        for i, p in enumerate(points):
            self.groups_series.append(i, p.groups)
            self.paragraphs_series.append(i, p.bracketed_paragraphs)
        self.chart.addSeries(self.groups_series)
        self.chart.addSeries(self.paragraphs_series)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, p in enumerate(points):
            x_axis.append(p.label, i)
        x_axis.setRange(-0.2, max(len(points) - 1, 1) + 0.2)
        y_axis = QValueAxis()
        top = max([p.groups for p in points] + [1])
        y_axis.setRange(0, top * 1.1)
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.groups_series, self.paragraphs_series):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)


def _line_sample(pen: QPen, height: int) -> QPixmap:
    """A legend's swatch: a short stretch of the series' line with a point on it."""
    width = 3 * height
    picture = QPixmap(width, height)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.drawLine(1, height // 2, width - 1, height // 2)
    painter.setBrush(pen.color())
    painter.drawEllipse(width // 2 - 3, height // 2 - 3, 6, 6)
    painter.end()
    return picture
