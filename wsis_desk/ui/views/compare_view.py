"""The compare view: pick two versions, read the redline inline or side by side, export it.

Over ~400 lines (pickers, filters, two layouts, export and print): the natural cut, its toolbar
and actions block, is left for a quiet day because it moves translation contexts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services.compare import (
    RedlineKind,
    VersionComparison,
    compare_versions,
    save_redline,
)
from wsis_desk.services.printing import redline_pdf_of
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.printing import PrintSource
from wsis_desk.ui.delegates.redline_delegate import RedlineDelegate
from wsis_desk.ui.delegates.rich_cell import share_columns
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import isolate, select_row
from wsis_desk.ui.models.compare_model import CompareFilter, CompareModel, is_change
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.flow_layout import FlowLayout

INLINE, SIDE_BY_SIDE = "inline", "side"
_UNSAFE = re.compile(r"[^\w.+-]+")


class CompareView(QWidget):
    """Two version pickers, a redline table with filters, change navigation and export."""

    comparison_shown = Signal(object)  # VersionComparison
    paragraph_selected = Signal(str, str, int)  # document key, version label, paragraph index
    exported = Signal(str)  # path of the file written

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._document = ""
        self._request = 0
        self._resize_pending = False
        self._sized_for: tuple[int, int] | None = None  # (font height, table width)
        self.result: VersionComparison | None = None
        self.setAccessibleName(self.tr("Compare versions"))
        self.model = CompareModel(self)
        self.proxy = CompareFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build_widgets()
        self._connect()
        self.set_mode(INLINE)
        self.show_empty(self.tr("Choose a document with at least two versions to compare."))

    # --- construction ----------------------------------------------------------------------
    def _action(self, text: str, keys: Sequence[QKeySequence], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.next_change_action = self._action(
            self.tr("Next change"),
            [key(Qt.Key.Key_F8), key(Qt.Modifier.ALT | Qt.Key.Key_Down)],
            self.tr("Go to the next changed paragraph"),
        )
        self.previous_change_action = self._action(
            self.tr("Previous change"),
            [key(Qt.Modifier.SHIFT | Qt.Key.Key_F8), key(Qt.Modifier.ALT | Qt.Key.Key_Up)],
            self.tr("Go to the previous changed paragraph"),
        )
        self.inline_action = self._action(
            self.tr("Inline"), [], self.tr("One column: deleted struck, inserted underlined")
        )
        self.side_by_side_action = self._action(
            self.tr("Side by side"), [], self.tr("Two columns: before and after")
        )
        modes = QActionGroup(self)
        for action in (self.inline_action, self.side_by_side_action):
            action.setCheckable(True)
            modes.addAction(action)
        self.export_docx_action = self._action(
            self.tr("Export DOCX…"), [], self.tr("Save a Word redline with tracked changes")
        )
        self.export_pdf_action = self._action(
            self.tr("Export PDF…"), [], self.tr("Save a photocopy-ready PDF redline")
        )

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(name)
        return button

    def _build_widgets(self) -> None:
        self.old_picker = QComboBox()
        self.old_picker.setAccessibleName(self.tr("Older version"))
        self.new_picker = QComboBox()
        self.new_picker.setAccessibleName(self.tr("Newer version"))
        for picker in (self.old_picker, self.new_picker):
            picker.setMinimumContentsLength(10)
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        from_label = QLabel(self.tr("&Compare"))
        from_label.setBuddy(self.old_picker)
        to_label = QLabel(self.tr("&with"))
        to_label.setBuddy(self.new_picker)
        self.only_changed = QCheckBox(self.tr("Only c&hanged"))
        self.only_changed.setAccessibleName(self.tr("Show only changed paragraphs"))
        self.only_brackets = QCheckBox(self.tr("Only &bracket changes"))
        self.only_brackets.setAccessibleName(self.tr("Show only paragraphs whose brackets changed"))
        # Flow layouts: at large text sizes or in a small window the rows wrap.
        top = FlowLayout()
        top.add_group(from_label, self.old_picker)
        top.add_group(to_label, self.new_picker)
        top.add_group(
            self._button(self.inline_action, self.tr("Inline redline")),
            self._button(self.side_by_side_action, self.tr("Side by side")),
        )
        self.export_docx_button = self._button(self.export_docx_action, self.tr("Export DOCX"))
        self.export_pdf_button = self._button(self.export_pdf_action, self.tr("Export PDF"))
        top.add_group(self.export_docx_button, self.export_pdf_button)
        second = FlowLayout()
        second.addWidget(self.only_changed)
        second.addWidget(self.only_brackets)
        second.add_group(
            self._button(self.previous_change_action, self.tr("Previous change")),
            self._button(self.next_change_action, self.tr("Next change")),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Summary of the comparison"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export status"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Paragraphs compared"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = RedlineDelegate(self.table)
        for column in (CompareModel.REDLINE, CompareModel.BEFORE, CompareModel.AFTER):
            self.table.setItemDelegateForColumn(column, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (CompareModel.REDLINE, CompareModel.BEFORE, CompareModel.AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing to compare"))
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(second)
        layout.addLayout(self._stack, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.next_change_action.triggered.connect(lambda: self.go_to_change(+1))
        self.previous_change_action.triggered.connect(lambda: self.go_to_change(-1))
        self.inline_action.triggered.connect(lambda: self.set_mode(INLINE))
        self.side_by_side_action.triggered.connect(lambda: self.set_mode(SIDE_BY_SIDE))
        self.export_docx_action.triggered.connect(lambda: self.export("docx"))
        self.export_pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.old_picker.currentIndexChanged.connect(lambda _i: self.compare())
        self.new_picker.currentIndexChanged.connect(lambda _i: self.compare())
        self.only_changed.toggled.connect(lambda on: self._refilter(only_changed=on))
        self.only_brackets.toggled.connect(lambda on: self._refilter(only_brackets=on))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self._enable(False)

    # --- public API ------------------------------------------------------------------------
    def set_versions(
        self,
        document_key: str,
        labels: Sequence[str],
        old: str | None,
        new: str | None,
        *,
        message: str = "",
    ) -> None:
        """Offer ``labels`` (the versions of ``document_key``) in both pickers, select ``old``
        and ``new``, and compare them. With ``old`` None nothing is compared yet: the pickers
        still offer this document's versions, and ``message`` says what to do."""
        if document_key != self._document:  # filters chosen for another document go
            for box in (self.only_changed, self.only_brackets):
                box.setChecked(False)
        self._document = document_key
        for picker, chosen in ((self.old_picker, old), (self.new_picker, new)):
            picker.blockSignals(True)
            picker.clear()
            picker.addItems(list(labels))
            k = picker.findText(chosen) if chosen else -1
            picker.setCurrentIndex(k if k >= 0 else picker.count() - 1)
            picker.blockSignals(False)
        if len(labels) < 2 or old is None:
            self._request += 1  # a comparison still running for another choice is dropped
            self.result = None
            self.model.set_result(None)
            self._enable(False)
            self.show_empty(
                message
                if len(labels) >= 2
                else self.tr("This document has only one version: nothing to compare.")
            )
            return
        self.compare()

    def compare(self) -> None:
        """Compare the two picked versions in the background."""
        old, new = self.old_picker.currentText(), self.new_picker.currentText()
        if not (self._document and old and new):
            return
        self._request += 1
        request, document = self._request, self._document

        def done(result: VersionComparison) -> None:
            if request == self._request:
                self._show(result)

        self._tasks.run(
            lambda: compare_versions(self._ws, document, old, new),
            done,
            self._on_error,
            label=self.tr("Comparing {old} with {new}…").format(old=isolate(old), new=isolate(new)),
        )

    def set_mode(self, mode: str) -> None:
        """``"inline"`` (one redline column) or ``"side"`` (before | after)."""
        side = mode == SIDE_BY_SIDE
        (self.side_by_side_action if side else self.inline_action).setChecked(True)
        self.table.setColumnHidden(CompareModel.REDLINE, side)
        self.table.setColumnHidden(CompareModel.BEFORE, not side)
        self.table.setColumnHidden(CompareModel.AFTER, not side)
        self._schedule_relayout()

    @property
    def mode(self) -> str:
        """The current mode."""
        return SIDE_BY_SIDE if self.side_by_side_action.isChecked() else INLINE

    def go_to_change(self, step: int) -> bool:
        """Select the next (``step=+1``) or previous (``-1``) changed row; False at the end."""
        rows = self.proxy.rowCount()
        current = self.table.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else rows)
        k = start + step
        while 0 <= k < rows:
            source = self.proxy.mapToSource(self.proxy.index(k, 0))
            if is_change(self.model.row_data(source.row())):
                select_row(self.table, k)
                self.table.scrollTo(
                    self.proxy.index(k, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )
                return True
            k += step
        self.status.setText(
            self.tr("No more changes below.") if step > 0 else self.tr("No more changes above.")
        )
        return False

    def selected_row(self) -> int | None:
        """The visible row selected, if any."""
        current = self.table.currentIndex()
        return current.row() if current.isValid() else None

    def export(self, kind: str, path: Path | None = None) -> None:
        """Ask where to save the DOCX or PDF redline (unless ``path``), then write it."""
        result = self.result
        if result is None:
            return
        if path is None:
            if kind == "docx":
                caption, pattern = self.tr("Export redline as DOCX"), self.tr("Word (*.docx)")
            else:
                caption, pattern = self.tr("Export redline as PDF"), self.tr("PDF (*.pdf)")
            stem = _UNSAFE.sub("_", f"{result.document.symbol or result.document.title}")
            name = f"{stem}_{result.old.label}_to_{result.new.label}.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, caption, str(Path.home() / _UNSAFE.sub("_", name)), pattern
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        target = path
        fmt: RedlineKind = "docx" if kind == "docx" else "pdf"

        def done(written: Path) -> None:
            self.status.setText(self.tr("Saved {path}").format(path=written))
            self.exported.emit(str(written))

        self._tasks.run(
            lambda: save_redline(self._ws, result, target, kind=fmt),
            done,
            self._on_error,
            label=self.tr("Writing the redline…"),
        )

    def show_empty(self, message: str) -> None:
        """Replace the table by a helpful message."""
        self.summary.setText("")
        self.empty.setText(message)
        self._stack.setCurrentWidget(self.empty)

    def set_high_contrast(self, on: bool) -> None:
        """Drop the tints (underline and strike-through stay)."""
        self.delegate.set_high_contrast(on)
        self.table.viewport().update()

    # --- internals -------------------------------------------------------------------------
    def _show(self, result: VersionComparison) -> None:
        self.result = result
        self.model.set_result(result)
        self.summary.setText(self.model.summary_text(result))
        self.status.setText("")
        self._enable(True)
        self._update_empty_state()
        self.table.resizeRowsToContents()
        self.comparison_shown.emit(result)

    def _enable(self, on: bool) -> None:
        for action in (
            self.next_change_action,
            self.previous_change_action,
            self.export_docx_action,
            self.export_pdf_action,
        ):
            action.setEnabled(on)

    def _refilter(self, **changes: Any) -> None:
        self.proxy.set_filters(**changes)
        self._update_empty_state()
        self.table.resizeRowsToContents()

    def _update_empty_state(self) -> None:
        if self.model.rowCount() and self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No paragraph matches these filters."))
            self._stack.setCurrentWidget(self.empty)
        elif self.model.rowCount():
            self._stack.setCurrentWidget(self.table)

    def _size_columns(self) -> None:
        """Label and change columns wide enough for their words at this text size."""
        fm = self.fontMetrics()
        key = (fm.height(), self.table.viewport().width())
        if key == self._sized_for:  # else a column the person widened stays as it is
            return
        self._sized_for = key
        natural = {
            CompareModel.PARAGRAPH: fm.horizontalAdvance("was OP12(b)(ii)") + 16,
            CompareModel.CHANGE: fm.horizontalAdvance("renumbered, ch") + 16,
        }
        share_columns(self.table, natural, fm.horizontalAdvance("OP12"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-: columns and rows follow
            self._size_columns()
            self._schedule_relayout()

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index >= CompareModel.REDLINE:
            self._schedule_relayout()

    def _schedule_relayout(self) -> None:
        """Row heights follow the text columns' widths; many resizes make one relayout."""
        if not self._resize_pending:
            self._resize_pending = True
            QTimer.singleShot(0, self._relayout_rows)

    def _relayout_rows(self) -> None:
        self._resize_pending = False
        self._size_columns()
        self.table.resizeRowsToContents()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.result is None:
            return
        row = self.model.row_data(self.proxy.mapToSource(indexes[0]).row())
        m = row.match
        if m.news:
            self.paragraph_selected.emit(self._document, self.result.new.label, m.news[0])
        elif m.olds:
            self.paragraph_selected.emit(self._document, self.result.old.label, m.olds[0])

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)

    def print_source(self) -> PrintSource | None:
        """File › Print…: the PDF redline of the comparison shown (None before one is)."""
        result, ws = self.result, self._ws
        if result is None:
            return None
        title = self.tr("Redline {old} → {new}").format(
            old=isolate(result.old.label), new=isolate(result.new.label)
        )
        return PrintSource(title, lambda: redline_pdf_of(ws, result))
