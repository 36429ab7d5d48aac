"""A version's paragraphs are stored by one batched insert, whatever columns each leaves empty."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace

# Paragraphs whose empty columns differ from one to the next: a heading (no number), a
# chapeau, numbered paragraphs with and without a status marker, sub-items (a parent), a
# facilitator's note. The ORM's bulk insert batches rows by which columns are empty, so left
# to itself this text was stored by a dozen statements instead of one.
TEXT = """I. Digital divides

The General Assembly,

1. Decides to act; [Agreed ad ref]

2. Requests the Secretary-General to report:

(a) on connectivity;

(b) on skills; [Agreed ad ref]

3. Encourages all stakeholders [to engage];

{Note: placement to be discussed}

II. Follow-up

4. Decides to remain seized of the matter. [Agreed ad ref]
"""


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    yield workspace
    workspace.close()


def test_paragraphs_go_in_as_one_executemany_and_read_back_as_segmented(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    paragraphs = segment(load_file(path).source).paragraphs
    patterns = {(p.number is None, p.parent is None, p.status is None) for p in paragraphs}
    assert len(patterns) >= 3, "the text must mix empty columns for the test to mean anything"
    inserts: list[bool] = []

    def seen(_conn: Any, _cursor: Any, statement: str, _params: Any, _ctx: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PARAGRAPH "):
            inserts.append(many)

    event.listen(ws.db.engine, "before_cursor_execute", seen)
    try:
        report = import_file(ws, path, document="Draft")
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", seen)
    assert inserts == [True]
    with sqlite3.connect(ws.db.path) as conn:
        stored = conn.execute(
            "SELECT ordinal, label, number, parent_ordinal, status, text FROM paragraph "
            "WHERE version_id = ? ORDER BY ordinal",
            (report.version.id,),
        ).fetchall()
    assert stored == [
        (p.index, p.label, p.number, p.parent, p.status.value if p.status else None, p.text)
        for p in paragraphs
    ]


def test_a_paragraph_row_held_in_the_session_reads_its_new_lineage(
    ws: Workspace, tmp_path: Path
) -> None:
    """Lineages are set by primary key, one executemany, not through each ORM object: one a
    caller already holds must not keep the old value (SQLAlchemy's bulk UPDATE by primary key
    refreshes them; a plain SQL UPDATE would not)."""
    from sqlalchemy import select

    from wsis_desk.store.orm import ParagraphRow
    from wsis_desk.store.repositories import set_lineages

    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    report = import_file(ws, path, document="Draft")
    with ws.db.sessions.begin() as session:
        rows = list(
            session.scalars(
                select(ParagraphRow)
                .where(ParagraphRow.version_id == report.version.id)
                .order_by(ParagraphRow.ordinal)
            )
        )
        fresh = [f"lineage-{n}" for n in range(len(rows))]
        set_lineages(session, report.version.id, fresh)
        assert [r.lineage_id for r in rows] == fresh
