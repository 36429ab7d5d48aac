"""Positions, matrix, inputs, commitments and report data on a real database in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wsis_desk.core.positions import CommitmentStatus, Disposition, Stance
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.services import positions as svc
from wsis_desk.services.commitments import add_commitment, edit_commitment, list_commitments
from wsis_desk.services.documents import import_file
from wsis_desk.services.inputs import add_input, list_inputs, set_disposition, set_evidence
from wsis_desk.services.matrix import position_matrix, state_of_play
from wsis_desk.services.position_import import import_bracket_positions
from wsis_desk.services.reading import read_version
from wsis_desk.services.reports import transparency_report
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import InputDispositionRow, PositionRow

V1 = """The General Assembly,

Recalling its resolution 70/125,

1. Decides to convene a high-level meeting in [2025 - US; G77 delete];

2. Requests the Secretary-General to report [annually][biennially];

3. Invites all stakeholders to contribute;
"""
V2 = """The General Assembly,

Recalling its resolution 70/125,

1. Decides to convene a high-level meeting in [2025 - US; G77 delete];

1 bis. Encourages Member States to participate at the highest level;

2. Requests the Secretary-General to report biennially;

3. Invites all stakeholders to contribute;
"""


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    for n, text in ((1, V1), (2, V2)):
        path = tmp_path / f"v{n}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(workspace, path, document="Draft", label=f"Rev.{n}")
    yield workspace
    workspace.close()


def test_add_edit_delete_position_with_tombstone(ws: Workspace) -> None:
    p = svc.add_position(
        ws, document="Draft", version="Rev.1", paragraph="OP2", party="EU", stance="support"
    )
    assert (p.party, p.stance, p.paragraph_label, p.recorded_in) == (
        "EU",
        Stance.SUPPORT,
        "OP2",
        "Rev.1",
    )
    edited = svc.edit_position(ws, p.id, stance="red line", note="biennial only")
    assert (edited.stance, edited.note) == (Stance.RED_LINE, "biennial only")
    svc.delete_position(ws, p.id)
    assert svc.list_positions(ws, "Draft") == []
    with ws.db.sessions() as session:
        row = session.get(PositionRow, p.id)
        assert row is not None and row.deleted and row.hlc and row.parent_hlc
    svc.set_deleted(ws, p.id, False)
    assert [x.id for x in svc.list_positions(ws, "Draft")] == [p.id]


def test_positions_follow_lineage_and_flag_changed_text(ws: Workspace) -> None:
    unchanged = svc.add_position(
        ws, document="Draft", version="Rev.1", paragraph="OP3", party="USA", stance="support"
    )
    changed = svc.add_position(
        ws, document="Draft", version="Rev.1", paragraph="OP2", party="G77", stance="oppose"
    )
    seen = {p.id: p for p in svc.list_positions(ws, "Draft")}
    assert seen[unchanged.id].text_changed_since is False
    assert seen[changed.id].text_changed_since is True
    assert seen[changed.id].paragraph_label == "OP2"


def test_bad_input_gets_one_clear_line(ws: Workspace) -> None:
    with pytest.raises(WsisDeskError, match="Unknown stance 'maybe'"):
        svc.add_position(ws, document="Draft", paragraph="OP1", party="EU", stance="maybe")
    with pytest.raises(NotFoundError, match="no paragraph 'OP9'"):
        svc.add_position(ws, document="Draft", paragraph="OP9", party="EU", stance="support")
    with pytest.raises(WsisDeskError, match="not a party in the registry"):
        svc.add_position(ws, document="Draft", paragraph="OP1", party="Nowhere", stance="support")
    with pytest.raises(WsisDeskError, match="is not in OP1"):
        svc.add_position(
            ws, document="Draft", paragraph="OP1", party="EU", stance="oppose", group_text="[x]"
        )
    with pytest.raises(WsisDeskError, match="Cannot edit"):
        svc.edit_position(ws, "nope", party_code="X")
    with pytest.raises(NotFoundError):
        svc.edit_position(ws, "nope", stance="support")


def test_custom_actor_is_created_only_when_asked(ws: Workspace) -> None:
    p = svc.add_position(
        ws,
        document="Draft",
        paragraph="OP1",
        party="Friends of the Forest",
        stance="amend",
        new_actor=True,
    )
    assert p.party == "Friends of the Forest" and p.party_code is None and p.actor_id


def test_bracket_attributions_become_positions_on_the_group(ws: Workspace) -> None:
    report = import_bracket_positions(ws, "Draft", "Rev.1")
    got = {(p.party, p.stance, p.paragraph_label) for p in report.imported}
    assert got == {("USA", Stance.SUPPORT, "OP1"), ("G77", Stance.OPPOSE, "OP1")}
    assert import_bracket_positions(ws, "Draft", "Rev.1").created == 0
    listed = svc.list_positions(ws, "Draft", paragraph="OP1")
    assert {p.group_text for p in listed} == {"2025"}


def test_matrix_filters_group_red_lines_and_contested(ws: Workspace) -> None:
    for party, stance, para in (
        ("USA", "support", "OP1"),
        ("G77", "oppose", "OP1"),
        ("EU", "support", "OP2"),
        ("BRA", "red line", "OP2"),
        ("IND", "amend", "OP3"),
    ):
        svc.add_position(ws, document="Draft", paragraph=para, party=party, stance=stance)
    m = position_matrix(ws, "Draft")
    assert [r.key for r in m.rows] == ["BRA", "EU", "G77", "IND", "USA"]  # by name
    labels = [c.label for c in m.columns]
    assert m.stance(next(i for i, r in enumerate(m.rows) if r.key == "G77"), labels.index("OP1"))
    contested = position_matrix(ws, "Draft", contested_only=True)
    assert [c.label for c in contested.columns] == ["OP1"]
    red = position_matrix(ws, "Draft", red_lines_only=True)
    assert [r.key for r in red.rows] == ["BRA"] and [c.label for c in red.columns] == ["OP2"]
    basic = position_matrix(ws, "Draft", group="BASIC")
    assert {r.key for r in basic.rows} >= {"BASIC", "BRA", "IND", "CHN", "ZAF"}
    assert "USA" not in {r.key for r in basic.rows}
    everyone = position_matrix(ws, "Draft", all_states=True)
    assert len(everyone.rows) >= 193
    with pytest.raises(NotFoundError):
        position_matrix(ws, "Draft", group="Nope Group")


def test_latest_position_wins_in_the_matrix(ws: Workspace) -> None:
    svc.add_position(ws, document="Draft", paragraph="OP3", party="USA", stance="oppose")
    svc.add_position(ws, document="Draft", paragraph="OP3", party="USA", stance="flexible")
    m = position_matrix(ws, "Draft")
    assert list(m.cells.values()) == [Stance.FLEXIBLE]


def test_state_of_play_lists_brackets_holders_and_our_position(ws: Workspace) -> None:
    svc.add_position(ws, document="Draft", paragraph="OP1", party="EU", stance="support")
    svc.add_position(ws, document="Draft", paragraph="OP1", party="G77", stance="oppose")
    state = state_of_play(ws, "Draft", ours="EU")
    row = next(r for r in state.rows if r.label == "OP1")
    assert row.brackets == "1 open" and row.contested and row.ours is Stance.SUPPORT
    assert ("G77", Stance.OPPOSE) in row.holders and ("USA", Stance.UNKNOWN) in row.holders
    assert row.latest_change == "new in Rev.1"
    assert state.contested == 1


def test_input_disposition_history_and_report_totals(ws: Workspace, tmp_path: Path) -> None:
    attachment = tmp_path / "submission.txt"
    attachment.write_text("Our full submission.", encoding="utf-8")
    a = add_input(
        ws,
        document="Draft",
        submitter="Civil society",
        title="Hold the meeting in 2025",
        text="Keep 2025.",
        paragraphs=("OP1",),
        submitted_on="2025-01-10",
        file=attachment,
    )
    b = add_input(ws, document="Draft", submitter="Brazil", title="Annual reports")
    assert (a.submitter, a.stakeholder_group, a.target_labels) == (
        "Civil society",
        "Civil Society",
        ("OP1",),
    )
    assert a.blob_sha256 and a.file_name == "submission.txt"
    set_disposition(ws, a.id, "partially reflected", reason="Kept in brackets", person="Ana")
    done = set_disposition(
        ws, a.id, "reflected", reason="Agreed", evidence_version="Rev.2", evidence_paragraph="OP1"
    )
    assert done.evidence == "Rev.2 OP1"
    assert [h.disposition for h in done.history] == [
        Disposition.PARTIALLY_REFLECTED,
        Disposition.REFLECTED,
    ]
    assert done.history[0].changed_by == "Ana"
    with ws.db.sessions() as session:
        assert len(session.scalars(select(InputDispositionRow)).all()) == 2
    with pytest.raises(WsisDeskError, match="Unknown disposition"):
        set_disposition(ws, b.id, "maybe")
    assert [i.title for i in list_inputs(ws, "Draft")] == [
        "Annual reports",
        "Hold the meeting in 2025",
    ]
    add_commitment(ws, document="Draft", who="AOSIS", what="Circulate text", due_on="2025-01-01")
    report = transparency_report(ws, "Draft", today=date(2025, 6, 1))
    assert dict(report.by_outcome)[Disposition.REFLECTED] == 1
    assert dict(report.by_outcome)[Disposition.PENDING] == 1
    groups = dict(report.by_group)
    assert dict(groups["Civil Society"])[Disposition.REFLECTED] == 1
    assert dict(groups["Member and observer States"])[Disposition.PENDING] == 1
    assert report.commitments[0].status is CommitmentStatus.OVERDUE
    scoped = transparency_report(ws, "Draft", "Rev.1")
    assert scoped.scope == "Rev.1" and scoped.inputs[-1].targets == ("OP1",)


def test_commitments_overdue_first_and_status_changes(ws: Workspace) -> None:
    today = date(2025, 6, 1)
    late = add_commitment(
        ws,
        document="Draft",
        who="EU",
        what="Table a bridging proposal",
        due_on="2025-05-01",
        paragraphs=("OP2",),
        today=today,
    )
    later = add_commitment(
        ws, document="Draft", who="USA", what="Consult capital", due_on="2025-07-01", today=today
    )
    assert late.status is CommitmentStatus.OVERDUE and later.status is CommitmentStatus.OPEN
    assert late.paragraphs == ("OP2",)
    listed = list_commitments(ws, "Draft", today=today)
    assert [c.id for c in listed] == [late.id, later.id]
    assert edit_commitment(ws, late.id, status="done", today=today).status is CommitmentStatus.DONE
    with pytest.raises(WsisDeskError, match="overdue is worked out"):
        edit_commitment(ws, late.id, status="overdue")
    with pytest.raises(WsisDeskError, match="is not a date"):
        add_commitment(ws, document="Draft", who="EU", what="x", due_on="tomorrow")


def test_records_made_on_the_paragraph_a_view_shows(ws: Workspace) -> None:
    shown = read_version(ws, "Draft", "Rev.2").text
    version_id = shown.version.id
    bis = next(p for p in shown.paragraphs if p.text.startswith("Encourages"))
    op1 = next(p for p in shown.paragraphs if "high-level meeting" in p.text)
    earlier = svc.add_position(
        ws, document="Draft", version="Rev.1", paragraph="OP1", party="USA", stance="oppose"
    )
    made = svc.add_position_at(
        ws, version_id=version_id, ordinal=bis.index, party="EU", stance="support"
    )
    assert (made.paragraph_label, made.recorded_in, made.party) == (bis.label, "Rev.2", "EU")
    assert [p.id for p in svc.positions_at(ws, version_id, bis.index)] == [made.id]
    on_op1 = svc.positions_at(ws, version_id, op1.index)  # recorded on Rev.1, seen on Rev.2
    assert [(p.id, p.recorded_in, p.paragraph_label) for p in on_op1] == [
        (earlier.id, "Rev.1", op1.label)
    ]
    given = add_input(ws, document="Draft", submitter="Brazil", title="Participation")
    assert set_evidence(ws, given.id, version_id=version_id, ordinal=bis.index).evidence == (
        f"Rev.2 {bis.label}"
    )
    for gone in (
        lambda: svc.positions_at(ws, version_id, 999),
        lambda: svc.add_position_at(
            ws, version_id=version_id, ordinal=999, party="EU", stance="support"
        ),
        lambda: set_evidence(ws, given.id, version_id=version_id, ordinal=999),
    ):
        with pytest.raises(NotFoundError, match="no longer in the library"):
            gone()
    assert len(svc.list_positions(ws, "Draft")) == 2  # the failed calls added nothing
