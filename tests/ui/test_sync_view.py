"""The sync panel: import shows a report, conflicts side by side, resolve buttons work."""

from __future__ import annotations

from pathlib import Path

from tests.services.sync_sites import put_pack
from wsis_desk.services import sync
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.sync_view import MergeReportDialog, SyncView


def test_import_conflict_and_resolve_from_the_panel(qtbot, tmp_path: Path) -> None:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        put_pack(a, "p1", title="base")
        sync.export_bundle(a, tmp_path / "0.wsisdesk")
        sync.import_bundle(b, tmp_path / "0.wsisdesk")
        put_pack(a, "p1", title="A's title")
        put_pack(b, "p1", title="B's title")
        sync.export_bundle(a, tmp_path / "a.wsisdesk")

        view = SyncView(b, SyncTaskRunner())
        view.show_reports = False
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.imported) as got:
            view.import_bundle(tmp_path / "a.wsisdesk")
        (report,) = got.args[0]
        assert report.total("conflicts") == 1
        assert view.model.rowCount() == 1 and "open conflicts: 1" in view.status.text()
        view.table.selectRow(0)
        assert "A's title" in view.ours.toPlainText() + view.theirs.toPlainText()
        assert view.keep_theirs.isEnabled()
        view.keep_theirs.click()
        assert view.model.rowCount() == 0
        dialog = MergeReportDialog([report])
        qtbot.addWidget(dialog)
        assert "1 conflicts" in dialog.text.toPlainText()

        failures: list[str] = []
        view.failed.connect(failures.append)
        view.import_bundle(tmp_path / "missing.wsisdesk")
        assert failures and "Cannot read" in failures[0]
        with qtbot.waitSignal(view.synced):
            folder = tmp_path / "shared"
            folder.mkdir()
            view.sync_folder(folder)
        with qtbot.waitSignal(view.exported):
            view.export_bundle(tmp_path / "out.wsisdesk")
    finally:
        a.close()
        b.close()


def test_conflict_model_passes_the_model_tester(qtmodeltester) -> None:
    from wsis_desk.ui.views.sync_view import ConflictTableModel

    qtmodeltester.check(ConflictTableModel())


def test_resolving_a_conflict_is_undone_with_the_undo_stack(qtbot, tmp_path: Path) -> None:
    from wsis_desk.services.conflicts import list_conflicts
    from wsis_desk.store.orm import PackRow

    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")

    def title() -> str:
        with b.db.sessions() as session:
            row = session.get(PackRow, "p1")
            assert row is not None
            return row.title

    try:
        put_pack(a, "p1", title="base")
        sync.export_bundle(a, tmp_path / "0.wsisdesk")
        sync.import_bundle(b, tmp_path / "0.wsisdesk")
        put_pack(a, "p1", title="A's title")
        put_pack(b, "p1", title="B's title")
        sync.export_bundle(a, tmp_path / "a.wsisdesk")
        sync.import_bundle(b, tmp_path / "a.wsisdesk")
        (conflict,) = list_conflicts(b)
        winner, loser = conflict.winner["title"], conflict.loser["title"]
        assert title() == winner and {winner, loser} == {"A's title", "B's title"}
        view = SyncView(b, SyncTaskRunner())
        qtbot.addWidget(view)
        view.refresh()
        view.table.selectRow(0)
        view.keep_theirs.click()
        assert title() == loser and view.model.rowCount() == 0
        assert view.undo_stack.undoText() == "Keep their version of a pack row"
        view.undo_stack.undo()  # the overwritten side comes back; the conflict is open again
        assert title() == winner and view.model.rowCount() == 1
        assert list_conflicts(b)[0].resolved_at is None
        view.undo_stack.redo()
        assert title() == loser and list_conflicts(b) == []
    finally:
        a.close()
        b.close()
