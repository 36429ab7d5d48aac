"""Table model over the paragraphs of one version (label, kind, status, text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wsis_desk.core.model import Paragraph

_Index = QModelIndex | QPersistentModelIndex


class ParagraphTableModel(QAbstractTableModel):
    """Read-only rows of paragraphs; sub-paragraphs are indented under their parents."""

    COLUMNS = ("Label", "Kind", "Status", "Text")

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: tuple[Paragraph, ...] = ()
        self._depth: dict[int, int] = {}

    def set_paragraphs(self, paragraphs: Sequence[Paragraph]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = tuple(paragraphs)
        self._depth = {}
        for p in self._rows:
            self._depth[p.index] = 0 if p.parent is None else self._depth.get(p.parent, 0) + 1
        self.endResetModel()

    def paragraph(self, row: int) -> Paragraph:
        """The paragraph shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "  " * self._depth.get(p.index, 0) + p.label
            if column == 1:
                return p.kind.value
            if column == 2:
                return p.status.value.replace("_", " ") if p.status else ""
            return p.text
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            notes = "\n".join(f"[{f.mark}] {f.text}" for f in p.footnotes)
            return p.text + (f"\n\n{notes}" if notes else "")
        return None
