"""Base of the read-only table models: a tuple of plain records, one per row, named columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wsis_desk.ui.i18n import translated

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records (frozen dataclasses); subclasses name ``COLUMNS`` and write ``data``."""

    COLUMNS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP("columns", …) marks

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: Sequence[R] = ()

    def set_records(self, records: Sequence[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        """The record shown in ``row``."""
        return self._rows[row]

    def record_at(self, index: Index) -> R | None:
        """The record of a valid index of this model, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated("columns", self.COLUMNS[section])
        return None
