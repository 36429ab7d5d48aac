"""Comparing real version chains in ../shared/corpus: facts checked by reading the files."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.compare import Comparison, ParagraphComparison, compare, lineage_table
from wsis_desk.core.model import Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file

pytestmark = pytest.mark.corpus


def load(corpus: Path, tmp_path: Path, pattern: str) -> tuple[Paragraph, ...]:
    """Segment a corpus file; text files lose their CORPUS-SOURCE line first."""
    path = next(corpus.glob(pattern))
    if path.suffix == ".txt":
        data = path.read_bytes()
        copy = tmp_path / path.name
        copy.write_bytes(data.split(b"\n", 1)[1] if data.startswith(b"CORPUS-SOURCE") else data)
        path = copy
    return segment(load_file(path).source).paragraphs


def paris(corpus: Path, tmp_path: Path, v: str) -> tuple[Paragraph, ...]:
    return load(corpus, tmp_path, f"texts/unfccc_paris_agreement_{v}_*")


def row(comparison: Comparison, new_label: str) -> ParagraphComparison:
    return next(r for r in comparison.paragraphs if r.new_label == new_label)


def edits(r: ParagraphComparison) -> list[tuple[str, str]]:
    return [(c.op, c.text) for c in r.chunks if c.op != "="]


def test_paris_v4_to_v5_finds_each_editorial_correction(corpus: Path, tmp_path: Path) -> None:
    c = compare(paris(corpus, tmp_path, "v4"), paris(corpus, tmp_path, "v5"))
    s = c.summary
    # 48 lines differ between the files; 7 only by *italics* (chapeau, mutatis mutandis)
    assert (s.added, s.removed, s.moved, s.renumbered, s.merged, s.split) == (0, 0, 0, 0, 0, 0)
    assert s.changed == 41 and s.unchanged == 218 - 41
    assert row(c, "chapeau").match.change is ChangeKind.UNCHANGED  # *The Parties…*, only
    assert edits(row(c, "¶21")) == [
        ("-", "purposes"),
        ("+", "purpose"),
        ("-", "all"),
        ("+", "the"),
        ("+", " shall"),
    ]
    assert edits(row(c, "Art. 2.1(1)")) == [("-", "to pursue"), ("+", "pursuing")]
    assert edits(row(c, "Art. 4.17")) == [("-", "above"), ("+", "of this Article")]
    assert edits(row(c, "Art. 6.9")) == [("-", "nonmarket"), ("+", "non-market")]
    assert edits(row(c, "Art. 7.7(3)")) == [("-", "decisionmaking"), ("+", "decision-making")]
    assert edits(row(c, "Art. 13.9")) == [("-", "Article"), ("+", "Articles")]
    assert edits(row(c, "Art. 25.1")) == [("+", "in ")]
    assert edits(row(c, "Art. 1.3")) == [("+", ".")]
    paris_to_this = [r for r in c.paragraphs if ("-", "the Paris") in edits(r)]
    assert len(paris_to_this) == 26  # "… Parties to the Paris Agreement" → "this Agreement"


def test_paris_v3_to_v4_renumbers_the_articles(corpus: Path, tmp_path: Path) -> None:
    c = compare(paris(corpus, tmp_path, "v3"), paris(corpus, tmp_path, "v4"))
    articles = {r.old_label: r for r in c.paragraphs if r.match.olds and r.match.news}
    assert articles["Art. 3"].new_label == "Art. 4"  # mitigation
    assert articles["Art. 4"].new_label == "Art. 7"  # adaptation
    assert articles["Art. 6"].new_label == "Art. 9"  # finance
    assert articles["Art. 26"].new_label == "Art. 29"  # languages
    assert all(articles[f"Art. {n}"].match.renumbered for n in (3, 4, 6, 26))
    # 217 groups, one per "[" of the file (grep -o '\[' counts 217, none a footnote mark):
    # unglued numbers are negotiation text ("paragraph [14] above", "Articles [9] and [11]",
    # "at least [50][60] Parties"); 209 close in their paragraph, 6 run across paragraphs and
    # 2 are never closed: each counts once, as in the census
    assert c.summary.brackets.before == 217 and c.summary.brackets.after == 0
    assert c.summary.brackets.removed == 217 and c.summary.renumbered > 100


def test_paris_chain_v1_to_v5(corpus: Path, tmp_path: Path) -> None:
    versions = [(v, paris(corpus, tmp_path, v)) for v in ("v1", "v2", "v3", "v4", "v5")]
    brackets = []
    for (_, a), (_, b) in itertools.pairwise(versions):
        s = compare(a, b).summary
        brackets.append((s.brackets.before, s.brackets.after))
        assert s.brackets.after == s.brackets.before - s.brackets.removed + s.brackets.added
    assert brackets[0][0] > 900 and brackets[1][0] > 900  # about 1,000 '[' in v1 and v2
    assert 150 < brackets[2][0] < 400 and brackets[3] == (0, 0)
    table = lineage_table(versions)
    by_label = {r.cells[-1].label: r for r in table.rows if r.cells[-1]}
    # Article 2.1 (purpose) goes back to Option 1 of Article 2 in the first draft
    cells = by_label["Art. 2.1"].cells
    assert [c.label if c else None for c in cells] == [
        "Art. 2.1",
        "Art. 2.1",
        "Art. 2.1",
        "Art. 2.1",
        "Art. 2.1",
    ]
    # Article 6.2 (cooperative approaches) first appears, unnumbered, in the 9 December draft
    cells = by_label["Art. 6.2"].cells
    assert cells[0] is None and cells[1] is None
    assert cells[2] is not None and cells[2].change is ChangeKind.ADDED
    assert cells[3] is not None and cells[3].label == "Art. 6.2"


def test_article_6_2_first_iteration_docx_to_adopted_decision(corpus: Path, tmp_path: Path) -> None:
    old = load(corpus, tmp_path, "docx/art62_sbsta61_draft_1st_iteration_*.docx")
    new = load(corpus, tmp_path, "texts/unfccc_art62_v3_*")
    c = compare(old, new)
    s = c.summary
    assert s.brackets.before > 350 and s.brackets.after <= 1  # "[English only]" only
    assert s.brackets.removed >= s.brackets.before - 1
    assert s.removed > s.added  # ~800 draft paragraphs became ~200
    kept = [r for r in c.paragraphs if r.match.olds and r.match.news]
    assert len(kept) > 100
    assert sum(r.match.similarity >= 0.8 for r in kept) > 30


def test_bbnj_advance_to_final_editorial_changes_and_one_bracket_added(
    corpus: Path, tmp_path: Path
) -> None:
    old = load(corpus, tmp_path, "texts/bbnj_prepcom3_report_v1_*")
    new = load(corpus, tmp_path, "texts/bbnj_prepcom3_report_v2_*")
    c = compare(old, new)
    s = c.summary
    assert (s.added, s.removed, s.moved) == (0, 0, 0)
    assert s.changed > 20
    assert s.brackets.added == 1
    added = [r for r in c.paragraphs if r.brackets.added]
    assert ("+", " [under the United Nations Convention on the Law of the Sea") in [
        (op, text[:59]) for op, text in edits(added[0])
    ]
    # two "[document to be issued]" became a footnote to the real symbol: the secretariat's
    # stand-ins were never negotiation brackets, so no bracket was removed, only words
    assert (s.brackets.removed, s.brackets.dropped) == (0, 0)
    filled = [r for r in c.paragraphs if any("[document to be issued]" in t for _, t in edits(r))]
    assert len(filled) == 2 and not any(r.brackets.added or r.brackets.removed for r in filled)
    texts = [t for r in c.paragraphs for t in edits(r)]
    assert ("-", "appendix") in texts and ("+", "annex") in texts  # decision on the special fund
    assert ("-", "to the Paris") not in texts
    first = next(r for r in c.paragraphs if "articles 5, 6, 7" in "".join(t for _, t in r.chunks))
    assert edits(first)[0] == ("-", ",")  # "articles 5, 6, 7, and 8" → "5, 6, 7 and 8"


def test_same_version_as_markdown_and_as_pdf_text_is_near_identical(
    corpus: Path, tmp_path: Path
) -> None:
    old = paris(corpus, tmp_path, "v1")
    new = paris(corpus, tmp_path, "v1pdf")
    c = compare(old, new)
    matched = [r for r in c.paragraphs if r.match.olds and r.match.news]
    assert len(matched) > 0.85 * len(old)
    assert sum(r.match.similarity >= 0.9 for r in matched) > 0.85 * len(matched)
    kept_words = sum(len(ch.text.split()) for r in c.paragraphs for ch in r.chunks if ch.op == "=")
    assert kept_words > 0.9 * sum(len(p.text.split()) for p in old)
    b = c.summary.brackets
    assert abs(b.before - b.after) < 0.02 * b.before  # ~990 groups either way


def test_layout_only_when_the_words_are_the_same(corpus: Path, tmp_path: Path) -> None:
    v4 = paris(corpus, tmp_path, "v4")
    reflowed = tuple(
        Paragraph(p.index, p.label, p.kind, p.text.replace(" ", "\n", 3), p.number, p.parent)
        for p in v4
    )
    c = compare(v4, reflowed)
    assert c.summary.layout_only and c.summary.changed == 0


def test_a_paragraph_printed_as_options_has_one_label_in_every_rendering(
    corpus: Path, tmp_path: Path
) -> None:
    # "16. Option 1: [Requests the SBI to clarify …" then "Option 2: No text", in the markdown
    # of the 6 November decision draft, in its PDF text and in the 4 December PDF text
    md = load(corpus, tmp_path, "texts/unfccc_paris_decision_v1_2015-*")
    for other in ("v1pdf_*", "v1b_*"):
        c = compare(md, load(corpus, tmp_path, f"texts/unfccc_paris_decision_{other}"))
        for label in ("OP16 Opt.1", "OP16 Opt.2", "OP17"):
            assert row(c, label).old_label == label, other
