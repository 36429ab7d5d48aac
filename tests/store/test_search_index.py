"""The FTS5 paragraph index on real SQLite files: kept right by every write path, built by 0006."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from wsis_desk.core.search_text import index_text
from wsis_desk.services.documents import import_file
from wsis_desk.services.sync import import_bundle
from wsis_desk.services.sync_export import export_bundle
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.db import make_engine, open_database
from wsis_desk.store.migrate import SCHEMA_HEAD, current_revision
from wsis_desk.store.search import rebuild_index

V1 = "The General Assembly,\n\n1. Decides to bridge the digital divide;\n\n2. Requests a report;\n"
V2 = (
    "The General Assembly,\n\n1. Décide de réduire la fracture numérique;\n\n"
    "2. 决定弥合数字鸿沟；\n\n3. يقرر سد الفجوة الرقمية؛\n"
)


def _import(ws: Workspace, tmp: Path, text: str, label: str, doc: str = "Draft") -> None:
    path = tmp / f"{doc}-{label}.txt"
    path.write_text(text, encoding="utf-8")
    import_file(ws, path, document=doc, label=label)


def _index(path: Path) -> dict[int, str]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT rowid, body FROM paragraph_search"))


def _expected(path: Path) -> dict[int, str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r: index_text(t) for r, t in conn.execute("SELECT rowid, text FROM paragraph")}


def _matches(path: Path, expression: str) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [
            t
            for (t,) in conn.execute(
                "SELECT p.text FROM paragraph_search s JOIN paragraph p ON p.rowid = s.rowid "
                "WHERE paragraph_search MATCH ? ORDER BY p.rowid",
                (expression,),
            )
        ]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    yield workspace
    workspace.close()


def test_import_indexes_every_paragraph_folded(ws: Workspace, tmp_path: Path) -> None:
    _import(ws, tmp_path, V1, "Rev.1")
    _import(ws, tmp_path, V2, "Rev.2")
    assert _index(ws.db.path) == _expected(ws.db.path)
    assert len(_index(ws.db.path)) == 7
    assert _matches(ws.db.path, '"numerique"') == ["Décide de réduire la fracture numérique;"]
    assert _matches(ws.db.path, '"数 字"') == ["决定弥合数字鸿沟；"]  # a two-character word
    assert _matches(ws.db.path, '"الرقميه"') == ["يقرر سد الفجوة الرقمية؛"]  # ة folded to ه


def test_deleting_a_version_cascades_into_the_index(ws: Workspace, tmp_path: Path) -> None:
    _import(ws, tmp_path, V1, "Rev.1")
    _import(ws, tmp_path, V2, "Rev.2")
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM version WHERE label = 'Rev.1'")
    assert _index(ws.db.path) == _expected(ws.db.path)
    assert _matches(ws.db.path, '"digital"') == []
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM document")
    assert _index(ws.db.path) == {}


def test_a_changed_text_is_reindexed(ws: Workspace, tmp_path: Path) -> None:
    _import(ws, tmp_path, V1, "Rev.1")
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE paragraph SET text = 'Welcomes Ａｒｔ. 6' WHERE ordinal = 1")
        conn.exec_driver_sql("UPDATE paragraph SET lineage_id = 'moved' WHERE ordinal = 2")
    assert _index(ws.db.path) == _expected(ws.db.path)
    assert _matches(ws.db.path, '"art 6"') == ["Welcomes Ａｒｔ. 6"]


def test_paragraphs_arriving_by_sync_are_indexed(ws: Workspace, tmp_path: Path) -> None:
    _import(ws, tmp_path, V1, "Rev.1")
    _import(ws, tmp_path, V2, "Rev.2")
    bundle = tmp_path / "all.wsisdesk"
    export_bundle(ws, bundle)
    other = open_workspace(tmp_path / "other")
    try:
        import_bundle(other, bundle)
        assert len(_index(other.db.path)) == 7
        assert _index(other.db.path) == _expected(other.db.path)
        import_bundle(other, bundle, recheck=True)  # idempotent: nothing indexed twice
        assert len(_index(other.db.path)) == 7
    finally:
        other.close()


def test_rebuild_gives_the_same_index(ws: Workspace, tmp_path: Path) -> None:
    _import(ws, tmp_path, V2, "Rev.1")
    before = _index(ws.db.path)
    with ws.db.sessions.begin() as session:
        assert rebuild_index(session) == len(before)
    assert _index(ws.db.path) == before


def test_upgrading_from_0005_keeps_versions_and_builds_the_index(tmp_path: Path) -> None:
    from alembic import command

    from wsis_desk.store.migrate import alembic_config

    home = tmp_path / "old"
    old = open_workspace(home)
    _import(old, tmp_path, V1, "Rev.1")
    _import(old, tmp_path, V2, "Rev.2")
    old.close()
    path = home / "wsis_desk.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:  # back to the schema of the previous release
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        versions = conn.execute("SELECT label FROM version ORDER BY seq").fetchall()
    assert not {n for n in names if n.startswith("paragraph_search")}
    assert versions == [("Rev.1",), ("Rev.2",)]

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT label FROM version ORDER BY seq").fetchall() == versions
        assert conn.execute("SELECT count(*) FROM paragraph").fetchone() == (7,)
    assert _index(path) == _expected(path)
    assert _matches(path, '"数"') == ["决定弥合数字鸿沟；"]
    (backup,) = (tmp_path / "backups").iterdir()
    assert "0005" in backup.name
