"""Importing versions through the documents repository: what the report says is what is stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file
from wsis_desk.services.compare import history_of_paragraph
from wsis_desk.services.documents import import_file, list_documents, list_versions
from wsis_desk.services.workspace import Workspace, open_workspace

V1 = "The General Assembly,\n\n" + "\n\n".join(f"{n}. Decides item {n};" for n in range(1, 8))
V2 = V1.replace("\n\n3. Decides item 3;", "") + "\n\n8. Decides something new;"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    yield workspace
    workspace.close()


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_symbol_given_with_a_later_version_is_reported_listed_and_kept(
    ws: Workspace, tmp_path: Path
) -> None:
    import_file(ws, _file(tmp_path, "v1.txt", V1), document="Draft", label="Rev.1")
    report = import_file(
        ws, _file(tmp_path, "v2.txt", V2), document="Draft", label="Rev.2", symbol="A/80/L.5"
    )
    assert (report.document.symbol, report.document.versions) == ("A/80/L.5", 2)
    assert [(d.title, d.symbol, d.latest_label) for d in list_documents(ws)] == [
        ("Draft", "A/80/L.5", "Rev.2")
    ]
    doc, versions = list_versions(ws, "a/80/l.5")  # found by its symbol now
    assert doc.title == "Draft" and [v.label for v in versions] == ["Rev.1", "Rev.2"]


def test_the_report_of_an_import_is_what_listing_gives_and_a_second_import_is_a_no_op(
    ws: Workspace, tmp_path: Path
) -> None:
    path = _file(tmp_path, "v1.txt", V1)
    known = len(segment(load_file(path).source).paragraphs)
    first = import_file(ws, path, document="Draft", label="Zero draft")
    assert first.created_document and not first.already_imported
    assert (first.version.label, first.version.seq, first.version.paragraphs) == (
        "Zero draft",
        1,
        known,
    )
    again = import_file(ws, path, document="Draft", label="Other label")
    assert again.already_imported and not again.created_document
    _, versions = list_versions(ws, "Draft")
    assert versions == [first.version] == [again.version]
    with sqlite3.connect(ws.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM version").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM paragraph").fetchone() == (known,)


def test_a_version_circulated_before_the_held_one_is_numbered_first_and_linked_in_order(
    ws: Workspace, tmp_path: Path
) -> None:
    late = datetime(2025, 10, 2, 9, 0, tzinfo=UTC)
    early = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
    import_file(ws, _file(tmp_path, "v2.txt", V2), document="Draft", circulated_at=late)
    import_file(ws, _file(tmp_path, "v1.txt", V1), document="Draft", circulated_at=early)
    _, versions = list_versions(ws, "Draft")
    assert [v.circulated_at for v in versions] == [
        early.isoformat(timespec="minutes"),
        late.isoformat(timespec="minutes"),
    ]
    # OP2 ("Decides item 2") is one paragraph across both versions; OP3 is gone in the later
    history = history_of_paragraph(ws, "Draft", versions[0].label, 2)
    assert [(h.label, h.text) for h in history] == [
        ("OP2", "Decides item 2;"),
        ("OP2", "Decides item 2;"),
    ]
    gone = history_of_paragraph(ws, "Draft", versions[0].label, 3)
    assert [h.label for h in gone] == ["OP3", None]
