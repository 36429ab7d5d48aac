"""The one place long work leaves the GUI thread: run a job, hand its result back by signal.

Every import, parse and database call the window makes goes through a ``TaskRunner``. The
job runs on a worker thread; ``on_done`` / ``on_error`` run later on the GUI thread. A
progress box appears only when a job takes longer than ``PROGRESS_DELAY_MS``, never over
another modal dialog (an error box, say: it waits until that is closed), and it is closed
before the job's ``on_error`` opens one. A job given a ``CancelToken`` shows a Cancel button
(Escape too); the job calls ``token.check()`` where stopping is safe, and a job stopped there
ends in ``on_cancelled`` instead of ``on_done``. A job past its last check finishes and is
reported as done: a cancel never hides what was changed.

Tests use ``SyncTaskRunner``: the same code path, with the job run at once on the calling
thread and its result delivered directly (same exceptions caught, same ``busy_changed``).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.errors import Cancelled

PROGRESS_DELAY_MS = 500

T = TypeVar("T")
Failed = Callable[[BaseException, str], None]


class CancelToken:
    """Shared by the GUI (which sets it) and a job (which checks it where stopping is safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check (thread-safe)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was pressed."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if Cancel was pressed; call it only where stopping is safe."""
        if self._event.is_set():
            raise Cancelled


@dataclass(frozen=True, slots=True)
class TaskError:
    """An exception raised by a job, with its formatted traceback for the details box."""

    error: BaseException
    details: str


@dataclass(slots=True)
class _Task:
    """One job's state on the GUI thread: finished or not, its progress box once shown."""

    label: str
    cancel: CancelToken | None
    finished: bool = False
    box: ProgressBox | None = field(default=None)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


Hook = Callable[[], None]


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], object],
        relay: _Relay,
        cancel: CancelToken | None,
        hooks: tuple[Hook | None, Hook | None],
    ) -> None:
        super().__init__()
        self._fn, self._relay, self._cancel, self._hooks = fn, relay, cancel, hooks

    def run(self) -> None:
        before, after = self._hooks
        _housekeeping(before)
        try:
            if self._cancel is not None:
                self._cancel.check()  # cancelled while it waited in the queue: never started
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            _housekeeping(after)
            self._relay.failed.emit(TaskError(exc, traceback.format_exc()))
        else:
            _housekeeping(after)
            self._relay.finished.emit(result)


def _housekeeping(hook: Hook | None) -> None:
    """Run a hook around a job; its failure is reported, and the job goes on regardless."""
    if hook is None:
        return
    try:
        hook()
    except Exception as exc:
        sys.stderr.write(f"wsis-desk: housekeeping around a job failed: {exc}\n")


class ProgressBox(QDialog):
    """A box saying "Importing the draft…", a busy bar, and Cancel when the job can stop."""

    def __init__(self, label: str, cancel: CancelToken | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(label)
        self.setAccessibleName(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._cancel = cancel
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)  # not a cramped strip
        self.label = QLabel(label)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: these jobs do not know how far along they are
        bar.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        from PySide6.QtWidgets import QDialogButtonBox  # not loaded for the first picture

        self.buttons = QDialogButtonBox()
        if cancel is not None:
            button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            button.clicked.connect(self.reject)
            layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Cancel (button or Escape) asks the job to stop; a job that cannot stop keeps its box."""
        if self._cancel is None or self._cancel.cancelled:
            return
        self._cancel.cancel()
        self.label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)

    def finish(self) -> None:
        """The job ended: close now (before any error box opens) and free it later."""
        self.hide()
        self.deleteLater()


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread (SQLite likes a single writer)."""

    busy_changed = Signal(bool)
    cancelled = Signal(str)  # the label of a job that stopped at Cancel
    _delivery: ClassVar[Qt.ConnectionType] = Qt.ConnectionType.QueuedConnection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._parent_widget = parent
        self._running = 0
        self._relays: set[_Relay] = set()
        self._hooks: tuple[Hook | None, Hook | None] = (None, None)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Failed,
        *,
        label: str = "",
        quiet: bool = False,
        cancel: CancelToken | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``fn`` off the GUI thread, then ``on_done(result)`` or ``on_error(exc, details)``.

        A ``label`` is shown in a progress box if the job takes a while. A ``quiet`` job is
        housekeeping the person did not ask for: no busy cursor (it still queues behind, and
        ahead of, the other jobs). With ``cancel`` the box has a Cancel button; a job that
        stops at ``cancel.check()`` ends in ``on_cancelled`` (and ``cancelled`` is emitted).
        """
        task = _Task(label, cancel)
        relay = _Relay()
        self._relays.add(relay)
        if label:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(task))

        def finish() -> None:
            task.finished = True
            if task.box is not None:
                task.box.finish()
                task.box = None
            self._relays.discard(relay)
            if not quiet:
                self._running -= 1
                if self._running == 0:
                    self.busy_changed.emit(False)

        def done(result: object) -> None:  # the signal carries an object: it is fn's T
            finish()
            on_done(cast("T", result))

        def failed(err: TaskError) -> None:
            finish()
            if isinstance(err.error, Cancelled):
                self.cancelled.emit(label)
                if on_cancelled is not None:
                    on_cancelled()
            else:
                on_error(err.error, err.details)

        relay.finished.connect(done, self._delivery)
        relay.failed.connect(failed, self._delivery)
        if not quiet:
            self._running += 1
            if self._running == 1:
                self.busy_changed.emit(True)
        self._start(_Job(fn, relay, cancel, self._hooks))

    def _start(self, job: _Job) -> None:
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        """Whether a job the person asked for is queued or running."""
        return self._running > 0

    def around_jobs(self, before: Hook | None, after: Hook | None) -> None:
        """Run ``before`` and ``after`` on the worker thread around every job (the database
        watch notes what changed before a job, and takes the job's own writes as seen)."""
        self._hooks = (before, after)

    def attach(self, widget: QWidget) -> None:
        """Parent the runner (and its progress boxes) to ``widget``."""
        self.setParent(widget)
        self._parent_widget = widget

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs finish (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _show_progress(self, task: _Task) -> None:
        if task.finished or task.box is not None:
            return
        if QApplication.activeModalWidget() is not None:
            # Never stack over another dialog (an error box): look again once it may be gone.
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(task))
            return
        task.box = ProgressBox(task.label, task.cancel, self._parent_widget)
        task.box.show()


class SyncTaskRunner(TaskRunner):
    """Runs each job at once on the calling thread: deterministic tests, no waiting. Only
    the thread differs from ``TaskRunner``: errors, cancel and ``busy_changed`` are the same."""

    _delivery: ClassVar[Qt.ConnectionType] = Qt.ConnectionType.DirectConnection

    def _start(self, job: _Job) -> None:
        job.run()
