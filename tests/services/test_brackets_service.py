"""Bracket use cases on a real database: census stored at import, burn-down, reparse."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desk.services.brackets import burn_down, census_of_version, reparse, version_brackets
from wsis_desk.services.demo import DEMO_DOCUMENT, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    load_demo(workspace)
    yield workspace
    workspace.close()


def test_census_is_stored_at_import_and_matches_a_fresh_parse(ws: Workspace) -> None:
    conn = sqlite3.connect(ws.db.path)
    stored = dict(conn.execute("SELECT label, open_groups FROM version").fetchall())
    conn.close()
    assert stored["Zero draft"] == 0
    fresh = version_brackets(ws, DEMO_DOCUMENT, "Rev.1")
    assert stored["Rev.1"] == fresh.census.groups == sum(r.groups for r in fresh.rows)
    assert len(fresh.open_groups) == fresh.census.groups


def test_burn_down_goes_up_then_down(ws: Workspace) -> None:
    points = burn_down(ws, DEMO_DOCUMENT)
    assert [p.label for p in points] == ["Zero draft", "Rev.1", "Rev.2"]
    assert points[0].groups == 0 < points[2].groups < points[1].groups
    assert points[2].agreed_ad_ref == 7


def test_reparse_restores_a_missing_or_stale_census(ws: Workspace) -> None:
    conn = sqlite3.connect(ws.db.path)
    conn.execute("UPDATE version SET census_json = NULL, open_groups = NULL WHERE label = 'Rev.1'")
    conn.execute("UPDATE version SET census_format = 0 WHERE label = 'Rev.2'")
    conn.commit()
    conn.close()
    # a stale census is never served: it is recomputed on the fly …
    _, census = census_of_version(ws, DEMO_DOCUMENT, "Rev.2")
    assert census.groups == version_brackets(ws, DEMO_DOCUMENT, "Rev.2").census.groups
    # … and reparse writes it back
    report = reparse(ws)
    assert (report.versions, report.changed) == (3, 2)
    assert reparse(ws).changed == 0


def test_paragraph_rows_carry_spans_for_highlighting(ws: Workspace) -> None:
    rows = {r.paragraph.label: r for r in version_brackets(ws, DEMO_DOCUMENT, "Rev.1").rows}
    op2 = rows["OP2"]
    text = op2.paragraph.text
    assert [text[s.start : s.end] for s in op2.spans][-1] == "[X]"
    assert max(s.depth for s in op2.spans) == 3
    assert rows["OP3(c)"].proponents == ("EU", "RUS", "USA")


def _layouts(rows: object) -> list[tuple[object, object, object]]:
    return [(r.spans, r.tree, r.stray_offsets) for r in rows]  # type: ignore[attr-defined]


def test_the_layout_stored_at_import_is_what_a_parse_gives(ws: Workspace) -> None:
    from wsis_desk.core.brackets.scan import parse_brackets
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.brackets import paragraph_brackets

    registry = load_registry()
    for label in ("Zero draft", "Rev.1", "Rev.2"):
        shown = version_brackets(ws, DEMO_DOCUMENT, label)
        parsed = [paragraph_brackets(r.paragraph, parse_brackets(r.paragraph.text, registry))
                  for r in shown.rows]  # fmt: skip
        assert _layouts(shown.rows) == _layouts(parsed)
        assert [r.proponents for r in shown.rows] == [r.proponents for r in parsed]


def test_a_missing_or_damaged_layout_is_parsed_instead_and_reparse_stores_it(
    ws: Workspace,
) -> None:
    before = _layouts(version_brackets(ws, DEMO_DOCUMENT, "Rev.1").rows)
    conn = sqlite3.connect(ws.db.path)
    (n,) = conn.execute("SELECT count(*) FROM version_layout").fetchone()
    assert n == 3  # one per version, stored at import
    conn.execute("UPDATE version_layout SET layout_json = '[[1, 2' ")
    conn.commit()
    assert _layouts(version_brackets(ws, DEMO_DOCUMENT, "Rev.1").rows) == before
    conn.execute("DELETE FROM version_layout")
    conn.commit()
    assert _layouts(version_brackets(ws, DEMO_DOCUMENT, "Rev.1").rows) == before
    reparse(ws)
    (n,) = conn.execute("SELECT count(*) FROM version_layout").fetchone()
    conn.close()
    assert n == 3
    assert _layouts(version_brackets(ws, DEMO_DOCUMENT, "Rev.1").rows) == before


def _stored_layouts(path: Path) -> dict[str, tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT v.label, l.format, l.layout_json FROM version_layout l "
            "JOIN version v ON v.id = l.version_id"
        ).fetchall()
    return {label: (fmt, text) for label, fmt, text in rows}


def _pending(ws: Workspace) -> int:
    from wsis_desk.core.brackets.census_records import CENSUS_FORMAT
    from wsis_desk.core.brackets.layout import LAYOUT_FORMAT
    from wsis_desk.store import reader

    with ws.db.reading() as conn:
        return len(reader.versions_without_layout(conn, LAYOUT_FORMAT, CENSUS_FORMAT))


def _synced_state(path: Path) -> list[tuple[object, ...]]:
    """Everything about versions that travels in bundles (rows of the synced table)."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM version ORDER BY id").fetchall()


