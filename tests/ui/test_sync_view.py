"""The sync view in people's words: conflicts as "your version / their version" with the party,
paragraph and document they are about, the team's latest changes, Sync now and the summary of
each sync in the view and the status bar; a matrix cell shows the party's stance history."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.services import positions, sync
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.models.matrix_model import MatrixModel
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.sync_view import SyncView


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    sync.set_site_name(a, "Laptop A")
    sync.set_site_name(b, "Laptop B")
    yield a, b
    a.close()
    b.close()


def _records(bundle: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(bundle) as z:
        return [json.loads(line) for line in z.read("records.jsonl").splitlines() if line]


def _concurrent_edit(a: Workspace, b: Workspace, tmp_path: Path) -> str:
    """A records G77's support for OP2; B receives it; both then edit it differently."""
    load_demo(a)
    p = positions.add_position(
        a, document=DEMO_SYMBOL, paragraph="OP2", party="G77", stance="support", source="floor"
    )
    sync.export_bundle(a, tmp_path / "0.wsisdesk")
    sync.import_bundle(b, tmp_path / "0.wsisdesk")
    positions.edit_position(a, p.id, stance="oppose", wording="delete OP2")
    positions.edit_position(b, p.id, stance="amend", wording="replace with X")
    sync.export_bundle(a, tmp_path / "1.wsisdesk")
    return p.id


def test_a_conflict_reads_as_your_version_and_their_version(
    qtbot: QtBot, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    position = _concurrent_edit(a, b, tmp_path)
    view = SyncView(b, SyncTaskRunner())
    view.show_reports = False
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.summarised) as got:
        view.import_bundle(tmp_path / "1.wsisdesk")
    assert got.args[0].conflicts == 1
    assert view.summary.text() == "Sync done: received 0 changes, sent 0, 1 conflict to review."
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[0] == "Position of G77"
    assert row[1] == f"OP2 of {DEMO_SYMBOL}"
    assert row[2].startswith("yours · ") and row[3].startswith("Laptop A · ")
    assert "1 conflict to review" in view.status.text() and "Laptop B" in view.status.text()
    for word in ("Table", "Row", "Fields", "position"):
        assert word not in " ".join([*row, view.status.text()])

    view.table.selectRow(0)
    assert view.ours_title.text().startswith("Your version (Laptop B, ")
    assert view.ours_title.text().endswith("in effect now")
    assert view.theirs_title.text().startswith("Their version (Laptop A, ")
    assert "▶ Stance: " in view.ours.toPlainText() and "amends" in view.ours.toPlainText()
    assert "▶ Proposed wording: replace with X" in view.ours.toPlainText()
    assert "opposes" in view.theirs.toPlainText() and "delete OP2" in view.theirs.toPlainText()
    assert view.keep_ours.text().replace("&", "") == "Keep your version"

    view.keep_theirs.click()  # Laptop A's version stays for everyone
    assert view.model.rowCount() == 0
    kept = positions.get_position(b, position)
    assert (kept.stance.value, kept.wording) == ("oppose", "delete OP2")
    assert view.undo_stack.undoText() == "Keep their version: Position of G77"
    view.undo_stack.undo()  # your version is back, and the conflict open again
    kept = positions.get_position(b, position)
    assert (kept.stance.value, kept.wording) == ("amend", "replace with X")
    assert view.model.rowCount() == 1
    view.undo_stack.redo()
    assert positions.get_position(b, position).stance.value == "oppose"
    assert view.model.rowCount() == 0


def test_the_team_s_latest_changes_say_what_by_whom_and_when(
    qtbot: QtBot, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    load_demo(a)
    positions.add_position(
        a, document=DEMO_SYMBOL, paragraph="OP2", party="G77", stance="support", source="floor"
    )
    sync.export_bundle(a, tmp_path / "0.wsisdesk")
    sync.import_bundle(b, tmp_path / "0.wsisdesk")
    view = SyncView(b, SyncTaskRunner())
    qtbot.addWidget(view)
    view.refresh()
    rows = [
        [view.changes.index(r, c).data() for c in range(4)] for r in range(view.changes.rowCount())
    ]
    assert ["Position of G77", f"OP2 of {DEMO_SYMBOL}", "Laptop A"] in [r[:3] for r in rows]
    assert all(r[2] == "Laptop A" and r[3] for r in rows), "only other laptops' changes"


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    _concurrent_edit(a, b, tmp_path)
    sync.import_bundle(b, tmp_path / "1.wsisdesk")
    view = SyncView(b, SyncTaskRunner())
    qtbot.addWidget(view)
    view.refresh()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.changes)


