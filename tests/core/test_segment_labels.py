"""Labels as the room says them: each printed form and each scope, on small texts."""

from __future__ import annotations

import pytest

from wsis_desk.core.labels import parse_label
from wsis_desk.core.lexicon import is_chapeau
from wsis_desk.core.model import ParagraphKind, SegmentedText, SourceBlock, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str, *, markdown: bool = False) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


def labels(text: str) -> list[str]:
    return [p.label for p in seg(text).paragraphs]


def test_the_preamble_is_everything_between_chapeau_and_first_operative_paragraph() -> None:
    text = """The Conference of the Parties,
Recalling decision 1/CP.17,
In [furtherance][pursuit] of the objective of the Convention,
Agreeing to uphold and promote regional and international cooperation,
*Mindful* that the text is italic in print,
1. Decides to adopt the Agreement;
2. Requests the secretariat to report;"""
    ps = seg(text).paragraphs
    assert [(p.label, p.kind) for p in ps] == [
        ("chapeau", K.OTHER),
        ("PP1", K.PREAMBULAR),
        ("PP2", K.PREAMBULAR),
        ("PP3", K.PREAMBULAR),
        ("PP4", K.PREAMBULAR),
        ("OP1", K.OPERATIVE),
        ("OP2", K.OPERATIVE),
    ]


def test_a_lettered_preamble_is_preambular_not_headings() -> None:
    text = """The General Assembly,
A. Recalling its resolution 70/125 on the overall review of the World Summit,
B. Reaffirming the commitment to a people-centred information society,
B bis. Recognizing the role of all stakeholders in the information society,
C. Noting with concern the persistent digital divides,
1. Decides to hold a high-level meeting;"""
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == ["chapeau", "PPA", "PPB", "PPBbis", "PPC", "OP1"]
    assert all(p.kind is K.PREAMBULAR for p in ps[1:5])
    assert ps[3].text.startswith("Recognizing the role")


def test_a_roman_section_after_the_preamble_stays_a_heading() -> None:
    text = """The Conference of the Parties,
Recalling decision 2/CMA.3,
I. Scope and definition of a cooperative approach
1. Decides that a cooperative approach is voluntary;"""
    ps = seg(text).paragraphs
    assert [(p.label, p.kind) for p in ps] == [
        ("chapeau", K.OTHER),
        ("PP1", K.PREAMBULAR),
        ("I.", K.HEADING),
        ("OP1", K.OPERATIVE),
    ]


def test_a_preamble_run_onto_one_line_is_split_in_six_languages() -> None:
    cases = {
        "en": "PREAMBLE The Parties to this Agreement, Recalling the relevant provisions of the "
        "Convention, Stressing the need to respect the balance of rights, Recognizing the need "
        "to address biological diversity loss, Have agreed as follows:",
        "fr": "PRÉAMBULE Les Parties au présent Accord, Rappelant les dispositions pertinentes de "
        "la Convention, Soulignant la nécessité de respecter l'équilibre des droits, Constatant "
        "la nécessité de lutter contre la perte de diversité, Sont convenues de ce qui suit :",
        "ru": "ПРЕАМБУЛА Стороны настоящего Соглашения, ссылаясь на соответствующие положения "
        "Конвенции, подчеркивая необходимость соблюдать баланс прав, признавая необходимость "
        "решать проблему утраты биоразнообразия, согласились о нижеследующем:",
        "zh": "序言本协定各缔约方，回顾《公约》相关规定，强调需要尊重权利和义务的平衡，"
        "认识到需要处理海洋生物多样性丧失问题，兹商定如下：",
        "ar": "إنّ الأطراف في هذا الاتفاق، الديباجة إذ تشير إلى الأحكام ذات الصلة من الاتفاقية، "
        "وإذ تؤكد ضرورة احترام توازن الحقوق، وإذ تسلم بضرورة التصدي لفقدان التنوع البيولوجي، "
        "قد اتفقت على ما يلي:",
    }
    for lang, line in cases.items():
        ps = seg(line + "\nArticle 1\n1. Text of the first paragraph.").paragraphs
        pps = [p for p in ps if p.kind is K.PREAMBULAR]
        assert [p.label for p in pps] == ["PP1", "PP2", "PP3"], lang
        assert any(p.label == "chapeau" for p in ps), lang


