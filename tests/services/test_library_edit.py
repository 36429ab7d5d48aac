"""Rename, move, delete and restore versions and documents on real SQLite files, and sync them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.sync_sites import open_sites
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.services import library_edit as edit
from wsis_desk.services import sync
from wsis_desk.services.conflicts import list_conflicts
from wsis_desk.services.demo import DEMO_DOCUMENT, load_demo
from wsis_desk.services.documents import import_file, list_documents, list_versions
from wsis_desk.services.library import library_tree
from wsis_desk.services.reading import read_version
from wsis_desk.services.workspace import Workspace

DEMO_LABELS = ["Zero draft", "Rev.1", "Rev.2"]
STRAY = "Matters relating to cooperative approaches (Article 6.2)"


@pytest.fixture
def sites(tmp_path: Path):
    opened = open_sites(tmp_path, 2)
    yield opened
    for ws in opened:
        ws.close()


def _labels(ws: Workspace, document: str = DEMO_DOCUMENT) -> list[str]:
    return [v.label for v in list_versions(ws, document)[1]]


def _tree_labels(ws: Workspace) -> dict[str, list[str]]:
    """What the window's library tree lists (the plain-sqlite3 read path)."""
    return {
        d.document.title: [v.label for v in d.versions]
        for p in library_tree(ws)
        for d in p.documents
    }


def _stray(ws: Workspace, tmp_path: Path, document: str = DEMO_DOCUMENT) -> str:
    """Import an unrelated draft as a fourth version of ``document``: the issue's mistake."""
    path = tmp_path / "art62.txt"
    path.write_text(
        "Matters relating to cooperative approaches referred to in Article 6, paragraph 2\n\n"
        "1. Decides that a cooperative approach is the voluntary participation of Parties;\n\n"
        "2. Requests the secretariat to publish the reports [in a timely manner];\n",
        encoding="utf-8",
    )
    return import_file(ws, path, document=document).version.id


def test_delete_leaves_every_list_and_the_numbering_and_restore_brings_it_back(
    sites, tmp_path: Path
) -> None:
    a, _ = sites
    load_demo(a)
    stray = _stray(a, tmp_path)
    assert _labels(a) == [*DEMO_LABELS, "Version 4"]
    gone = edit.delete_version(a, stray)
    assert gone.label == "Version 4" and gone.paragraphs == 3
    assert _labels(a) == DEMO_LABELS
    assert _tree_labels(a)[DEMO_DOCUMENT] == DEMO_LABELS
    assert read_version(a, DEMO_DOCUMENT).text.version.label == "Rev.2"  # latest is Rev.2 again
    assert list_documents(a)[0].versions == 3
    binned = edit.deleted_items(a).versions
    assert [(v.id, v.label, v.document_title) for v in binned] == [
        (stray, "Version 4", DEMO_DOCUMENT)
    ]
    # a next import is "Version 4", not "Version 5": the deleted one holds no number
    back = edit.restore_version(a, stray)
    assert back.label == "Version 4" and back.paragraphs == 3
    assert _labels(a) == [*DEMO_LABELS, "Version 4"]
    assert edit.deleted_items(a).versions == ()


def test_importing_a_deleted_draft_again_takes_it_out_of_the_bin(sites, tmp_path: Path) -> None:
    a, _ = sites
    load_demo(a)
    stray = _stray(a, tmp_path)
    edit.delete_version(a, stray)
    again = import_file(a, tmp_path / "art62.txt", document=DEMO_DOCUMENT)
    assert again.version.id == stray and not again.already_imported
    assert _labels(a) == [*DEMO_LABELS, "Version 4"]


def test_rename_version_and_a_clash_changes_nothing(sites, tmp_path: Path) -> None:
    a, _ = sites
    load_demo(a)
    rev1 = edit.find_version(a, DEMO_DOCUMENT, "Rev.1")
    renamed = edit.rename_version(a, rev1.id, "  Rev.1   (corrected) ")
    assert renamed.label == "Rev.1 (corrected)"
    assert _labels(a) == ["Zero draft", "Rev.1 (corrected)", "Rev.2"]
    # a rename is no label clash: nothing says "imported as 'Rev.1', a label another has"
    assert [v.asked_label for v in list_versions(a, DEMO_DOCUMENT)[1]] == [None, None, None]
    before = a.db.path.read_bytes()
    with pytest.raises(WsisDeskError, match=r"labelled 'Rev\.2'"):
        edit.rename_version(a, rev1.id, "rev.2")
    assert a.db.path.read_bytes() == before
    assert edit.rename_version(a, rev1.id, None).label == "Rev.1"  # back to the asked label


def test_move_version_to_a_new_document_and_back(sites, tmp_path: Path) -> None:
    a, _ = sites
    load_demo(a)
    stray = _stray(a, tmp_path)
    moved = edit.move_version(a, stray, document=STRAY)
    assert moved.created_document and moved.source.id == stray
    assert moved.moved.id != stray and moved.moved.paragraphs == 3
    assert _labels(a) == DEMO_LABELS
    assert _labels(a, STRAY) == ["Version 1"]  # numbered there, not "Version 4"
    text = read_version(a, STRAY).text
    assert [p.label for p in text.paragraphs][-2:] == ["OP1", "OP2"]
    assert all(p.text for p in text.paragraphs)
    # undo = the copy to the bin, the original back
    edit.delete_version(a, moved.moved.id)
    edit.restore_version(a, stray)
    assert _labels(a) == [*DEMO_LABELS, "Version 4"]
    assert _labels(a, STRAY) == []
    with pytest.raises(WsisDeskError, match="already in"):
        edit.move_version(a, stray, document=DEMO_DOCUMENT)


