"""Segmenting the real texts in ../shared/corpus/texts: facts checked by reading the files."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from wsis_desk.core.model import ParagraphKind, SegmentedText, Severity
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind
TEXTS = CORPUS / "texts"
FILES = sorted(TEXTS.glob("*.txt")) if TEXTS.is_dir() else []
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason="../shared/corpus is absent"),
]


def _is_markdown(name: str) -> bool:
    """The OKFN cop21 transcriptions are markdown; PDF text and docx-to-text are not."""
    return name.startswith("unfccc_paris") and "pdftotext" not in name and "1-CP21" not in name


@cache
def load(prefix: str) -> SegmentedText:
    path = next(TEXTS.glob(prefix + "*"))
    data = path.read_bytes()
    body = (
        data.split(b"\n", 1)[1]
        if data.lstrip(b"\xef\xbb\xbf").startswith(b"CORPUS-SOURCE:")
        else data
    )
    return segment(read_text(body, markdown=_is_markdown(path.name)))


def texts(result: SegmentedText) -> str:
    return "\n".join(p.text for p in result.paragraphs)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_text_segments_without_errors(path: Path) -> None:
    result = load(path.name)
    ps = result.paragraphs
    assert len(ps) >= 4
    assert [p.index for p in ps] == list(range(len(ps)))
    assert all(p.parent is None or p.parent < p.index for p in ps)
    assert [d for d in result.diagnostics if d.severity is Severity.ERROR] == []
    assert "CORPUS-SOURCE" not in texts(result)


@pytest.mark.parametrize("version", ["unfccc_paris_agreement_v4", "unfccc_paris_agreement_v5"])
def test_paris_agreement_adopted_has_16_preambular_paragraphs_and_29_articles(version: str) -> None:
    ps = load(version).paragraphs
    articles = [p for p in ps if p.kind is K.ARTICLE]
    assert [p.label for p in articles] == [f"Art. {n}" for n in range(1, 30)]
    preamble = [p for p in ps if p.kind is K.PREAMBULAR]
    assert [p.label for p in preamble] == [f"PP{n}" for n in range(1, 17)]
    assert preamble[0].text.startswith("Being Parties to the United Nations Framework Convention")
    assert preamble[-1].text.startswith("Also recognizing that sustainable lifestyles")
    assert all(p.index < articles[0].index for p in preamble)
    chapeau = next(p for p in ps if p.label == "chapeau")
    assert chapeau.text.startswith("The Parties to this Agreement") and chapeau.kind is K.OTHER
    by_label = {p.label: p for p in ps}
    assert by_label["Art. 2.1"].parent == by_label["Art. 2"].index
    assert by_label["Art. 2.1(1)"].text.startswith("Holding the increase")
    assert by_label["Art. 2.1(1)"].parent == by_label["Art. 2.1"].index
    assert "*" not in texts(load(version))


@pytest.mark.parametrize(
    ("version", "margin_labels"),
    [("unfccc_paris_agreement_v1pdf", 15), ("unfccc_paris_agreement_v2pdf", 16)],
)
def test_paris_pdftotext_margin_labels_and_furniture(version: str, margin_labels: int) -> None:
    result = load(version)
    ps = result.paragraphs
    labelled = [p for p in ps if p.number and p.number.startswith("Pp")]
    # a margin label on "Option 1: …" makes the options of that PP (PP12 Opt.1, PP12 Opt.2)
    runs = {p.label.split(" Opt.")[0] for p in ps if p.kind is K.OPTION and p.label[:2] == "PP"}
    got = sorted([p.label for p in labelled] + list(runs), key=lambda x: int(x[2:]))
    assert got == [f"PP{n}" for n in range(1, margin_labels + 1)]
    assert all(p.kind is K.PREAMBULAR for p in labelled)
    assert labelled[0].text.startswith("Being Parties to the United Nations Framework")
    body = texts(result)
    assert "of 54" not in body and "of 4" not in body.replace("of 4 ", "")
    assert "\f" not in body
    assert body.count("ADP.2015.11.InformalNote") <= 1
    assert sum(1 for p in ps if p.kind is K.ARTICLE) >= 28


def test_paris_v1pdf_footnotes_are_lifted_out_of_the_body() -> None:
    result = load("unfccc_paris_agreement_v1pdf")
    notes = {f.mark: f for p in result.paragraphs for f in p.footnotes}
    assert notes["1"].text.startswith("The version of 23 October 2015@23:30 has been edited")
    assert notes["2"].text.startswith("There is a need to specify the context")
    body = texts(result)
    assert "The version of 23 October 2015@23:30" not in body
    assert "There is a need to specify the context" not in body
    assert "Edited version of 6 November 2015" in body and "20151" not in body


def test_ga_resolution_preamble_operative_footnotes_and_furniture() -> None:
    result = load("unga_A-C.3-78-L.41")
    ps = result.paragraphs
    assert [p.label for p in ps if p.kind is K.PREAMBULAR] == ["PP1", "PP2", "PP3"]
    top_ops = [p for p in ps if p.kind is K.OPERATIVE and p.parent is None]
    assert [p.label for p in top_ops] == [f"OP{n}" for n in range(1, 36)]
    subs = [p.label for p in ps if p.parent is not None]
    assert subs == [f"OP30({c})" for c in "abcdefg"]
    notes = [f for p in ps for f in p.footnotes]
    assert [f.mark for f in notes] == [str(n) for n in range(1, 14)]
    assert ps[1].footnotes[0].text == "Resolution 217 A (III)."
    assert (
        "Declaration of Human Rights, the International Covenants on Human Rights and" in ps[1].text
    )
    body = texts(result)
    assert "23-21227" not in body and "2321227" not in body and "A/C.3/78/L.41" not in body
    assert "Resolution 217 A (III)." not in body and "____" not in body
    assert "resolution 77/228 and the report" in body
    assert result.footnotes == ()


def test_paris_decision_bis_ter_quinquies_and_restarting_options() -> None:
    labels = [p.label for p in load("unfccc_paris_decision_v1_").paragraphs]
    for label in (
        "OP9bis",
        "OP19bis",
        "OP19ter",
        "OP19quater",
        "OP19quinquies",
        "OP48bis",
        "OP16 Opt.2",
    ):
        assert label in labels
    # Options I, 2 and 3 each restart at paragraph 6
    assert {"I Opt.I/OP6", "I Opt.2/OP6", "I Opt.3/OP6"} <= set(labels)


def test_art62_first_iteration_options_and_sections() -> None:
    ps = load("unfccc_art62_v1").paragraphs
    by_label = {p.label: p for p in ps}
    assert ps[0].kind is K.HEADING and ps[0].text.startswith("Draft decision -/CMA.6")
    assert by_label["I."].kind is K.HEADING
    assert by_label["I."].text == "Scope and definition of a cooperative approach"
    assert by_label["OP1"].parent == by_label["I Opt.1"].index
    assert by_label["OP1"].text.startswith("Decides that a cooperative approach is")
    assert by_label["I Opt.3"].text == "Option 3: {No text required}"
    assert sum(p.kind is K.OPTION for p in ps) >= 80  # 86 lines open with "Option"
    assert by_label["OP14(j)(ii)"].parent == by_label["OP14(j)"].index
    assert by_label["OP14(i)"].parent == by_label["OP14"].index  # ninth letter


@pytest.mark.parametrize("version", ["bbnj_prepcom3_report_v1", "bbnj_prepcom3_report_v2"])
def test_bbnj_old_new_numbers_show_the_new_number(version: str) -> None:
    result = load(version)
    olds = [p for p in result.paragraphs if p.number in ("[4][2].", "[5][3].", "[6][4].")]
    assert [p.number for p in olds] == ["[4][2].", "[5][3].", "[6][4]."]
    assert [p.label for p in olds] == [
        "Annex III Opt.II/OP2",
        "Annex III Opt.II/OP3",
        "Annex III OP4",
    ]
    assert olds[2].text.startswith("Expresses its appreciation")
    assert sum(d.code == "old_new_number" for d in result.diagnostics) == 3


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_bbnj_six_languages_find_article_1(lang: str) -> None:
    result = load(f"bbnj_agreement_2023_{lang}_")
    articles = [p for p in result.paragraphs if p.kind is K.ARTICLE]
    assert [p.label for p in articles] == ["Art. 1"]
