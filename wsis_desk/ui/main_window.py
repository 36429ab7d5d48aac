"""Main window: composes the library, the work area (document / brackets), the inspector."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wsis_desk import __version__
from wsis_desk.services import brackets as bracket_service
from wsis_desk.services.library import library_tree
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.actions import MENUS, ActionId, build_actions, build_view_actions, specs
from wsis_desk.ui.appearance import Appearance
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import (
    add_language_menu,
    direction_mark,
    is_rtl,
    isolate,
    local_datetime,
    ltr,
    translated,
)
from wsis_desk.ui.panels.inspector import Inspector
from wsis_desk.ui.panels.library_panel import LibraryPanel
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.team_sync import TeamSync
from wsis_desk.ui.view_registry import BY_NAME
from wsis_desk.ui.work_area import WorkArea

if TYPE_CHECKING:
    from wsis_desk.ui.panels.history_panel import HistoryPanel
    from wsis_desk.ui.panels.positions_panel import PositionsPanel
    from wsis_desk.ui.panels.search_panel import SearchPanel
    from wsis_desk.ui.views.sync_view import SyncView

DROPPABLE = {".docx", ".pdf", ".txt", ".md", ".markdown"}
PREPARE_PAUSE_MS = 50  # between background layout jobs, so the person's jobs go first


class MainWindow(QMainWindow):
    """Library | document or brackets board | inspector; all data work goes through tasks."""

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner | None = None, *, remember_layout: bool = True
    ) -> None:
        """``remember_layout=False`` (a screenshot) neither restores nor saves the window's
        size, docks and splitter, so the picture is the same on every machine and the user's
        layout is left as it was."""
        super().__init__()
        self._remember_layout = remember_layout
        self._ws = workspace
        self.tasks = tasks or TaskRunner()
        self.tasks.attach(self)
        self.settings = QSettings(str(workspace.root / "ui.ini"), QSettings.Format.IniFormat)
        self.current: bracket_service.VersionBrackets | None = None
        self._speaker: QWidget | None = None
        self._document_names: list[str] = []
        self._selected: Any = None  # the paragraph record the inspector shows
        self._pending_paragraph: int | None = None  # to select once its version is open
        self._loaded_tabs: set[QWidget] = set()  # inspector tabs filled for it
        self._preparing = False  # background layout jobs under way (prepare_layouts)
        self._closing = False
        self.setWindowTitle(self.tr("WSIS Desk"))
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.library = LibraryPanel()
        self.work_area = WorkArea(workspace, self.tasks, self.undo_stack, self)
        self.team = TeamSync(
            self, workspace, lambda: cast("SyncView", self.work_area.view("sync")), self.settings
        )
        self.document_view = self.work_area.document_view
        self.inspector = Inspector()
        # The Positions and History tabs are built the first time they are shown.
        self._positions: PositionsPanel | None = None
        self._history: HistoryPanel | None = None
        self._positions_page = _page(self.tr("Positions"))
        self._history_page = _page(self.tr("History"))
        self.inspector_tabs = QTabWidget()
        self.inspector_tabs.setAccessibleName(self.tr("Inspector"))
        self.inspector_tabs.addTab(self.inspector, self.tr("Paragraph"))
        self.inspector_tabs.addTab(self._positions_page, self.tr("Positions"))
        self.inspector_tabs.addTab(self._history_page, self.tr("History"))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.work_area)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([260, 900])
        self.setCentralWidget(self.splitter)
        self.inspector_dock = QDockWidget(self.tr("Inspector"), self)
        self.inspector_dock.setObjectName("inspector")
        self.inspector_dock.setWidget(self.inspector_tabs)
        # Dock areas are absolute: the inspector goes to the trailing side (left in Arabic).
        trailing = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if is_rtl()
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(trailing, self.inspector_dock)
        self.actions_by_id = build_actions(self)
        self.view_actions = build_view_actions(self)
        self._build_menus()
        self.appearance = Appearance(QApplication.instance(), self.settings)  # type: ignore[arg-type]
        self.status_location = QLabel(self.tr("Data: {path}").format(path=ltr(str(workspace.root))))
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_location, 1)
        self.statusBar().addPermanentWidget(self.team.status_label)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._connect()
        self._restore_state()
        self.reload_library()

    # --- composition -------------------------------------------------------------------
    @property
    def positions(self) -> PositionsPanel:
        """The Positions tab of the inspector (built on first use)."""
        if self._positions is None:
            from wsis_desk.ui.panels.positions_panel import PositionsPanel

            self._positions = PositionsPanel(self._ws, self.tasks, self.undo_stack)
            _fill_page(self._positions_page, self._positions)
        return self._positions

    @property
    def history(self) -> HistoryPanel:
        """The History tab of the inspector (built on first use)."""
        if self._history is None:
            from wsis_desk.ui.panels.history_panel import HistoryPanel

            self._history = HistoryPanel()
            _fill_page(self._history_page, self._history)
        return self._history

    def action(self, action_id: ActionId) -> QAction:
        """The QAction registered for ``action_id``."""
        return self.actions_by_id[action_id]

    def view_action(self, name: str) -> QAction:
        """The View-menu action that shows the view ``name`` (see ``view_registry``)."""
        return self.view_actions[name]

    def _build_menus(self) -> None:
        table = specs()
        menus = {key: self.menuBar().addMenu(translated("actions", title)) for key, title in MENUS}
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        self.addToolBar(toolbar)
        for action_id, action in self.actions_by_id.items():
            menus[table[action_id].menu].addAction(action)
            if table[action_id].toolbar:
                toolbar.addAction(action)
            if action_id is ActionId.REFRESH:  # the views follow Refresh in the View menu
                for name, view_action in self.view_actions.items():
                    menus["view"].addAction(view_action)
                    if BY_NAME[name].toolbar:
                        toolbar.addAction(view_action)
        self.action(ActionId.TOGGLE_INSPECTOR).setChecked(True)
        add_language_menu(menus["view"], self.settings, self)

    def _connect(self) -> None:
        a = self.action
        a(ActionId.IMPORT).triggered.connect(lambda: self.import_draft())
        a(ActionId.LOAD_DEMO).triggered.connect(self.load_demo)
        a(ActionId.EXPORT_BUNDLE).triggered.connect(self.team.export_bundle)
        a(ActionId.IMPORT_BUNDLE).triggered.connect(self.team.import_bundle)
        a(ActionId.SYNC_FOLDER).triggered.connect(self.team.sync_folder)
        a(ActionId.SITE_NAME).triggered.connect(self.team.rename_site)
        a(ActionId.QUIT).triggered.connect(self.close)
        a(ActionId.REFRESH).triggered.connect(self.reload_library)
        for name, view_action in self.view_actions.items():
            view_action.triggered.connect(lambda _=False, n=name: self.show_view(n))
        undo, redo = a(ActionId.UNDO), a(ActionId.REDO)
        undo.triggered.connect(self.undo_stack.undo)
        redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        a(ActionId.FIND).triggered.connect(self._focus_search)
        a(ActionId.PREFERENCES).triggered.connect(self.edit_preferences)
        a(ActionId.ZOOM_IN).triggered.connect(lambda: self.appearance.zoom(+1))
        a(ActionId.ZOOM_OUT).triggered.connect(lambda: self.appearance.zoom(-1))
        a(ActionId.ZOOM_RESET).triggered.connect(lambda: self.appearance.zoom(0))
        a(ActionId.HIGH_CONTRAST).toggled.connect(self._on_high_contrast_toggled)
        a(ActionId.TOGGLE_INSPECTOR).toggled.connect(self.inspector_dock.setVisible)
        a(ActionId.ABOUT).triggered.connect(self._about)
        self.library.version_chosen.connect(self._on_version_chosen)
        self.document_view.paragraph_selected.connect(self._on_paragraph_selected)
        self.work_area.history_requested.connect(self._show_history)
        self.work_area.paragraph_requested.connect(self.open_paragraph)
        self.work_area.speaker_mode_requested.connect(self._open_speaker_mode)
        self.document_view.import_requested.connect(lambda: self.import_draft())
        self.document_view.demo_requested.connect(self.load_demo)
        self.tasks.busy_changed.connect(self._on_busy_changed)
        self.inspector_tabs.currentChanged.connect(lambda _i: self._fill_inspector_tab())

    def _restore_state(self) -> None:
        contrast = self.settings.value("appearance/high_contrast", False, type=bool)
        self.action(ActionId.HIGH_CONTRAST).setChecked(bool(contrast))
        if not self._remember_layout:
            self.resize(1440, 900)
            return
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._remember_layout or self.settings.value("window/state") is None:
            width = max(220, min(340, self.width() // 4))
            self.resizeDocks([self.inspector_dock], [width], Qt.Orientation.Horizontal)

    def closeEvent(self, event: Any) -> None:
        self._closing = True
        if self._remember_layout:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.settings.sync()
        self.tasks.wait()
        super().closeEvent(event)

    # --- views ---------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        """Bring one view of the work area to the front (see ``view_registry.VIEW_NAMES``)."""
        self.work_area.show_view(name)
        if name == "search":
            self._search_panel().focus_search()

    def search_for(self, words: str) -> None:
        """Open the search view and search every version for ``words``."""
        self.show_view("search")
        panel = self._search_panel()
        panel.box.setText(words)
        panel.search_now()

    def _search_panel(self) -> SearchPanel:
        return cast("SearchPanel", self.work_area.view("search"))

    def open_paragraph(self, document_key: str, version_label: str, index: int) -> None:
        """Show a paragraph of a version in the document view (a search hit, say)."""
        self.show_view("document")
        context = self.work_area.context
        if context is not None and (context.document, context.version) == (
            document_key,
            version_label,
        ):
            self.document_view.select_paragraph(index)
            return
        self._pending_paragraph = index
        if not self.library.select_version(document_key, version_label):
            self._pending_paragraph = None
            self.statusBar().showMessage(
                self.tr("'{v}' of '{d}' is no longer in the library.").format(
                    v=isolate(version_label), d=isolate(document_key)
                ),
                10_000,
            )

    def _focus_search(self) -> None:
        self.show_view("document")
        self.document_view.search.setFocus()
        self.document_view.search.selectAll()

    def _on_high_contrast_toggled(self, on: bool) -> None:
        self.appearance.set_high_contrast(on)
        self.work_area.set_high_contrast(on)

    # --- library and versions ------------------------------------------------------------
    def reload_library(self, select: tuple[str, str | None] | None = None) -> None:
        """Reload the tree in the background, then select ``select`` or the newest version."""

        def done(tree: Any) -> None:
            self.library.set_library(tree)
            self._document_names = [
                d.document.symbol or d.document.title for p in tree for d in p.documents
            ]
            documents = sum(len(p.documents) for p in tree)
            versions = sum(len(d.versions) for p in tree for d in p.documents)
            self.status_counts.setText(
                self.tr("{documents}, {versions}").format(
                    documents=self.tr("%n document(s)", "", documents),
                    versions=self.tr("%n version(s)", "", versions),
                )
            )
            if not versions:
                self.document_view.show_empty(
                    self.tr(
                        "No drafts yet.\n\nImport a draft (or drop a .docx here), or load the "
                        "demo negotiation to look around."
                    ),
                    offer_start=True,
                )
                return
            if select is None or not self.library.select_version(*select):
                indexes = self.library.version_indexes()
                self.library.view.setCurrentIndex(indexes[-1])

        self.tasks.run(lambda: library_tree(self._ws), done, self._on_error)

    def prepare_layouts(self) -> None:
        """In the background, one version per job, store the bracket layout of versions that
        lack one (synced in from another laptop, or stored before layouts existed), so each
        opens without a parse. Quiet housekeeping: no cursor, no dialog, nothing shown changes;
        the person's own jobs queue between these."""
        if not self._preparing and not self._closing:
            self._preparing = True
            self._prepare_next()

    def _prepare_next(self) -> None:
        if self._closing:
            self._preparing = False
            return
        self.tasks.run(
            lambda: bracket_service.fill_layouts(self._ws, limit=1),
            self._on_layout_prepared,
            self._on_prepare_failed,
            quiet=True,
        )

    def _on_layout_prepared(self, stored: int) -> None:
        if stored and not self._closing:
            QTimer.singleShot(PREPARE_PAUSE_MS, self._prepare_next)
        else:
            self._preparing = False

    def _on_prepare_failed(self, error: BaseException, _details: str) -> None:
        self._preparing = False  # nothing is lost: such a version is parsed when shown
        sys.stderr.write(f"wsis-desk: could not prepare bracket layouts: {error}\n")

    def _on_version_chosen(self, document_key: str, version: Any) -> None:
        def done(result: bracket_service.VersionBrackets) -> None:
            self.current = result
            vt = result.text
            circulated = local_datetime(vt.version.circulated_at or "")
            when = f" · {escape(isolate(circulated))}" if circulated else ""
            name = escape(isolate(vt.document.title))
            title = (
                f"{direction_mark()}<b>{name}</b> — {escape(isolate(vt.version.label))}{when} · "
                + escape(
                    self.tr("{groups} in {paragraphs}").format(
                        groups=self.tr("%n open bracket group(s)", "", result.census_groups),
                        paragraphs=self.tr("%n paragraph(s)", "", result.bracketed_paragraphs),
                    )
                )
            )
            self.document_view.set_rows(title, result.rows)
            self.inspector.clear()
            if self._positions is not None:
                self._positions.clear()
            if self._history is not None:
                self._history.clear()
            self._selected = None
            self.work_area.set_board_data(title, lambda: result.open_groups, result.burn_down)
            labels = [p.label for p in result.burn_down]
            self.work_area.set_context(document_key, vt.version.label, labels)
            pending, self._pending_paragraph = self._pending_paragraph, None
            if pending is not None:
                self.document_view.select_paragraph(pending)

        self.tasks.run(
            lambda: bracket_service.version_brackets(self._ws, document_key, version.label),
            done,
            self._on_error,
            label=self.tr("Opening {label}…").format(label=isolate(version.label)),
        )

    def _on_paragraph_selected(self, record: Any) -> None:
        if self.current is None:
            return
        self.inspector.show_paragraph(record, self.current.text.diagnostics)
        self._selected = record
        self._loaded_tabs.clear()
        self._fill_inspector_tab()

    def _fill_inspector_tab(self) -> None:
        """Load the Positions or History tab for the selected paragraph when it is shown.

        Both cost database work (history aligns every version), so a hidden tab waits.
        """
        tab = self.inspector_tabs.currentWidget()
        record, current = self._selected, self.current
        if record is None or current is None or tab in self._loaded_tabs:
            return
        self._loaded_tabs.add(tab)
        version = current.text.version
        p = record.paragraph
        if tab is self._positions_page:
            self.positions.show_paragraph(version.id, p.index, p.label)
        elif tab is self._history_page:
            context = self.work_area.context
            if context is not None:
                self._show_history(context.document, version.label, p.index)

    def _show_history(self, document: str, version: str, index: int) -> None:
        from wsis_desk.services.compare import history_of_paragraph

        self.tasks.run(
            lambda: history_of_paragraph(self._ws, document, version, index),
            self.history.show_history,
            self._on_error,
        )

    def _open_speaker_mode(self, intervention: Any) -> None:
        from wsis_desk.ui.views.speaker_mode import SpeakerMode

        speaker = SpeakerMode.for_intervention(intervention)
        speaker.show_full_screen()
        self._speaker = speaker  # keep it alive while it is on screen

    # --- import ----------------------------------------------------------------------------
    def import_draft(self, path: Path | None = None) -> None:
        """Ask what the draft is, then import it in the background."""
        from wsis_desk.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._document_names, path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()

        def work() -> Any:
            from wsis_desk.services.documents import import_file

            return import_file(
                self._ws,
                request.path,
                document=request.document,
                label=request.label,
                circulated_at=request.circulated_at,
                symbol=request.symbol,
            )

        def done(report: Any) -> None:
            if report.already_imported:
                message = self.tr("This content is already '{label}' of '{doc}'.").format(
                    label=isolate(report.version.label), doc=isolate(report.document.title)
                )
            else:
                message = self.tr(
                    "Imported '{label}' of '{doc}': %n paragraph(s).", "", report.version.paragraphs
                ).format(label=isolate(report.version.label), doc=isolate(report.document.title))
            self.statusBar().showMessage(message, 10_000)
            notable = [d for d in report.diagnostics if d.severity.value != "info"]
            if notable:
                listing = "\n".join(f"{d.code}: {d.message}" for d in notable[:30])
                QMessageBox.information(self, self.tr("Imported, with remarks"), listing)
            key = report.document.symbol or report.document.title
            self.reload_library(select=(key, report.version.label))

        self.tasks.run(work, done, self._on_error, label=self.tr("Importing the draft…"))

    def load_demo(self) -> None:
        """Load the demo negotiation in the background."""
        from wsis_desk.services.demo import load_demo

        self.tasks.run(
            lambda: load_demo(self._ws, with_records=True),
            lambda _r: self.reload_library(),
            self._on_error,
            label=self.tr("Loading the demo…"),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in DROPPABLE for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_draft(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # --- feedback --------------------------------------------------------------------------
    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def edit_preferences(self) -> None:
        """The Preferences dialog (who Word redlines' tracked changes are by)."""
        from wsis_desk.ui.dialogs.preferences_dialog import PreferencesDialog

        PreferencesDialog(self._ws, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About WSIS Desk"),
            self.tr("WSIS Desk {v}\nAn offline desk for negotiated texts.").format(v=__version__),
        )


def _page(name: str) -> QWidget:
    """An empty tab page whose panel is put in when the tab is first shown."""
    page = QWidget()
    page.setAccessibleName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _fill_page(page: QWidget, panel: QWidget) -> None:
    layout = page.layout()
    assert layout is not None
    layout.addWidget(panel)
