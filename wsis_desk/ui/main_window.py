"""Main window: library (documents › versions) on the left, the paragraphs of a version right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services.documents import list_documents, list_versions, show_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.paragraph_model import ParagraphTableModel

_VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """Library tree | paragraph table. Later issues add compare, brackets, positions, packs."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._ws = workspace
        self.setWindowTitle(self.tr("WSIS Desk"))
        self.library = QTreeWidget()
        self.library.setHeaderLabels([self.tr("Documents and versions")])
        self.library.itemSelectionChanged.connect(self._on_library_selection_changed)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.paragraphs = ParagraphTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.paragraphs)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.library)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload_library)
        self.addAction(refresh)
        self.resize(1200, 760)
        self.reload_library()

    def reload_library(self) -> None:
        """Fill the library tree from the database and select the newest version."""
        self.library.clear()
        last: QTreeWidgetItem | None = None
        for doc in list_documents(self._ws):
            symbol = f" ({doc.symbol})" if doc.symbol else ""
            doc_item = QTreeWidgetItem([doc.title + symbol])
            self.library.addTopLevelItem(doc_item)
            _, versions = list_versions(self._ws, doc.symbol or doc.title)
            for v in versions:
                item = QTreeWidgetItem([f"{v.label} — {v.paragraphs} ¶"])
                item.setData(0, _VERSION_ROLE, (doc.symbol or doc.title, v.label))
                doc_item.addChild(item)
                last = item
            doc_item.setExpanded(True)
        if last is not None:
            self.library.setCurrentItem(last)
        else:
            self.title.setText(
                self.tr("No documents yet. Import a draft with: wsis-desk import FILE --doc NAME")
            )

    def _on_library_selection_changed(self) -> None:
        item = self.library.currentItem()
        key = item.data(0, _VERSION_ROLE) if item is not None else None
        if not key:
            return
        doc, label = key
        vt = show_version(self._ws, doc, label)
        when = f" · circulated {vt.version.circulated_at}" if vt.version.circulated_at else ""
        self.title.setText(f"<b>{vt.document.title}</b> — {vt.version.label}{when}")
        self.paragraphs.set_paragraphs(vt.paragraphs)
        self.table.resizeRowsToContents()