def test_delete_and_restore_a_document(sites, tmp_path: Path) -> None:
    a, _ = sites
    load_demo(a)
    doc = edit.document_id_for(a, DEMO_DOCUMENT)
    edit.delete_document(a, doc)
    assert list_documents(a) == [] and _tree_labels(a) == {}
    with pytest.raises(NotFoundError):
        read_version(a, DEMO_DOCUMENT)
    assert [d.title for d in edit.deleted_items(a).documents] == [DEMO_DOCUMENT]
    edit.restore_document(a, doc)
    assert _labels(a) == DEMO_LABELS
    renamed = edit.rename_document(a, doc, title="WSIS+20 outcome", symbol="")
    assert (renamed.title, renamed.symbol) == ("WSIS+20 outcome", None)
    assert _labels(a, "WSIS+20 outcome") == DEMO_LABELS


def test_unknown_ids_say_so_and_change_nothing(sites) -> None:
    a, _ = sites
    load_demo(a)
    before = a.db.path.read_bytes()
    for call in (
        lambda: edit.delete_version(a, "no-such-version"),
        lambda: edit.restore_version(a, "no-such-version"),
        lambda: edit.delete_document(a, "no-such-document"),
    ):
        with pytest.raises(NotFoundError, match=r"No (version|document) with id"):
            call()
    with pytest.raises(WsisDeskError, match="needs a title"):
        edit.rename_document(a, edit.document_id_for(a, DEMO_DOCUMENT), title="  ")
    assert a.db.path.read_bytes() == before


def _send(src: Workspace, dst: Workspace, path: Path) -> sync.ImportReport:
    sync.export_bundle(src, path)
    return sync.import_bundle(dst, path)


def test_delete_rename_move_and_restore_sync_between_two_laptops(sites, tmp_path: Path) -> None:
    a, b = sites
    load_demo(a)
    stray = _stray(a, tmp_path)
    _send(a, b, tmp_path / "1.wsisdesk")
    assert _labels(b) == [*DEMO_LABELS, "Version 4"]
    # A deletes the stray draft: B sees the deletion, and holds it in its bin
    edit.delete_version(a, stray)
    report = _send(a, b, tmp_path / "2.wsisdesk")
    assert report.tables["version_edit"].added == 1
    assert _labels(b) == DEMO_LABELS and _tree_labels(b)[DEMO_DOCUMENT] == DEMO_LABELS
    assert [v.id for v in edit.deleted_items(b).versions] == [stray]
    # B restores it and renames Rev.1: A sees both
    edit.restore_version(b, stray)
    rev1 = edit.find_version(b, DEMO_DOCUMENT, "Rev.1")
    edit.rename_version(b, rev1.id, "Rev.1 (informal)")
    _send(b, a, tmp_path / "3.wsisdesk")
    assert _labels(a) == ["Zero draft", "Rev.1 (informal)", "Rev.2", "Version 4"]
    # A moves it to a document of its own: B gets the new document and the tombstone
    moved = edit.move_version(a, stray, document=STRAY)
    _send(a, b, tmp_path / "4.wsisdesk")
    assert _labels(b) == ["Zero draft", "Rev.1 (informal)", "Rev.2"]
    assert _labels(b, STRAY) == ["Version 1"]
    assert read_version(b, STRAY).text.version.id == moved.moved.id
    assert sync.export_state(a) == sync.export_state(b)
    # a document deleted on B is deleted on A, and restorable there
    doc = edit.document_id_for(b, STRAY)
    edit.delete_document(b, doc)
    _send(b, a, tmp_path / "5.wsisdesk")
    assert STRAY not in _tree_labels(a)
    assert [d.title for d in edit.deleted_items(a).documents] == [STRAY]
    edit.restore_document(a, doc)
    assert _labels(a, STRAY) == ["Version 1"]


def test_a_delete_and_a_rename_made_apart_converge_and_the_loser_is_kept(
    sites, tmp_path: Path
) -> None:
    a, b = sites
    load_demo(a)
    _send(a, b, tmp_path / "0.wsisdesk")
    rev1 = edit.find_version(a, DEMO_DOCUMENT, "Rev.1").id
    edit.delete_version(a, rev1)  # on one laptop
    edit.rename_version(b, rev1, "Rev.1 (informal)")  # on the other, before they sync
    sync.export_bundle(a, tmp_path / "a.wsisdesk")
    sync.export_bundle(b, tmp_path / "b.wsisdesk")
    sync.import_bundle(a, tmp_path / "b.wsisdesk")
    sync.import_bundle(b, tmp_path / "a.wsisdesk")
    assert sync.export_state(a) == sync.export_state(b)  # the same winner on both
    assert _labels(a) == _labels(b) and _tree_labels(a) == _tree_labels(b)
    for ws in (a, b):
        (conflict,) = list_conflicts(ws)  # the losing edit is kept for review
        assert conflict.table == "version_edit" and conflict.row_id == rev1