def test_an_annex_and_compiled_decisions_restart_numbering_and_name_it() -> None:
    text = """Decision 6/CMA.3
The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,
Recalling Article 13,
1. Adopts the guidance;
2. Requests the secretariat to report;
Decision 7/CMA.3
The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,
Recalling Article 6,
1. Welcomes the report;
2. Decides to continue;
Annex
The Parties to this Agreement,
Being Parties to the Convention,
1. Each Party shall act."""
    got = labels(text)
    for label in (
        "6/CMA.3 PP1",
        "6/CMA.3 OP2",
        "7/CMA.3 PP1",
        "7/CMA.3 OP2",
        "Annex PP1",
        "Annex OP1",
    ):
        assert label in got
    numbered = [g for g in got if "PP" in g or "OP" in g]
    assert len(set(numbered)) == len(numbered) == 8


def test_a_single_decision_keeps_plain_labels() -> None:
    text = """Decision 1/CP.21
The Conference of the Parties,
Recalling decision 1/CP.17,
1. Decides to adopt the Paris Agreement;"""
    assert labels(text)[-2:] == ["PP1", "OP1"]


def test_printed_numbering_grammar() -> None:
    text = """[Article 3bis]
1. Each Party shall report.
2. Each Party may cooperate.
Article 4
3.3bis Alt Parties shall communicate.
4.-5. Decides to merge the two paragraphs;
（一）“划区管理工具”是指一种工具。"""
    ps = seg(text).paragraphs
    got = [p.label for p in ps]
    assert got[:3] == ["Art. 3bis", "Art. 3bis.1", "Art. 3bis.2"]
    assert "Art. 4.4-5" in got
    assert "Art. 4.1" in got  # full-width Chinese numbering
    assert ps[0].kind is K.ARTICLE


def test_applicability_tags_and_numbered_titles_run_together() -> None:
    text = (
        "1. Eligibility criteria (ALL)8. The members shall possess the necessary "
        "qualifications. (ABS)9. The Access and Benefit-Sharing Committee shall be composed of "
        "15 members. (ICC)9. The Implementation and Compliance Committee shall be composed of "
        "14 members.\n2. Selection process (ALL)10. The members shall be nominated by Parties."
    )
    ps = seg(text).paragraphs
    assert [(p.label, p.kind) for p in ps] == [
        ("1", K.HEADING),
        ("OP8", K.OPERATIVE),
        ("OP9 ABS", K.OPERATIVE),
        ("OP9 ICC", K.OPERATIVE),
        ("2", K.HEADING),
        ("OP10", K.OPERATIVE),
    ]


def test_options_are_named_by_what_they_are_options_of() -> None:
    text = """The Parties to this Agreement,
Being Parties to the Convention,
Option 1: Recognizing the importance of land use,
Option 2: Recognizing the priority of food security,
Reaffirming the importance of education,
Have agreed as follows:
Article 3
2. Individual efforts
Option 1: Each Party shall communicate.
Option 2: All Parties should communicate.
Article 4
Option 1: Parties shall report.
Option 2: No text."""
    got = labels(text)
    assert got[2:6] == ["PP2 Opt.1", "PP2 Opt.2", "PP3", "¶6"]
    assert "Art. 3.2 Opt.1" in got and "Art. 3.2 Opt.2" in got
    assert "Art. 4 Opt.1" in got and "Art. 4 Opt.2" in got
    assert not any("#" in label for label in got)


def test_a_wrapped_citation_of_an_article_is_not_a_heading() -> None:
    text = """Article 1
1. The purpose of this Agreement is to enhance the implementation of the objective of
the Convention as stated in its
Article 2. The Parties shall act on the basis of equity and in accordance with their
common but differentiated responsibilities and respective capabilities.
2. Each Party shall prepare and communicate its contribution to the
global response to climate change and shall take domestic measures.
Article 3bis
1. Parties shall cooperate."""
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == ["Art. 1", "Art. 1.1", "Art. 1.2", "Art. 3bis", "Art. 3bis.1"]
    assert "as stated in its Article 2. The Parties" in ps[1].text


