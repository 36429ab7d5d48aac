"""Help › Keyboard shortcuts (read from the actions), Help › Guide (shipped offline), and
Commitments in the toolbar with an empty state that says what to do — on the real window."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from wsis_desk.paths import resources_dir
from wsis_desk.services.commitments import add_commitment
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.actions import ActionId, specs
from wsis_desk.ui.dialogs.guide_dialog import GuideDialog, guide_path
from wsis_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog, plain
from wsis_desk.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    load_demo(workspace)
    return workspace


def _shown_dialog(window: MainWindow, action: ActionId, kind: type) -> list[object]:
    """Trigger ``action`` and return what the modal dialog held, then close it."""
    seen: list[object] = []

    def look() -> None:
        dialogs = [d for d in window.findChildren(kind) if d.isVisible()]
        assert len(dialogs) == 1
        seen.append(dialogs[0])
        seen.extend(_contents(dialogs[0]))
        dialogs[0].reject()

    QTimer.singleShot(0, look)
    window.action(action).trigger()
    return seen


def _contents(dialog: object) -> list[object]:
    if isinstance(dialog, ShortcutsDialog):
        model = dialog.model
        rows = []
        for g in range(model.rowCount()):
            group = model.item(g)
            for r in range(group.rowCount()):
                rows.append((group.text(), group.child(r, 0).text(), group.child(r, 1).text()))
        return rows
    assert isinstance(dialog, GuideDialog)
    return [dialog.browser.toPlainText()]


def test_shortcuts_dialog_lists_every_shortcut_of_the_action_table_and_the_views(
    window: MainWindow,
) -> None:
    seen = _shown_dialog(window, ActionId.SHORTCUTS, ShortcutsDialog)
    rows = seen[1:]
    listed = {(what, keys) for _where, what, keys in rows}  # type: ignore[misc]
    # independently: every action of the table that has keys, in its own words
    for action_id, spec in specs().items():
        for key in spec.shortcuts:
            # a standard key is the platform's first binding (Quit may have none offscreen)
            for text in filter(None, [QKeySequence(key).toString(NATIVE)]):
                assert any(
                    what == plain(spec.text) and text in keys.split(" / ") for what, keys in listed
                ), (action_id, text)
    # the views' own: the compare view's F8, the find bar's Escape
    assert ("Next change", "F8 / Alt+Down") in listed
    assert ("Close the find bar", "Esc") in listed
    wheres = {where for where, _what, _keys in rows}  # type: ignore[misc]
    assert {"File", "Edit", "View", "Help", "Compare versions"} <= wheres
    # the menus first, then each view's own keys under the view's name, said in words
    assert [r[0] for r in rows[:1]] == ["File"]  # type: ignore[index]
    assert ("Interpreter pack", "Export the pack", "Ctrl+E") in rows
    assert ("Interventions", "Save the intervention", "Ctrl+S") in rows
    assert all(what != keys for _w, what, keys in rows), "every shortcut says what it does"


def test_shortcuts_dialog_filters_as_one_types(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    dialog.filter.setText("F3")
    rows = _contents(dialog)
    assert {(what, keys) for _w, what, keys in rows} == {  # type: ignore[misc]
        ("Find next", "F3"),
        ("Find previous", "Shift+F3"),
    }


def test_guide_is_shipped_and_shown_offline(window: MainWindow) -> None:
    path = guide_path()
    assert path == resources_dir() / "guide" / "guide.html"
    seen = _shown_dialog(window, ActionId.GUIDE, GuideDialog)
    text = str(seen[1])
    assert text.startswith("WSIS Desk in ten minutes")
    assert "Find in this document" in text and "Print" in text
    # the guide only names keys the window really has
    keys = {keys for _w, _what, keys in _contents_of_shortcuts(window)}
    every = {k for combo in keys for k in combo.split(" / ")}
    mentioned = set(re.findall(r"\b(?:(?:Ctrl|Shift|Alt)\+)+(?:[A-Z0-9=+-]|F\d+)\b|\bF\d+\b", text))
    assert mentioned, "the guide names its shortcuts"
    assert mentioned <= every, mentioned - every


def _contents_of_shortcuts(window: MainWindow) -> list[tuple[str, str, str]]:
    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    rows = _contents(dialog)
    dialog.deleteLater()
    return rows  # type: ignore[return-value]


def test_guide_says_so_when_missing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = GuideDialog(path=tmp_path / "nowhere.html")
    qtbot.addWidget(dialog)
    assert "missing" in dialog.browser.toPlainText()


def test_commitments_in_the_toolbar_with_an_empty_state_that_says_what_to_do(
    window: MainWindow, workspace: Workspace
) -> None:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert window.view_action("commitments") in toolbar.actions()
    window.view_action("commitments").trigger()
    view = window.work_area.view("commitments")
    assert window.work_area.currentWidget() is view
    assert "Add commitment" in view.empty.text() and view.empty.isVisible()
    assert view.add_button.isEnabled()
    add_commitment(
        workspace, document=DEMO_SYMBOL, who="Civil society", what="Report back", new_actor=True
    )
    view.refresh()
    assert view.empty.isHidden()
    assert view.model.rowCount() == 1


GUIDE_LANGUAGES = ("fr", "es", "ru", "ar", "zh_CN")
LOCAL_SHIFT = {"Maj+": "Shift+", "Mayús+": "Shift+"}  # how French and Spanish name the key


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_language_has_its_guide_naming_only_real_keys(
    window: MainWindow, language: str
) -> None:
    path = guide_path(language)
    assert path.name == f"guide_{language}.html"
    text = path.read_text(encoding="utf-8")
    for local, english in LOCAL_SHIFT.items():
        text = text.replace(local, english)
    every = {k for _w, _what, keys in _contents_of_shortcuts(window) for k in keys.split(" / ")}
    mentioned = set(re.findall(r"\b(?:(?:Ctrl|Shift|Alt)\+)+(?:[A-Z0-9=+-]|F\d+)\b|\bF\d+\b", text))
    assert mentioned and mentioned <= every, mentioned - every
    # the same sections as the English guide
    english = guide_path("en").read_text(encoding="utf-8")
    assert re.findall(r'<h2 id="(\w+)"', text) == re.findall(r'<h2 id="(\w+)"', english)


def test_the_guide_follows_the_interface_language(
    qtbot: QtBot, language: Callable[[str], list[str]]
) -> None:
    language("fr")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("WSIS Desk en dix minutes")
