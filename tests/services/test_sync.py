"""Offline sync between real databases: bundles, merges, conflicts, folder, clocks, backups."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.services.sync_sites import delete_pack, open_sites, put_note, put_pack
from wsis_desk.core.hlc import Hlc
from wsis_desk.services import backups, conflicts, sync
from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import PackRow, RevisionRow


@pytest.fixture
def sites(tmp_path: Path):
    opened = open_sites(tmp_path, 3)
    yield opened
    for ws in opened:
        ws.close()


def _send(src: Workspace, dst: Workspace, path: Path, **kw: object) -> sync.ImportReport:
    sync.export_bundle(src, path, **kw)  # type: ignore[arg-type]
    return sync.import_bundle(dst, path)


def test_full_bundle_round_trip_and_reimport_changes_nothing(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    load_demo(a)
    iv.add_intervention(a, title="Opening", text="We welcome the zero draft.")
    report = _send(a, b, tmp_path / "a.wsisdesk")
    assert report.total("added") > 50 and report.backup is not None
    assert sync.export_state(a) == sync.export_state(b)
    before = (b.db.path.read_bytes(), sync.export_state(b))
    seen = sync.import_bundle(b, tmp_path / "a.wsisdesk")
    assert seen.already_imported and not seen.changed and seen.backup is None
    again = sync.import_bundle(b, tmp_path / "a.wsisdesk", recheck=True)  # merged again
    assert not again.changed and again.backup is None
    assert again.total("unchanged") == report.total("added")
    assert sync.export_state(b) == before[1]
    assert b.db.path.read_bytes() == before[0]


def test_encrypted_bundle_needs_the_passphrase(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    put_pack(a, "p1", title="Pack one")
    path = tmp_path / "a.wsisdesk"
    sync.export_bundle(a, path, passphrase="correct horse")
    assert b"records.jsonl" not in path.read_bytes()
    with pytest.raises(sync.WsisDeskError, match="give the team passphrase"):
        sync.import_bundle(b, path)
    with pytest.raises(sync.WsisDeskError, match="written with another passphrase"):
        sync.import_bundle(b, path, passphrase="battery staple")
    assert sync.import_bundle(b, path, passphrase="correct horse").total("added") == 1


def test_fast_forward_stale_and_tombstones(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    put_pack(a, "p1", title="v1")
    _send(a, b, tmp_path / "1.wsisdesk")
    put_pack(b, "p1", title="v2 by b")
    report = _send(b, a, tmp_path / "2.wsisdesk")
    assert report.tables["pack"].updated == 1 and not report.tables["pack"].conflicts
    stale = sync.import_bundle(b, tmp_path / "1.wsisdesk")  # the older bundle again
    assert not stale.changed
    delete_pack(a, "p1")
    _send(a, b, tmp_path / "3.wsisdesk")
    assert '"deleted": true' in sync.export_state(b)
    assert sync.export_state(a) == sync.export_state(b)


def test_concurrent_edits_pick_the_same_winner_and_keep_the_loser(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    put_pack(a, "p1", title="base")
    _send(a, b, tmp_path / "0.wsisdesk")
    put_pack(a, "p1", title="from a")
    put_pack(b, "p1", title="from b")
    sync.export_bundle(a, tmp_path / "a.wsisdesk")
    sync.export_bundle(b, tmp_path / "b.wsisdesk")
    ra = sync.import_bundle(a, tmp_path / "b.wsisdesk")
    rb = sync.import_bundle(b, tmp_path / "a.wsisdesk")
    assert ra.tables["pack"].conflicts == rb.tables["pack"].conflicts == 1
    assert sync.export_state(a) == sync.export_state(b)
    (ca,) = conflicts.list_conflicts(a)
    assert ca.changed_fields() == ["title"]
    assert {ca.winner["title"], ca.loser["title"]} == {"from a", "from b"}
    # resolving keeps the loser as a new edit that travels, and the conflict stays in history
    conflicts.resolve_conflict(a, ca.id, keep="theirs")
    assert conflicts.list_conflicts(a) == []
    (done,) = conflicts.list_conflicts(a, include_resolved=True)
    assert done.resolution == "theirs"
    _send(a, b, tmp_path / "c.wsisdesk", delta_for=sync.site_info(b)[0])
    assert sync.export_state(a) == sync.export_state(b)
    assert f'"title": "{ca.loser["title"]}"' in sync.export_state(b)


def test_non_overlapping_edits_of_a_long_text_merge_word_by_word(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    put_note(a, "n1", "Member States should ensure open and affordable access for all.")
    _send(a, b, tmp_path / "0.wsisdesk")
    put_note(a, "n1", "Member States shall ensure open and affordable access for all.")
    put_note(b, "n1", "Member States should ensure open, safe and affordable access for all.")
    sync.export_bundle(a, tmp_path / "a.wsisdesk")
    sync.export_bundle(b, tmp_path / "b.wsisdesk")
    assert sync.import_bundle(a, tmp_path / "b.wsisdesk").tables["note"].merged == 1
    assert sync.import_bundle(b, tmp_path / "a.wsisdesk").tables["note"].merged == 1
    state = sync.export_state(a)
    assert state == sync.export_state(b)
    assert "Member States shall ensure open, safe and affordable access for all." in state
    assert conflicts.list_conflicts(a) == []


def test_every_superseded_revision_is_kept(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    put_pack(a, "p1", title="one")
    put_pack(a, "p1", title="two")
    _send(a, b, tmp_path / "1.wsisdesk")
    put_pack(a, "p1", title="three")
    put_pack(b, "p1", title="four")
    _send(b, a, tmp_path / "2.wsisdesk")
    with a.db.sessions() as session:
        kept = {json.loads(r.data_json)["title"] for r in session.query(RevisionRow) if r.data_json}
        (current,) = [r.title for r in session.query(PackRow)]
    assert kept | {current} == {"one", "two", "three", "four"}  # nothing lost


def test_a_site_with_a_wrong_clock_still_orders_its_own_later_edits(sites) -> None:
    a, _, _ = sites
    now = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
    clocks = [
        put_pack(a, "p1", title=f"edit {i}", now=now - timedelta(hours=3 * i)) for i in range(5)
    ]
    assert clocks == sorted(clocks) and len(set(clocks)) == 5
    future = Hlc.decode(put_pack(a, "p2", title="ahead", now=now + timedelta(hours=9)))
    later = Hlc.decode(put_pack(a, "p1", title="back to normal", now=now))
    assert later > future


def test_a_remote_clock_ahead_by_hours_does_not_reorder_our_next_edit(sites, tmp_path) -> None:
    a, b, _ = sites
    now = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
    put_pack(a, "p1", title="from the future", now=now + timedelta(hours=6))
    _send(a, b, tmp_path / "a.wsisdesk")
    mine = put_pack(b, "p1", title="edited after seeing it", now=now)
    _send(b, a, tmp_path / "b.wsisdesk")
    assert "edited after seeing it" in sync.export_state(a)
    assert not conflicts.list_conflicts(a)
    assert Hlc.decode(mine).wall_ms >= int((now + timedelta(hours=6)).timestamp() * 1000)


def test_delta_bundles_hold_only_what_changed(sites, tmp_path: Path) -> None:
    a, b, _ = sites
    load_demo(a)
    for i in range(5):
        put_pack(a, f"p{i}", title=f"pack {i}")
    first = sync.export_bundle(a, tmp_path / "1.wsisdesk")
    assert first is not None and first.since is None
    sync.import_bundle(b, tmp_path / "1.wsisdesk")
    sync.export_bundle(b, tmp_path / "b.wsisdesk")
    sync.import_bundle(a, tmp_path / "b.wsisdesk")  # carries b's acknowledgement of #1
    put_pack(a, "p3", title="pack three, renamed")
    delta = sync.export_bundle(a, tmp_path / "2.wsisdesk", delta_for=sync.site_info(b)[0])
    assert delta is not None and delta.since == first.sequence
    assert delta.counts == {"pack": 1}
    since = sync.export_bundle(a, tmp_path / "3.wsisdesk", since=first.sequence)
    assert since is not None and since.counts == {"pack": 1}
    sync.import_bundle(b, tmp_path / "2.wsisdesk")
    assert sync.export_state(a) == sync.export_state(b)


def test_two_data_dirs_sharing_a_sync_folder_converge(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a = open_workspace(tmp_path / "a")
    b = open_workspace(tmp_path / "b")
    try:
        sync.set_site_name(a, "CSO laptop 1")
        load_demo(a)
        one = iv.add_intervention(a, title="On OP5", text="We support the text of OP5.")
        iv.add_intervention(b, title="On PP3", text="We propose to retain PP3.")
        first = sync.sync_folder(a, folder)
        assert first.written is not None and first.written.path.parent.name == sync.site_info(a)[0]
        sync.sync_folder(b, folder)
        sync.sync_folder(a, folder)
        assert sync.export_state(a) == sync.export_state(b)
        iv.edit_intervention(b, one.id, text="We strongly support the text of OP5.")
        sync.sync_folder(b, folder)
        third = sync.sync_folder(a, folder)
        assert [r.total("updated") for r in third.imported] == [1]
        assert sync.export_state(a) == sync.export_state(b)
        assert len(iv.list_interventions(b)) == len(iv.list_interventions(a)) >= 2
        quiet = sync.sync_folder(b, folder)
        assert quiet.written is None  # nothing new: no new file
        names = {p.relative_to(folder).parts[0] for p in folder.rglob("*.wsisdesk")}
        assert names == {sync.site_info(a)[0], sync.site_info(b)[0]}
        assert sync.last_sync_at(a) is not None
    finally:
        a.close()
        b.close()


def test_a_sync_with_the_wrong_passphrase_says_so_at_once(tmp_path: Path) -> None:
    """A teammate who syncs right after another laptop wrote its bundle, with a mistyped
    passphrase, is told so (not left to believe the sync went through)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    a = open_workspace(tmp_path / "a")
    b = open_workspace(tmp_path / "b")
    try:
        iv.add_intervention(a, title="On OP5", text="We support the text of OP5.")
        sync.sync_folder(a, folder, passphrase="team secret")
        wrong = sync.sync_folder(b, folder, passphrase="team secert")
        assert not wrong.imported and len(wrong.errors) == 1
        assert "written with another passphrase" in wrong.errors[0]
        assert iv.list_interventions(b) == []
        right = sync.sync_folder(b, folder, passphrase="team secret")
        assert not right.errors and [r.total("added") for r in right.imported] == [1]
    finally:
        a.close()
        b.close()


def test_backups_rotate_list_and_restore(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "d")
    put_pack(ws, "p1", title="before")
    made = [backups.create_backup(ws, keep=3) for _ in range(5)]
    listed = backups.list_backups(ws)
    assert len(listed) == 3 and listed[0].id == made[-1].id
    put_pack(ws, "p1", title="after")
    ws, restored = backups.restore_backup(ws, made[-1].id)
    try:
        assert restored.id == made[-1].id
        assert '"title": "before"' in sync.export_state(ws)
        assert any("before-restore" in b.id for b in backups.list_backups(ws))
        with closing(sqlite3.connect(ws.db.path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        ws.close()
