"""The task runner: the synchronous test runner behaves as the threaded one, nothing leaks,
a Cancel button stops a job at its check, and a progress box never stacks over a dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from wsis_desk.ui import tasks as tasks_module
from wsis_desk.ui.tasks import CancelToken, ProgressBox, SyncTaskRunner, TaskRunner

RUNNERS = [TaskRunner, SyncTaskRunner]


class Halt(BaseException):
    """Not an Exception: both runners must still hand it to on_error."""


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _visible_boxes() -> list[QWidget]:
    """Progress boxes on screen (Qt's own QProgressDialog too: it once showed itself)."""
    kinds = (ProgressBox, QProgressDialog)
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kinds) and w.isVisible()]


class Outcome:
    """What a job ended in, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def done(self, result: object) -> None:
        self.events.append(("done", result))

    def error(self, error: BaseException, details: str) -> None:
        assert details  # a traceback for the details box
        self.events.append(("error", type(error).__name__))

    def cancelled(self) -> None:
        self.events.append(("cancelled", None))


def _raise(error: BaseException) -> Callable[[], int]:
    def job() -> int:
        raise error

    return job


@pytest.mark.parametrize("runner_type", RUNNERS)
def test_both_runners_deliver_the_same_outcomes(
    qtbot: QtBot, runner_type: type[TaskRunner]
) -> None:
    runner = runner_type()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    out = Outcome()
    never: list[int] = []
    cancelled_early = CancelToken()
    cancelled_early.cancel()
    runner.run(lambda: 41 + 1, out.done, out.error)
    runner.run(_raise(ValueError("bad")), out.done, out.error)
    runner.run(_raise(Halt()), out.done, out.error)
    runner.run(lambda: never.append(1) or 0, out.done, out.error, cancel=cancelled_early,
               on_cancelled=out.cancelled)  # fmt: skip
    qtbot.waitUntil(lambda: len(out.events) == 4, timeout=5_000)
    assert out.events == [
        ("done", 42),
        ("error", "ValueError"),
        ("error", "Halt"),
        ("cancelled", None),
    ]
    assert never == []  # cancelled before it started: never run
    assert busy[0] is True and busy[-1] is False
    assert busy.count(True) == busy.count(False)


@pytest.mark.parametrize("runner_type", RUNNERS)
def test_no_timer_or_box_outlives_its_job(qtbot: QtBot, runner_type: type[TaskRunner]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = runner_type(parent)
    out = Outcome()
    for n in range(25):
        runner.run(lambda n=n: n, out.done, out.error, label="Working…")
    qtbot.waitUntil(lambda: len(out.events) == 25, timeout=5_000)
    qtbot.wait(tasks_module.PROGRESS_DELAY_MS + 100)  # any pending progress timer has fired
    _flush_deletes()
    assert runner.findChildren(QTimer) == []
    assert parent.findChildren(ProgressBox) == []
    assert _visible_boxes() == []


def test_cancel_stops_a_long_job_at_its_check(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks_module, "PROGRESS_DELAY_MS", 10)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    token = CancelToken()
    started, release = threading.Event(), threading.Event()
    stored: list[int] = []

    def job() -> int:
        started.set()
        release.wait(5)
        token.check()  # the safe point: nothing stored yet
        stored.append(1)
        return 1

    out = Outcome()
    said: list[str] = []
    runner.cancelled.connect(said.append)
    runner.run(
        job, out.done, out.error, label="Importing…", cancel=token, on_cancelled=out.cancelled
    )
    qtbot.waitUntil(lambda: len(_visible_boxes()) == 1, timeout=5_000)
    box = _visible_boxes()[0]
    assert box.isModal() or box.windowModality() != Qt.WindowModality.NonModal
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape is Cancel
    assert token.cancelled and box.isVisible()  # it stays until the job has stopped
    release.set()
    qtbot.waitUntil(lambda: out.events == [("cancelled", None)], timeout=5_000)
    assert stored == [] and said == ["Importing…"]
    assert _visible_boxes() == []


def test_a_job_past_its_last_check_is_reported_done(qtbot: QtBot) -> None:
    runner = TaskRunner()
    token = CancelToken()
    out = Outcome()

    def job() -> str:
        token.check()
        token.cancel()  # pressed too late: the work below is done and must be reported
        return "stored"

    runner.run(job, out.done, out.error, cancel=token, on_cancelled=out.cancelled)
    qtbot.waitUntil(lambda: bool(out.events), timeout=5_000)
    assert out.events == [("done", "stored")]


def test_no_progress_box_over_an_error_box(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A job failing while another waits: its error box is never covered by a progress box."""
    monkeypatch.setattr(tasks_module, "PROGRESS_DELAY_MS", 10)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    release, release_second = threading.Event(), threading.Event()
    seen: list[list[QWidget]] = []
    out = Outcome()

    def slow_fail() -> int:
        release.wait(5)
        raise ValueError("no text in this PDF")

    def slow() -> int:
        release_second.wait(5)
        return 2

    def on_error(error: BaseException, _details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Error", str(error), parent=parent)

        def look_then_close() -> None:
            seen.append(list(_visible_boxes()))
            assert QApplication.activeModalWidget() is box
            qtbot.keyClick(box, Qt.Key.Key_Return)
            release_second.set()

        runner.run(slow, out.done, out.error, label="Second job…")  # queued behind
        QTimer.singleShot(300, look_then_close)  # well past the second job's delay
        box.exec()
        out.events.append(("error", type(error).__name__))

    runner.run(slow_fail, out.done, on_error, label="First job…")
    qtbot.waitUntil(lambda: len(_visible_boxes()) == 1, timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: len(out.events) == 2, timeout=10_000)
    assert seen == [[]]  # nothing over the error box
    assert out.events == [("error", "ValueError"), ("done", 2)]