def test_wrapped_fragments_are_not_structure() -> None:
    # the tail of a bracket and a wrapped line that happens to start like a chapeau
    assert parse_label("Article 7], hereinafter referred to as the Agreement;]") is None
    assert parse_label("[Article 3 bis] (REDD-PLUS)") is not None
    assert not is_chapeau("the Parties shall provide guidance on overall strategies,")
    assert is_chapeau("The Parties to this Agreement,")


def test_a_number_printed_without_its_period_is_the_next_paragraph_only() -> None:
    # Paris decision draft of 4 December 2015: "18 [Notes with concern …" after paragraph 17
    text = """The Conference of the Parties,

17. Takes note of the synthesis report on the aggregate effect;

18 [Notes with concern that the estimated aggregate emission levels do not fall;]

19. Also notes the adaptation needs;

20. Decides that the committee shall be composed of 35 members, with:

(a) 12 members from developed Parties;

12 members from developing Parties, as a line of its own;"""
    ps = seg(text).paragraphs
    assert [(p.label, p.text[:14]) for p in ps[1:5]] == [
        ("OP17", "Takes note of "),
        ("OP18", "[Notes with co"),
        ("OP19", "Also notes the"),
        ("OP20", "Decides that t"),
    ]
    assert all(not p.label.startswith("OP12") for p in ps)  # "12 members" follows no 11


def test_the_next_numbered_paragraph_run_on_after_a_sentence_is_its_own() -> None:
    # Paris draft agreement of 4 December 2015, Art. 6: "5. […] efforts.] 6. [Parties should …"
    text = (
        "Article 6\n\n5. [Parties should strive to improve enabling environments, noting that "
        "cooperative action may enhance such efforts.] 6. [Parties should mobilize enhanced "
        "results-based finance.] See paragraph 7. Below.\n"
    )
    ps = seg(text).paragraphs
    assert [(p.label, p.text[:16]) for p in ps] == [
        ("Art. 6", "Article 6"),
        ("Art. 6.5", "[Parties should "),
        ("Art. 6.6", "[Parties should "),
    ]
    assert ps[1].text.endswith("efforts.]") and ps[2].text.startswith("[Parties should mobilize")


@pytest.mark.parametrize("suffix", ["bis", "ter", "quater", "quinquies"])
@pytest.mark.parametrize("field", ["number", "margin"])
@pytest.mark.parametrize(
    ("gap", "body"),
    [
        (" ", "[Parties that include an adaptation component shall report on it;]"),
        # the informal note of 6 Nov 2015 (PDF): "99" in the margin, "bis.Also requests the
        # IPC …", the space after the suffix lost in the text layer
        ("", "Also requests the IPC to consider the application of technical corrections;"),
        ("", "[Parties that include an adaptation component shall report on it;]"),
    ],
)
def test_a_numbers_suffix_printed_apart_from_it_is_part_of_the_label(
    suffix: str, field: str, gap: str, body: str
) -> None:
    # Geneva negotiating text (PDF): "26" in the margin, "bis. [Parties that include …" beside
    # it; read as it is printed inline ("26 bis. [Parties …") and never as a second OP26
    def labels(blocks: tuple[SourceBlock, ...]) -> list[tuple[str, str]]:
        return [(p.label, p.text) for p in segment(SourceText("pdf", blocks)).paragraphs]

    head = (SourceBlock("Decides that Parties act;", number="26."),)
    apart = SourceBlock(f"{suffix}.{gap}{body}", **{field: "26"})
    inline = SourceBlock(f"26 {suffix}. {body}")
    assert (
        labels((*head, apart))
        == labels((*head, inline))
        == [
            ("OP26", "Decides that Parties act;"),
            (f"OP26{suffix}", body),
        ]
    )
    # a word that is no suffix stays the text's
    assert labels((*head, SourceBlock(f"and. {body}", **{field: "27"})))[1][1] == f"and. {body}"
