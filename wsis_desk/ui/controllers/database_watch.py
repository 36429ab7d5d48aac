"""Refresh the window by itself when the database changes underneath (CLI, sync, another window)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from wsis_desk.services.watch import watch_changes
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.tasks import TaskRunner

POLL_MS = 1_500  # a change shows within about this; a look costs microseconds, off the GUI thread


class DatabaseWatch(QObject):
    """Looks at SQLite's ``data_version`` on the task runner's worker, never on the GUI thread.

    Around every job the runner runs, the watch notes a change that landed before the job
    and takes the job's own writes as seen afterwards: the window's own saves do not make it
    refresh, the CLI's and a sync's do. A change that lands while one of our jobs runs is taken
    as ours (the price of telling them apart without reading any table); the next one shows.
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._watch = watch_changes(workspace)
        self._lock = threading.Lock()
        self._seen_change = False
        self._looking = False
        tasks.around_jobs(self._before_job, self._watch.settle)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        """Begin watching (the first look only sets the starting point)."""
        self.timer.start()
        self.look()

    def stop(self) -> None:
        """Stop watching; the connection is closed by the last job."""
        self.timer.stop()
        self._tasks.around_jobs(None, None)
        self._tasks.run(self._watch.close, lambda _none: None, lambda _e, _d: None, quiet=True)

    def look(self) -> None:
        """Ask once, in the background, whether the database changed; says so by ``changed``."""
        if self._looking or self._tasks.busy:  # the person's jobs first; look again later
            return
        self._looking = True
        self._tasks.run(lambda: None, self._on_looked, self._on_failed, quiet=True)

    def _before_job(self) -> None:  # on the worker thread
        if self._watch.changed():
            with self._lock:
                self._seen_change = True

    def _on_looked(self, _none: None) -> None:
        self._looking = False
        with self._lock:
            seen, self._seen_change = self._seen_change, False
        if seen:
            self.changed.emit()

    def _on_failed(self, _error: BaseException, _details: str) -> None:
        self._looking = False  # a locked or vanished file: look again at the next tick
