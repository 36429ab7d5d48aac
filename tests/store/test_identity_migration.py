"""Migration 0008: versions and paragraphs of an existing database take their derived ids, and
what pointed at them follows; two laptops that imported the same draft then converge."""

from __future__ import annotations

import hashlib
from pathlib import Path

from alembic import command

from wsis_desk.core.identity import paragraph_id, version_id
from wsis_desk.services import sync
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.db import make_engine
from wsis_desk.store.migrate import alembic_config

_ROWS = (
    "INSERT INTO blob (sha256, size, data, created_at) VALUES ('{blob}', 64, x'{hex}', 't')",
    "INSERT INTO document (id, title, created_at, hlc, origin) "
    "VALUES ('d1', 'Res', '2025-11-01T00:00:00+00:00', '', '')",
    "INSERT INTO version (id, document_id, seq, label, circulated_at, imported_at, source_name, "
    "source_format, content_sha256, blob_sha256, status, diagnostics_json) VALUES "
    "('{vid}', 'd1', {seq}, '{label}', {circulated}, '2025-11-0{seq}T00:00:00+00:00', 'a.txt', "
    "'txt', '{sha}', '{blob}', 'draft', '[]')",
    "INSERT INTO paragraph (id, version_id, ordinal, label, kind, text, lineage_id, "
    "footnotes_json, comments_json) VALUES "
    "('{pid}', '{vid}', 0, 'OP1', 'operative', 'Decides {sha}', 'L-{sha}', '[]', '[]')",
    "INSERT INTO position (id, document_id, lineage_id, stance, wording, source, source_text, "
    "anchor_text, recorded_at, version_id, note, updated_at, hlc, origin, deleted) VALUES "
    "('pos-{vid}', 'd1', 'L-{sha}', 'support', '', 'observed', '', '', 't', '{vid}', '', 't', "
    "'', '', 0)",
)


def _old_database(root: Path, versions: list[tuple[str, str, int, str, str | None]]) -> None:
    root.mkdir()
    engine = make_engine(root / "wsis_desk.sqlite3")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007")
        for n, (vid, sha, seq, label, circulated) in enumerate(versions):
            for sql in _ROWS[1:2] if n == 0 else ():
                conn.exec_driver_sql(sql)
            when = f"'{circulated}'" if circulated else "NULL"
            for sql in (_ROWS[0], *_ROWS[2:]):
                conn.exec_driver_sql(
                    sql.format(
                        vid=vid,
                        sha=sha,
                        seq=seq,
                        label=label,
                        circulated=when,
                        pid=f"p-{vid}",
                        blob=hashlib.sha256(sha.encode()).hexdigest(),
                        hex=sha.encode().hex(),
                    )
                )
    engine.dispose()


def test_upgrade_derives_ids_moves_references_and_renumbers(tmp_path: Path) -> None:
    _old_database(
        tmp_path / "a",
        [
            ("v-late", "a" * 64, 1, "Version 1", "2025-11-20T09:00+00:00"),
            ("v-early", "b" * 64, 2, "Zero draft", "2025-11-10T09:00+00:00"),
        ],
    )
    ws = open_workspace(tmp_path / "a")
    try:
        with ws.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, seq, label, asked_label FROM version ORDER BY seq"
            ).all()
            early, late = version_id("d1", "b" * 64), version_id("d1", "a" * 64)
            # circulation order now; the default label follows the number, the asked one stays
            assert [tuple(r) for r in rows] == [
                (early, 1, "Zero draft", "Zero draft"),
                (late, 2, "Version 2", None),
            ]
            paragraphs = dict(conn.exec_driver_sql("SELECT id, version_id FROM paragraph").all())
            assert paragraphs == {paragraph_id(early, 0): early, paragraph_id(late, 0): late}
            positions = dict(conn.exec_driver_sql("SELECT id, version_id FROM position").all())
            assert positions == {"pos-v-late": late, "pos-v-early": early}
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        ws.close()


def test_two_migrated_laptops_that_imported_the_same_draft_converge(tmp_path: Path) -> None:
    _old_database(tmp_path / "a", [("va", "c" * 64, 1, "Rev.1", None)])
    _old_database(tmp_path / "b", [("vb", "c" * 64, 1, "Rev.1", None)])
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        for src, dst, name in ((a, b, "a"), (b, a, "b"), (a, b, "a2")):
            path = tmp_path / f"{name}.wsisdesk"
            sync.export_bundle(src, path)
            sync.import_bundle(dst, path)
        assert sync.export_state(a) == sync.export_state(b)
        assert sync.export_state(a).count('"content_sha256": "' + "c" * 64) == 1
    finally:
        a.close()
        b.close()
