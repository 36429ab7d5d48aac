"""The long jobs the window can cancel stop at their checkpoint and leave nothing half-done:
an import stores nothing, a pack writes and records nothing, a sync takes whole bundles only."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.formats.docx_factory import make_docx
from wsis_desk.services import interventions as iv
from wsis_desk.services import sync
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import import_file
from wsis_desk.services.library import library_tree
from wsis_desk.services.packs import PackRequest, ParagraphSpec, export_pack
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.orm import PackRow


class Stop(Exception):
    """What the Cancel button's check raises."""


def _stop() -> None:
    raise Stop


def _versions(ws: object) -> int:
    return sum(len(d.versions) for p in library_tree(ws) for d in p.documents)  # type: ignore[arg-type]


def test_a_cancelled_import_stores_nothing(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "home")
    try:
        draft = tmp_path / "draft.docx"
        draft.write_bytes(make_docx(["1. Decides to act;", "2. Requests a report;"]))
        calls: list[int] = []
        with pytest.raises(Stop):
            import_file(ws, draft, document="Draft", checkpoint=lambda: calls.append(1) or _stop())
        assert calls == [1] and _versions(ws) == 0
        import_file(ws, draft, document="Draft", checkpoint=lambda: None)
        assert _versions(ws) == 1
    finally:
        ws.close()


def test_a_cancelled_pack_writes_and_records_nothing(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "home")
    try:
        load_demo(ws)
        out = tmp_path / "pack.pdf"
        request = PackRequest(paragraphs=(ParagraphSpec.parse(f"{DEMO_SYMBOL}:Rev.2:OP2"),))
        with pytest.raises(Stop):
            export_pack(ws, request, out, checkpoint=_stop)
        assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "home"]
        with ws.db.sessions() as session:
            assert list(session.scalars(select(PackRow))) == []
        assert export_pack(ws, request, out).path == out  # recorded as the first, once written
    finally:
        ws.close()


def test_a_cancelled_sync_takes_whole_bundles_and_the_rest_next_time(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        iv.add_intervention(b, title="On PP3", text="We propose to retain PP3.")
        sync.sync_folder(b, folder)
        iv.add_intervention(b, title="On OP5", text="We support OP5.")
        sync.sync_folder(b, folder)  # two bundles of b's wait in the folder
        checks: list[int] = []

        def after_one() -> None:
            checks.append(1)
            if len(checks) == 2:
                raise Stop

        with pytest.raises(Stop):
            sync.sync_folder(a, folder, checkpoint=after_one)
        assert [i.title for i in iv.list_interventions(a)] == ["On PP3"]  # the first, whole
        assert list((folder / sync.site_info(a)[0]).iterdir()) == []  # nothing of a's written
        sync.sync_folder(a, folder)
        assert sorted(i.title for i in iv.list_interventions(a)) == ["On OP5", "On PP3"]
    finally:
        a.close()
        b.close()
