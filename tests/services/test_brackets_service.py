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
    from wsis_desk.core.brackets import parse_brackets
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
