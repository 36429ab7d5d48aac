"""The search panel: a box, results as you type, and a request to open the paragraph found.

The search itself is injected (``SearchFn``), so the panel runs on any callable: the app
passes one over ``services.search.search``, tests pass a list of ready-made hits. Matches
are shown bold and underlined (no colour needed); wordings no longer in the newest version
are in italics and say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services.search import SearchHit, search
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.delegates.rich_cell import (
    cell_width,
    laid_out_height,
    share_columns,
)
from wsis_desk.ui.delegates.snippet_delegate import HIT_ROLE, SnippetDelegate, snippet_height
from wsis_desk.ui.i18n import select_row
from wsis_desk.ui.models.record_model import RecordTableModel
from wsis_desk.ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
# (typed text, document or None, version label or None) -> hits, best first
SearchFn = Callable[[str, str | None, str | None], Sequence[SearchHit]]
DEBOUNCE_MS = 250
SNIPPET_LINES = 3  # the height of a row not fitted yet (a snippet is about 180 characters)
FIT_AHEAD = 5  # rows below the screen fitted ahead of scrolling
CELL_PADDING = 10  # around the text of a plain cell (style margins, focus frame)
PANEL_LIMIT = 200


def workspace_search(ws: Workspace, limit: int = PANEL_LIMIT) -> SearchFn:
    """The panel's search over a workspace: ``services.search.search`` with the scope given.

    It reads on its own short sqlite3 connection (WAL: writers never block it) in tens of
    milliseconds at 50,000 paragraphs; the panel runs it on the task runner all the same (no
    database read on the GUI thread), and drops an answer a newer search overtook.
    """

    def run(typed: str, document: str | None, version: str | None) -> Sequence[SearchHit]:
        return search(ws, typed, document=document, version=version, limit=limit)

    return run


class SearchResultsModel(RecordTableModel[SearchHit]):
    """One row per paragraph found: where it is, and the words around the match."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Paragraph"),
        QT_TRANSLATE_NOOP("columns", "Version"),
        QT_TRANSLATE_NOOP("columns", "Document"),
        QT_TRANSLATE_NOOP("columns", "Text"),
    )
    VERSION, TEXT = 1, 3

    def version_text(self, hit: SearchHit) -> str:
        """The version a hit is in, saying so when that is not the newest."""
        if hit.in_latest:
            return hit.version
        return self.tr("{version} (not in the newest)").format(version=hit.version)

    def _history(self, hit: SearchHit) -> str:
        seen = ", ".join(hit.versions)
        if hit.in_latest:
            return self.tr("In: {versions}").format(versions=seen)
        if hit.latest_label:
            return self.tr("In: {versions}. Now {label}, with other words.").format(
                versions=seen, label=hit.latest_label
            )
        return self.tr("In: {versions}. The paragraph is gone from the newest version.").format(
            versions=seen
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.record_at(index)
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.paragraph_label, self.version_text(hit), hit.document_key, hit.snippet)[
                column
            ]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.TEXT:
                return self.tr("{label} of {version}, {document}: {text}").format(
                    label=hit.paragraph_label,
                    version=self.version_text(hit),
                    document=hit.document_key,
                    text=hit.snippet,
                )
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.document}\n{self._history(hit)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:  # level with the snippet's first line
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and not hit.in_latest:
            font = QFont()
            font.setItalic(True)
            return font
        if role == HIT_ROLE:
            return hit
        return None


class SearchPanel(QWidget):
    """Search box, scope, results; Enter or a double-click asks to open the paragraph."""

    open_requested = Signal(str, str, int)  # document key, version label, paragraph index
    searched = Signal(str, int)  # what was searched, how many paragraphs were found

    def __init__(self, search: SearchFn, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_pending = False  # a refit of the rows is scheduled (_on_section_resized)
        self._fitted: set[int] = set()  # rows given their height for the current width
        self._search, self._tasks = search, tasks
        self._document: str | None = None
        self._version: str | None = None
        self._serial = 0
        self.setAccessibleName(self.tr("Search"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr('Search every version: words, or "a phrase"…'))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Words to search for"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Where to search"))
        self.scope.addItem(self.tr("All documents"), "all")
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("This version"), "version")
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search result count"))
        self.model = SearchResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Paragraphs found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(SearchResultsModel.TEXT, SnippetDelegate(self.table))
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_visible())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self._sized_for: tuple[int, int] | None = None  # (font height, table width)
        self._size_columns()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._on_return_pressed)
        self.scope.currentIndexChanged.connect(lambda _i: self.search_now())
        self.table.activated.connect(self._on_activated)
        self.set_context(None, None)

    # -- what the window tells the panel ----------------------------------------------------
    def set_context(self, document: str | None, version: str | None) -> None:
        """The document and version on show, for the "This document / version" scopes."""
        self._document, self._version = document, version
        model = self.scope.model()
        if isinstance(model, QStandardItemModel):  # the combo's own model: grey out scopes
            for row, enabled in ((1, document is not None), (2, version is not None)):
                item = model.item(row)
                if item is not None:
                    item.setEnabled(enabled)
        if (self.scope.currentIndex() == 1 and document is None) or (
            self.scope.currentIndex() == 2 and version is None
        ):
            self.scope.setCurrentIndex(0)
        elif self.box.text().strip() and self.scope.currentIndex() != 0:
            self.search_now()

    def focus_search(self) -> None:
        """Put the cursor in the box with its text selected (what Ctrl+K does)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def hits(self) -> list[SearchHit]:
        """The hits shown, in order."""
        return [self.model.record(r) for r in range(self.model.rowCount())]

    # -- searching -------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search for what is typed at once (typing waits for a short pause first)."""
        self._timer.stop()
        typed = self.box.text()
        self._serial += 1
        serial = self._serial
        if not typed.strip():
            self._show(serial, typed, [])
            return
        scope = self.scope.currentData()
        document = self._document if scope in ("document", "version") else None
        version = self._version if scope == "version" else None
        fn = self._search

        def job() -> Sequence[SearchHit]:
            return fn(typed, document, version)

        def done(found: Sequence[SearchHit]) -> None:
            self._show(serial, typed, found)

        # quiet: no busy cursor at each key; a failure is shown where the count goes (typing
        # must not pop dialogs)
        self._tasks.run(job, done, lambda exc, _details: self._failed(serial, exc), quiet=True)

    def _show(self, serial: int, typed: str, found: Sequence[SearchHit]) -> None:
        if serial != self._serial:  # an older search finishing late: its answer is stale
            return
        self.model.set_records(found)
        self._fit_rows()
        if not typed.strip():
            self.status.setText("")
        elif not found:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%Ln paragraph(s) found.", "", len(found)))
        self.searched.emit(typed, len(found))

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.model.set_records(())
            self.status.setText(str(error))

    # -- opening ---------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        """Ask the window to open the paragraph shown in ``row``."""
        if 0 <= row < self.model.rowCount():
            hit = self.model.record(row)
            self.open_requested.emit(hit.document_key, hit.version, hit.paragraph_index)

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def _on_return_pressed(self) -> None:
        if self._timer.isActive() or not self.model.rowCount():
            self.search_now()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            select_row(self.table, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            self.focus_search()
            return
        super().keyPressEvent(event)

    def _size_columns(self) -> None:
        """The columns before the text, at this text size, within a share of the width."""
        fm = self.fontMetrics()
        if (key := (fm.height(), self.table.viewport().width())) == self._sized_for:
            return  # else a column the person widened stays as it is
        self._sized_for = key
        newest = QCoreApplication.translate(
            "SearchResultsModel", "{version} (not in the newest)"
        ).format(version="")  # measured as it reads in this language
        samples = ("OP12(b)(ii)", newest.strip(), "A/80/L.99-DEMO")
        natural = {c: fm.horizontalAdvance(sample) + 16 for c, sample in enumerate(samples)}
        share_columns(self.table, natural, fm.horizontalAdvance("OP12"), titles_share=0.65)

    def _fit_rows(self) -> None:
        """New hits, a new width or a new font: every row is to be fitted again."""
        self._fit_pending = False
        self._size_columns()
        self._fitted.clear()
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * SNIPPET_LINES + 8)
        self._fit_visible()

    def _fit_visible(self) -> None:
        """Give the rows on screen, and a few below, the height of their snippet at the text
        column's width (a narrow window wraps it onto more lines). Rows further down keep the
        default height of three lines until they are scrolled to: measuring 200 hits at once
        took longer than the search."""
        table, count = self.table, self.model.rowCount()
        for _ in range(4):  # fitting a row moves the ones below it: until those on screen fit
            first = max(table.rowAt(0), 0)
            last = table.rowAt(table.viewport().height() - 1)
            last = count - 1 if last < 0 else min(count - 1, last + FIT_AHEAD)
            todo = [row for row in range(first, last + 1) if row not in self._fitted]
            if not todo:
                return
            for row in todo:
                table.setRowHeight(row, self._row_height(row))
                self._fitted.add(row)

    def _row_height(self, row: int) -> int:
        """The snippet's height, or the version's or document's when they wrap (large text,
        "(not in the newest)")."""
        hit = self.model.record(row)
        font = QFont(self.table.font())
        font.setItalic(not hit.in_latest)  # as the model's FontRole says
        width = cell_width(self.table, SearchResultsModel.TEXT)
        words = [  # wrapped as the item delegate wraps them
            laid_out_height(
                str(self.model.index(row, column).data() or ""),
                font,
                max(self.table.columnWidth(column) - CELL_PADDING, 20),
            )
            for column in (SearchResultsModel.VERSION, SearchResultsModel.VERSION + 1)
        ]
        return max(snippet_height(hit, font, width) + 2, *(int(h) + CELL_PADDING for h in words))

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if (
            column in (SearchResultsModel.TEXT, SearchResultsModel.VERSION)
            and not self._fit_pending
        ):
            self._fit_pending = True  # a window resize moves it many times: fit once
            QTimer.singleShot(0, self._fit_rows)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed (Ctrl+= / Ctrl+-)
            self._fit_rows()
