"""Sync panel: export, import and sync-folder actions, the merge report, and the conflicts view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services import sync as service
from wsis_desk.services.conflicts import (
    ConflictInfo,
    list_conflicts,
    reopen_conflict,
    resolve_conflict,
)
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import translated
from wsis_desk.ui.tasks import CancelToken, TaskRunner

_Index = QModelIndex | QPersistentModelIndex
_COUNTS = ("added", "updated", "merged", "conflicts", "unchanged")


class ConflictTableModel(QAbstractTableModel):
    """Conflicts as rows: table, row, differing fields, when, state."""

    TABLE, ROW, FIELDS, DETECTED, STATE = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("columns", "Table"),
        QT_TRANSLATE_NOOP("columns", "Row"),
        QT_TRANSLATE_NOOP("columns", "Fields"),
        QT_TRANSLATE_NOOP("columns", "Detected"),
        QT_TRANSLATE_NOOP("columns", "State"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ConflictInfo] = []

    def set_items(self, items: list[ConflictInfo]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> ConflictInfo:
        """The conflict shown on ``row``."""
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("columns", self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._items[index.row()]
        column = index.column()
        if column == self.TABLE:
            return c.table
        if column == self.ROW:
            return c.row_id[:8]
        if column == self.FIELDS:
            return ", ".join(c.changed_fields())
        if column == self.DETECTED:
            return c.detected_at
        return self.tr("resolved: %s") % c.resolution if c.resolved_at else self.tr("open")


class MergeReportDialog(QDialog):
    """What an import (or a folder sync) did, per table."""

    def __init__(self, reports: list[service.ImportReport], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge report"))
        layout = QVBoxLayout(self)
        lines = []
        for report in reports:
            totals = report.to_json()["totals"]
            who = report.site_name or report.site_id[:8]
            lines.append(
                f"{report.file} — {who} #{report.sequence}: "
                + ", ".join(f"{totals[k]} {k}" for k in _COUNTS)
            )
            for table, counts in sorted(report.tables.items()):
                values = ", ".join(f"{getattr(counts, k)} {k}" for k in _COUNTS)
                lines.append(f"    {table}: {values}")
        self.text = QPlainTextEdit("\n".join(lines) or self.tr("Nothing new."))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Merge report"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SyncView(QWidget):
    """Export / import / sync-folder as methods taking paths; conflicts side by side."""

    exported = Signal(object)  # ExportReport
    imported = Signal(object)  # list[ImportReport]
    synced = Signal(object)  # FolderReport
    conflicts_changed = Signal(int)  # open conflicts
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self._ws = workspace
        self.tasks = tasks
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.show_reports = True  # tests switch the modal report off
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Sync status"))
        self.model = ConflictTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ours = QPlainTextEdit()
        self.theirs = QPlainTextEdit()
        for box, name in ((self.ours, self.tr("Ours")), (self.theirs, self.tr("Theirs"))):
            box.setReadOnly(True)
            box.setAccessibleName(name)
        self.keep_ours = QPushButton(self.tr("Keep ours"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_ours.clicked.connect(lambda: self.resolve_selected("ours"))
        self.keep_theirs.clicked.connect(lambda: self.resolve_selected("theirs"))
        sides = QSplitter()
        for title, box in ((self.tr("Ours (kept)"), self.ours), (self.tr("Theirs"), self.theirs)):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(title))
            column.addWidget(box)
            sides.addWidget(pane)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_ours)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(sides)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._show_selected()

    # --- actions --------------------------------------------------------------------------

    def export_bundle(
        self, path: Path, *, passphrase: str | None = None, delta_for: str | None = None
    ) -> None:
        """Write a bundle to ``path`` (full, or what ``delta_for`` has not confirmed)."""
        ws = self._ws
        self.tasks.run(
            lambda: service.export_bundle(ws, path, passphrase=passphrase, delta_for=delta_for),
            self._on_exported,
            self._on_error,
            label=self.tr("Writing bundle…"),
        )

    def import_bundle(self, path: Path, *, passphrase: str | None = None) -> None:
        """Check and merge the bundle at ``path``, then show the merge report."""
        ws = self._ws
        self.tasks.run(
            lambda: service.import_bundle(ws, path, passphrase=passphrase),
            lambda report: self._on_imported([report]),
            self._on_error,
            label=self.tr("Importing bundle…"),
        )

    def sync_folder(self, folder: Path, *, passphrase: str | None = None) -> None:
        """Write our changes into ``folder`` and import every new bundle found there."""
        ws = self._ws
        cancel = CancelToken()  # stops between bundles: each is taken whole or not at all
        self.tasks.run(
            lambda: service.sync_folder(ws, folder, passphrase=passphrase, checkpoint=cancel.check),
            self._on_synced,
            self._on_error,
            label=self.tr("Syncing…"),
            cancel=cancel,
            on_cancelled=lambda: self.status.setText(
                self.tr("Sync stopped: what came in so far is kept; the rest comes next time.")
            ),
        )

    def refresh(self) -> None:
        """Reload the conflicts and the status line."""
        ws = self._ws

        def load() -> tuple[list[ConflictInfo], tuple[str, str], str | None]:
            return list_conflicts(ws), service.site_info(ws), service.last_sync_at(ws)

        self.tasks.run(load, self._on_loaded, self._on_error)

    def resolve_selected(self, keep: str) -> None:
        """Resolve the selected conflict keeping ``ours`` or ``theirs`` (Ctrl+Z reopens it)."""
        item = self.selected()
        if item is None:
            return
        self.undo_stack.push(_ResolveCommand(self, item, keep))

    def selected(self) -> ConflictInfo | None:
        """The conflict selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    # --- results --------------------------------------------------------------------------

    def _on_loaded(self, loaded: tuple[list[ConflictInfo], tuple[str, str], str | None]) -> None:
        items, (site_id, name), last = loaded
        self.model.set_items(items)
        when = last or self.tr("never")
        self.status.setText(
            self.tr("This laptop: %1 (%2) · last sync: %3 · open conflicts: %4")
            .replace("%1", name)
            .replace("%2", site_id[:8])
            .replace("%3", when)
            .replace("%4", str(len(items)))
        )
        self._show_selected()
        self.conflicts_changed.emit(len(items))

    def _on_exported(self, report: service.ExportReport | None) -> None:
        self.exported.emit(report)
        self.refresh()

    def _on_imported(self, reports: list[service.ImportReport]) -> None:
        self.imported.emit(reports)
        if self.show_reports:
            MergeReportDialog(reports, self).exec()
        self.refresh()

    def _on_synced(self, report: service.FolderReport) -> None:
        self.synced.emit(report)
        if self.show_reports and (report.imported or report.errors):
            MergeReportDialog(list(report.imported), self).exec()
        self.refresh()

    def _on_error(self, error: BaseException, details: str) -> None:
        self.failed.emit(str(error))
        if self.show_reports:
            show_error(self, error, details)

    def _on_selection_changed(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.selected()
        self.keep_ours.setEnabled(item is not None and item.resolved_at is None)
        self.keep_theirs.setEnabled(item is not None and item.resolved_at is None)
        if item is None:
            self.ours.setPlainText("")
            self.theirs.setPlainText("")
            return
        fields = item.changed_fields()
        self.ours.setPlainText(_side(item.winner, fields, deleted=False))
        self.theirs.setPlainText(_side(item.loser, fields, deleted=item.loser_deleted))


def _side(data: dict[str, Any], fields: list[str], *, deleted: bool) -> str:
    lines = ["(deleted)"] if deleted else []
    for name in fields:
        value = data.get(name)
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        lines.append(f"{name}:\n{shown}\n")
    return "\n".join(lines)


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class _ResolveCommand(QUndoCommand):
    """Resolve a conflict; undo puts the row back as it was and opens the conflict again."""

    def __init__(self, view: SyncView, item: ConflictInfo, keep: str) -> None:
        text = (
            translate("SyncView", "Keep our version of a {table} row")
            if keep == "ours"
            else translate("SyncView", "Keep their version of a {table} row")
        )
        super().__init__(text.format(table=item.table))
        self._view, self._id, self._keep = view, item.id, keep
        self._before, self._deleted = item.current, item.current_deleted

    def redo(self) -> None:
        view, ws = self._view, self._view._ws
        view.tasks.run(
            lambda: resolve_conflict(ws, self._id, keep=self._keep),
            lambda _info: view.refresh(),
            view._on_error,
        )

    def undo(self) -> None:
        view, ws = self._view, self._view._ws
        view.tasks.run(
            lambda: reopen_conflict(ws, self._id, values=self._before, deleted=self._deleted),
            lambda _info: view.refresh(),
            view._on_error,
        )
