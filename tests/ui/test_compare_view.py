"""Drive the compare view and the history panel as a person would, on the demo negotiation."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.core.align import ChangeKind
from wsis_desk.services.compare import history_of_paragraph
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import show_version
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.delegates.redline_delegate import REDLINE_ROLE, RedlineCell
from wsis_desk.ui.models.compare_model import CompareModel
from wsis_desk.ui.panels.history_panel import HistoryPanel
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views import compare_view as compare_view_module
from wsis_desk.ui.views.compare_view import CompareView

LABELS = ["Zero draft", "Rev.1", "Rev.2"]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    yield ws
    ws.close()


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace) -> CompareView:
    widget = CompareView(workspace, SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_versions(DEMO_SYMBOL, LABELS, "Rev.1", "Rev.2")
    return widget


def _visible_changes(view: CompareView) -> list[ChangeKind]:
    rows = range(view.proxy.rowCount())
    return [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 21).change for r in rows]


def test_pickers_compare_the_chosen_versions(view: CompareView, qtbot: QtBot) -> None:
    assert view.result is not None and view.result.new.label == "Rev.2"
    assert view.old_picker.currentText() == "Rev.1"
    assert "1 moved" in view.summary.text() and "Brackets" in view.summary.text()
    with qtbot.waitSignal(view.comparison_shown) as shown:
        view.old_picker.setCurrentText("Zero draft")
    assert shown.args[0].old.label == "Zero draft"
    assert view.model.headerData(CompareModel.BEFORE, Qt.Orientation.Horizontal) == (
        "Before (Zero draft)"
    )


def test_next_and_previous_change_move_the_selection(view: CompareView, qtbot: QtBot) -> None:
    changes = _visible_changes(view)
    first = next(k for k, c in enumerate(changes) if c is not ChangeKind.UNCHANGED)
    second = next(k for k, c in enumerate(changes) if k > first and c is not ChangeKind.UNCHANGED)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    assert view.selected_row() == first
    view.next_change_action.trigger()
    assert view.selected_row() == second
    qtbot.keyClick(view.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_row() == first
    assert not view.go_to_change(-1) and "No more changes" in view.status.text()
    assert view.selected_row() == first
    with qtbot.waitSignal(view.paragraph_selected) as picked:
        view.next_change_action.trigger()
    document, version, index = picked.args
    assert (document, version) == (DEMO_SYMBOL, "Rev.2") and index >= 0


def test_filters_reduce_the_rows(view: CompareView, qtbot: QtBot) -> None:
    everything = view.proxy.rowCount()
    qtbot.mouseClick(view.only_changed, Qt.MouseButton.LeftButton)
    changed = view.proxy.rowCount()
    assert 0 < changed < everything
    assert ChangeKind.UNCHANGED not in _visible_changes(view)
    qtbot.mouseClick(view.only_brackets, Qt.MouseButton.LeftButton)
    bracketed = view.proxy.rowCount()
    assert 0 < bracketed < changed
    for r in range(bracketed):
        row = view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 21)
        assert row.brackets.changed or row.became_ad_ref
    view.only_changed.setChecked(False)
    view.only_brackets.setChecked(False)
    assert view.proxy.rowCount() == everything


def test_inline_and_side_by_side_modes(view: CompareView) -> None:
    assert view.mode == "inline"
    assert not view.table.isColumnHidden(CompareModel.REDLINE)
    assert view.table.isColumnHidden(CompareModel.BEFORE)
    view.side_by_side_action.trigger()
    assert view.mode == "side"
    assert view.table.isColumnHidden(CompareModel.REDLINE)
    assert not view.table.isColumnHidden(CompareModel.AFTER)
    moved = next(
        r for r in range(view.model.rowCount()) if view.model.row_data(r).new_label == "OP3bis"
    )
    before = view.model.index(moved, CompareModel.BEFORE).data(REDLINE_ROLE)
    after = view.model.index(moved, CompareModel.AFTER).data(REDLINE_ROLE)
    assert isinstance(before, RedlineCell) and (before.side, after.side) == ("old", "new")
    assert view.model.index(moved, CompareModel.PARAGRAPH).data() == "OP3bis\nwas OP2bis"
    redline = view.model.index(moved, CompareModel.REDLINE)
    spoken = redline.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "[deleted: favourable]" in spoken and "[inserted: mutually agreed terms" in spoken
    view.set_high_contrast(True)
    assert view.delegate.high_contrast


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_export_writes_the_file(
    view: CompareView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    target = tmp_path / "redline"  # no suffix: the view adds it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    button = view.export_docx_button if kind == "docx" else view.export_pdf_button
    with qtbot.waitSignal(view.exported) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = Path(written.args[0])
    assert path == tmp_path / f"redline.{kind}" and path.exists()
    if kind == "docx":
        assert zipfile.is_zipfile(path)
    else:
        assert path.read_bytes().startswith(b"%PDF-")
    assert "Saved" in view.status.text()


def test_cancelled_export_and_errors(
    view: CompareView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    view.export_pdf_action.trigger()
    assert view.status.text() == ""
    shown: list[str] = []
    monkeypatch.setattr(compare_view_module, "show_error", lambda p, e, d="": shown.append(str(e)))
    view.export("pdf", tmp_path / "missing" / "x.pdf")
    assert len(shown) == 1 and "does not exist" in shown[0]


def test_one_version_and_empty_states(qtbot: QtBot, workspace: Workspace) -> None:
    widget = CompareView(workspace, SyncTaskRunner())
    qtbot.addWidget(widget)
    assert "two versions" in widget.empty.text()
    assert not widget.next_change_action.isEnabled()
    widget.set_versions(DEMO_SYMBOL, ["Rev.2"], "Rev.2", "Rev.2")
    assert "only one version" in widget.empty.text()
    assert not widget.export_docx_action.isEnabled()


def test_same_version_twice_has_nothing_under_only_changed(view: CompareView) -> None:
    view.set_versions(DEMO_SYMBOL, LABELS, "Rev.2", "Rev.2")
    view.only_changed.setChecked(True)
    assert view.proxy.rowCount() == 0 and "No paragraph matches" in view.empty.text()


def test_history_panel_lists_every_version(qtbot: QtBot, workspace: Workspace) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(340, 600)
    panel.show()
    vt = show_version(workspace, DEMO_SYMBOL, "Rev.2")
    index = next(p.index for p in vt.paragraphs if p.label == "OP3bis")
    panel.show_history(history_of_paragraph(workspace, DEMO_SYMBOL, "Rev.2", index))
    model = panel.model
    assert model.rowCount() == 3
    headings = [model.index(r, 0).data() for r in range(3)]
    assert "not in this version" in headings[0]
    assert "OP2bis · added" in headings[1]
    assert "OP3bis (was OP2bis) · changed" in headings[2]
    assert "in 2 of 3 versions" in panel.heading.text()
    panel.clear()
    assert model.rowCount() == 0 and "Select a paragraph" in panel.heading.text()


def test_models_pass_the_model_tester(
    view: CompareView, qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.only_changed.setChecked(True)
    qtmodeltester.check(view.proxy)
    panel = HistoryPanel()
    vt = show_version(workspace, DEMO_SYMBOL, "Rev.2")
    panel.show_history(
        history_of_paragraph(workspace, DEMO_SYMBOL, "Rev.2", vt.paragraphs[5].index)
    )
    qtmodeltester.check(panel.model)


def test_every_widget_has_an_accessible_name(view: CompareView) -> None:
    for widget in (
        view,
        view.old_picker,
        view.new_picker,
        view.only_changed,
        view.only_brackets,
        view.table,
        view.summary,
        view.export_docx_button,
        view.export_pdf_button,
    ):
        assert widget.accessibleName()