def test_fill_layouts_stores_what_import_stored_and_changes_nothing_that_syncs(
    ws: Workspace,
) -> None:
    from wsis_desk.services.brackets import fill_layouts

    at_import = _stored_layouts(ws.db.path)
    synced = _synced_state(ws.db.path)
    assert fill_layouts(ws) == 0  # every version has its layout already
    with sqlite3.connect(ws.db.path) as conn:  # as versions synced in from another laptop
        conn.execute("DELETE FROM version_layout WHERE version_id IN "
                     "(SELECT id FROM version WHERE label != 'Zero draft')")  # fmt: skip
        conn.execute("UPDATE version_layout SET layout_json = '[[1, 2'")  # damaged
    assert _pending(ws) == 3  # two missing, one damaged
    assert fill_layouts(ws, limit=1) == 1
    assert _pending(ws) == 2
    assert fill_layouts(ws) == 2
    assert _pending(ws) == 0 and fill_layouts(ws) == 0
    assert _stored_layouts(ws.db.path) == at_import  # byte for byte
    assert _synced_state(ws.db.path) == synced


def test_fill_layouts_leaves_a_version_counted_by_another_parser_to_reparse(
    ws: Workspace,
) -> None:
    from wsis_desk.services.brackets import fill_layouts

    with sqlite3.connect(ws.db.path) as conn:
        conn.execute("DELETE FROM version_layout")
        conn.execute("UPDATE version SET census_format = 0 WHERE label = 'Rev.2'")
    assert fill_layouts(ws) == 2
    assert set(_stored_layouts(ws.db.path)) == {"Zero draft", "Rev.1"}
    assert fill_layouts(ws) == 0


def test_versions_synced_in_get_their_layouts(ws: Workspace, tmp_path: Path) -> None:
    """Layouts are local: a bundle carries none, so the receiving laptop stores them."""
    from wsis_desk.services import sync
    from wsis_desk.services.brackets import fill_layouts

    bundle = tmp_path / "team.wsisdesk"
    sync.export_bundle(ws, bundle)
    other = open_workspace(tmp_path / "other")
    try:
        sync.import_bundle(other, bundle)
        assert _stored_layouts(other.db.path) == {}
        rows_before = _layouts(version_brackets(other, DEMO_DOCUMENT, "Rev.1").rows)
        assert fill_layouts(other) == 3
        assert _stored_layouts(other.db.path) == _stored_layouts(ws.db.path)
        assert _layouts(version_brackets(other, DEMO_DOCUMENT, "Rev.1").rows) == rows_before
    finally:
        other.close()
