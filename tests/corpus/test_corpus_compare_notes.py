"""Footnotes in compare on the real Paris drafts: their notes re-wrapped are layout only, a
word changed in one note is one changed footnote on its row; and the markdown and pdftotext
renderings of v1 differ in some notes' words, and the row shows that."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wsis_desk.core.compare import compare
from wsis_desk.core.model import Footnote, Paragraph

from .test_corpus_compare import paris

pytestmark = pytest.mark.corpus


def _rewrapped(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """Every paragraph and note with its spaces turned into line breaks here and there."""
    return [
        dataclasses.replace(
            p,
            text=p.text.replace(" ", "\n", 3),
            footnotes=tuple(Footnote(n.mark, n.text.replace(" ", "\n  ", 2)) for n in p.footnotes),
        )
        for p in paragraphs
    ]


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_paris_notes_rewrapped_are_layout_only_and_one_word_is_one_note(
    corpus: Path, tmp_path: Path, version: str
) -> None:
    old = paris(corpus, tmp_path, version)
    cited = [k for k, p in enumerate(old) if p.footnotes]
    assert len(cited) >= 5  # the ADP drafts footnote their options
    new = _rewrapped(old)
    c = compare(old, new)
    assert c.summary.layout_only and c.summary.notes_changed == 0
    k = cited[len(cited) // 2]
    first = new[k].footnotes[0]
    edited = Footnote(first.mark, first.text + " Some Parties object.")
    new[k] = dataclasses.replace(new[k], footnotes=(edited, *new[k].footnotes[1:]))
    c = compare(old, new)
    assert not c.summary.layout_only and c.summary.notes_changed == 1
    rows = [r for r in c.paragraphs if r.note_chunks]
    assert [r.new_label for r in rows] == [old[k].label]
    assert [ch.text.split() for ch in rows[0].note_chunks if ch.op != "="] == [
        ["Some", "Parties", "object."]
    ]


def test_paris_v1_markdown_and_pdf_text_differ_in_a_notes_words(
    corpus: Path, tmp_path: Path
) -> None:
    """Read by hand: footnote 2 says "the context, which placement" in the markdown (line
    1004) and "the context, whose placement" in the PDF text (line 306): a change of words the
    row shows (the renderings are not layout only: their words differ, on main too)."""
    md, pdf = paris(corpus, tmp_path, "v1"), paris(corpus, tmp_path, "v1pdf")
    c = compare(md, pdf)
    assert not c.summary.layout_only and c.summary.notes_changed >= 1
    row = next(r for r in c.paragraphs if r.new_label == "Art. 3.1 Opt.1")
    edits = [(ch.op, ch.text.strip()) for ch in row.note_chunks if ch.op != "="]
    assert edits == [("-", "which"), ("+", "whose")]
