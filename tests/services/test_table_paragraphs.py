"""A Word table is one table paragraph that survives the store, a bundle and an old database."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from tests.formats.docx_factory import make_docx, para, table
from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.tables import grid_of
from wsis_desk.services import sync
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.db import make_engine
from wsis_desk.store.migrate import SCHEMA_HEAD, alembic_config

ROWS = [
    ["Party", "[Reported year]"],
    ["Version", "X.Y"],
    ["Date of submission", "dd/mm/yyyy"],
]


def _draft(path: Path) -> Path:
    body = [
        para("The Conference of the Parties,"),
        para("1. Decides to adopt the tables in the annex;"),
        para("Annex I"),
        para("Table 1"),
        table(ROWS),
    ]
    path.write_bytes(make_docx(body))
    return path


def _table(ws, document: str):  # type: ignore[no-untyped-def]
    [found] = [p for p in show_version(ws, document).paragraphs if p.kind is ParagraphKind.TABLE]
    return found


def test_a_table_survives_the_store_and_a_bundle_to_another_laptop(tmp_path: Path) -> None:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    try:
        import_file(a, _draft(tmp_path / "draft.docx"), document="Art. 6.2")
        stored = _table(a, "Art. 6.2")
        assert stored.label == "Annex I Table 1"
        assert grid_of(stored.text) == tuple(tuple(r) for r in ROWS)
        bundle = tmp_path / "a.wsisdesk"
        sync.export_bundle(a, bundle)
        sync.import_bundle(b, bundle)
        arrived = _table(b, "Art. 6.2")
        assert (arrived.label, arrived.kind) == (stored.label, ParagraphKind.TABLE)
        assert grid_of(arrived.text) == tuple(tuple(r) for r in ROWS)
    finally:
        a.close()
        b.close()


def test_a_database_made_before_table_paragraphs_opens_with_its_cells_kept(
    tmp_path: Path,
) -> None:
    root = tmp_path / "old"
    root.mkdir()
    engine = make_engine(root / "wsis_desk.sqlite3")
    config = alembic_config()
    with engine.begin() as conn:  # the schema of the code before this change, and its rows
        config.attributes["connection"] = conn
        command.upgrade(config, "0009")
        conn.exec_driver_sql(
            "INSERT INTO blob (sha256, size, data, created_at) VALUES ('b', 1, x'00', 't')"
        )
        conn.exec_driver_sql(
            "INSERT INTO document (id, title, created_at, hlc, origin) "
            "VALUES ('d1', 'Art. 6.2', '2024-11-14T00:00:00+00:00', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO version (id, document_id, seq, label, imported_at, source_name, "
            "source_format, content_sha256, blob_sha256, status, diagnostics_json) VALUES "
            "('v1', 'd1', 1, 'Zero draft', '2024-11-14T00:00:00+00:00', 'a.docx', 'docx', "
            "'c', 'b', 'draft', '[]')"
        )
        for n, cell in enumerate(["Party", "[Reported year]"]):  # one paragraph per cell
            conn.exec_driver_sql(
                "INSERT INTO paragraph (id, version_id, ordinal, label, kind, text, "
                f"footnotes_json, comments_json) VALUES ('p{n}', 'v1', {n}, '¶{n + 1}', "
                f"'other', '{cell}', '[]', '[]')"
            )
    engine.dispose()
    ws = open_workspace(root)
    try:
        with ws.db.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == SCHEMA_HEAD
        old = show_version(ws, "Art. 6.2").paragraphs
        assert [(p.label, p.kind, p.text) for p in old] == [
            ("¶1", ParagraphKind.OTHER, "Party"),
            ("¶2", ParagraphKind.OTHER, "[Reported year]"),
        ]
        import_file(ws, _draft(tmp_path / "draft.docx"), document="Art. 6.2")
        assert grid_of(_table(ws, "Art. 6.2").text)[0] == ("Party", "[Reported year]")
    finally:
        ws.close()
