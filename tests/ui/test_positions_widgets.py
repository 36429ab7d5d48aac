"""Positions panel, matrix view, inputs ledger and commitments list, driven offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.core.positions import Stance
from wsis_desk.services import positions as svc
from wsis_desk.services.commitments import add_commitment
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.inputs import add_input
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.panels.positions_panel import PositionsPanel
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.commitments_view import CommitmentsView
from wsis_desk.ui.views.inputs_view import AddInputDialog, InputsView
from wsis_desk.ui.views.matrix_view import MatrixView

V1 = "The General Assembly,\n\n1. Decides [to act - US; G77 delete];\n\n2. Requests a report;\n"
V2 = "The General Assembly,\n\n1. Decides [to act - US; G77 delete] now;\n\n2. Requests a report;\n"
SHOTS = os.environ.get("WSIS_DESK_SHOTS")  # set to a folder to keep PNGs of each widget


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    for n, text in ((1, V1), (2, V2)):
        path = tmp_path / f"v{n}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(workspace, path, document="Draft", label=f"Rev.{n}")
    yield workspace
    workspace.close()


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_positions_panel_add_edit_delete_with_undo(
    qtbot: QtBot, qtmodeltester: ModelTester, ws: Workspace
) -> None:
    old = svc.add_position(
        ws, document="Draft", version="Rev.1", paragraph="OP1", party="G77", stance="oppose"
    )
    stack = QUndoStack()
    panel = PositionsPanel(ws, SyncTaskRunner(), stack)
    qtbot.addWidget(panel)
    panel.resize(700, 260)
    v2 = show_version(ws, "Draft", "Rev.2")
    op1 = next(p for p in v2.paragraphs if p.label == "OP1")
    panel.show_paragraph(v2.version.id, op1.index, op1.label)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1
    assert "text changed since" in panel.model.index(0, 5).data()
    assert "1 to review" in panel.heading.text()
    with qtbot.waitSignal(panel.positions_changed):
        panel.add_position({"party": "EU", "stance": "support", "note": "from the floor"})
    assert {panel.model.record(r).party for r in range(2)} == {"EU", "G77"}
    stack.undo()
    assert panel.model.rowCount() == 1
    stack.redo()
    assert panel.model.rowCount() == 2
    row = next(r for r in range(2) if panel.model.record(r).party == "G77")
    panel.table.selectRow(row)
    panel.edit_selected({"stance": "red_line"})
    assert svc.get_position(ws, old.id).stance is Stance.RED_LINE
    stack.undo()
    assert svc.get_position(ws, old.id).stance is Stance.OPPOSE
    panel.table.selectRow(row)
    panel.delete_selected()
    assert panel.model.rowCount() == 1
    stack.undo()
    assert panel.model.rowCount() == 2
    assert panel.accessibleName() and panel.table.accessibleName()
    _shot(panel, "positions_panel")


def test_matrix_view_filters_and_exports(
    qtbot: QtBot, qtmodeltester: ModelTester, ws: Workspace, tmp_path: Path
) -> None:
    for party, stance, para in (
        ("USA", "support", "OP1"),
        ("G77", "oppose", "OP1"),
        ("IND", "red line", "OP2"),
    ):
        svc.add_position(ws, document="Draft", paragraph=para, party=party, stance=stance)
    view = MatrixView(ws, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show_version("Draft", None)
    qtmodeltester.check(view.model)
    m = view.model
    assert m.rowCount() == 3 and m.columnCount() == 3
    g77 = next(r for r in range(3) if m.headerData(r, Qt.Orientation.Vertical) == "G77")
    cell = m.index(g77, 1)
    assert cell.data() == "✘"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "G77 — OP1: opposes"
    view.contested.setChecked(True)
    assert m.columnCount() == 1
    view.contested.setChecked(False)
    view.red_lines.setChecked(True)
    assert (m.rowCount(), m.columnCount()) == (1, 1)
    view.red_lines.setChecked(False)
    view.group.setCurrentIndex(view.group.findData("BASIC"))
    assert "IND" in {m.headerData(r, Qt.Orientation.Vertical) for r in range(m.rowCount())}
    view.group.setCurrentIndex(0)
    view.export_csv(tmp_path / "m.csv")
    view.ours.setText("USA")
    view.export_pdf(tmp_path / "s.pdf")
    assert (tmp_path / "m.csv").stat().st_size > 0 and (tmp_path / "s.pdf").stat().st_size > 0
    with qtbot.waitSignal(view.cell_activated) as blocker:
        view.table.activated.emit(m.index(g77, 1))
    assert blocker.args[0] == "G77"
    _shot(view, "matrix_view")


def test_inputs_ledger_sets_disposition_with_history_and_exports(
    qtbot: QtBot, qtmodeltester: ModelTester, ws: Workspace, tmp_path: Path
) -> None:
    add_input(
        ws,
        document="Draft",
        submitter="Private sector",
        title="Add innovation",
        paragraphs=("OP2",),
    )
    view = InputsView(ws, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(900, 360)
    view.show_document("Draft")
    qtmodeltester.check(view.model)
    dialog = AddInputDialog(view)
    dialog.submitter.setText("Civil society")
    dialog.title.setText("Keep the report")
    dialog.paragraphs.setText("OP2")
    dialog.text.setPlainText("Please keep paragraph 2.")
    view.add_input(dialog)
    assert view.model.rowCount() == 2
    view.table.selectRow(1)
    view.disposition.setCurrentIndex(view.disposition.findData("reflected"))
    view.reason.setPlainText("Kept as is")
    with qtbot.waitSignal(view.inputs_changed):
        view.apply_button.click()
    info = view.selected()
    assert info is not None and info.disposition.value == "reflected" and len(info.history) == 1
    assert view.history.count() == 1 and "reflected" in view.history.item(0).text()
    v2 = show_version(ws, "Draft", "Rev.2")
    view.use_evidence(v2.version.id, next(p.index for p in v2.paragraphs if p.label == "OP2"))
    assert view.selected().evidence == "Rev.2 OP2"  # type: ignore[union-attr]
    view.export("pdf", tmp_path / "r.pdf")
    view.export("docx", tmp_path / "r.docx")
    assert (tmp_path / "r.pdf").exists() and (tmp_path / "r.docx").exists()
    _shot(view, "inputs_view")


def test_an_input_is_shown_as_written_even_with_markup_characters(
    qtbot: QtBot, ws: Workspace
) -> None:
    from PySide6.QtGui import QTextDocument

    title = "Delete <OP5> & keep R&D"
    text = "Replace <b>all</b> of OP5 with [a < b]."
    add_input(ws, document="Draft", submitter="Civil society", title=title, text=text)
    view = InputsView(ws, SyncTaskRunner())
    qtbot.addWidget(view)
    view.show_document("Draft")
    view.table.selectRow(0)
    shown = QTextDocument()
    shown.setHtml(view.details.text())  # what the label draws, as plain text
    assert shown.toPlainText().splitlines() == [title, text]


def test_commitments_overdue_stand_out_by_words_and_weight(
    qtbot: QtBot, qtmodeltester: ModelTester, ws: Workspace
) -> None:
    today = date(2025, 6, 1)
    add_commitment(ws, document="Draft", who="EU", what="Table text", due_on="2025-05-01")
    add_commitment(ws, document="Draft", who="USA", what="Consult", due_on="2025-09-01")
    view = CommitmentsView(ws, SyncTaskRunner(), today=today)
    qtbot.addWidget(view)
    view.resize(700, 240)
    view.show_document("Draft")
    qtmodeltester.check(view.model)
    first = view.model.index(0, 0)
    assert first.data() == "!! OVERDUE" and first.data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "1 overdue" in view.summary.text()
    _shot(view, "commitments_view")
    view.table.selectRow(0)
    with qtbot.waitSignal(view.commitments_changed):
        view.done_button.click()
    assert {view.model.index(r, 0).data() for r in range(2)} == {"✔ done", "open"}
