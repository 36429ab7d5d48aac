"""Migration 0005 adds sync columns in place: versions and paragraphs survive, rows get stamped."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from wsis_desk.services import sync
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.db import make_engine
from wsis_desk.store.migrate import alembic_config


def test_upgrade_from_0004_keeps_versions_and_old_rows_travel_once_stamped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wsis_desk.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        for sql in (
            "INSERT INTO blob (sha256, size, data, created_at) VALUES ('b', 1, x'00', 't')",
            "INSERT INTO process (id, title, created_at) VALUES ('p1', 'Process', 't')",
            "INSERT INTO document (id, process_id, title, created_at) "
            "VALUES ('d1', 'p1', 'Old draft', 't')",
            "INSERT INTO version (id, document_id, seq, label, imported_at, source_name, "
            "source_format, content_sha256, blob_sha256, status, diagnostics_json) "
            "VALUES ('v1', 'd1', 1, 'Zero draft', 't', 'a.txt', 'txt', 'c', 'b', 'draft', '[]')",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()

    ws = open_workspace(tmp_path)
    try:
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM version").scalar() == 1
            assert conn.exec_driver_sql("SELECT process_id FROM document").scalar() == "p1"
        report = sync.export_bundle(ws, tmp_path / "out.wsisdesk")
        assert report is not None and report.counts["document"] == 1
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT hlc FROM document").scalar() != ""
    finally:
        ws.close()
