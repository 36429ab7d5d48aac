"""A paragraph's history across every version, for the inspector: label, text, how it changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from wsis_desk.core.align import ChangeKind
from wsis_desk.ui.delegates.redline_delegate import (
    REDLINE_ROLE,
    RedlineCell,
    RedlineDelegate,
    plain_redline,
)
from wsis_desk.ui.i18n import isolate, local_datetime

if TYPE_CHECKING:
    from wsis_desk.services.compare import HistoryEntry

_Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 22


class HistoryModel(QAbstractListModel):
    """One item per version: heading (version, label, change) and the text marked against
    the version before."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries: tuple[HistoryEntry, ...] = ()
        self._cells: list[RedlineCell] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Replace the history shown."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self._cells = [
            RedlineCell(e.chunks, "both" if e.text is not None else "old", self.heading(e))
            for e in self._entries
        ]
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def heading(self, e: HistoryEntry) -> str:
        """ "Rev.2 · 2025-11-20 22:15 — OP3bis (was OP2bis) · moved"."""
        when = f" · {local_datetime(e.version.circulated_at)}" if e.version.circulated_at else ""
        if e.label is None:
            where = (
                self.tr("removed (was {label})").format(label=e.previous_label)
                if e.change is ChangeKind.REMOVED
                else self.tr("not in this version")
            )
            return f"{e.version.label}{when} — {where}"
        label = e.label
        if e.renumbered and e.previous_label:
            label = self.tr("{label} (was {old})").format(label=e.label, old=e.previous_label)
        words = {
            None: self.tr("first version"),
            ChangeKind.ADDED: self.tr("added"),
            ChangeKind.UNCHANGED: self.tr("unchanged"),
            ChangeKind.CHANGED: self.tr("changed"),
            ChangeKind.RENUMBERED: self.tr("renumbered"),
        }
        change = words.get(e.change, e.change.value if e.change else "")
        return f"{e.version.label}{when} — {label} · {change}"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == REDLINE_ROLE:
            return self._cells[index.row()]
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading(e)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.heading(e)}. {plain_redline(e.chunks)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.version.source_name
        return None


class HistoryPanel(QWidget):
    """The selected paragraph in every version of its document, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Paragraph history"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Paragraph history heading"))
        self.model = HistoryModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("The paragraph in each version"))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(2)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegate = RedlineDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.clear()

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        """Show one paragraph's entries (from ``services.compare.paragraph_history``)."""
        self.model.set_entries(entries)
        present = [e for e in entries if e.label is not None]
        if not present:
            self.heading.setText(self.tr("This paragraph has no history yet."))
            return
        versions = len(present)
        self.heading.setText(
            self.tr(
                "{label}: in {n} of {total} versions; underlined = inserted, struck = deleted"
            ).format(label=isolate(present[-1].label or ""), n=versions, total=len(entries))
        )
        self.view.scrollToBottom()

    def clear(self) -> None:
        """Back to the empty state."""
        self.model.set_entries(())
        self.heading.setText(self.tr("Select a paragraph to see its history across versions."))

    def set_high_contrast(self, on: bool) -> None:
        """Drop the tints (underline and strike-through stay)."""
        self.delegate.set_high_contrast(on)
        self.view.viewport().update()
