"""Positions from the real corpus: Party comments of the Art. 6.2 working copy, Paris lineage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desk.core.positions import Stance
from wsis_desk.services.documents import import_file
from wsis_desk.services.position_import import import_comment_positions
from wsis_desk.services.positions import add_position, list_positions
from wsis_desk.services.workspace import Workspace, open_workspace

pytestmark = pytest.mark.corpus
ART62 = "docx/art62_cma6_draft_party_inputs_working_copy.docx"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    yield workspace
    workspace.close()


def test_party_comments_of_the_art62_working_copy_become_positions(
    corpus: Path, ws: Workspace
) -> None:
    import_file(ws, corpus / ART62, document="Art 6.2 draft")
    report = import_comment_positions(ws, "Art 6.2 draft")
    # 95 comments in word/comments.xml; 3 name no party a reader could resolve
    assert report.created == len(report.imported) >= 200
    assert set(report.new_actors) == {"Grupo Sur", "CfRN"}
    found = {(p.party, p.paragraph_label, p.source_text): p for p in report.imported}

    def one(party: str, label: str, comment: str) -> Stance:
        hits = [p for (who, at, text), p in found.items() if (who, at) == (party, label)]
        hits = [p for p in hits if p.source_text.startswith(comment)]
        assert hits, (party, label, comment)
        return hits[0].stance

    assert one("LMDC", "I.", "LMDC: Delete whole section in its entirety") is Stance.OPPOSE
    assert one("USA", "OP1", "US: Clarifies not decides") is Stance.AMEND
    assert one("PAK", "OP1", "Pakistan: A unilateral approach is not supported") is Stance.OPPOSE
    assert one("USA", "OP1", "US: Delete “authorized”") is Stance.OPPOSE
    assert one("AOSIS", "OP1(b)", "AOSIS: Delete “the achievement") is Stance.OPPOSE
    assert one("Grupo Sur", "OP1(b)", "Grupo Sur suggestion: add a note") is Stance.AMEND
    assert one("Grupo Sur", "D.", "Groupo Sur extreme circumstances") is Stance.UNKNOWN
    assert one("SUR", "OP2", "Suriname against additional reporting") is Stance.OPPOSE
    assert one("RUS", "OP11", "Russia supports auth national prerogative") is Stance.SUPPORT
    assert one("USA", "OP21", "US\nHave reservation with the word only.") is Stance.RESERVE
    assert one("AGN", "OP23", "AGN\nNot happy with this new insertion") is Stance.OPPOSE
    for code in ("USA", "CAN", "JPN"):
        assert one(code, "OP34", "U.S, Canada, Japan: Delete the recalling paras") is Stance.OPPOSE
    anchored = next(p for p in report.imported if p.source_text == "US: Clarifies not decides")
    assert anchored.anchor_text == "Decides"
    resolved = {p.party for p in report.imported}
    assert {"USA", "LMDC", "PAK", "AOSIS", "CAN", "IND", "EU", "NOR", "JPN", "AILAC"} <= resolved
    assert {"AGN", "EIG", "GBR", "RUS", "CHN", "SUR", "TUR", "MAR", "NZL", "ARAB"} <= resolved
    unresolved = {(u.paragraph_label, u.fragment[:30]) for u in report.unresolved}
    assert ("B.", "Missing mandatory cross-refere") in unresolved
    assert ("OP64", "CH happy to agree to separate ") in unresolved
    assert len(report.unresolved) == 3

    again = import_comment_positions(ws, "Art 6.2 draft")
    assert again.created == 0 and len(again.imported) == len(report.imported)
    assert again.new_actors == ()
    on_op1 = list_positions(ws, "Art 6.2 draft", paragraph="OP1")
    assert {(p.party, p.stance) for p in on_op1} >= {
        ("USA", Stance.AMEND),
        ("PAK", Stance.OPPOSE),
        ("CAN", Stance.UNKNOWN),
    }


def test_positions_on_paris_v1_follow_lineage_to_renumbered_v3_paragraphs(
    corpus: Path, ws: Workspace
) -> None:
    texts = corpus / "texts"
    import_file(ws, texts / "unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt", document="PA")
    import_file(
        ws, texts / "unfccc_paris_agreement_v3_2015-12-09_presidency_draft.txt", document="PA"
    )
    same = add_position(
        ws, document="PA", version="1", paragraph="Art. 9.2", party="US", stance="support"
    )
    changed = add_position(
        ws, document="PA", version="1", paragraph="Art. 10.4", party="G77", stance="red line"
    )
    preamble = add_position(
        ws, document="PA", version="1", paragraph="PP14", party="EU", stance="amend"
    )
    assert (same.paragraph_label, changed.paragraph_label) == ("Art. 9.2", "Art. 10.4")
    seen = {p.id: p for p in list_positions(ws, "PA", version="2")}
    # "The purpose of the system for transparency of action is to:" unchanged, renumbered
    assert (seen[same.id].paragraph_label, seen[same.id].text_changed_since) == ("Art. 9.4", False)
    # first global stocktake "[2023]…": renumbered 10.4 -> 10.2 and reworded
    assert (seen[changed.id].paragraph_label, seen[changed.id].text_changed_since) == (
        "Art. 10.2",
        True,
    )
    assert (seen[preamble.id].paragraph_label, seen[preamble.id].text_changed_since) == (
        "PP15",
        True,
    )
    assert all(seen[i].recorded_in == "Version 1" for i in seen)
    on_v3 = list_positions(ws, "PA", paragraph="Art. 10.2")
    assert [(p.party, p.stance) for p in on_v3] == [("G77", Stance.RED_LINE)]
    on_v1 = list_positions(ws, "PA", version="1", paragraph="Art. 10.4")
    assert not on_v1[0].text_changed_since