def test_sync_now_syncs_the_folder_and_sums_it_up_in_the_status_bar(
    qtbot: QtBot,
    laptops: tuple[Workspace, Workspace],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    a, b = laptops
    load_demo(a)
    folder = tmp_path / "shared"
    folder.mkdir()
    sync.sync_folder(a, folder)
    (sent_by_a,) = folder.rglob("*.wsisdesk")
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kw: asked.append("x") or ("", True))
    )
    win = MainWindow(b, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.settings.setValue("sync/folder", str(folder))
    win.show_view("sync")
    view = win.work_area.view("sync")
    view.show_reports = False
    view.sync_now_button.click()

    mine = [p for p in folder.rglob("*.wsisdesk") if p != sent_by_a]
    assert len(mine) == 1, "B wrote its own bundle into its own sub-folder"
    received = len(_records(sent_by_a))
    sent = len(_records(mine[0]))
    expected = f"Sync done: received {received} changes, sent {sent}, 0 conflicts to review."
    assert view.summary.text() == expected
    assert win.statusBar().currentMessage() == expected
    assert "last sync" in win.team.status_label.text()
    assert win.library.version_indexes(), "the synced-in drafts are in the library"

    view.sync_now_button.click()  # the passphrase was asked once, the folder remembered
    assert asked == ["x"]
    assert view.summary.text() == "Sync done: received 0 changes, sent 0, 0 conflicts to review."

    # The team turns encryption on: B's held (empty) passphrase cannot read A's new bundle;
    # the summary says so and the next Sync now asks for the passphrase again.
    positions.add_position(
        a, document=DEMO_SYMBOL, paragraph="OP3", party="EU", stance="support", source="floor"
    )
    sync.sync_folder(a, folder, passphrase="team secret")
    view.sync_now_button.click()
    assert asked == ["x"]
    assert view.summary.text().endswith("1 bundle could not be read.")
    assert win.statusBar().currentMessage() == view.summary.text()
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *args, **kw: asked.append("y") or ("team secret", True)),
    )
    view.sync_now_button.click()
    assert asked == ["x", "y"]
    assert view.summary.text().startswith("Sync done: received 1 change,")


def test_a_matrix_cell_shows_the_party_s_stance_history_with_its_source(
    qtbot: QtBot, laptops: tuple[Workspace, Workspace]
) -> None:
    a, _b = laptops
    load_demo(a)
    first = positions.add_position(
        a,
        document=DEMO_SYMBOL,
        paragraph="OP3",
        party="AOSIS",
        stance="support",
        source="floor",
        source_text="AOSIS can go along with OP3",
        meeting="Informals, 14 Oct",
    )
    positions.add_position(
        a,
        document=DEMO_SYMBOL,
        paragraph="OP3",
        party="AOSIS",
        stance="red_line",
        source="written",
        source_text="Letter of 20 Nov: OP3 must keep 'small island developing States'",
    )
    win = MainWindow(a, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    win.show_view("matrix")
    matrix = win.work_area.view("matrix")
    model = matrix.model
    cells = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(MatrixModel.KEY_ROLE) == ("AOSIS", first.lineage_id)
    ]
    assert len(cells) == 1
    matrix.table.setCurrentIndex(cells[0])
    assert win.inspector_tabs.currentWidget() is win.inspector_tabs._stance_page
    panel = win.inspector_tabs.stance
    assert panel.heading.text() == f"AOSIS on OP3 of {DEMO_SYMBOL}"
    text = panel.entries.toPlainText()
    assert text.index("AOSIS can go along with OP3") < text.index("Letter of 20 Nov")
    assert "supports" in text and "red line" in text
    assert "Source: floor · Informals, 14 Oct" in text and "Source: written" in text
    assert "by Laptop A" in text


def test_the_sync_view_lists_the_conflicts_the_first_time_it_is_shown(
    qtbot: QtBot, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    _concurrent_edit(a, b, tmp_path)
    sync.import_bundle(b, tmp_path / "1.wsisdesk")
    win = MainWindow(b, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    win.show_view("sync")
    view = win.work_area.view("sync")
    assert view.model.rowCount() == 1
    assert "1 conflict to review" in view.status.text()
