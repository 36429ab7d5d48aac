"""The library tree: processes › documents › versions, with open brackets and circulation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from wsis_desk.core.catalog import LibraryProcess, VersionInfo
from wsis_desk.ui.i18n import isolate, local_datetime, ltr

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_CHARS, MIN_WIDTH = 16, 150  # the narrowest the tree gets: "Rev.12 · 2025-10-…"


class LibraryModel(QStandardItemModel):
    """Read-only tree model filled from the library service's records."""

    def version_caption(self, v: VersionInfo) -> str:
        """``Rev.1 · 2025-10-14 09:30 · 12 open [ ]`` for the tree."""
        parts = [ltr(v.label)]
        if v.circulated_at:
            parts.append(local_datetime(v.circulated_at))
        if v.open_groups is not None:
            parts.append(self.tr("%Ln open [ ]", "", v.open_groups))
        return " · ".join(parts)

    def set_library(self, processes: Sequence[LibraryProcess]) -> None:
        """Replace the whole tree."""
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Negotiations")])
        root = self.invisibleRootItem()
        for lp in processes:
            title = lp.process.title if lp.process else self.tr("Other documents")
            proc_item = QStandardItem(title)
            proc_item.setEditable(False)
            proc_item.setAccessibleText(title)
            root.appendRow(proc_item)
            for ld in lp.documents:
                doc = ld.document
                doc_item = QStandardItem(doc.title + (f" ({doc.symbol})" if doc.symbol else ""))
                doc_item.setEditable(False)
                doc_item.setData(doc.symbol or doc.title, DOCUMENT_ROLE)
                doc_item.setToolTip(doc.title)
                proc_item.appendRow(doc_item)
                for v in ld.versions:
                    item = QStandardItem(self.version_caption(v))
                    item.setEditable(False)
                    item.setData(v, VERSION_ROLE)
                    item.setData(doc.symbol or doc.title, DOCUMENT_ROLE)
                    tip = self.tr("{label}: %Ln paragraph(s), from {source}", "", v.paragraphs)
                    item.setToolTip(tip.format(label=isolate(v.label), source=v.source_name))
                    doc_item.appendRow(item)


class LibraryPanel(QWidget):
    """The tree on the left; emits the chosen (document key, version) pair."""

    version_chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Library of negotiations, documents and versions"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformRowHeights(True)
        self.view.setHeaderHidden(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

    def minimumSizeHint(self) -> QSize:
        """Room for a version's label and date at any text size (small windows keep it)."""
        return QSize(self.fontMetrics().averageCharWidth() * MIN_CHARS, 0).expandedTo(
            QSize(MIN_WIDTH, 0)
        )

    def set_library(self, processes: Sequence[LibraryProcess]) -> None:
        """Show ``processes`` and keep (or choose) the newest version as current."""
        self.model.set_library(processes)
        self.view.expandAll()

    def version_indexes(self) -> list[QModelIndex]:
        """Every version row, in tree order."""
        found: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(VERSION_ROLE) is not None:
                    found.append(index)
                walk(index)

        walk(QModelIndex())
        return found

    def select_version(self, document_key: str, label: str | None = None) -> bool:
        """Make a version current (the newest of the document when ``label`` is None)."""
        matches = [i for i in self.version_indexes() if i.data(DOCUMENT_ROLE) == document_key]
        if label is not None:
            matches = [i for i in matches if i.data(VERSION_ROLE).label == label]
        if not matches:
            return False
        self.view.setCurrentIndex(matches[-1])
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version = current.data(VERSION_ROLE)
        if version is not None:
            self.version_chosen.emit(current.data(DOCUMENT_ROLE), version)
