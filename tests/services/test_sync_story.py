"""Sync in people's words: which side of a conflict is yours whichever side won, what a sync
sums up to, the team's latest changes, and a party's stance history with every earlier value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desk.services import positions, sync
from wsis_desk.services.conflicts import resolve_conflict
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.sync_story import (
    conflict_stories,
    recent_changes,
    stance_history,
    summarise,
)
from wsis_desk.services.workspace import Workspace, open_workspace


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    sync.set_site_name(a, "Laptop A")
    sync.set_site_name(b, "Laptop B")
    load_demo(a)
    yield a, b
    a.close()
    b.close()


def _shared_position(a: Workspace, b: Workspace, tmp_path: Path) -> str:
    p = positions.add_position(
        a, document=DEMO_SYMBOL, paragraph="OP2", party="G77", stance="support", source="floor"
    )
    sync.export_bundle(a, tmp_path / "0.wsisdesk")
    sync.import_bundle(b, tmp_path / "0.wsisdesk")
    return p.id


@pytest.mark.parametrize("b_edits_last", [True, False])
def test_keeping_your_version_keeps_yours_whichever_side_won(
    laptops: tuple[Workspace, Workspace], tmp_path: Path, b_edits_last: bool
) -> None:
    a, b = laptops
    ident = _shared_position(a, b, tmp_path)
    edits = [(a, "oppose"), (b, "amend")]
    for ws, stance in edits if b_edits_last else reversed(edits):
        positions.edit_position(ws, ident, stance=stance)
    sync.export_bundle(a, tmp_path / "1.wsisdesk")
    sync.import_bundle(b, tmp_path / "1.wsisdesk")
    (story,) = conflict_stories(b)
    assert story.subject.kind == "position" and story.subject.name == "G77"
    assert (story.subject.paragraph, story.subject.document) == ("OP2", DEMO_SYMBOL)
    assert story.fields == ("stance",)
    # the later edit wins; "yours" is B's side, in effect or not
    assert story.kept.yours is b_edits_last and story.other.yours is not b_edits_last
    mine = story.kept if story.kept.yours else story.other
    theirs = story.other if story.kept.yours else story.kept
    assert (mine.site, dict(mine.values)["stance"]) == ("Laptop B", "amend")
    assert (theirs.site, dict(theirs.values)["stance"]) == ("Laptop A", "oppose")
    resolve_conflict(b, story.id, keep=story.keep_choice(yours=True))
    assert positions.get_position(b, ident).stance.value == "amend"


def test_keeping_their_version_keeps_theirs(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    ident = _shared_position(a, b, tmp_path)
    positions.edit_position(a, ident, stance="oppose")
    positions.edit_position(b, ident, stance="amend")
    sync.export_bundle(a, tmp_path / "1.wsisdesk")
    sync.import_bundle(b, tmp_path / "1.wsisdesk")
    (story,) = conflict_stories(b)
    resolve_conflict(b, story.id, keep=story.keep_choice(yours=False))
    assert positions.get_position(b, ident).stance.value == "oppose"


def test_a_summary_counts_what_came_in_went_out_and_clashed(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    written = sync.export_bundle(a, tmp_path / "0.wsisdesk")
    imported = sync.import_bundle(b, tmp_path / "0.wsisdesk")
    summary = summarise(imported=[imported], written=written)
    assert summary.sent == written.records > 0
    assert summary.received == imported.total("added") > 0  # a fresh laptop: all new
    assert summary.conflicts == 0
    again = summarise(imported=[sync.import_bundle(b, tmp_path / "0.wsisdesk")])
    assert (again.received, again.sent, again.conflicts) == (0, 0, 0)


def test_latest_changes_are_other_laptops_only(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    ident = _shared_position(a, b, tmp_path)
    changes = recent_changes(b)
    assert changes and all(c.side.site == "Laptop A" and not c.side.yours for c in changes)
    assert any(c.subject.kind == "position" and c.subject.paragraph == "OP2" for c in changes)
    positions.edit_position(b, ident, stance="amend")  # now B's own: no longer "from the team"
    assert not any(c.subject.kind == "position" for c in recent_changes(b))
    assert recent_changes(a) == []


def test_stance_history_keeps_every_value_with_its_source(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, _b = laptops
    first = positions.add_position(
        a,
        document=DEMO_SYMBOL,
        paragraph="OP3",
        party="AOSIS",
        stance="support",
        source="floor",
        source_text="AOSIS can go along",
        meeting="Informals",
    )
    positions.edit_position(a, first.id, stance="reserve", wording="subject to financing")
    positions.add_position(
        a, document=DEMO_SYMBOL, paragraph="OP3", party="EU", stance="oppose", source="written"
    )
    history = stance_history(a, DEMO_SYMBOL, "AOSIS", first.lineage_id or "")
    assert (history.party, history.paragraph, history.document) == ("AOSIS", "OP3", DEMO_SYMBOL)
    assert [(e.stance, e.wording) for e in history.entries] == [
        ("support", ""),
        ("reserve", "subject to financing"),
    ]
    assert {(e.source, e.source_text, e.meeting, e.site) for e in history.entries} == {
        ("floor", "AOSIS can go along", "Informals", "Laptop A")
    }
    assert all(e.recorded_in == "Rev.2" and e.changed_at for e in history.entries)
    empty = stance_history(a, DEMO_SYMBOL, "RUS", first.lineage_id or "")
    assert empty.entries == ()
