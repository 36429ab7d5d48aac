"""Main window: composes the library, the work area, the inspector, menus and controllers.

It only composes: opening versions and refreshing are ``controllers.version_flow``,
importing and library edits ``library_edits``, background layouts ``controllers.layout_prep``,
the automatic refresh ``controllers.database_watch``, the inspector's tabs
``panels.inspector_tabs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QWidget,
)

from wsis_desk import __version__
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.actions import (
    MENUS,
    ActionId,
    build_actions,
    build_view_actions,
    specs,
    toolbar_ids,
)
from wsis_desk.ui.appearance import Appearance
from wsis_desk.ui.controllers.database_watch import DatabaseWatch
from wsis_desk.ui.controllers.layout_prep import LayoutPreparer
from wsis_desk.ui.controllers.library_edits import LibraryEdits
from wsis_desk.ui.controllers.version_flow import VersionFlow
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import add_language_menu, is_rtl, ltr, translated
from wsis_desk.ui.panels.inspector_tabs import InspectorTabs
from wsis_desk.ui.panels.library_panel import LibraryPanel
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.team_sync import TeamSync
from wsis_desk.ui.work_area import WorkArea

if TYPE_CHECKING:
    from wsis_desk.ui.controllers.printing import Printing, PrintSource
    from wsis_desk.ui.dialogs.shortcuts_dialog import ShortcutRow
    from wsis_desk.ui.panels.search_panel import SearchPanel
    from wsis_desk.ui.views.sync_view import SyncView

DROPPABLE = {".docx", ".pdf", ".txt", ".md", ".markdown"}


class MainWindow(QMainWindow):
    """Library | document or brackets board | inspector; all data work goes through tasks."""

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner | None = None,
        *,
        remember_layout: bool = True,
        watch: bool = True,
    ) -> None:
        """``remember_layout=False`` (a screenshot) neither restores nor saves the window's
        size, docks and splitter, so the picture is the same on every machine and the user's
        layout is left as it was. ``watch=False`` does not refresh by itself when the database
        changes underneath (a screenshot, a test that wants no surprise)."""
        super().__init__()
        self._remember_layout = remember_layout
        self.workspace = workspace
        self.tasks = tasks or TaskRunner()
        self.tasks.attach(self)
        self.settings = QSettings(str(workspace.root / "ui.ini"), QSettings.Format.IniFormat)
        self._speaker: QWidget | None = None
        self.setWindowTitle(self.tr("WSIS Desk"))
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.library = LibraryPanel()
        self.work_area = WorkArea(workspace, self.tasks, self.undo_stack, self)
        self.team = TeamSync(
            self,
            workspace,
            lambda: cast("SyncView", self.work_area.view("sync")),
            self.settings,
            self.tasks,
        )
        self._printing: Printing | None = None  # File › Print… builds it (see ``printing``)
        self.document_view = self.work_area.document_view
        self.inspector_tabs = InspectorTabs(workspace, self.tasks, self.undo_stack, self)
        self.inspector = self.inspector_tabs.inspector
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.work_area)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)  # a layout saved elsewhere never hides one
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
        self.library_edits = LibraryEdits(
            self,
            workspace,
            self.tasks,
            self.undo_stack,
            self.library,
            reload=lambda select: self.reload_library(select=select),
            on_error=lambda error, details: show_error(self, error, details),
            status=lambda message: self.statusBar().showMessage(message, 10_000),
        )
        self.actions_by_id = build_actions(self)
        self.view_actions = build_view_actions(self)
        self._build_menus()
        self.appearance = Appearance(QApplication.instance(), self.settings)  # type: ignore[arg-type]
        self.status_location = QLabel(self.tr("Data: {path}").format(path=ltr(str(workspace.root))))
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_location, 1)
        self.statusBar().addPermanentWidget(self.team.status_label)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.versions = VersionFlow(self)
        self.layouts = LayoutPreparer(workspace, self.tasks, self)
        self.watch = DatabaseWatch(workspace, self.tasks, self)
        self._connect()
        self._restore_state()
        self.reload_library()
        if watch:
            self.watch.start()

    # --- composition -------------------------------------------------------------------
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
            if action_id is ActionId.REFRESH:  # the views follow Refresh in the View menu
                menus["view"].addActions(list(self.view_actions.values()))
        for a in toolbar_ids():
            toolbar.addAction(self.action(a) if isinstance(a, ActionId) else self.view_action(a))
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
        a(ActionId.REFRESH).triggered.connect(lambda: self.refresh())
        for name, view_action in self.view_actions.items():
            view_action.triggered.connect(lambda _=False, n=name: self.show_view(n))
        undo, redo = a(ActionId.UNDO), a(ActionId.REDO)
        undo.triggered.connect(self.undo_stack.undo)
        redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        # Edit › Undo names what it undoes: "Undo Delete version “Version 4”"
        undo_text, redo_text = undo.text(), redo.text()
        self.undo_stack.undoTextChanged.connect(
            lambda t: undo.setText(self.tr("&Undo {action}").format(action=t) if t else undo_text)
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: redo.setText(self.tr("&Redo {action}").format(action=t) if t else redo_text)
        )
        a(ActionId.DELETED_DRAFTS).triggered.connect(self.library_edits.show_bin)
        a(ActionId.FIND).triggered.connect(self._open_find)
        a(ActionId.FIND_NEXT).triggered.connect(lambda: self._open_find(+1))
        a(ActionId.FIND_PREVIOUS).triggered.connect(lambda: self._open_find(-1))
        a(ActionId.PRINT).triggered.connect(lambda: self.printing.print_current())
        a(ActionId.PRINT_PREVIEW).triggered.connect(lambda: self.printing.preview_current())
        a(ActionId.GUIDE).triggered.connect(self.show_guide)
        a(ActionId.SHORTCUTS).triggered.connect(self.show_shortcuts)
        a(ActionId.PREFERENCES).triggered.connect(self.edit_preferences)
        a(ActionId.ZOOM_IN).triggered.connect(lambda: self.appearance.zoom(+1))
        a(ActionId.ZOOM_OUT).triggered.connect(lambda: self.appearance.zoom(-1))
        a(ActionId.ZOOM_RESET).triggered.connect(lambda: self.appearance.zoom(0))
        a(ActionId.HIGH_CONTRAST).toggled.connect(self._on_high_contrast_toggled)
        a(ActionId.TOGGLE_INSPECTOR).toggled.connect(self.inspector_dock.setVisible)
        a(ActionId.ABOUT).triggered.connect(self._about)
        self.work_area.history_requested.connect(self.inspector_tabs.show_history)
        self.work_area.paragraph_requested.connect(self.open_paragraph)
        self.work_area.stance_requested.connect(self.inspector_tabs.show_stance)
        self.inspector_tabs.stance_shown.connect(self.inspector_dock.show)
        self.work_area.view_built.connect(self._on_view_built)
        self.work_area.speaker_mode_requested.connect(self._open_speaker_mode)
        self.document_view.import_requested.connect(lambda: self.import_draft())
        self.document_view.demo_requested.connect(self.load_demo)
        self.tasks.busy_changed.connect(self._on_busy_changed)
        self.watch.changed.connect(self.versions.refresh)

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
        width = max(220, min(340, self.width() // 4))
        # A layout saved on a bigger screen may give the inspector most of this one.
        too_wide = self.inspector_dock.width() > self.width() // 3
        if too_wide or not self._remember_layout or self.settings.value("window/state") is None:
            self.resizeDocks([self.inspector_dock], [width], Qt.Orientation.Horizontal)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        dock = self.inspector_dock.width()
        if 0 < new < old and self.inspector_dock.isVisible() and dock > 220:
            # A narrower window narrows the inspector in step, so the text keeps its room.
            width = max(220, dock * new // old)
            self.resizeDocks([self.inspector_dock], [width], Qt.Orientation.Horizontal)

    def closeEvent(self, event: Any) -> None:
        self.layouts.stop()
        self.watch.stop()
        if self._remember_layout:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.settings.sync()
        self.tasks.wait()
        super().closeEvent(event)

    # --- views and flows (each a controller's; these names are what menus and app.py call) --
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
        self.versions.open_paragraph(document_key, version_label, index)

    def reload_library(self, select: tuple[str, str | None] | None = None) -> None:
        """Reload the tree in the background, then select ``select`` or the newest version."""
        self.versions.reload_library(select)

    def refresh(self) -> None:
        """View › Refresh (F5): read everything shown again, keeping the selection."""
        self.versions.refresh()
        self.work_area.refresh_on_f5()

    def prepare_layouts(self) -> None:
        """Store, in the background, the layouts of versions that lack one (``layout_prep``)."""
        self.layouts.start()

    def import_draft(self, path: Path | None = None) -> None:
        """Ask what the draft is (never guessing its document), then import it."""
        self.library_edits.document_names = list(self.versions.document_names)
        self.library_edits.import_draft(path)

    def load_demo(self) -> None:
        """Load the demo negotiation in the background."""
        self.versions.load_demo()

    def _open_find(self, step: int = 0) -> None:
        """Ctrl+F opens the find bar of the document view; F3 / Shift+F3 step through hits."""
        self.show_view("document")
        bar = self.document_view.find_bar
        if step > 0:
            bar.find_next()
        elif step < 0:
            bar.find_previous()
        else:
            bar.open_bar()

    @property
    def printing(self) -> Printing:
        """File › Print… and Print preview… (built, and Qt's print support loaded, on first
        use: the first picture needs neither)."""
        if self._printing is None:
            from wsis_desk.ui.controllers.printing import Printing

            self._printing = Printing(
                self, self.tasks, self._print_source, message=self._show_message
            )
        return self._printing

    def _print_source(self) -> PrintSource | None:
        source = getattr(self.work_area.currentWidget(), "print_source", None)
        return source() if callable(source) else None

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    def _on_view_built(self, name: str) -> None:
        if name == "sync":
            self.team.attach()  # Sync now and the summaries go through File › Sync's logic

    def _on_high_contrast_toggled(self, on: bool) -> None:
        self.appearance.set_high_contrast(on)
        self.work_area.set_high_contrast(on)

    def _open_speaker_mode(self, intervention: Any) -> None:
        from wsis_desk.ui.views.speaker_mode import SpeakerMode

        speaker = SpeakerMode.for_intervention(intervention)
        speaker.show_full_screen()
        self._speaker = speaker  # keep it alive while it is on screen

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in DROPPABLE for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_draft(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # --- feedback --------------------------------------------------------------------------
    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def edit_preferences(self) -> None:
        """The Preferences dialog (who Word redlines' tracked changes are by)."""
        from wsis_desk.ui.dialogs.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.workspace, self).exec()

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every shortcut of the window; every view is built first, so its own are listed."""
        from wsis_desk.ui.dialogs.shortcuts_dialog import collect_shortcuts

        names = {  # built, not shown; named as in the View menu
            self.work_area.view(name): action.iconText()
            for name, action in self.view_actions.items()
        }
        return collect_shortcuts(self, names)

    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts."""
        from wsis_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_guide(self) -> None:
        """Help › Guide: the offline guide shipped with the app."""
        from wsis_desk.ui.dialogs.guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not loaded for the first picture

        QMessageBox.about(
            self,
            self.tr("About WSIS Desk"),
            self.tr("WSIS Desk {v}\nAn offline desk for negotiated texts.").format(v=__version__),
        )
