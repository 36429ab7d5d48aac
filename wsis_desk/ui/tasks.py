"""The one place long work leaves the GUI thread: run a job, hand its result back by signal.

Every import, parse and database call the window makes goes through a ``TaskRunner``. The
job runs on a worker thread; ``on_done`` / ``on_error`` run later on the GUI thread. A
progress dialog appears only when a job takes longer than ``PROGRESS_DELAY_MS``. Tests use
``SyncTaskRunner``, which runs the job at once on the calling thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]


@dataclass(frozen=True, slots=True)
class TaskError:
    """An exception raised by a job, with its formatted traceback for the details box."""

    error: BaseException
    details: str


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._relay.failed.emit(TaskError(exc, traceback.format_exc()))
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread (SQLite likes a single writer)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._parent_widget = parent
        self._running = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed,
        *,
        label: str = "",
        quiet: bool = False,
    ) -> None:
        """Run ``fn`` off the GUI thread, then ``on_done(result)`` or ``on_error(exc, details)``.

        A ``quiet`` job is housekeeping the person did not ask for: it shows no busy cursor
        (it still queues behind, and ahead of, the other jobs).
        """
        relay = _Relay()
        self._relays.add(relay)
        dialog = self._progress_dialog(label) if label else None
        timer = QTimer(self)
        timer.setSingleShot(True)
        if dialog is not None:
            timer.timeout.connect(dialog.show)
            timer.start(PROGRESS_DELAY_MS)

        def finish() -> None:
            timer.stop()
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
            self._relays.discard(relay)
            if not quiet:
                self._running -= 1
                if self._running == 0:
                    self.busy_changed.emit(False)

        @Slot(object)
        def done(result: object) -> None:
            finish()
            on_done(result)

        @Slot(object)
        def failed(err: TaskError) -> None:
            finish()
            on_error(err.error, err.details)

        relay.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if not quiet:
            self._running += 1
            if self._running == 1:
                self.busy_changed.emit(True)
        self._pool.start(_Job(fn, relay))

    def attach(self, widget: QWidget) -> None:
        """Parent the runner (and its progress dialogs) to ``widget``."""
        self.setParent(widget)
        self._parent_widget = widget

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs finish (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self._parent_widget)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAccessibleName(label)
        dialog.hide()
        return dialog


class SyncTaskRunner(TaskRunner):
    """Runs each job immediately on the calling thread: deterministic tests, no waiting."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed,
        *,
        label: str = "",
        quiet: bool = False,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            on_error(exc, traceback.format_exc())
        else:
            on_done(result)
