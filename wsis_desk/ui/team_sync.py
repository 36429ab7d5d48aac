"""File › Export bundle / Import bundle / Sync folder: ask for paths and passphrase, then sync."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow  # its dialogs: imported on use

from wsis_desk.errors import WsisDeskError
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import local_datetime, translated

if TYPE_CHECKING:
    from wsis_desk.services.sync_story import SyncSummary
    from wsis_desk.ui.tasks import TaskRunner
    from wsis_desk.ui.views.sync_view import SyncView

SUMMARY_MS = 60_000  # how long the status bar shows what a sync did
BUNDLE_FILTER = QT_TRANSLATE_NOOP("TeamSync", "wsis_desk bundles (*.wsisdesk);;All files (*)")


def _keep(_error: BaseException, _details: str) -> None:
    """An unreadable sync status keeps the label as it was: the library says what is wrong."""


class TeamSync(QObject):
    """Thin front of the sync view for the menus; keeps the last sync time in the status bar."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        view: Callable[[], SyncView],
        settings: QSettings,
        tasks: TaskRunner,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._view_factory = view
        self._connected = False
        self._settings = settings
        self._tasks = tasks
        self._passphrase: str | None = None  # the team's, held in memory only
        self._asked = False
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Last sync"))
        self.update_status()

    @property
    def _view(self) -> SyncView:
        view = self._view_factory()  # built on first use
        if not self._connected:
            view.imported.connect(self._after_change)
            view.synced.connect(self._after_change)
            view.exported.connect(lambda _report: self.update_status())
            view.summarised.connect(self._on_summarised)
            view.sync_now_requested.connect(self.sync_now)
            view.failed.connect(self._forget_passphrase)
            self._connected = True
        return view

    def attach(self) -> None:
        """Listen to the sync view (once it is built): Sync now, summaries, changes."""
        _ = self._view

    def passphrase(self) -> str | None:
        """Ask for the team passphrase (empty: no encryption). Held in memory only."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self._window,
            self.tr("Team passphrase"),
            self.tr("Passphrase of the team's bundles (leave empty if you do not use one):"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def export_bundle(self) -> None:
        """Write everything of this laptop to a bundle file."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export bundle"),
            "team.wsisdesk",
            translated("TeamSync", BUNDLE_FILTER),
        )
        if name:
            self._view.export_bundle(Path(name), passphrase=self.passphrase())

    def import_bundle(self) -> None:
        """Merge a bundle file from another laptop."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import bundle"), "", translated("TeamSync", BUNDLE_FILTER)
        )
        if name:
            self._view.import_bundle(Path(name), passphrase=self.passphrase())

    def sync_folder(self) -> None:
        """Choose the shared folder, write our changes to it and import everyone else's."""
        from PySide6.QtWidgets import QFileDialog

        last = str(self._settings.value("sync/folder", ""))
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Sync folder"), last)
        if folder:
            self._settings.setValue("sync/folder", folder)
            self._passphrase = self.passphrase()
            self._asked = True
            self._view.sync_folder(Path(folder), passphrase=self._passphrase)

    def sync_now(self) -> None:
        """Sync with the folder used last (asking for one the first time); the passphrase is
        asked once and held in memory for the session."""
        folder = str(self._settings.value("sync/folder", ""))
        if not folder or not Path(folder).is_dir():
            self.sync_folder()
            return
        if not self._asked:
            self._passphrase = self.passphrase()
            self._asked = True
        self._view.sync_folder(Path(folder), passphrase=self._passphrase)

    def rename_site(self) -> None:
        """Name this laptop as the team will see it in bundles and conflicts."""
        from PySide6.QtWidgets import QInputDialog

        from wsis_desk.services.sync import set_site_name, site_info

        _, current = site_info(self._ws)
        name, ok = QInputDialog.getText(
            self._window,
            self.tr("This laptop's name"),
            self.tr("How the team sees this laptop (e.g. 'CSO caucus laptop 3'):"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        if ok and name.strip() and name.strip() != current:
            try:
                set_site_name(self._ws, name)
            except WsisDeskError as exc:
                show_error(self._window, exc)
                return
            self.update_status()

    def update_status(self) -> None:
        """Show when this laptop last exchanged bundles (read in the background)."""
        from wsis_desk.services.reading import sync_status

        self._tasks.run(lambda: sync_status(self._ws), self._show_status, _keep, quiet=True)

    def _show_status(self, status: tuple[str, str | None]) -> None:
        name, when = status
        self.status_label.setText(
            self.tr("{site} · last sync {when}").format(site=name, when=local_datetime(when))
            if when
            else self.tr("{site} · not synced yet").format(site=name)
        )

    def _forget_passphrase(self, _message: str) -> None:
        """A sync failed (a wrong passphrase, say): the next Sync now asks again."""
        self._asked = False
        self._passphrase = None

    def _on_summarised(self, summary: SyncSummary) -> None:
        """After every sync, import or export: the summary in the status bar."""
        self._window.statusBar().showMessage(self._view.summary_text(summary), SUMMARY_MS)
        if summary.errors:  # e.g. "encrypted; give the team passphrase": ask next time
            self._forget_passphrase("")
        self.update_status()

    def _after_change(self, _report: Any) -> None:
        self.update_status()
        for name in ("reload_library", "prepare_layouts"):  # synced-in versions have no layout
            step = getattr(self._window, name, None)
            if callable(step):
                step()
