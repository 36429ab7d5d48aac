"""The two UNFCCC PDFs in ../shared/corpus/pdf, read from positions: facts checked by reading."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from wsis_desk.core.compare import compare
from wsis_desk.core.model import SourceText
from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file, parse_bytes

pytestmark = pytest.mark.corpus

INFNOT = "pdf/unfccc_paris_agreement_v1pdf_2015-11-06_11infnot.pdf"
GENEVA = "pdf/unfccc_paris_v0a_2015-02-12_geneva_negotiating_text.pdf"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _read_words(source: SourceText) -> Counter[str]:
    got: Counter[str] = Counter()
    for b in source.blocks:
        got.update(_words(b.text) + _words(b.number or ""))
        for note in b.footnotes:
            got.update(_words(note.text) + _words(note.mark))
    for note in source.footnotes:
        got.update(_words(note.text) + _words(note.mark))
    return got


def test_infnot_furniture_is_dropped_and_listed(corpus: Path) -> None:
    source = load_file(corpus / INFNOT).source
    (furniture,) = [d.message for d in source.diagnostics if d.code == "pdf.furniture"]
    for head in ("AD HOC WORKING GROUP ON THE", "DURBAN PLATFORM", "ADP.2015.11.InformalNote"):
        assert f"{head}" in furniture and "(54×)" in furniture
    assert "page numbers (54×)" in furniture
    text = "\n".join(b.text for b in source.blocks)
    assert "of 54" not in text and "InformalNote" not in text


def test_infnot_margin_labels_and_footnotes(corpus: Path) -> None:
    source = load_file(corpus / INFNOT).source
    numbers = [b.number for b in source.blocks]
    preamble = [n for n in numbers[: numbers.index("1.")] if n and n.startswith("Pp")]
    assert preamble == [f"Pp{i}" for i in range(1, 16)]
    first = source.blocks[numbers.index("Pp1")]
    assert first.text.startswith("Being Parties to the United Nations Framework Convention")
    assert first.text.endswith('(hereinafter referred to as "the Convention"),')
    marks = [n.mark for b in source.blocks for n in b.footnotes]
    numbered = sorted(int(m) for m in marks if m.isdigit())
    assert numbered == list(range(1, 18)) and marks.count("*") == 1  # 17 notes, one asterisk
    assert source.footnotes == ()  # every note found its mark
    edited = next(b for b in source.blocks if b.text.startswith("Edited version of 6 November"))
    assert edited.text == "Edited version of 6 November 2015"  # the note mark 1 is lifted out
    assert edited.footnotes[0].text.startswith("The version of 23 October 2015@23:30 has")
    decisions = [b for b in source.blocks if "decision-making" in b.text]
    assert decisions and not any("decisionmaking" in b.text for b in source.blocks)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
@pytest.mark.parametrize("name", [INFNOT, GENEVA])
def test_every_word_pdftotext_sees_is_read_once(corpus: Path, name: str) -> None:
    """Nothing lost, nothing invented: the words differ from pdftotext's only by the furniture
    dropped, line-end hyphens pdftotext deletes (``capacity-building``) and glued note marks."""
    path = corpus / name
    source = load_file(path).source
    plain = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    ref = Counter(_words(plain))
    got = _read_words(source)
    furniture = sum(
        int(n) * len(_words(kind))
        for kind, n in re.findall(r"([^;:]+) \((\d+)×\)", source.diagnostics[0].message)
    )
    text = "".join(b.text + "".join(n.text for n in b.footnotes) for b in source.blocks)
    text += "".join(n.text for n in source.footnotes)
    for bracket in "[]{}":  # every square and curly bracket, none lost or invented
        assert text.count(bracket) == plain.count(bracket), bracket
    missing = sum((ref - got).values())
    extra = sum((got - ref).values())
    total = sum(ref.values())
    assert missing < furniture + 0.005 * total
    assert extra < 0.005 * total


def _part(source: SourceText, which: str) -> SourceText:
    cut = next(i for i, b in enumerate(source.blocks) if b.text == "DRAFT DECISION")
    return replace(
        source, blocks=source.blocks[:cut] if which == "agreement" else source.blocks[cut:]
    )


@pytest.mark.parametrize("which", ["agreement", "decision"])
def test_infnot_against_the_transcription_of_the_same_version(corpus: Path, which: str) -> None:
    """The transcription is of the 23 October wording (``to attain`` for the PDF's ``in
    attaining``; decision workstream 2 absent), so the words cannot all be equal; what is
    checked is that the PDF's paragraphs line up with it as well as the text allows."""
    pdf = segment(_part(load_file(corpus / INFNOT).source, which)).paragraphs
    path = next(corpus.glob(f"texts/unfccc_paris_{which}_v1_*"))
    data = path.read_bytes().split(b"\n", 1)[1]
    text = segment(parse_bytes(data, path.name)).paragraphs
    c = compare(text, pdf)
    matched = [r for r in c.paragraphs if r.match.olds and r.match.news]
    assert len(matched) > 0.8 * len(text)
    if which == "agreement":  # all 30 articles (counted by reading), under the same numbers
        articles = [p.label for p in text if re.fullmatch(r"Art\. \w+", p.label)]
        assert {p.label for p in pdf} >= set(articles) and len(articles) == 30
    else:  # the same labels from the heading to the first option, where the editing starts
        start = [p.label for p in text].index("B.")
        assert [p.label for p in pdf][:18] == [p.label for p in text][start : start + 18]
