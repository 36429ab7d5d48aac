"""Find in this document (Ctrl+F) on the real main window: hits highlighted, next / previous
with Enter, Shift+Enter, F3 and Shift+F3 (wrapping), Escape closes and clears."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.delegates.bracket_delegate import FIND_CURRENT, FIND_HIT
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.widgets.find_bar import find_hits

# Three hits of "capacity" (one capitalised) in two of the four paragraphs; none in the others.
TEXT = """PP1. Recalling its resolution on digital cooperation,

1. Decides to strengthen capacity building and [Capacity-development] support;

2. Requests the Secretary-General to report on progress;

3. Encourages Member States to share national capacity assessments.
"""
HITS = [("OP1", "capacity"), ("OP1", "Capacity"), ("OP3", "capacity")]


@pytest.fixture
def workspace(workspace: Workspace, tmp_path: Path) -> Workspace:
    draft = tmp_path / "draft.txt"
    draft.write_text(TEXT, encoding="utf-8")
    import_file(workspace, draft, document="Find test", label="Rev.1")
    return workspace


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.activateWindow()
    qtbot.waitExposed(window)
    window.document_view.table.setFocus()
    return window


def _colour_count(win: MainWindow, colour: str) -> int:
    image: QImage = win.document_view.table.viewport().grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def _current(win: MainWindow) -> tuple[str, str]:
    bar = win.document_view.find_bar
    hit = bar.hits[bar.current]
    rows = {r.paragraph.index: r for r in win.document_view.visible_rows()}
    paragraph = rows[hit.paragraph].paragraph
    selected = win.inspector_tabs.selected.paragraph.label  # what the inspector shows
    assert selected == paragraph.label, "the current hit's paragraph is selected"
    return paragraph.label, paragraph.text[hit.start : hit.end]


def test_find_pure_function_counts_every_case_insensitive_occurrence() -> None:
    hits = find_hits([(0, "Aa aA"), (1, "b"), (2, "xaax")], "aa")
    assert [(h.paragraph, h.start, h.end) for h in hits] == [(0, 0, 2), (0, 3, 5), (2, 1, 3)]
    assert find_hits([(0, "text")], "   ") == []
    assert find_hits([(0, "a.b axb")], ".") == [find_hits([(0, "a.b axb")], ".")[0]]  # literal


def test_ctrl_f_finds_highlights_and_steps_through_hits(window: MainWindow, qtbot: QtBot) -> None:
    view, bar = window.document_view, window.document_view.find_bar
    assert bar.isHidden()
    assert [r.paragraph.label for r in view.visible_rows()] == ["PP1", "OP1", "OP2", "OP3"]
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert bar.box.hasFocus()
    qtbot.keyClicks(bar.box, "CAPACITY")
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 3")
    assert _current(window) == HITS[0]
    # every hit is painted, the current one in its own colour
    assert _colour_count(window, FIND_CURRENT) > 0
    assert _colour_count(window, FIND_HIT) > 0

    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert (bar.count.text(), _current(window)) == ("2 of 3", HITS[1])
    qtbot.keyClick(bar.box, Qt.Key.Key_F3)
    assert (bar.count.text(), _current(window)) == ("3 of 3", HITS[2])
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)  # wraps round to the first
    assert (bar.count.text(), _current(window)) == ("1 of 3", HITS[0])
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert (bar.count.text(), _current(window)) == ("3 of 3", HITS[2])
    qtbot.keyClick(bar.box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert (bar.count.text(), _current(window)) == ("2 of 3", HITS[1])

    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert view.delegate.find_hits == {}
    assert _colour_count(window, FIND_CURRENT) == 0
    assert _colour_count(window, FIND_HIT) == 0


def test_no_match_says_so_and_filters_limit_the_hits(window: MainWindow, qtbot: QtBot) -> None:
    view, bar = window.document_view, window.document_view.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.box, "quorum")
    qtbot.waitUntil(lambda: bar.count.text() == "No match")
    assert not bar.next_button.isEnabled()
    bar.box.clear()
    qtbot.keyClicks(bar.box, "capacity")
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 3")
    # only bracketed paragraphs shown: OP1 alone holds brackets, so two hits are left
    view.only_bracketed.setChecked(True)
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 2")
    assert {_current(window)[0]} == {"OP1"}


def test_a_new_version_is_searched_again(
    window: MainWindow, qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    bar = window.document_view.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.box, "capacity")
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 3")
    newer = tmp_path / "rev2.txt"
    newer.write_text(TEXT.replace("national capacity", "national"), encoding="utf-8")
    import_file(workspace, newer, document="Find test", label="Rev.2")
    window.reload_library(select=("Find test", "Rev.2"))
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 2")
