"""Bundle numbers survive a backup restore; clocks stay bounded; a bundle in the wrong
sub-folder is named, not imported (issue 16)."""

from __future__ import annotations

import os
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from tests.services.sync_sites import put_pack
from wsis_desk.core.hlc import MAX_COUNTER, Hlc, repair, tick
from wsis_desk.services import backups, sync
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.orm import SiteRow


def test_after_a_restore_the_next_bundle_number_is_new_and_teammates_take_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        put_pack(a, "p1", title="before the backup")
        sync.sync_folder(a, folder)
        backup = backups.create_backup(a)
        put_pack(a, "p2", title="after the backup")
        sync.sync_folder(a, folder)  # bundle #2, which B takes
        sync.sync_folder(b, folder)
        a, _info = backups.restore_backup(a, backup.id)
        put_pack(a, "p3", title="new work after the restore")
        report = sync.sync_folder(a, folder)
        assert report.written is not None and report.written.sequence == 3  # not #2 again
        # and the work the restore took away comes back from our own bundle in the folder
        assert '"title": "after the backup"' in sync.export_state(a)
        sync.sync_folder(b, folder)
        assert "new work after the restore" in sync.export_state(b)
        sync.sync_folder(a, folder)
        assert sync.export_state(a) == sync.export_state(b)
    finally:
        a.close()
        b.close()


def test_a_bundle_in_another_laptops_sub_folder_is_named_and_not_imported(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b, c = (open_workspace(tmp_path / n) for n in "abc")
    try:
        sync.set_site_name(a, "Laptop A")
        put_pack(a, "p1", title="from A")
        written = sync.sync_folder(a, folder).written
        assert written is not None
        b_id = sync.site_info(b)[0]
        (folder / b_id).mkdir()
        shutil.copyfile(written.path, folder / b_id / "7.wsisdesk")
        shutil.rmtree(folder / sync.site_info(a)[0])
        before = sync.export_state(c)
        report = sync.sync_folder(c, folder)
        assert report.imported == ()
        (error,) = report.errors
        assert "'Laptop A'" in error and "another laptop's sub-folder" in error
        assert sync.export_state(c) == before
    finally:
        for ws in (a, b, c):
            ws.close()


def test_syncthing_leftovers_are_never_imported(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        put_pack(a, "p1", title="from A")
        written = sync.sync_folder(a, folder).written
        assert written is not None
        sub = written.path.parent
        data = written.path.read_bytes()
        (sub / "1.sync-conflict-20251120-090000-ABCDEFG.wsisdesk").write_bytes(data)
        (sub / ".syncthing.2.wsisdesk.tmp").write_bytes(data[:100])
        (sub / "~syncthing~2.wsisdesk.tmp").write_bytes(data[:100])
        put_pack(a, "p2", title="second")
        second = sync.sync_folder(a, folder).written
        assert second is not None and second.sequence == 2
        whole = second.path.read_bytes()
        second.path.write_bytes(whole[: len(whole) // 2])  # still being copied in
        first = sync.sync_folder(b, folder)
        assert [r.sequence for r in first.imported] == [1]
        assert first.errors == ()  # just written: left for the next sync, not reported
        old = time.time() - 600
        os.utime(second.path, (old, old))  # ten minutes on, still cut short: say so
        stuck = sync.sync_folder(b, folder)
        assert stuck.imported == () and len(stuck.errors) == 1
        assert "2.wsisdesk" in stuck.errors[0] and "damaged" in stuck.errors[0]
        second.path.write_bytes(whole)  # the copy completes
        then = sync.sync_folder(b, folder)
        assert [r.sequence for r in then.imported] == [2] and then.errors == ()
        assert sync.sync_folder(b, folder).imported == ()  # never twice
        assert "second" in sync.export_state(b)
    finally:
        a.close()
        b.close()


def test_clock_counters_never_overflow_and_an_overflowed_one_is_mended() -> None:
    full = Hlc(1_000, MAX_COUNTER, "s")
    nxt = tick(full, 0, "s")
    assert nxt > full and Hlc.decode(nxt.encode()) == nxt
    assert repair("0000000000001000-100000-s") == Hlc(1_001, 0, "s")
    assert repair("not a clock") is None


def test_a_laptop_whose_own_clock_ran_ahead_is_warned_and_still_edits(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "a")
    try:
        ahead = datetime.now(UTC) + timedelta(days=400)
        put_pack(ws, "p1", title="stamped in the future", now=ahead)
        warning = sync.clock_ahead(ws)
        assert warning and "run ahead" in warning
        assert sync.clock_ahead(ws, horizon=timedelta(days=500)) is None
        with ws.db.sessions.begin() as session:  # as an older version could leave it
            site = session.scalars(select(SiteRow).where(SiteRow.is_local.is_(True))).one()
            site.last_hlc = f"{int(ahead.timestamp() * 1000):016d}-100000-{site.id}"
        put_pack(ws, "p1", title="still works")
        assert "still works" in sync.export_state(ws)
    finally:
        ws.close()


def test_the_horizon_is_configurable(tmp_path: Path) -> None:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        put_pack(a, "p1", title="two days ahead", now=datetime.now(UTC) + timedelta(days=2))
        path = tmp_path / "a.wsisdesk"
        sync.export_bundle(a, path)
        try:
            sync.import_bundle(b, path)
        except sync.WsisDeskError as exc:
            assert "ahead of this laptop's clock" in str(exc)
        else:
            raise AssertionError("a clock two days ahead was taken")
        sync.import_bundle(b, path, horizon=timedelta(hours=72))
        assert "two days ahead" in sync.export_state(b)
    finally:
        a.close()
        b.close()


def test_a_delta_taken_out_of_order_is_not_confirmed_as_if_the_earlier_ones_were_held(
    tmp_path: Path,
) -> None:
    a, b, c = (open_workspace(tmp_path / n) for n in "abc")
    try:
        put_pack(a, "p1", title="in A's first bundle only")
        sync.export_bundle(a, tmp_path / "a1.wsisdesk")  # full, for B
        sync.import_bundle(b, tmp_path / "a1.wsisdesk")
        sync.export_bundle(b, tmp_path / "b1.wsisdesk")
        sync.import_bundle(a, tmp_path / "b1.wsisdesk")  # B confirmed A's #1
        put_pack(a, "p2", title="in A's second bundle")
        b_id, c_id = sync.site_info(b)[0], sync.site_info(c)[0]
        sync.export_bundle(a, tmp_path / "a2.wsisdesk", delta_for=b_id)  # since #1
        sync.import_bundle(c, tmp_path / "a2.wsisdesk")  # C takes it, never having had #1
        sync.export_bundle(c, tmp_path / "c1.wsisdesk")
        sync.import_bundle(a, tmp_path / "c1.wsisdesk")  # C's confirmation of A
        sync.export_bundle(a, tmp_path / "a3.wsisdesk", delta_for=c_id)
        sync.import_bundle(c, tmp_path / "a3.wsisdesk")
        assert "in A's first bundle only" in sync.export_state(c)
    finally:
        for ws in (a, b, c):
            ws.close()
