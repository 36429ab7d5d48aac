"""The notes of the real Art. 6.2 Word drafts read one per printed mark, none uncited, none merged.

Expected values counted by reading word/footnotes.xml, word/endnotes.xml and the w:endnotePr of
each section of document.xml (unzip -p FILE word/endnotes.xml), not from the tool's output.
"""

from __future__ import annotations

import string

import pytest

from tests.conftest import CORPUS
from wsis_desk.core.model import Footnote, ParagraphKind
from wsis_desk.core.segment import segment
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.services.census import compute_census

SBSTA = CORPUS / "docx" / "art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
CMA = CORPUS / "docx" / "art62_cma6_draft_party_inputs_working_copy.docx"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not SBSTA.exists() or not CMA.exists(), reason="../shared/corpus is absent"),
]
LETTERS = string.ascii_lowercase


def _table_notes(path: object) -> tuple[list[list[Footnote]], list[Footnote], list[Footnote]]:
    """Notes of each table (in order), notes of the other paragraphs, notes no one cites."""
    data = SBSTA.read_bytes() if path is SBSTA else CMA.read_bytes()
    result = segment(read_docx(data, name=str(path)))
    tables = [list(p.footnotes) for p in result.paragraphs if p.kind is ParagraphKind.TABLE]
    others = [
        f for p in result.paragraphs if p.kind is not ParagraphKind.TABLE for f in p.footnotes
    ]
    return [t for t in tables if t], others, list(result.footnotes)


def _by_mark(notes: list[Footnote]) -> dict[str, str]:
    return {f.mark: f.text for f in notes}


def test_sbsta61_draft_every_note_linked_to_its_mark() -> None:
    tables, others, uncited = _table_notes(SBSTA)
    assert uncited == []  # endnote 7 sits in a table cell holding only its mark and a space
    # 14 footnotes (ids 2-15), numbered 1-14 (settings: decimal, restart each section).
    assert [f.mark for f in others] == [str(n) for n in range(1, 15)]
    assert others[0].text == "Decision 2/CMA.3, paras. 14–15."
    assert others[-1].text.startswith("The relevant budget estimates are set out")
    # Endnotes: lowerLetter, restart each section. Table notes as printed:
    # endnotes 2-6 (a-e); endnote 7 holds the typed notes b..z after its own "a" (26 notes);
    # endnote 8: a..o (15); endnotes 9 (typed a..f), 10 ("]") and 11 (empty) in one table
    # section that continues from "a"; endnote 12: a..c.
    assert (
        [[f.mark for f in t] for t in tables]
        == [  # as printed under each table
            list("abcde"),
            list(LETTERS),
            list(LETTERS[:15]),
            [*"abcdef", "c", "d"],
            list("abc"),
        ]
    )
    assert sum(len(t) for t in tables) + len(others) == 71
    seven = _by_mark(tables[1])
    assert seven["a"] == "Date on which the action was executed in the Party ITMO registry."
    assert seven["b"].startswith("Action type as per decision 2/CMA.3")
    assert seven["i"].startswith("[Type of Global warming potential (GWP)")  # its "[" kept
    assert seven["z"].startswith("[Shows the result of the consistency check")
    assert _by_mark(tables[2])["o"].startswith("[This field indicates whether the mitigation")
    nine = tables[3]
    assert [f.text for f in nine if f.mark == "a"] == [
        "Date on which the authorization was issued."
    ]
    assert _by_mark(tables[4])["c"].startswith("Total amount of ITMOs cancelled towards OMGE")
    # never merged: no note holds a second typed mark at a line start
    assert not any("\nb  " in f.text or "\nc  " in f.text for t in tables for f in t)


def test_sbsta61_draft_footnote_groups_are_the_brackets_of_the_notes() -> None:
    result = segment(read_docx(SBSTA.read_bytes(), name=SBSTA.name))
    census = compute_census(result.paragraphs, result.footnotes)
    # grep -o '\[' word/endnotes.xml | wc -l = 40; word/footnotes.xml has none.
    assert census.footnote_groups == 40
    assert census.groups == 420


def test_cma6_working_copy_every_note_linked_to_its_mark() -> None:
    tables, others, uncited = _table_notes(CMA)
    assert uncited == []
    assert [f.mark for f in others] == ["1", "2", "3", "4"]  # footnotes 2-5
    # endnotes 2-6 (a-e); 7: a..p (16); 8: a..z (26); 9: a..p (16); 10-15 one each (the
    # last section falls back to lower roman and continues: ii..vii); 15's 4 empty
    # paragraphs belong to it.
    assert [[f.mark for f in t] for t in tables] == [
        list("abcde"),
        list(LETTERS[:16]),
        list(LETTERS),
        list(LETTERS[:16]),
        ["ii", "iii", "iv", "v", "vi", "vii"],
    ]
    assert sum(len(t) for t in tables) + len(others) == 73
    assert _by_mark(tables[2])["z"].startswith("This field is optional. The Party may")
