"""Sync view: Sync now, what the last sync did, conflicts as "your version / their version",
and the latest changes other laptops made — in people's words, not tables and rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.services import sync as service
from wsis_desk.services.conflicts import reopen_conflict, resolve_conflict
from wsis_desk.services.sync_story import (
    ChangeStory,
    ConflictStory,
    SyncSummary,
    conflict_stories,
    folder_summary,
    recent_changes,
    summarise,
)
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import isolate, local_datetime
from wsis_desk.ui.models.record_model import Index, RecordTableModel
from wsis_desk.ui.tasks import CancelToken, TaskRunner
from wsis_desk.ui.views.sync_words import side_heading, side_text, subject_text, where_text
from wsis_desk.ui.widgets.flow_layout import FlowLayout

Loaded = tuple[list[ConflictStory], list[ChangeStory], tuple[str, str], str | None]


class ConflictTableModel(RecordTableModel[ConflictStory]):
    """Conflicts as rows: what, where, whose version is in effect, and the other one."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "What"),
        QT_TRANSLATE_NOOP("columns", "Where"),
        QT_TRANSLATE_NOOP("columns", "In effect now"),
        QT_TRANSLATE_NOOP("columns", "Set aside"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        story = self.record_at(index)
        if story is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return subject_text(story.subject)
        if column == 1:
            return where_text(story.subject)
        side = story.kept if column == 2 else story.other
        whose = self.tr("yours") if side.yours else isolate(side.site)
        return f"{whose} · {local_datetime(side.when)}" if side.when else whose


class ChangesTableModel(RecordTableModel[ChangeStory]):
    """The latest changes other laptops made: what, where, by which laptop, when."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "What"),
        QT_TRANSLATE_NOOP("columns", "Where"),
        QT_TRANSLATE_NOOP("columns", "By"),
        QT_TRANSLATE_NOOP("columns", "When"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        change = self.record_at(index)
        if change is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            what = subject_text(change.subject)
            return self.tr("{what} (deleted)").format(what=what) if change.side.deleted else what
        if column == 1:
            return where_text(change.subject)
        if column == 2:
            return isolate(change.side.site)
        return local_datetime(change.side.when) if change.side.when else ""


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


class SyncView(QWidget):
    """Sync now and its summary; conflicts side by side; the team's latest changes."""

    exported = Signal(object)  # ExportReport
    imported = Signal(object)  # list[ImportReport]
    synced = Signal(object)  # FolderReport
    summarised = Signal(object)  # SyncSummary, after every sync, import or export
    conflicts_changed = Signal(int)  # open conflicts
    sync_now_requested = Signal()
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
        self.show_reports = True  # tests switch the error boxes off
        self.setAccessibleName(self.tr("Sync and conflicts"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.sync_now_button = QPushButton(self.tr("Sync &now"))
        self.sync_now_button.setToolTip(
            self.tr("Write this laptop's changes to the team's sync folder and read everyone's")
        )
        self.sync_now_button.clicked.connect(self.sync_now_requested)
        self.summary = QLabel(self.tr("No sync yet in this session."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the last sync did"))
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.model = ConflictTableModel(self)
        self.table = _table(self.model, self.tr("Conflicts to review"))
        self.changes = ChangesTableModel(self)
        self.changes_table = _table(self.changes, self.tr("Latest changes from the team"))
        self.ours_title, self.theirs_title = QLabel(), QLabel()
        self.ours, self.theirs = QPlainTextEdit(), QPlainTextEdit()
        for box, name in (
            (self.ours, self.tr("Your version")),
            (self.theirs, self.tr("Their version")),
        ):
            box.setReadOnly(True)
            box.setAccessibleName(name)
        self.keep_ours = QPushButton(self.tr("Keep &your version"))
        self.keep_theirs = QPushButton(self.tr("Keep &their version"))
        self.keep_ours.clicked.connect(lambda: self.resolve_selected(yours=True))
        self.keep_theirs.clicked.connect(lambda: self.resolve_selected(yours=False))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_page(), self.tr("Conflicts to review"))
        self.tabs.addTab(self.changes_table, self.tr("Latest changes from the team"))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.sync_now_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self._show_selected()

    def _conflicts_page(self) -> QWidget:
        sides = QSplitter()
        for title, box in ((self.ours_title, self.ours), (self.theirs_title, self.theirs)):
            title.setWordWrap(True)
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(box)
            sides.addWidget(pane)
        # The sentence wraps on its own line; the buttons flow (large text, small windows).
        explain = QLabel(self.tr("Both versions are kept; choose the one that stays for everyone."))
        explain.setWordWrap(True)
        buttons = FlowLayout()
        buttons.add_group(self.keep_ours, self.keep_theirs)
        page = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(sides)
        column = QVBoxLayout(page)
        column.addWidget(split, 1)
        column.addWidget(explain)
        column.addLayout(buttons)
        return page

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
        """Check and merge the bundle at ``path``, then say what it brought."""
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
        """Reload the conflicts, the team's latest changes and the status line."""
        ws = self._ws

        def load() -> Loaded:
            return (
                conflict_stories(ws),
                recent_changes(ws),
                service.site_info(ws),
                service.last_sync_at(ws),
            )

        self.tasks.run(load, self._on_loaded, self._on_error)

    def resolve_selected(self, *, yours: bool) -> None:
        """Settle the selected conflict keeping your version (or theirs) for everyone;
        Ctrl+Z opens it again."""
        story = self.selected()
        if story is None:
            return
        self.undo_stack.push(_ResolveCommand(self, story, yours=yours))

    def selected(self) -> ConflictStory | None:
        """The conflict selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def summary_text(self, summary: SyncSummary) -> str:
        """'Sync done: received 12 changes, sent 40, 1 conflict to review.'"""
        text = self.tr("Sync done: {received}, {sent}, {conflicts}.").format(
            received=self.tr("received %Ln change(s)", "", summary.received),
            sent=self.tr("sent %Ln", "", summary.sent),
            conflicts=self.tr("%Ln conflict(s) to review", "", summary.conflicts),
        )
        if summary.errors:
            text += " " + self.tr("%Ln bundle(s) could not be read.", "", len(summary.errors))
        return text

    # --- results --------------------------------------------------------------------------

    def _on_loaded(self, loaded: Loaded) -> None:
        stories, changes, (_site_id, name), last = loaded
        self.model.set_records(stories)
        self.changes.set_records(changes)
        when = local_datetime(last) if last else self.tr("never")
        self.status.setText(
            self.tr("This laptop: {name} · last sync: {when} · {conflicts}").format(
                name=isolate(name),
                when=when,
                conflicts=self.tr("%Ln conflict(s) to review", "", len(stories)),
            )
        )
        self.tabs.setTabText(0, self.tr("Conflicts to review (%Ln)", "", len(stories)))
        self._show_selected()
        self.conflicts_changed.emit(len(stories))

    def _summarise(self, summary: SyncSummary) -> None:
        self.summary.setText(self.summary_text(summary))
        self.summarised.emit(summary)

    def _on_exported(self, report: service.ExportReport | None) -> None:
        self.exported.emit(report)
        self._summarise(summarise(written=report))
        self.refresh()

    def _on_imported(self, reports: list[service.ImportReport]) -> None:
        self.imported.emit(reports)
        self._summarise(summarise(imported=reports))
        self.refresh()

    def _on_synced(self, report: service.FolderReport) -> None:
        self.synced.emit(report)
        self._summarise(folder_summary(report))
        self.refresh()

    def _on_error(self, error: BaseException, details: str) -> None:
        self.failed.emit(str(error))
        if self.show_reports:
            show_error(self, error, details)

    def _show_selected(self) -> None:
        story = self.selected()
        open_ = story is not None and story.resolved_at is None
        self.keep_ours.setEnabled(open_)
        self.keep_theirs.setEnabled(open_)
        if story is None:
            self.ours_title.setText(self.tr("Your version"))
            self.theirs_title.setText(self.tr("Their version"))
            self.ours.setPlainText("")
            self.theirs.setPlainText("")
            return
        # Yours on the left whether or not it is the one in effect.
        mine, other = (story.kept, story.other) if story.kept.yours else (story.other, story.kept)
        self.keep_ours.setText(
            self.tr("Keep &your version")
            if mine.yours
            else self.tr("Keep the version of {laptop}").format(laptop=isolate(mine.site))
        )
        self.ours_title.setText(side_heading(mine, in_effect=mine is story.kept))
        self.theirs_title.setText(side_heading(other, in_effect=other is story.kept))
        self.ours.setPlainText(side_text(mine, story.fields))
        self.theirs.setPlainText(side_text(other, story.fields))


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class _ResolveCommand(QUndoCommand):
    """Resolve a conflict; undo puts the row back as it was and opens the conflict again."""

    def __init__(self, view: SyncView, story: ConflictStory, *, yours: bool) -> None:
        text = (
            translate("SyncView", "Keep your version: {what}")
            if yours
            else translate("SyncView", "Keep their version: {what}")
        )
        super().__init__(text.format(what=subject_text(story.subject)))
        self._view, self._id, self._keep = view, story.id, story.keep_choice(yours)
        self._before, self._deleted = story.current, story.current_deleted

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
