"""The sync store: what a merge writes comes back byte for byte, values are bound (never
spliced into SQL), and the sync services reach the database only through it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.sync_io import sync_store
from wsis_desk.store.sync_tables import table_spec

HOSTILE = '\'); DROP TABLE pack; -- "quoted" ? :name %s {0} \x00 ünï 中文'
SITE = "0b9c0c8e-0000-4000-8000-000000000001"
SYNC_SERVICES = ("sync.py", "sync_apply.py", "sync_export.py", "sync_import.py", "sync_rows.py")
SYNC_SERVICES += ("sync_versions.py", "conflicts.py")
SYNC_STORE = ("sync_io.py", "conflicts_repo.py", "lineage_moves.py")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "data")
    yield opened  # type: ignore[misc]
    opened.close()


def _pack(ident: str, title: str, clock: str) -> dict[str, object]:
    return {
        "id": ident,
        "title": title,
        "meeting": title,
        "items_json": "[]",
        "options_json": "{}",
        "created_at": "2026-12-07T10:00:00+00:00",
        "updated_at": "2026-12-07T10:00:00+00:00",
        "hlc": clock,
        "parent_hlc": None,
        "origin": SITE,
        "deleted": False,
    }


def test_inserts_updates_and_replacements_keep_hostile_values_as_given(ws: Workspace) -> None:
    pack, blob = table_spec("pack"), table_spec("blob")
    assert pack is not None and blob is not None
    first = _pack("p1", HOSTILE, "0001765000000000-0000-a")
    stored_blob = {"sha256": "ab" * 32, "size": 3, "created_at": "2026-12-07", "data": b"abc"}
    with sync_store(ws.db, write=True) as io:
        io.write_merge(
            inserts={"pack": [first], "blob": [stored_blob]},
            updates={},
            replaced={},
            revisions=[],
            conflicts=[],
        )
    with sync_store(ws.db) as io:
        assert io.rows_by_id(pack, ["p1"])["p1"] == first
        assert io.stored_values(blob, ["ab" * 32], "created_at") == {"ab" * 32: "2026-12-07"}
    edited = {**first, "title": HOSTILE[::-1], "hlc": "0001765000000001-0000-a", "deleted": True}
    with sync_store(ws.db, write=True) as io:
        io.write_merge(
            inserts={},
            updates={"pack": [edited]},
            replaced={"blob": [{"sha256": "ab" * 32, "created_at": HOSTILE}]},
            revisions=[],
            conflicts=[],
        )
    with sync_store(ws.db) as io:
        assert io.rows_by_id(pack, ["p1"])["p1"] == edited
        assert io.stored_values(blob, ["ab" * 32], "created_at") == {"ab" * 32: HOSTILE}
        assert io.shared_rows()["pack"][0]["title"] == HOSTILE[::-1]
        assert len(io.rows_by_id(blob, ["ab" * 32])) == 1  # the table is still there
        every = io.editable_rows(pack, None)
    assert [dict(zip(every.columns, r, strict=True)) for r in every.rows] == [edited]


def test_a_write_that_fails_writes_nothing(ws: Workspace) -> None:
    pack = table_spec("pack")
    assert pack is not None
    row = _pack("p2", "kept?", "0001765000000000-0000-a")
    with pytest.raises(Exception), sync_store(ws.db, write=True) as io:  # noqa: B017
        io.write_merge(
            inserts={"pack": [row, row]}, updates={}, replaced={}, revisions=[], conflicts=[]
        )  # the same key twice
    with sync_store(ws.db) as io:
        assert io.rows_by_id(pack, ["p2"]) == {}


def _tree(folder: str, name: str) -> ast.Module:
    path = PROJECT_ROOT / "wsis_desk" / folder / name
    return ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SYNC_SERVICES)
def test_the_sync_services_import_no_sqlalchemy_and_no_orm_rows(name: str) -> None:
    imported = set()
    for node in ast.walk(_tree("services", name)):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {m for m in imported if m.startswith("sqlalchemy")}
    assert "wsis_desk.store.orm" not in imported
    assert "wsis_desk.store.editing" not in imported  # its functions hand out ORM rows


SQL_START = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", '"', "(")


@pytest.mark.parametrize(
    ("folder", "name"),
    [("services", n) for n in SYNC_SERVICES] + [("store", n) for n in SYNC_STORE],
)
def test_no_sql_is_built_by_formatting_strings(folder: str, name: str) -> None:
    for node in ast.walk(_tree(folder, name)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in (
            "exec_driver_sql",
            "execute",
            "text",
        ):
            for arg in node.args[:1]:
                assert not isinstance(arg, ast.JoinedStr | ast.BinOp), (name, node.lineno)
        if isinstance(node, ast.JoinedStr):
            head = next((v.value for v in node.values if isinstance(v, ast.Constant)), "")
            assert not str(head).lstrip().upper().startswith(SQL_START[:5]), (name, node.lineno)
