"""Table model over the paragraphs of one version, fetched lazily, with bracket data per row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from wsis_desk.services.brackets import ParagraphBrackets
from wsis_desk.ui.i18n import ltr, translated, value_word

_Index = QModelIndex | QPersistentModelIndex
PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole + 10
BRACKETS_ROLE = Qt.ItemDataRole.UserRole + 11
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 12
# Rows laid out up front; the view fetches more until it is full, then as it scrolls.
BATCH = 24
SHORT_STATUS = {
    "agreed_ad_ref": QT_TRANSLATE_NOOP("words", "ad ref"),
    "suggested_for_closure": QT_TRANSLATE_NOOP("words", "for closure"),
    "agreed": QT_TRANSLATE_NOOP("words", "agreed"),
    "stays": QT_TRANSLATE_NOOP("words", "stays"),
}


class ParagraphTableModel(QAbstractTableModel):
    """Rows of paragraphs; only the first ``BATCH`` rows exist until the view asks for more."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Label"),
        QT_TRANSLATE_NOOP("columns", "Status"),
        QT_TRANSLATE_NOOP("columns", "Proponents"),
        QT_TRANSLATE_NOOP("columns", "Text"),
    )
    LABEL, STATUS, PROPONENTS, TEXT = range(4)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._all: tuple[ParagraphBrackets, ...] = ()
        self._loaded = 0
        self._depth: dict[int, int] = {}

    def set_rows(self, rows: Sequence[ParagraphBrackets]) -> None:
        """Replace the rows (paragraphs with their bracket census and spans)."""
        self.beginResetModel()
        self._all = tuple(rows)
        self._loaded = min(BATCH, len(self._all))
        self._depth = {}
        for r in self._all:
            p = r.paragraph
            self._depth[p.index] = 0 if p.parent is None else self._depth.get(p.parent, 0) + 1
        self.endResetModel()

    def row_data(self, row: int) -> ParagraphBrackets:
        """The record shown in ``row``."""
        return self._all[row]

    def records(self) -> tuple[ParagraphBrackets, ...]:
        """Every row's record, loaded or not."""
        return self._all

    def total_rows(self) -> int:
        """How many rows exist, loaded or not."""
        return len(self._all)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._all)

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._all) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        tip = Qt.ItemDataRole.ToolTipRole  # the whole title when large text elides it
        if role in (Qt.ItemDataRole.DisplayRole, tip) and orientation == Qt.Orientation.Horizontal:
            return translated("columns", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        record = self._all[index.row()]
        p = record.paragraph
        column = index.column()
        if role == PARAGRAPH_ROLE:
            return p
        if role == BRACKETS_ROLE:
            return record
        if role == DEPTH_ROLE:
            return self._depth.get(p.index, 0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.LABEL:  # ltr: "I." or "OP3(a)" keep their order in Arabic
                return "  " * self._depth.get(p.index, 0) + ltr(p.label)
            if column == self.STATUS:
                status = (
                    translated("words", SHORT_STATUS.get(p.status.value, p.status.value))
                    if p.status
                    else ""
                )
                if record.spanning:
                    status = (status + " " if status else "") + self.tr("↔ spans")
                if record.unbalanced:
                    status = (status + " " if status else "") + self.tr("⚠ unbalanced")
                return status
            if column == self.PROPONENTS:
                return " ".join(record.proponents)
            return p.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LABEL:
            return f"{p.label} · {value_word(p.kind.value)}"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS:
            tips = [value_word(p.status.value)] if p.status else []
            if record.spanning:
                tips.append(self.tr("A bracket group runs across this and another paragraph."))
            if record.unbalanced:
                tips.append(self.tr("The square brackets in this paragraph do not pair up."))
            return "\n".join(tips) or None
        return None


class ParagraphFilter(QSortFilterProxyModel):
    """Filters: only bracketed, only status-marked, by proponent, by text (case-insensitive)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.only_bracketed = False
        self.only_status = False
        self.proponent: str | None = None
        self.needle = ""

    def set_filters(
        self,
        *,
        only_bracketed: bool | None = None,
        only_status: bool | None = None,
        proponent: str | bool | None = False,
        needle: str | None = None,
    ) -> None:
        """Change one or more filters (``proponent=None`` clears it) and re-filter."""
        self.beginFilterChange()
        if only_bracketed is not None:
            self.only_bracketed = only_bracketed
        if only_status is not None:
            self.only_status = only_status
        if proponent is not False:
            self.proponent = proponent if isinstance(proponent, str) else None
        if needle is not None:
            self.needle = needle.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ParagraphTableModel):
            return True
        return self.accepts(model.row_data(source_row))

    def accepts(self, record: ParagraphBrackets) -> bool:
        """Whether the filters let ``record`` through."""
        if (
            self.only_bracketed
            and record.groups == 0
            and not record.unbalanced
            and not record.spanning
        ):
            return False
        if self.only_status and record.paragraph.status is None:
            return False
        if (
            self.proponent
            and self.proponent not in record.proponents
            and self.proponent not in record.commenters
        ):
            return False
        return not (self.needle and self.needle not in record.paragraph.text.casefold())
