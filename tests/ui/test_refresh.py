"""View › Refresh (F5) works in every view and keeps the selection; the window refreshes by
itself when the database changes underneath (the CLI here), not after its own writes; no
shortcut of the window and its views is bound twice (Qt calls that ambiguous and does nothing)."""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QShortcut
from pytestqt.qtbot import QtBot

from tests.formats.docx_factory import make_docx
from wsis_desk.cli import main as cli_main
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui import main_window as main_window_module
from wsis_desk.ui.actions import ActionId
from wsis_desk.ui.controllers import version_flow
from wsis_desk.ui.dialogs import errors as errors_module
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.panels.library_panel import DOCUMENT_ROLE, VERSION_ROLE
from wsis_desk.ui.tasks import SyncTaskRunner, TaskRunner
from wsis_desk.ui.view_registry import VIEW_NAMES

NEW_DRAFT = ["1. Decides to hold [two] consultations;", "2. Requests a report;"]


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    load_demo(workspace, with_records=True)
    return workspace


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every error box the window would show, as text (none must appear)."""
    shown: list[str] = []

    def record(_parent: object, error: BaseException, _details: str = "") -> None:
        shown.append(f"{type(error).__name__}: {error}")

    for module in (main_window_module, version_flow, errors_module):
        monkeypatch.setattr(module, "show_error", record)
    return shown


def _open(win: MainWindow, label: str, paragraph: int) -> None:
    index = next(i for i in win.library.version_indexes() if i.data(VERSION_ROLE).label == label)
    win.library.view.setCurrentIndex(index)
    assert win.document_view.select_paragraph(paragraph)


def _where(win: MainWindow) -> tuple[str | None, str | None, int | None]:
    index = win.library.view.currentIndex()
    version = index.data(VERSION_ROLE)
    selected = win.inspector_tabs.selected
    return (
        index.data(DOCUMENT_ROLE),
        version.label if version is not None else None,
        selected.paragraph.index if selected is not None else None,
    )


def _labels(win: MainWindow) -> list[str]:
    return [i.data(VERSION_ROLE).label for i in win.library.version_indexes()]


def _cli_import(ws: Workspace, tmp_path: Path, label: str) -> None:
    draft = tmp_path / f"{label}.docx"
    draft.write_bytes(make_docx(NEW_DRAFT))
    argv = ["--data-dir", str(ws.root), "import", str(draft), "--doc", DEMO_SYMBOL]
    assert cli_main([*argv, "--label", label], io.StringIO()) == 0


def test_f5_reads_the_database_again_and_keeps_the_selection(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, errors: list[str]
) -> None:
    win = MainWindow(workspace, SyncTaskRunner(), watch=False)
    qtbot.addWidget(win)
    win.show()
    _open(win, "Rev.1", 4)
    before = _where(win)
    assert before == (DEMO_SYMBOL, "Rev.1", 4)
    _cli_import(workspace, tmp_path, "Rev.3")
    assert "Rev.3" not in _labels(win)  # not watching: only F5 shows it
    win.action(ActionId.REFRESH).trigger()
    assert errors == []  # it once failed: select_version() argument after * must be an iterable
    assert "Rev.3" in _labels(win)
    assert _where(win) == before
    assert win.document_view.title.text().count("Rev.1") == 1


def test_f5_works_in_every_view(qtbot: QtBot, workspace: Workspace, errors: list[str]) -> None:
    win = MainWindow(workspace, SyncTaskRunner(), watch=False)
    qtbot.addWidget(win)
    win.show()
    _open(win, "Rev.1", 2)
    for name in VIEW_NAMES:
        win.show_view(name)
        win.action(ActionId.REFRESH).trigger()
        assert win.work_area.current_name() == name
        assert _where(win)[:2] == (DEMO_SYMBOL, "Rev.1")
    assert errors == []


def test_no_shortcut_is_bound_twice_in_the_window(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace, SyncTaskRunner(), watch=False)
    qtbot.addWidget(win)
    for name in VIEW_NAMES:  # every view built, with its own actions and shortcuts
        win.show_view(name)
    assert win.inspector_tabs.positions and win.inspector_tabs.history
    bound: dict[str, list[str]] = defaultdict(list)
    for action in win.findChildren(QAction):
        for key in action.shortcuts():
            bound[key.toString()].append(f"{action.text()} ({action.parent().objectName()})")
    for shortcut in win.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 - a Qt method, not a dict's
            bound[key.toString()].append(f"shortcut of {type(shortcut.parent()).__name__}")
    bound.pop("", None)  # a standard key with no binding on this platform
    assert "F5" in bound and "Ctrl+1" in bound and len(bound) > 20  # the enumeration works
    twice = {key: where for key, where in bound.items() if len(where) > 1}
    assert twice == {}


def test_the_window_refreshes_when_the_cli_changes_the_database(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, errors: list[str]
) -> None:
    win = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    _open(win, "Rev.1", 4)
    before = _where(win)
    changes: list[None] = []
    win.watch.changed.connect(lambda: changes.append(None))
    win.watch.look()
    assert changes == []  # nothing changed yet
    _cli_import(workspace, tmp_path, "Rev.3")
    win.watch.look()
    assert changes == [None]
    assert "Rev.3" in _labels(win) and _where(win) == before
    # the window's own writes are its own: no refresh for them
    win.tasks.run(lambda: load_demo(workspace, with_records=True), lambda _r: None, print)
    win.inspector_tabs.show_history(DEMO_SYMBOL, "Rev.1", 4)  # a read, for good measure
    win.watch.look()
    assert changes == [None] and errors == []


def test_a_real_window_notices_the_change_on_its_own(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, errors: list[str]
) -> None:
    """The threaded runner and the poll timer, as the app runs them."""
    win = MainWindow(workspace, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "Rev.2" in _labels(win), timeout=10_000)
    qtbot.waitUntil(lambda: win.versions.current is not None, timeout=10_000)
    _cli_import(workspace, tmp_path, "Rev.3")
    qtbot.waitUntil(lambda: "Rev.3" in _labels(win), timeout=10_000)
    win.close()
    assert errors == []


def test_f5_in_the_pack_builder_previews_what_is_chosen(
    qtbot: QtBot, workspace: Workspace, errors: list[str]
) -> None:
    win = MainWindow(workspace, SyncTaskRunner(), watch=False)
    qtbot.addWidget(win)
    win.show()
    win.show_view("pack")
    pack = win.work_area.view("pack")
    win.action(ActionId.REFRESH).trigger()  # nothing chosen: nothing to preview, no error box
    assert errors == [] and "fingerprint" not in pack.info.text()
    pack.labels.setText("OP2")
    pack.add_paragraphs.click()
    win.action(ActionId.REFRESH).trigger()
    assert errors == [] and "fingerprint" in pack.info.text()
