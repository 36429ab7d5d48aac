"""The batched reads behind the list views give what the row-by-row ones gave, edge cases too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from wsis_desk.core.positions import Stance
from wsis_desk.services.commitments import add_commitment, list_commitments
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.inputs import add_input, list_inputs, set_disposition
from wsis_desk.services.matrix import position_matrix
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store import ledger
from wsis_desk.store.orm import PositionRow, VersionRow, new_id

V1 = "The General Assembly,\n\n" + "\n\n".join(f"{n}. Decides item {n};" for n in range(1, 80))
V2 = V1.replace("\n\n5. Decides item 5;", "") + "\n\n80. Decides something new;"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    for n, text in ((1, V1), (2, V2)):
        path = tmp_path / f"v{n}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(workspace, path, document="Draft", label=f"Rev.{n}")
    yield workspace
    workspace.close()


def _lineage(ws: Workspace, version: str, label: str) -> str:
    with ws.db.sessions() as session:
        vid = session.query(VersionRow.id).filter_by(label=version).scalar()
    text = show_version(ws, "Draft", version)
    index = next(p.index for p in text.paragraphs if p.label == label)
    with ws.db.reading() as conn:
        (lineage,) = conn.execute(
            "SELECT lineage_id FROM paragraph WHERE version_id = ? AND ordinal = ?", (vid, index)
        ).fetchone()
    return str(lineage)


def _positions(ws: Workspace, *rows: tuple[str, str | None, str, str]) -> None:
    """(party, lineage, stance, recorded_at), stored in this order."""
    with ws.db.sessions.begin() as session:
        doc_id = session.query(VersionRow.document_id).limit(1).scalar()
        session.execute(
            insert(PositionRow),
            [
                {"id": new_id(), "document_id": doc_id, "party_code": party,
                 "lineage_id": lineage, "stance": stance, "recorded_at": when,
                 "updated_at": when, "hlc": "", "origin": "", "deleted": False}
                for party, lineage, stance, when in rows
            ],
        )  # fmt: skip


def test_matrix_keeps_the_latest_stance_whatever_the_order_stored(ws: Workspace) -> None:
    op1, op2, op3 = (_lineage(ws, "Rev.2", f"OP{n}") for n in (1, 2, 3))
    _positions(
        ws,
        ("EU", op1, "support", "2025-03-02T10:00:00"),  # newer, stored first
        ("EU", op1, "oppose", "2025-03-01T10:00:00"),
        ("EU", op2, "oppose", "2025-03-01T10:00:00"),  # same time: the one stored last wins
        ("EU", op2, "flexible", "2025-03-01T10:00:00"),
        ("USA", op3, "red_line", "2025-03-01T10:00:00"),
        ("USA", None, "oppose", "2025-03-05T10:00:00"),  # on a bracket group, not a paragraph
    )
    m = position_matrix(ws, "Draft")
    cols = {c.label: i for i, c in enumerate(m.columns)}
    rows = {r.key: i for i, r in enumerate(m.rows)}
    assert m.stance(rows["EU"], cols["OP1"]) is Stance.SUPPORT
    assert m.stance(rows["EU"], cols["OP2"]) is Stance.FLEXIBLE
    assert m.stance(rows["USA"], cols["OP3"]) is Stance.RED_LINE
    assert len(m.cells) == m.positions == 3
    red = position_matrix(ws, "Draft", red_lines_only=True)
    assert [r.key for r in red.rows] == ["USA"] and [c.label for c in red.columns] == ["OP3"]


def test_input_list_labels_evidence_history_and_names(ws: Workspace) -> None:
    old = add_input(
        ws, document="Draft", version="Rev.1", paragraphs=("OP5", "OP6"),
        submitter="civil_society", title="Keep item 5",
    )  # fmt: skip
    set_disposition(ws, old.id, "not reflected", reason="dropped in Rev.2")
    set_disposition(
        ws, old.id, "partially reflected", evidence_version="Rev.2", evidence_paragraph="OP6"
    )
    add_input(ws, document="Draft", submitter="Grupo Sur", title="New", new_actor=True)
    add_input(ws, document="Draft", submitter="USA", title="By a state", paragraphs=("OP1",))
    listed = {i.title: i for i in list_inputs(ws, "Draft")}
    keep = listed["Keep item 5"]
    # OP5 of Rev.1 is gone from Rev.2: its label in the newest version that had it
    assert keep.target_labels == ("OP5", "OP6")
    assert keep.evidence == "Rev.2 OP6"
    assert [h.reason for h in keep.history] == ["dropped in Rev.2", ""]
    assert keep.submitter == "Civil society"  # a stakeholder group by its name
    assert listed["New"].submitter == "Grupo Sur"
    assert listed["By a state"].submitter == "USA"
    # the record a single change returns is the one the list shows
    again = set_disposition(ws, keep.id, "reflected")
    assert list_inputs(ws, "Draft")[0].history == again.history


def test_many_lineages_are_labelled_like_a_few(ws: Workspace) -> None:
    with ws.db.reading() as conn:
        doc_id, v1 = conn.execute(
            "SELECT document_id, id FROM version WHERE label = 'Rev.1'"
        ).fetchone()
        lineages = [r for (r,) in conn.execute(
            "SELECT lineage_id FROM paragraph WHERE version_id = ?", (v1,)
        )]  # fmt: skip
        many = ledger.latest_labels(conn, doc_id, lineages)
        few = {}
        for start in range(0, len(lineages), 10):
            few.update(ledger.latest_labels(conn, doc_id, lineages[start : start + 10]))
    assert many == few and len(many) == len(lineages)


def test_commitment_list_labels_each_line(ws: Workspace) -> None:
    add_commitment(
        ws, document="Draft", who="EU", what="Circulate text", paragraphs=("OP2", "OP3"),
        due_on="2020-01-01", today=date(2025, 1, 1),
    )  # fmt: skip
    add_commitment(ws, document="Draft", who="Grupo Norte", what="Host", new_actor=True)
    lines = list_commitments(ws, "Draft", today=date(2025, 1, 1))
    assert [(c.who, c.paragraphs) for c in lines] == [
        ("EU", ("OP2", "OP3")),
        ("Grupo Norte", ()),
    ]


def test_the_input_list_makes_records_as_they_are_read(ws: Workspace) -> None:
    for n in range(5):
        add_input(
            ws,
            document="Draft",
            submitter="EU",
            title=f"Input {n}",
            submitted_on=f"2025-0{n + 1}-01",
        )
    found = list_inputs(ws, "Draft")
    assert len(found) == 5 and len(found.ids) == 5
    assert found[1] is found[1]  # made once
    assert [i.title for i in found[1:3]] == ["Input 1", "Input 2"]
    assert [i.id for i in found] == list(found.ids)
    assert found[-1].title == "Input 4"
