"""The annex tables of the real Art. 6.2 draft: one table paragraph each, the census unchanged."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment import segment
from wsis_desk.core.tables import grid_of
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.services.census import compute_census

DRAFT = CORPUS / "docx" / "art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not DRAFT.exists(), reason="../shared/corpus is absent"),
]


def test_the_annex_tables_are_table_paragraphs_and_the_census_is_the_drafts() -> None:
    paragraphs = segment(read_docx(DRAFT.read_bytes(), name=DRAFT.name)).paragraphs
    tables = [p for p in paragraphs if p.kind is ParagraphKind.TABLE]
    # Counted in Word: 18 tables, Annex I tables 1-6 (several printed in parts), Annex II 1-3.
    assert len(tables) == 18
    labels = [p.label for p in tables]
    assert labels[0] == "Annex I Table 1" and labels[-3:] == [
        "Annex II Table 1",
        "Annex II Table 2",
        "Annex II Table 3",
    ]
    assert {"Annex I Table 3 cont.", "Annex I Table 5", "Annex I Table 6 Opt.2"} <= set(labels)
    submissions = grid_of(tables[0].text)
    assert submissions[:2] == (("Party", "Party"), ("Version", "X.Y"))
    # every "[" of the draft is still counted (the text rendering's grep gives 420)
    assert compute_census(paragraphs).groups == 420
    # the decision before the annexes has no table: its 169 operative paragraphs are intact
    first = paragraphs.index(tables[0])
    assert not any(p.kind is ParagraphKind.TABLE for p in paragraphs[: first - 4])
