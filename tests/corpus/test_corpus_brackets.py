"""Bracket facts a delegate can check by eye in the real drafts of ../shared/corpus."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wsis_desk.core.brackets.census import VersionCensus, version_census
from wsis_desk.core.brackets.scan import CLOSERS, OPENERS, SkipReason, parse_brackets
from wsis_desk.core.brackets.scope import Position
from wsis_desk.core.model import Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.reader import load_file

pytestmark = pytest.mark.corpus
ART62_DOCX = "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
ART62_TXT = "texts/unfccc_art62_v1_2024-11-14_sbsta61_draft_text.txt"
PARIS_V1 = "texts/unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt"


@cache
def paragraphs(path: Path, scratch: Path) -> tuple[Paragraph, ...]:
    """Segmented paragraphs of a corpus file, its CORPUS-SOURCE line stripped."""
    if path.suffix == ".txt":
        copy = scratch / path.name
        copy.write_bytes(path.read_bytes().split(b"\n", 1)[1])
        path = copy
    return segment(load_file(path).source).paragraphs


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def census(corpus: Path, scratch: Path, name: str) -> tuple[tuple[Paragraph, ...], VersionCensus]:
    paras = paragraphs(corpus / name, scratch)
    return paras, version_census(paras, load_registry())


def test_depth_four_nesting_in_the_4_december_paris_draft(corpus: Path, scratch: Path) -> None:
    paras, c = census(corpus, scratch, "texts/unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt")
    assert c.max_depth == 4
    para = next(p for p in paras if p.text.startswith("[[with a view to [inscription in [Annex]"))
    deepest = [g for g in parse_brackets(para.text).walk() if g.depth == 4]
    assert [g.inner for g in deepest][:1] == ["Annex"]
    assert sum(pc.max_depth == 4 for pc in c.paragraphs) == 6


@pytest.mark.parametrize("name", [ART62_DOCX, ART62_TXT])
def test_article_6_2_bracket_from_paragraph_3_to_end_of_paragraph_4(
    corpus: Path, scratch: Path, name: str
) -> None:
    paras, c = census(corpus, scratch, name)
    p3 = next(p for p in paras if p.number == "3." and p.text.startswith("[[Decides][Clarifies]"))
    p4 = paras[paras.index(p3) + 1]
    assert p4.number == "4." and p4.text.endswith("cooperative approach;]")
    pair = next(s for s in c.document_scope.spanning if s.open.paragraph == p3.index)
    assert pair.open == Position(p3.index, 0)
    assert pair.close == Position(p4.index, len(p4.text) - 1)
    c3, c4 = c.paragraphs[paras.index(p3)], c.paragraphs[paras.index(p4)]
    # one group from OP3 to the end of OP4, shown on both, and neither is "unbalanced"
    assert (c3.groups, c3.alternatives, c3.unbalanced, c3.spanning) == (3, 2, False, 1)
    assert (c4.groups, c4.unbalanced, c4.spanning) == (0, False, 1)
    assert c3.top_level_groups == 1  # [ [Decides][Clarifies] … holds the other two


@pytest.mark.parametrize("name", [ART62_DOCX, ART62_TXT])
def test_article_6_2_unclosed_annex_one(corpus: Path, scratch: Path, name: str) -> None:
    paras, c = census(corpus, scratch, name)
    annex = next(p for p in paras if p.text.startswith("[Annex I") and "[Annex II" not in p.text)
    scope = c.document_scope
    assert Position(annex.index, 0) in scope.unclosed
    # by reading: "12. [Decides][Requests] … information on [contribution to overall mitigation
    # … paragraph 39;" never closes its last "["; the one "]" too many at the end of 24(n)
    # ("… cooperative approach];") lies two section headings later: two typos, not a pair.
    # Likewise 28(b) (one "[" left open) and paragraph 30 (one "]" too many) under heading C.
    op12 = next(p for p in paras if p.number == "12." and p.text.startswith("[Decides]"))
    op24n = next(
        p for p in paras if p.text.endswith("[implementation of the] cooperative approach];")
    )
    op28b = next(p for p in paras if p.text.startswith("[Contribution of resources for adaptation"))
    op30 = next(
        p for p in paras if p.number == "30." and p.text.startswith("Requests the secretariat")
    )
    assert {op12.index, op28b.index} <= {pos.paragraph for pos in scope.unclosed}
    assert {op24n.index, op30.index} <= {pos.paragraph for pos in scope.stray_close}
    assert not any(s.open.paragraph in (op12.index, op28b.index) for s in scope.spanning)
    # and the five "[" that nothing closes at all: OP 53, OP 64(d)(ii), OP 91, Annex I, a cell
    for number, start in (("53.", ""), ("91.", "")):
        para = next(p for p in paras if p.number == number and p.text.startswith(start))
        assert para.index in {pos.paragraph for pos in scope.unclosed}
    assert (c.groups, c.max_depth, c.non_negotiation) == (420, 3, 0)


def test_footnote_markers_are_never_counted(corpus: Path) -> None:
    raw = (corpus / PARIS_V1).read_text(encoding="utf-8").split("\n")[1:]
    parses = [parse_brackets(line) for line in raw]
    markers = [s for p in parses for s in p.skipped if s.reason is SkipReason.FOOTNOTE_MARKER]
    assert len(markers) == 24 == sum(line.count("[^") for line in raw)  # 12 refs + 12 notes
    assert not any(g.inner.lstrip().startswith("^") for p in parses for g in p.walk())
    assert sum(len(list(p.walk())) for p in parses) == 1049 - 24  # every other "[" is a group


def test_paris_v1_counts_by_reading(corpus: Path, scratch: Path) -> None:
    paras, c = census(corpus, scratch, PARIS_V1)
    opens = sum(sum(p.text.count(o) for o in OPENERS) for p in paras)
    closes = sum(sum(p.text.count(x) for x in CLOSERS) for p in paras)
    assert (opens, closes) == (1023, 1024)
    assert c.groups + c.non_negotiation == opens == 1023
    closed = sum(g.closed for p in paras for g in parse_brackets(p.text).walk())
    strays = sum(len(parse_brackets(p.text).stray_close) for p in paras)
    assert closed + strays == closes
    assert (c.max_depth, c.empty) == (4, 2)  # the two "Parties[[^9]]" footnote brackets
    by_index = {p.index: p for p in paras}
    stray_texts = [by_index[s.paragraph].text[: s.offset + 1] for s in c.document_scope.stray_close]
    assert stray_texts[0].endswith("national circumstances,]]")
    assert stray_texts[1].endswith("to address climate change,]]")
    # by reading: the preambular paragraph on education ("*[recognizing* that sustainable
    # lifestyles …") opens three "[" and closes two; Article 9, paragraph 14 ("… in the
    # implementation of this Article.]") closes one more than it opens, seven articles later:
    # each is unbalanced, not one group spanning the whole Agreement
    education = next(p for p in paras if "recognizing that sustainable lifestyles" in p.text)
    art914 = next(p for p in paras if p.text.endswith("in the implementation of this Article.]"))
    assert education.index in {pos.paragraph for pos in c.document_scope.unclosed}
    assert art914.index in {pos.paragraph for pos in c.document_scope.stray_close}
    row = {p.index: i for i, p in enumerate(paras)}
    assert c.paragraphs[row[education.index]].unbalanced
    assert c.paragraphs[row[art914.index]].unbalanced
    # and a bracket opened by an ordinary paragraph never closes beyond a heading or article
    for pair in c.document_scope.spanning:
        a, b = row[pair.open.paragraph], row[pair.close.paragraph]
        walls = [p for p in paras[a : b + 1] if p.kind.value in ("heading", "article")]
        assert not walls or walls[0] is paras[a]  # only a heading's "[" may run past one


def test_reservation_and_proposal_attributions_found_and_nothing_else(
    corpus: Path, scratch: Path
) -> None:
    # "EU submission on paragraph 34" heads an additional element of Art. 3ter in the draft
    # agreement of 6 November and 4 December, in the markdown and in the PDF text
    eu = {"EU": 1}
    expected = {
        # South Africa's reservation is footnote 6 of the 6 November draft, in both renderings
        # (glued "…at least in part;]6[ with …" in the PDF text)
        PARIS_V1: {"ZAF": 1, **eu},
        "texts/unfccc_paris_agreement_v1pdf_2015-11-06_adp_draft_pdftotext.txt": {"ZAF": 1, **eu},
        "texts/unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt": eu,
        "texts/unfccc_paris_agreement_v2pdf_2015-12-04_adp_draft_pdftotext.txt": eu,
        "texts/unfccc_paris_decision_v1_2015-11-06_adp_draft.txt": {"AILAC": 1},
        # "A joint submission was received from Turkey and Ukraine for Art 2.bis" (a note)
        "texts/unfccc_paris_agreement_v3_2015-12-09_presidency_draft.txt": {"TUR": 1, "UKR": 1},
    }
    files = sorted(corpus.glob("texts/*.txt")) + sorted(corpus.glob("docx/*.docx"))
    assert len(files) > 20
    for path in files:
        _, c = census(corpus, scratch, str(path.relative_to(corpus)))
        assert c.proponents == expected.get(str(path.relative_to(corpus)), {}), path.name
        assert c.unresolved_proponents == ()


@pytest.mark.parametrize(
    "name",
    [
        "texts/unfccc_paris_agreement_v4_2015-12-12_adopted.txt",
        "texts/unfccc_paris_agreement_v5_2016-01-29_corrected.txt",
        "texts/unfccc_paris_decision_v2_2016-01-29_1-CP21_adopted.txt",
    ],
)
def test_adopted_texts_have_no_negotiation_brackets(corpus: Path, scratch: Path, name: str) -> None:
    _, c = census(corpus, scratch, name)
    assert (c.groups, c.unbalanced_paragraphs, c.bracketed_paragraphs) == (0, 0, 0)
    assert c.document_scope.balanced and c.document_scope.spanning == ()


@pytest.mark.parametrize("lang", ["zh", "ar", "ru", "fr", "es", "en"])
def test_bbnj_six_languages_nothing_miscounted(corpus: Path, scratch: Path, lang: str) -> None:
    name = f"texts/bbnj_agreement_2023_{lang}_preamble_art1_excerpt.txt"
    paras, c = census(corpus, scratch, name)
    assert len(paras) > 3
    # the excerpt has no brackets of any family, so every count is zero
    assert not any(ch in OPENERS + CLOSERS for p in paras for ch in p.text)
    assert (c.groups, c.non_negotiation, c.unbalanced_paragraphs, c.placeholders) == (0, 0, 0, 0)
    assert all(not parse_brackets(p.text).diagnostics for p in paras)


def test_adopted_article_6_2_language_note_is_skipped(corpus: Path, scratch: Path) -> None:
    _, c = census(corpus, scratch, "texts/unfccc_art62_v3_2024-11-24_decision_4-CMA6_adopted.txt")
    assert (c.groups, c.non_negotiation) == (0, 1)  # "[English only]"


def test_bbnj_prepcom_placeholders(corpus: Path, scratch: Path) -> None:
    paras, c = census(
        corpus, scratch, "texts/bbnj_prepcom3_report_v1_advance_unedited_annexes_excerpt.txt"
    )
    # "[document to be issued]" (three times) is the secretariat's stand-in for a symbol, which
    # editors fill in: not negotiation text. "[Placeholder for potential additional text …]" is
    # a gap delegates may still fill: a group of kind placeholder.
    parses = [parse_brackets(p.text) for p in paras]
    issued = [s for b in parses for s in b.skipped if s.text == "[document to be issued]"]
    assert len(issued) == 3 and {s.reason.value for s in issued} == {"editorial_note"}
    kinds = {g.inner[:15]: g.kind.value for b in parses for g in b.walk()}
    assert kinds["Placeholder for"] == "placeholder"
    # by reading (the facts file): 31 "[" less the three stand-ins and the six of the
    # renumbering pairs [4][2] [5][3] [6][4]; placeholders: that one and three "[x] member[s]"
    assert c.groups == 22 and c.placeholders == 4 and c.document_scope.balanced


def test_census_round_trips_through_json(corpus: Path, scratch: Path) -> None:
    _, c = census(corpus, scratch, ART62_DOCX)
    assert VersionCensus.from_json(c.to_json()).to_json() == c.to_json()


def test_brackets_in_paris_v1_footnotes_are_footnote_groups(corpus: Path, scratch: Path) -> None:
    _, c = census(corpus, scratch, PARIS_V1)
    # by reading: footnote 6 is one bracket ("[South Africa wishes its reservation …]") and
    # footnote 9 quotes "developed country Parties [and other Parties in a position to do so]"
    assert c.footnote_groups == 2


def test_parties_named_in_word_comments_are_comment_positions(corpus: Path, scratch: Path) -> None:
    paras, c = census(corpus, scratch, "docx/art62_cma6_draft_party_inputs_working_copy.docx")
    # counted by reading the 95 comments: the comments in which each speaks
    # ("LMDC: Delete whole section …", "Canada, Norway – Revocation clarity needed", …)
    said = {code: c.comment_positions.get(code) for code in ("LMDC", "ARAB", "NOR", "AOSIS")}
    assert said == {"LMDC": 9, "ARAB": 2, "NOR": 5, "AOSIS": 9}
    assert next(iter(c.comment_positions)) == "USA"  # the United States speaks most
    assert c.groups == 0 and c.proponents == {}  # no bracket of the text names anyone
    # on each paragraph too: OP1 carries "US: Clarifies not decides", "Pakistan: A unilateral
    # approach is not supported", "Canada: …" among its comments
    op1 = next(pc for p, pc in zip(paras, c.paragraphs, strict=True) if p.label == "OP1")
    assert {"USA", "PAK", "CAN"} <= set(op1.commenters)
    for code, n in c.comment_positions.items():  # a paragraph lists a party once, however
        assert 0 < sum(code in pc.commenters for pc in c.paragraphs) <= n  # many comments
