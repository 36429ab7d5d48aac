"""A version keeps its footnotes that no paragraph cites: stored, reparsed, synced, migrated."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command

from tests.uncited_page import NOTE_6_TEXT, PAGE
from wsis_desk.core.model import Footnote
from wsis_desk.formats.bundle import Record, read_bundle, write_bundle
from wsis_desk.services import sync
from wsis_desk.services.brackets import census_of_version, reparse
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.db import make_engine
from wsis_desk.store.migrate import SCHEMA_HEAD, alembic_config
from wsis_desk.store.sync_tables import sync_tables

NOTE_6 = Footnote("6", NOTE_6_TEXT)
DOC = "Draft agreement"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def _counts(ws: Workspace) -> tuple[int, int, dict[str, int]]:
    _, census = census_of_version(ws, DOC)
    return census.groups, census.footnote_groups, dict(census.proponents)


def test_the_uncited_footnote_is_stored_with_the_version_and_survives_reparse(
    pair: tuple[Workspace, Workspace], draft: Path
) -> None:
    a, _ = pair
    import_file(a, draft, document=DOC)
    assert show_version(a, DOC).uncited_footnotes == (NOTE_6,)  # whole text, not 60 chars
    assert _counts(a) == (2, 1, {"ZAF": 1})  # by reading: 2 groups in the text, 1 in note 6
    report = reparse(a)
    assert (report.versions, report.changed) == (1, 0)
    assert _counts(a) == (2, 1, {"ZAF": 1})
    assert show_version(a, DOC).uncited_footnotes == (NOTE_6,)


def test_a_bundle_carries_them_to_another_laptop(
    pair: tuple[Workspace, Workspace], draft: Path, tmp_path: Path
) -> None:
    a, b = pair
    import_file(a, draft, document=DOC)
    bundle = tmp_path / "a.wsisdesk"
    sync.export_bundle(a, bundle)
    sync.import_bundle(b, bundle)
    assert show_version(b, DOC).uncited_footnotes == (NOTE_6,)
    assert _counts(b) == (2, 1, {"ZAF": 1})
    assert reparse(b).changed == 0  # counted from what arrived, not only the census carried
    assert _counts(b) == (2, 1, {"ZAF": 1})


def test_a_bundle_made_before_they_were_kept_still_imports(
    pair: tuple[Workspace, Workspace], draft: Path, tmp_path: Path
) -> None:
    a, b = pair
    import_file(a, draft, document=DOC)
    new = tmp_path / "new.wsisdesk"
    sync.export_bundle(a, new)
    tables = {spec.name: spec for spec in sync_tables()}
    read = read_bundle(new, tables=tables, schema_version=SCHEMA_HEAD)
    older = [  # as wsis_desk at schema 0010 wrote them: no such column
        Record(
            r.table,
            r.id,
            r.hlc,
            r.parent_hlc,
            r.origin,
            r.deleted,
            {k: v for k, v in r.data.items() if k != "uncited_footnotes_json"},
            r.ancestors,
        )
        for r in read.records
    ]
    assert any(r.table == "version" for r in older)
    assert all("uncited_footnotes_json" not in r.data for r in older)
    old = tmp_path / "old.wsisdesk"
    write_bundle(old, replace(read.header, schema_version="0010"), older, read.blobs)
    sync.import_bundle(b, old)
    assert show_version(b, DOC).uncited_footnotes == ()  # not carried: not known yet
    reparse(b)  # read again from the source file the bundle carried
    assert show_version(b, DOC).uncited_footnotes == (NOTE_6,)
    assert _counts(b) == (2, 1, {"ZAF": 1})


def test_a_database_at_0010_opens_and_reparse_reads_them_from_the_source_file(
    tmp_path: Path,
) -> None:
    root = tmp_path / "old"
    root.mkdir()
    engine = make_engine(root / "wsis_desk.sqlite3")
    config = alembic_config()
    data = PAGE.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    with engine.begin() as conn:  # the schema before this change, and a version stored then
        config.attributes["connection"] = conn
        command.upgrade(config, "0010")
        conn.exec_driver_sql(
            "INSERT INTO blob (sha256, size, data, created_at) VALUES (?, ?, ?, 't')",
            (sha, len(data), data),
        )
        conn.exec_driver_sql(
            "INSERT INTO document (id, title, created_at, hlc, origin) "
            f"VALUES ('d1', '{DOC}', '2015-11-06T00:00:00+00:00', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO version (id, document_id, seq, label, imported_at, source_name, "
            "source_format, content_sha256, blob_sha256, status, diagnostics_json) VALUES "
            "('v1', 'd1', 1, 'Version 1', '2015-11-06T00:00:00+00:00', 'draft.txt', 'text', "
            "?, ?, 'draft', '[]')",
            (sha, sha),
        )
        for n, (label, text, notes) in enumerate(
            [
                ("Art. 3", "Article 3 (MITIGATION)", []),
                ("Art. 3.1", "Each Party shall communicate its contribution;", [["5", "x"]]),
                ("Art. 3.2", "Each Party shall [be unconditional][strive to act].", []),
            ]
        ):
            conn.exec_driver_sql(
                "INSERT INTO paragraph (id, version_id, ordinal, label, kind, text, "
                "footnotes_json, comments_json) VALUES (?, 'v1', ?, ?, 'operative', ?, ?, '[]')",
                (f"p{n}", n, label, text, json.dumps(notes)),
            )
    engine.dispose()
    ws = open_workspace(root)
    try:
        with ws.db.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            stored = conn.exec_driver_sql("SELECT uncited_footnotes_json FROM version").scalar()
        assert (revision, stored) == (SCHEMA_HEAD, None)  # not read yet, nothing invented
        text = show_version(ws, DOC)
        assert [p.label for p in text.paragraphs] == ["Art. 3", "Art. 3.1", "Art. 3.2"]
        assert text.uncited_footnotes == ()
        assert _counts(ws) == (2, 0, {})
        reparse(ws)
        text = show_version(ws, DOC)
        assert [p.text for p in text.paragraphs][2].startswith("Each Party shall [be unc")
        assert text.uncited_footnotes == (NOTE_6,)
        assert _counts(ws) == (2, 1, {"ZAF": 1})
    finally:
        ws.close()


def test_a_version_moved_to_another_document_keeps_them(
    pair: tuple[Workspace, Workspace], draft: Path
) -> None:
    from wsis_desk.services.library_edit import move_version

    a, _ = pair
    version = import_file(a, draft, document=DOC).version
    move_version(a, version.id, document="Paris Agreement draft")
    assert show_version(a, "Paris Agreement draft").uncited_footnotes == (NOTE_6,)
    assert reparse(a).changed == 0


@pytest.mark.parametrize("damaged", ["not json", "[[1]]", '{"6": "x"}', "[7]"])
def test_damaged_stored_notes_read_as_not_known_and_reparse_reads_them_again(
    pair: tuple[Workspace, Workspace], draft: Path, damaged: str
) -> None:
    a, _ = pair
    import_file(a, draft, document=DOC)
    with a.db.engine.begin() as conn:  # as a hostile or broken bundle could have left them
        conn.exec_driver_sql("UPDATE version SET uncited_footnotes_json = ?", (damaged,))
    assert show_version(a, DOC).uncited_footnotes == ()
    reparse(a)
    assert show_version(a, DOC).uncited_footnotes == (NOTE_6,)
    assert _counts(a) == (2, 1, {"ZAF": 1})
