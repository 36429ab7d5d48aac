"""Interventions on a real SQLite workspace: validation, id prefixes, lineage, tombstones."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from wsis_desk.core.interventions import select_labels
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.speech import Verdict
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import InterventionRow

TEXT = " ".join(["We urge Member States to close the digital divide now."] * 30)  # 300 words


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    load_demo(workspace)
    yield workspace
    workspace.close()


def _add(ws: Workspace, **kw: object) -> iv.Intervention:
    fields: dict[str, object] = {
        "title": "Statement on OP3",
        "speaker": "Civil Society Caucus",
        "meeting": "WSIS+20 informals",
        "limit_seconds": 120,
        "text": TEXT,
    }
    fields.update(kw)
    return iv.add_intervention(ws, **fields)  # type: ignore[arg-type]


def test_add_get_list_round_trip_with_stamp(ws: Workspace) -> None:
    item = _add(ws, language="FR")
    assert item.language == "fr" and item.wpm == 110 and item.status is iv.Status.DRAFT
    assert iv.get_intervention(ws, item.id) == item
    assert iv.list_interventions(ws) == [item]
    with ws.db.sessions() as session:
        row = session.get(InterventionRow, item.id)
        assert row is not None and row.hlc and row.origin and row.parent_hlc is None


def test_timing_of_a_stored_statement(ws: Workspace) -> None:
    t = iv.timing_of(_add(ws))
    assert t.units == 300 and t.verdict is Verdict.TOO_FAST_TO_INTERPRET
    assert t.units_to_cut == 300 - 220  # what fits two minutes at the chosen 110 wpm


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("wpm", 300, "from 60 to 220"),
        ("wpm", 59, "from 60 to 220"),
        ("limit_seconds", 0, "time limit"),
        ("language", "english", "not a language code"),
        ("title", "   ", "title is empty"),
        ("status", "adopted", "draft, final or delivered"),
    ],
)
def test_bad_values_are_one_line_errors_and_store_nothing(
    ws: Workspace, field: str, value: object, words: str
) -> None:
    with pytest.raises(iv.InvalidInterventionError, match=words) as info:
        _add(ws, **{field: value})
    assert "\n" not in str(info.value)
    assert iv.list_interventions(ws) == []


def test_other_languages_are_accepted_with_a_note() -> None:
    assert iv.language_note("ar") is None and iv.language_note("zh-hans") is None
    note = iv.language_note("pt")
    assert note is not None and "six UN languages" in note


def test_ids_by_unique_prefix_of_six(ws: Workspace) -> None:
    item = _add(ws)
    assert iv.get_intervention(ws, item.id[:6].upper()).id == item.id
    with pytest.raises(NotFoundError, match="at least 6"):
        iv.get_intervention(ws, item.id[:5])
    with pytest.raises(NotFoundError, match="No intervention"):
        iv.get_intervention(ws, "ffffffff")


def test_ambiguous_prefix_names_the_candidates(ws: Workspace) -> None:
    now = datetime.now(UTC).isoformat()
    with ws.db.sessions.begin() as session:
        for suffix in ("1", "2"):
            session.add(
                InterventionRow(
                    id=f"abcdef{suffix}-0000", title=suffix, created_at=now, updated_at=now
                )
            )
    with pytest.raises(NotFoundError, match="Several interventions start with 'abcdef'"):
        iv.get_intervention(ws, "abcdef")
    assert iv.get_intervention(ws, "abcdef2").title == "2"


def test_paragraph_refs_follow_lineage_to_the_latest_version(ws: Workspace) -> None:
    # "2 bis" of Rev.1 became "3 bis" in Rev.2; "5 bis" (a facilitator note) was dropped
    item = _add(ws, document=DEMO_SYMBOL, version="Rev.1", paragraphs="OP3, 2bis, OP5-OP5bis")
    assert item.document is not None and item.document.version == "Rev.2"
    assert item.labels == ("OP3", "OP3bis", "OP5", "OP5bis")
    assert [p.current for p in item.paragraphs] == [True, True, True, False]


def test_unknown_labels_and_missing_document_are_clear(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match=r"No paragraph 'OP99' in Rev\.2"):
        _add(ws, document=DEMO_DOCUMENT, paragraphs="OP1, OP99")
    with pytest.raises(iv.InvalidInterventionError, match="which document"):
        _add(ws, paragraphs="OP1")
    assert iv.list_interventions(ws) == []


def test_edit_changes_only_what_is_given_and_restamps(ws: Workspace) -> None:
    item = _add(ws, document=DEMO_SYMBOL, paragraphs="OP1")
    with ws.db.sessions() as session:
        first = session.get(InterventionRow, item.id).hlc  # type: ignore[union-attr]
    edited = iv.edit_intervention(ws, item.id[:8], wpm=120, speaker=None, paragraphs="OP2,OP4")
    assert edited.wpm == 120 and edited.speaker is None and edited.title == item.title
    assert edited.labels == ("OP2", "OP4") and edited.document == item.document
    with ws.db.sessions() as session:
        row = session.get(InterventionRow, item.id)
        assert row is not None and row.parent_hlc == first and row.hlc > first
    cleared = iv.edit_intervention(ws, item.id, document=None, limit_seconds=None)
    assert cleared.document is None and cleared.paragraphs == () and cleared.limit_seconds is None


def test_deliver_then_back_to_final_clears_the_time(ws: Workspace) -> None:
    item = _add(ws)
    at = datetime(2025, 11, 21, 10, 15, tzinfo=UTC)
    done = iv.mark_delivered(ws, item.id, at=at)
    assert done.status is iv.Status.DELIVERED and done.delivered_at == "2025-11-21T10:15:00+00:00"
    back = iv.edit_intervention(ws, item.id, status="final")
    assert back.status is iv.Status.FINAL and back.delivered_at is None


def test_delete_is_a_stamped_tombstone(ws: Workspace) -> None:
    item = _add(ws)
    iv.delete_intervention(ws, item.id[:6])
    assert iv.list_interventions(ws) == []
    with pytest.raises(NotFoundError):
        iv.get_intervention(ws, item.id)
    with ws.db.sessions() as session:
        rows = list(session.scalars(select(InterventionRow)))
    assert len(rows) == 1 and rows[0].deleted and rows[0].parent_hlc


def test_time_text_validates_like_the_store() -> None:
    t = iv.time_text("缔约方应开展合作" * 10, language="zh", wpm=110, limit_seconds=30)
    assert t.unit.value == "characters" and t.units == 80
    with pytest.raises(WsisDeskError, match="from 60 to 220"):
        iv.time_text("x", language="en", wpm=0)


def test_select_labels_ranges_numbers_and_unknowns() -> None:
    paras = [
        Paragraph(i, label, ParagraphKind.OPERATIVE, "t")
        for i, label in enumerate(["PP1", "OP1", "OP1(a)", "OP1bis", "OP2", "OP3"])
    ]
    assert select_labels(paras, "OP1-OP2") == ((1, 2, 3, 4), [])
    assert select_labels(paras, "op 1 bis, 3, PP1") == ((0, 3, 5), [])
    assert select_labels(paras, "OP2–OP1, OP9, X-Y") == ((1, 2, 3, 4), ["OP9", "X-Y"])


def test_a_range_takes_in_the_sub_paragraphs_of_its_last_paragraph() -> None:
    labels = ["Art. 8.1", "Art. 8.2", "Art. 8.4", "Art. 8.4(a)", "Art. 8.4(a)(i)", "Art. 8.5"]
    parents = [None, None, None, 2, 3, None]
    paras = [
        Paragraph(i, label, ParagraphKind.ARTICLE, "t", parent=parent)
        for i, (label, parent) in enumerate(zip(labels, parents, strict=True))
    ]
    assert select_labels(paras, "Art. 8.1-Art. 8.4") == ((0, 1, 2, 3, 4), [])
    assert select_labels(paras, "Art. 8.4") == ((2,), [])
