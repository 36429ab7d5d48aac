"""The interventions view: list model, live timing while typing, save, delete, signals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.models.intervention_model import InterventionTableModel
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views import interventions_view as view_module
from wsis_desk.ui.views.interventions_view import InterventionsView


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    yield ws
    ws.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(view_module, "show_error", lambda _p, e, _d="": seen.append(str(e)))
    return seen


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace, errors: list[str]) -> InterventionsView:
    iv.add_intervention(workspace, title="Fits", limit_seconds=60, text="Thank you. " * 20)
    iv.add_intervention(workspace, title="Too long", limit_seconds=60, text="word " * 200)
    widget = InterventionsView(workspace, SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_model_passes_the_model_tester(view: InterventionsView, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(view.model)
    titles = [view.model.item(r).title for r in range(view.model.rowCount())]
    assert sorted(titles) == ["Fits", "Too long"]
    row = titles.index("Too long")
    verdict = view.model.index(row, InterventionTableModel.VERDICT)
    assert "too fast" in verdict.data() and verdict.data(Qt.ItemDataRole.FontRole).bold()
    assert "cut 90 words" in verdict.data(Qt.ItemDataRole.ToolTipRole)  # 110 fit a minute


def test_typing_updates_count_and_verdict_live(view: InterventionsView, qtbot: QtBot) -> None:
    view.new()
    editor = view.editor
    editor.limit.setValue(30)
    qtbot.keyClicks(editor.text, "We urge all delegations to agree. ")
    qtbot.waitUntil(lambda: editor.count.text() == "6 words", timeout=2000)
    assert "Fits the slot" in editor.verdict.text()
    assert not editor.verdict.font().bold()
    editor.text.setPlainText("word " * 80)  # 80 words in 30 s = 160 a minute
    qtbot.waitUntil(lambda: "too fast to interpret" in editor.verdict.text(), timeout=2000)
    assert editor.verdict.text().startswith("⚠ ") and editor.verdict.font().bold()
    assert "cut 25 words" in editor.verdict.text()
    assert editor.verdict_icon.accessibleName() == "warning"
    assert "slot 00:30" in editor.timing.text()


def test_chinese_is_counted_in_characters(view: InterventionsView, qtbot: QtBot) -> None:
    view.new()
    view.editor.language.setCurrentText("zh")
    view.editor.text.setPlainText("缔约方应开展合作")
    view.editor.update_timing()
    assert view.editor.count.text() == "8 characters"


def test_chinese_paces_are_in_characters_a_minute(view: InterventionsView) -> None:
    """As the CLI says them: 165 characters (110 words) a minute, never words alone."""
    view.new()
    editor = view.editor
    editor.language.setCurrentText("zh")
    editor.limit.setValue(40)
    editor.wpm.setValue(110)
    editor.text.setPlainText("缔约方应开展合作" * 15)  # 120 characters (80 words) in 40 s
    editor.update_timing()
    assert "165 characters (110 words) a minute" in editor.timing.text()
    assert "fits only at 180 characters a minute" in editor.verdict.text()
    editor.text.setPlainText("缔约方应开展合作" * 25)  # 200 characters in 40 s
    editor.update_timing()
    assert "(300 characters a minute)" in editor.verdict.text()
    for text in (editor.timing.text(), editor.verdict.text()):
        assert "words a minute" not in text
    editor.language.setCurrentText("en")  # the same pace in English is in words
    editor.update_timing()
    assert "words a minute" in editor.timing.text()


def test_new_save_edit_delete(
    view: InterventionsView, workspace: Workspace, qtbot: QtBot, errors: list[str]
) -> None:
    view.new()
    editor = view.editor
    qtbot.keyClicks(editor.title, "Statement on OP5")
    editor.speaker.setText("Civil Society Caucus")
    editor.document.setCurrentIndex(editor.document.findText(DEMO_SYMBOL))
    editor.paragraphs.setText("OP5")
    editor.text.setPlainText("We support a permanent mandate for the IGF.")
    with qtbot.waitSignal(view.intervention_saved) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    item = saved.args[0]
    assert errors == [] and item.labels == ("OP5",) and view.model.rowCount() == 3
    assert view.selected_ids() == [item.id]

    editor.wpm.setValue(120)
    editor.text.setPlainText("We support a permanent mandate.")
    view.save()
    assert iv.get_intervention(workspace, item.id).wpm == 120
    assert iv.get_intervention(workspace, item.id).labels == ("OP5",)
    # saving over the text is undoable: the overwritten words come back
    assert item.wpm != 120 and view.undo_stack.undoText() == "Edit intervention “Statement on OP5”"
    view.undo_stack.undo()
    before = iv.get_intervention(workspace, item.id)
    assert (before.wpm, before.text, before.labels) == (item.wpm, item.text, ("OP5",))
    assert view.editor.text.toPlainText() == item.text
    view.undo_stack.redo()
    assert iv.get_intervention(workspace, item.id).text == "We support a permanent mandate."

    view.mark_delivered()
    assert iv.get_intervention(workspace, item.id).status is iv.Status.DELIVERED
    view.delete_current()
    assert view.model.rowCount() == 2 and view.editor.current is None
    assert "Ctrl+Z" in view.message.text()
    assert view.undo_stack.undoText() == "Delete intervention “Statement on OP5”"
    view.undo_stack.undo()  # one click deleted it: one undo brings it back, nothing lost
    back = iv.get_intervention(workspace, item.id)
    assert back.title == "Statement on OP5" and back.status is iv.Status.DELIVERED
    assert view.model.rowCount() == 3 and view.editor.current is not None
    assert view.editor.current.id == item.id
    view.undo_stack.redo()
    assert view.model.rowCount() == 2
    with pytest.raises(iv.NotFoundError):
        iv.get_intervention(workspace, item.id)


def test_validation_error_is_reported_not_saved(
    view: InterventionsView, workspace: Workspace, errors: list[str]
) -> None:
    view.new()
    view.editor.title.setText("   ")
    view.save()
    assert errors and "title is empty" in errors[0]
    assert len(iv.list_interventions(workspace)) == 2


def test_signals_for_speaker_mode_and_pack(view: InterventionsView, qtbot: QtBot) -> None:
    view.table.selectRow(0)
    chosen = view.model.item(0)
    view.editor.text.setPlainText("edited, not saved")
    with qtbot.waitSignal(view.speaker_mode_requested) as speaker:
        qtbot.mouseClick(view.speaker_button, Qt.MouseButton.LeftButton)
    assert speaker.args[0].id == chosen.id and speaker.args[0].text == "edited, not saved"
    with qtbot.waitSignal(view.add_to_pack_requested) as pack:
        qtbot.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
    assert pack.args[0] == [chosen.id]


def test_a_loaded_long_title_shows_its_beginning(
    view: InterventionsView, workspace: Workspace
) -> None:
    title = "Joint statement of the Civil Society Caucus on OP5, OP12 and the review of WSIS+20"
    item = iv.add_intervention(workspace, title=title, limit_seconds=60, text="Thank you.")
    view.editor.title.setFixedWidth(120)  # far narrower than the title
    view.editor.load(item)
    assert view.editor.title.text() == title
    assert view.editor.title.cursorPosition() == 0  # "Joint statem…", not "…of WSIS+20"
