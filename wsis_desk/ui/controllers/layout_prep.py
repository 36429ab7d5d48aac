"""Quiet housekeeping: store the bracket layout of versions that lack one, one per job."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

from wsis_desk.services import brackets as bracket_service
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.tasks import TaskRunner

PAUSE_MS = 50  # between background layout jobs, so the person's jobs go first


class LayoutPreparer(QObject):
    """In the background, one version per job, store the bracket layout of versions that
    lack one (synced in from another laptop, or stored before layouts existed), so each opens
    without a parse. No cursor, no dialog, nothing shown changes; the person's own jobs queue
    between these."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self._ws, self._tasks = workspace, tasks
        self.running = False
        self._stopped = False

    def start(self) -> None:
        """Begin (a no-op while already under way, or once stopped)."""
        if not self.running and not self._stopped:
            self.running = True
            self._next()

    def stop(self) -> None:
        """Queue no more jobs (the window is closing)."""
        self._stopped = True

    def _next(self) -> None:
        if self._stopped:
            self.running = False
            return
        self._tasks.run(
            lambda: bracket_service.fill_layouts(self._ws, limit=1),
            self._on_prepared,
            self._on_failed,
            quiet=True,
        )

    def _on_prepared(self, stored: int) -> None:
        if stored and not self._stopped:
            QTimer.singleShot(PAUSE_MS, self, self._next)
        else:
            self.running = False

    def _on_failed(self, error: BaseException, _details: str) -> None:
        self.running = False  # nothing is lost: such a version is parsed when shown
        sys.stderr.write(f"wsis-desk: could not prepare bracket layouts: {error}\n")
