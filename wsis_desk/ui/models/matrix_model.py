"""The position matrix as a Qt model: parties by paragraphs, each cell the latest stance."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from wsis_desk.core.positions import STANCE_GLYPHS, Stance
from wsis_desk.core.reports import PositionMatrix
from wsis_desk.ui.i18n import translated
from wsis_desk.ui.panels.positions_panel import STANCE_WORDS

_Index = QModelIndex | QPersistentModelIndex


class MatrixModel(QAbstractTableModel):
    """Rows are parties, columns paragraphs; each cell the latest stance as a glyph."""

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.matrix: PositionMatrix | None = None

    def set_matrix(self, matrix: PositionMatrix | None) -> None:
        """Replace the whole matrix."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        m = self.matrix
        if m is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and not 0 <= section < len(m.columns):
            return None
        if not horizontal and not 0 <= section < len(m.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if horizontal:
                return m.columns[section].label
            row = m.rows[section]
            return row.name if row.key.startswith("actor:") else row.key
        if role == Qt.ItemDataRole.ToolTipRole and not horizontal:
            return m.rows[section].name
        return None

    def stance(self, index: _Index) -> Stance | None:
        """The stance in a cell."""
        if self.matrix is None or not index.isValid():
            return None
        return self.matrix.cells.get((index.row(), index.column()))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        m = self.matrix
        if m is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(m.rows) and 0 <= index.column() < len(m.columns)):
            return None
        stance = m.cells.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return STANCE_GLYPHS[stance] if stance else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            who = self.headerData(index.row(), Qt.Orientation.Vertical)
            where = m.columns[index.column()].label
            what = (
                translated("words", STANCE_WORDS[stance])
                if stance
                else self.tr("no position recorded")
            )
            return f"{who} — {where}: {what}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and stance in (Stance.RED_LINE, Stance.OPPOSE):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KEY_ROLE:
            return (m.rows[index.row()].key, m.columns[index.column()].lineage_id)
        return None
