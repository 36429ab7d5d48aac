"""The compare view on two drafts whose paragraphs are the same and whose footnote's words
differ: the summary says a footnote changed (not "no substantive change"), *Only changed*
shows that paragraph's row, and its change column, note and tooltip carry the note's diff."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.delegates.redline_delegate import REDLINE_ROLE, RedlineCell
from wsis_desk.ui.models.compare_model import CompareModel
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.compare_view import CompareView

BODY = "The General Assembly,\n\n1. Decides to report every year.[^1]\n\n2. Requests action.\n\n"


def _workspace(tmp_path: Path, notes: tuple[str, str]) -> Workspace:
    ws = open_workspace(tmp_path / "home")
    for label, note in zip(("v1", "v2"), notes, strict=True):
        path = tmp_path / f"{label}.md"
        path.write_text(BODY + f"[^1]: {note}\n", encoding="utf-8")
        import_file(ws, path, document="Notes", label=label)
    return ws


@pytest.fixture
def changed(tmp_path: Path) -> Iterator[Workspace]:
    ws = _workspace(tmp_path, ("Party X reserves its position.", "Party X accepts its position."))
    yield ws
    ws.close()


def _view(ws: Workspace, qtbot: QtBot) -> CompareView:
    view = CompareView(ws, SyncTaskRunner())
    qtbot.addWidget(view)
    view.set_versions("Notes", ["v1", "v2"], "v1", "v2")
    return view


def test_a_footnote_whose_words_changed_shows_under_only_changed(
    changed: Workspace, qtbot: QtBot
) -> None:
    view = _view(changed, qtbot)
    summary = view.summary.text()
    assert "Footnotes changed: 1" in summary
    assert "No substantive change" not in summary
    view.only_changed.setChecked(True)
    assert view.proxy.rowCount() == 1
    label = view.proxy.index(0, CompareModel.PARAGRAPH).data(Qt.ItemDataRole.DisplayRole)
    assert label == "OP1"
    change = view.proxy.index(0, CompareModel.CHANGE)
    assert change.data(Qt.ItemDataRole.DisplayRole) == "unchanged,\nfootnote changed"
    diff = "Footnote changed: Party X [-reserves-]{+accepts+} its position."
    assert diff in change.data(Qt.ItemDataRole.ToolTipRole)
    cell = view.proxy.index(0, CompareModel.REDLINE).data(REDLINE_ROLE)
    assert isinstance(cell, RedlineCell) and cell.note == diff
    said = view.proxy.index(0, CompareModel.REDLINE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == f"Decides to report every year.; {diff}"  # a screen reader hears it too


def test_a_rewrapped_footnote_leaves_only_changed_empty(tmp_path: Path, qtbot: QtBot) -> None:
    ws = _workspace(
        tmp_path, ("Party X reserves its position.", "Party X reserves\n    its position.")
    )
    try:
        view = _view(ws, qtbot)
        assert "No substantive change" in view.summary.text()
        assert "Footnotes changed" not in view.summary.text()
        view.only_changed.setChecked(True)
        assert view.proxy.rowCount() == 0
    finally:
        ws.close()
