"""The document view: filters above, the paragraphs of one version with brackets highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.model import Footnote
from wsis_desk.services.brackets import ParagraphBrackets
from wsis_desk.ui.delegates.bracket_delegate import BracketDelegate
from wsis_desk.ui.delegates.chips_delegate import ChipsDelegate
from wsis_desk.ui.delegates.label_delegate import LabelDelegate
from wsis_desk.ui.delegates.rich_cell import share_columns, table_width
from wsis_desk.ui.i18n import select_row as select_table_row
from wsis_desk.ui.models.paragraph_model import ParagraphFilter, ParagraphTableModel
from wsis_desk.ui.widgets.find_bar import FindBar
from wsis_desk.ui.widgets.flow_layout import FlowLayout
from wsis_desk.ui.widgets.uncited_notes import UncitedNotes


class DocumentView(QWidget):
    """Paragraph table with filters; emits the selected paragraph record."""

    paragraph_selected = Signal(object)
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resize_pending = False
        self._relayout_on_show = False
        self._sized_for: tuple[int, int] | None = None  # (font height, table width)
        self.model = ParagraphTableModel(self)
        self.proxy = ParagraphFilter(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName(self.tr("Version shown"))
        self.only_bracketed = QCheckBox(self.tr("Only &bracketed"))
        self.only_bracketed.setAccessibleName(self.tr("Show only paragraphs with brackets"))
        self.only_status = QCheckBox(self.tr("Only with &status marker"))
        self.only_status.setAccessibleName(self.tr("Show only paragraphs with a status marker"))
        self.proponent = QComboBox()
        self.proponent.setAccessibleName(self.tr("Filter by proponent"))
        self.proponent.setMinimumContentsLength(10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the text of this version"))
        self.filter_note = QLabel()
        self.filter_note.setAccessibleName(self.tr("Filters in use"))
        self.clear_filters_button = QPushButton(self.tr("Clear &filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear the filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filters = FlowLayout()  # wraps at large text sizes and in small windows
        for w in (self.only_bracketed, self.only_status):
            filters.addWidget(w)
        filters.add_group(QLabel(self.tr("Proponent:")), self.proponent)
        filters.add_group(self.filter_note, self.clear_filters_button)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Paragraphs of the version"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = BracketDelegate(self.table)
        self.table.setItemDelegateForColumn(ParagraphTableModel.TEXT, self.delegate)
        self.chips = ChipsDelegate(self.table)
        self.table.setItemDelegateForColumn(ParagraphTableModel.PROPONENTS, self.chips)
        self.labels = LabelDelegate(self.table)
        self.table.setItemDelegateForColumn(ParagraphTableModel.LABEL, self.labels)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns()
        header.sectionResized.connect(self._on_section_resized)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing to show"))
        self.import_button = QPushButton(self.tr("Import a draft…"))
        self.import_button.setAccessibleName(self.tr("Import a draft"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Load the demo negotiation"))
        self.demo_button.setAccessibleName(self.tr("Load the demo negotiation"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(self._stack, 1)
        self.uncited = UncitedNotes(self)  # the version's footnotes no paragraph cites
        layout.addWidget(self.uncited)
        self.find_bar = FindBar(self)  # Ctrl+F: hidden until asked for
        layout.addWidget(self.find_bar)
        self.only_bracketed.toggled.connect(lambda on: self._refilter(only_bracketed=on))
        self.only_status.toggled.connect(lambda on: self._refilter(only_status=on))
        self.proponent.currentIndexChanged.connect(self._on_proponent_changed)
        self.search.textChanged.connect(lambda text: self._refilter(needle=text))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.rowsInserted.connect(self._on_rows_fetched)
        self._document: str | None = None
        self._update_filter_note()
        self.show_empty(self.tr("Choose a version in the library, or import a draft."))

    def set_rows(
        self,
        title_html: str,
        rows: Sequence[ParagraphBrackets],
        *,
        document: str | None = None,
        uncited: Sequence[tuple[Footnote, int]] = (),
    ) -> None:
        """Show the paragraphs of a version of ``document`` and, after them, its footnotes
        no paragraph cites (``uncited``: each with its bracket groups). Filters stay while
        one goes through the versions of a document, and are cleared for another document:
        a search for a word of the last one would hide every paragraph of this one."""
        self.title.setText(title_html)
        new_document, self._document = document != self._document, document
        self.model.set_rows(rows)
        self.uncited.set_notes(uncited)
        # who proposes bracketed text, and who speaks in the Word comments (comment positions)
        proponents = sorted({p for r in rows for p in (*r.proponents, *r.commenters)})
        self.proponent.blockSignals(True)
        self.proponent.clear()
        self.proponent.addItem(self.tr("anyone"), None)
        for code in proponents:
            self.proponent.addItem(code, code)
        self.proponent.blockSignals(False)
        self.proxy.set_filters(proponent=None)
        if new_document:
            self._reset_filter_widgets()
            self.proxy.set_filters(only_bracketed=False, only_status=False, needle="")
        self._update_filter_note()
        self._stack.setCurrentWidget(self.table)
        self._update_empty_state()
        self._relayout_when_shown()

    def show_empty(self, message: str, *, offer_start: bool = False) -> None:
        """Replace the table by a helpful message (with Import / Demo buttons on a new desk).
        The title keeps naming the version shown; with none, it says so."""
        if not self.model.total_rows() or offer_start:
            self.title.setText(escape(self.tr("No version open")))
        self.empty.setText(message)
        self.import_button.setVisible(offer_start)
        self.demo_button.setVisible(offer_start)
        self._stack.setCurrentWidget(self.empty_page)

    def visible_rows(self) -> list[ParagraphBrackets]:
        """The records that pass the current filters (loads every row)."""
        while self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return [
            self.model.row_data(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def select_row(self, row: int) -> None:
        """Select the ``row``-th visible paragraph."""
        select_table_row(self.table, row)

    def select_paragraph(self, index: int) -> bool:
        """Select (and scroll to) the paragraph with this index, clearing filters hiding it."""
        while self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        rows = [
            r
            for r in range(self.model.rowCount())
            if self.model.row_data(r).paragraph.index == index
        ]
        if not rows:
            return False
        source = self.model.index(rows[0], 0)
        if not self.proxy.mapFromSource(source).isValid():
            self.clear_filters()
        target = self.proxy.mapFromSource(source)
        select_table_row(self.table, target.row())
        self.table.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def select_first_bracketed(self) -> None:
        """Select the first visible paragraph that holds brackets (if any)."""
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_data(source.row()).groups:
                select_table_row(self.table, row)
                return

    def set_high_contrast(self, on: bool) -> None:
        """Drop the depth tints (weights and underlines stay)."""
        self.delegate.high_contrast = on
        self.table.viewport().update()

    def clear_filters(self) -> None:
        """Show every paragraph again (one click on "Clear filters")."""
        self._reset_filter_widgets()
        self._refilter(only_bracketed=False, only_status=False, proponent=None, needle="")

    def _reset_filter_widgets(self) -> None:
        boxes = (self.only_bracketed, self.only_status, self.proponent, self.search)
        for box in boxes:
            box.blockSignals(True)
        self.only_bracketed.setChecked(False)
        self.only_status.setChecked(False)
        self.proponent.setCurrentIndex(0)
        self.search.clear()
        for box in boxes:
            box.blockSignals(False)

    def filters_active(self) -> bool:
        """Whether a filter hides paragraphs (or would, on a longer version)."""
        p = self.proxy
        return bool(p.only_bracketed or p.only_status or p.proponent or p.needle)

    def _refilter(self, **changes: object) -> None:
        self.proxy.set_filters(**changes)  # type: ignore[arg-type]
        self._update_filter_note()
        self._update_empty_state()
        self._relayout_when_shown()

    def _update_filter_note(self) -> None:
        active = self.filters_active()
        self.clear_filters_button.setVisible(active)
        self.filter_note.setVisible(active)
        if active:
            self._count_shown()

    def _count_shown(self) -> None:
        """Say how many paragraphs the filters let through."""
        total = self.model.total_rows()
        if not self.filters_active() or not total:
            self.filter_note.setText("")
            return
        shown = sum(map(self.proxy.accepts, self.model.records()))
        self.filter_note.setText(
            self.tr("Filtered: {shown} of {total} shown.").format(shown=shown, total=total)
        )

    def _on_proponent_changed(self, _index: int) -> None:
        self._refilter(proponent=self.proponent.currentData())

    def _update_empty_state(self) -> None:
        if self.model.total_rows() and self.proxy.rowCount() == 0:
            self.show_empty(self.tr("No paragraph matches these filters."))
        elif self.model.total_rows():
            self._stack.setCurrentWidget(self.table)

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == ParagraphTableModel.TEXT and not self._resize_pending:
            # Coalesce the many resize events of a window resize into one relayout.
            self._resize_pending = True
            QTimer.singleShot(0, self._relayout_rows)

    def _size_columns(self) -> None:
        """Label, status and proponent columns wide enough for their words at this text size,
        within a share of the table's width. Done when the font or the table's width changed,
        so a column the person widened stays as it is otherwise."""
        fm = self.fontMetrics()
        key = (fm.height(), table_width(self.table))
        if key == self._sized_for:
            return
        self._sized_for = key
        natural = {}
        unbalanced = QCoreApplication.translate("ParagraphTableModel", "⚠ unbalanced")
        samples = ("OP12(b)(ii)", unbalanced, "G77 USA")
        for col, sample in enumerate(samples):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 16)
            natural[col] = width + 12
        share_columns(self.table, natural, fm.horizontalAdvance("OP12"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-: columns and rows follow
            self._size_columns()
            self._relayout_when_shown()

    def _relayout_rows(self) -> None:
        self._resize_pending = False
        self._relayout_on_show = False
        self._size_columns()
        self.table.resizeRowsToContents()

    def _relayout_when_shown(self) -> None:
        # Row heights depend on the text column's width, which is final only once the view
        # is on screen: a hidden view waits (showEvent) instead of measuring twice.
        if self.table.isVisible():
            self._relayout_rows()
        else:
            self._relayout_on_show = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._relayout_on_show and not self._resize_pending:
            self._resize_pending = True
            QTimer.singleShot(0, self._relayout_rows)

    def _on_rows_fetched(self, parent: QModelIndex, first: int, last: int) -> None:
        # Rows arriving as the view scrolls (fetchMore) get their heights; a full relayout
        # (set_rows, a filter, a resize) measures every row anyway.
        if parent.isValid() or self._resize_pending or not self.table.isVisible():
            return
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        source = self.proxy.mapToSource(indexes[0])
        self.paragraph_selected.emit(self.model.row_data(source.row()))
