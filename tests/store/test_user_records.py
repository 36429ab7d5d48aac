"""The repositories of user records (positions, inputs, commitments, interventions) on a real
database: short ids are prefixes and never patterns, every edit is stamped and keeps what it
replaced, and the packed matrix read agrees with a plain reading of the rows."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wsis_desk.core.positions import Stance
from wsis_desk.errors import NotFoundError
from wsis_desk.services import positions as svc
from wsis_desk.services.commitments import add_commitment, edit_commitment
from wsis_desk.services.documents import import_file
from wsis_desk.services.inputs import add_input, set_disposition
from wsis_desk.services.interventions import add_intervention, edit_intervention
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store import positions_repo
from wsis_desk.store.paragraph_anchors import anchors_of

TEXT = """The General Assembly,

1. Decides to convene a high-level meeting in [2025 - US; G77 delete];

2. Requests the Secretary-General to report [annually][biennially];

3. Invites all stakeholders to contribute;
"""


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    import_file(workspace, path, document="Draft", label="Rev.1")
    yield workspace
    workspace.close()


# (table, make a record -> id, edit the record named by an id or short id)
Kind = tuple[str, Callable[[Workspace], str], Callable[[Workspace, str], object]]
KINDS: list[Kind] = [
    (
        "position",
        lambda ws: (
            svc.add_position(ws, document="Draft", paragraph="OP1", party="USA", stance="oppose").id
        ),
        lambda ws, ident: svc.edit_position(ws, ident, note="checked"),
    ),
    (
        "stakeholder_input",
        lambda ws: add_input(ws, document="Draft", submitter="USA", title="On OP1").id,
        lambda ws, ident: set_disposition(ws, ident, "reflected", reason="in OP1"),
    ),
    (
        "commitment",
        lambda ws: add_commitment(ws, document="Draft", who="USA", what="Host the meeting").id,
        lambda ws, ident: edit_commitment(ws, ident, note="on track"),
    ),
    (
        "intervention",
        lambda ws: add_intervention(ws, title="Opening", text="Thank you, Chair.").id,
        lambda ws, ident: edit_intervention(ws, ident, text="Thank you, Chair. We agree."),
    ),
]
IDS = [k[0] for k in KINDS]


def _row(ws: Workspace, table: str, ident: str) -> tuple[str, str | None, str]:
    with sqlite3.connect(ws.db.path) as conn:
        row = conn.execute(
            f"SELECT hlc, parent_hlc, updated_at FROM {table} WHERE id = ?", (ident,)
        ).fetchone()
    assert row is not None
    return row


@pytest.mark.parametrize(("table", "make", "edit"), KINDS, ids=IDS)
def test_a_short_id_is_a_prefix_never_a_pattern(
    ws: Workspace, table: str, make: Callable[[Workspace], str], edit: Callable[..., object]
) -> None:
    ident = make(ws)
    edit(ws, ident[:8])  # a unique prefix names the record
    for typed in (ident[:5] + "%", ident[:4] + "__", "%" * 6, "_" * 8):
        with pytest.raises(NotFoundError, match=r"No \w+ with id"):
            edit(ws, typed)


@pytest.mark.parametrize(("table", "make", "edit"), KINDS, ids=IDS)
def test_an_edit_is_stamped_and_keeps_the_state_it_replaced(
    ws: Workspace, table: str, make: Callable[[Workspace], str], edit: Callable[..., object]
) -> None:
    ident = make(ws)
    hlc, _parent, _updated = _row(ws, table, ident)
    edit(ws, ident)
    new_hlc, parent, _updated = _row(ws, table, ident)
    assert new_hlc > hlc
    assert parent == hlc
    with sqlite3.connect(ws.db.path) as conn:
        kept = conn.execute(
            "SELECT hlc FROM revision WHERE table_name = ? AND row_id = ?", (table, ident)
        ).fetchall()
    assert kept == [(hlc,)]


def test_a_short_id_shared_by_two_records_names_neither(ws: Workspace) -> None:
    first = svc.add_position(ws, document="Draft", paragraph="OP1", party="USA", stance="oppose")
    with sqlite3.connect(ws.db.path) as conn:  # give a second record the same first 8 characters
        conn.execute(
            "INSERT INTO position (id, document_id, party_code, lineage_id, stance, wording, "
            "source, source_text, anchor_text, recorded_at, note, updated_at, hlc, origin, "
            "deleted) SELECT ? , document_id, 'G77', lineage_id, 'support', '', 'observed', '', "
            "'', recorded_at, '', updated_at, hlc, origin, 0 FROM position WHERE id = ?",
            (first.id[:8] + "-twin", first.id),
        )
    with pytest.raises(NotFoundError, match="Several positions start with"):
        svc.get_position(ws, first.id[:8])
    assert svc.get_position(ws, first.id).party == "USA"


def _plain_latest(path: Path, document_id: str) -> dict[str, dict[str, str]]:
    """The latest stance per party and lineage, read row by row: the reference."""
    best: dict[tuple[str, str], tuple[str, int, str]] = {}
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT party_code, actor_id, lineage_id, stance, recorded_at, rowid FROM position "
            "WHERE document_id = ? AND deleted = 0",
            (document_id,),
        ).fetchall()
    for code, actor, lineage, stance, when, rowid in rows:
        if not lineage:
            continue
        key = (code or f"actor:{actor}", lineage)
        if key not in best or (when, rowid) > best[key][:2]:
            best[key] = (when, rowid, stance)
    out: dict[str, dict[str, str]] = {}
    for (party, lineage), (_when, _rowid, stance) in best.items():
        out.setdefault(party, {})[lineage] = stance
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_latest_stances_agree_with_a_plain_reading(ws: Workspace, seed: int) -> None:
    rnd = random.Random(seed)
    with ws.db.sessions() as session:
        paragraphs = [a for a in anchors_of(session, _version_id(ws)) if a.lineage_id]
    parties = ["USA", "G77", "EU", "CHN", "BRA"]
    times = ["2025-01-01T10:00:00", "2025-01-01T11:00:00", "2025-01-02T09:00:00"]
    made = []
    for _ in range(60):
        para = rnd.choice(paragraphs)
        made.append(
            svc.add_position_at(
                ws,
                version_id=para.version_id,
                ordinal=para.ordinal,
                party=rnd.choice(parties),
                stance=rnd.choice(list(Stance)).value,
            )
        )
    with sqlite3.connect(ws.db.path) as conn:  # ties, and times in any order of storing
        for p in made:
            when = rnd.choice(times)
            if rnd.random() < 0.1:
                when += "\x1f"  # a separator inside a field: the row-by-row path
            conn.execute("UPDATE position SET recorded_at = ? WHERE id = ?", (when, p.id))
    for p in rnd.sample(made, 10):
        svc.delete_position(ws, p.id)
    document_id = made[0].document_id
    expected = _plain_latest(ws.db.path, document_id)
    with ws.db.sessions() as session:
        got = positions_repo.latest_stances(session, document_id)
    assert {k: v for k, v in got.items() if v} == expected
    assert sum(map(len, expected.values())) > 5  # the test saw real cells


def _version_id(ws: Workspace) -> str:
    with sqlite3.connect(ws.db.path) as conn:
        return str(conn.execute("SELECT id FROM version").fetchone()[0])


def test_positions_on_a_paragraph_not_linked_yet_are_only_its_own(ws: Workspace) -> None:
    linked = svc.add_position(ws, document="Draft", paragraph="OP1", party="USA", stance="oppose")
    with sqlite3.connect(ws.db.path) as conn:  # OP2 as if its lineage were not computed yet
        conn.execute("UPDATE paragraph SET lineage_id = NULL WHERE label = 'OP2'")
    unlinked = svc.add_position(ws, document="Draft", paragraph="OP2", party="EU", stance="amend")
    assert unlinked.lineage_id is None
    assert [p.id for p in svc.list_positions(ws, "Draft", paragraph="OP2")] == [unlinked.id]
    assert [p.id for p in svc.list_positions(ws, "Draft", paragraph="OP1")] == [linked.id]
