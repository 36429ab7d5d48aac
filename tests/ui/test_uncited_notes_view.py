"""The document view ends with the version's footnotes no paragraph cites, folded until asked
for, and shows none for a version whose notes are all cited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.uncited_page import PAGE
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import SyncTaskRunner

CITED = "1. Decides [to act][^1];\n\n[^1]: See [decision 1/CP.21].\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    for name, text in (("Draft agreement", PAGE), ("Draft decision", CITED)):
        path = tmp_path / f"{name}.{'txt' if text is PAGE else 'md'}"
        path.write_text(text, encoding="utf-8")
        import_file(ws, path, document=name)
    yield ws
    ws.close()


def test_the_uncited_footnote_is_listed_after_the_paragraphs(
    qtbot: QtBot, workspace: Workspace
) -> None:
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    notes = win.document_view.uncited
    assert win.library.select_version("Draft agreement", "Version 1")
    qtbot.waitUntil(lambda: notes.isVisible())
    assert notes.toggle.text() == "Footnotes not cited in the text (1)"
    assert not notes.notes.isVisible()  # folded: the paragraphs keep the room
    notes.toggle.click()
    assert notes.notes.isVisible()
    shown = notes.notes.toPlainText()
    assert "South Africa wishes its reservation on the original text in brackets" in shown
    assert shown.startswith("6")  # its mark
    assert "bracket groups: 1" in shown  # "[South Africa … recorded.]": one group, by reading
    # below the table, not over it
    table = win.document_view.table
    assert (
        notes.mapTo(win, notes.rect().topLeft()).y()
        >= table.mapTo(win, table.rect().bottomLeft()).y()
    )
    assert win.library.select_version("Draft decision", "Version 1")  # its one note is cited
    qtbot.waitUntil(lambda: not notes.isVisible())
