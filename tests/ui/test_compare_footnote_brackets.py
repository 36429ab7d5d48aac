"""The compare view on two drafts that differ only in a footnote's brackets: the summary says
so, *Only bracket changes* shows that paragraph's row, and its note says what happened."""

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


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    for name, note in (
        ("v1.md", "[Reviewed][Not reviewed] if the report was considered."),  # 2 groups
        ("v2.md", "Reviewed if the report was considered."),  # one resolved, one dropped
    ):
        path = tmp_path / name
        path.write_text(BODY + f"[^1]: {note}\n", encoding="utf-8")
        import_file(ws, path, document="Notes", label=name[:2])
    yield ws
    ws.close()


def test_a_footnote_losing_its_brackets_shows_in_the_compare_view(
    workspace: Workspace, qtbot: QtBot
) -> None:
    view = CompareView(workspace, SyncTaskRunner())
    qtbot.addWidget(view)
    view.set_versions("Notes", ["v1", "v2"], "v1", "v2")
    summary = view.summary.text()
    assert "Brackets 0 → 0" in summary
    assert "Footnote brackets 2 → 0: 1 resolved, 1 dropped, 0 added" in summary
    assert "No substantive change" not in summary  # a bracket went: that is substance
    view.only_brackets.setChecked(True)
    assert view.proxy.rowCount() == 1
    label = view.proxy.index(0, CompareModel.PARAGRAPH).data(Qt.ItemDataRole.DisplayRole)
    assert label == "OP1"
    cell = view.proxy.index(0, CompareModel.REDLINE).data(REDLINE_ROLE)
    assert isinstance(cell, RedlineCell)
    assert cell.note == (
        "Footnote bracket groups resolved: 1, dropped with their text: 1; "
        "Footnote changed: [-[-]Reviewed[-][Not reviewed]-] if the report was considered."
    )


def test_the_ad_ref_count_stays_on_the_bracket_line_when_a_footnote_line_follows(
    tmp_path: Path, qtbot: QtBot
) -> None:
    ws = open_workspace(tmp_path / "home")
    try:
        for name, note, op2 in (
            ("v1.md", "[Reviewed][Not reviewed] if considered.", "2. Requests action."),
            ("v2.md", "Reviewed if considered.", "2. Requests action. [Agreed ad ref]"),
        ):
            path = tmp_path / name
            text = f"The General Assembly,\n\n1. Decides to report.[^1]\n\n{op2}\n\n"
            path.write_text(text + f"[^1]: {note}\n", encoding="utf-8")
            import_file(ws, path, document="Notes", label=name[:2])
        view = CompareView(ws, SyncTaskRunner())
        qtbot.addWidget(view)
        view.set_versions("Notes", ["v1", "v2"], "v1", "v2")
        lines = view.summary.text().split("\n")
        brackets = next(line for line in lines if line.startswith("Brackets "))
        footnotes = next(line for line in lines if line.startswith("Footnote brackets "))
        assert brackets.endswith("· 1 now agreed ad ref")
        assert "ad ref" not in footnotes
    finally:
        ws.close()
