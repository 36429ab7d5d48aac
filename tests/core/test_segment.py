"""Segmentation of synthetic texts: joining, furniture, footnotes, labels, kinds, parents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import (
    Comment,
    Footnote,
    ParagraphKind,
    SegmentedText,
    SourceBlock,
    SourceText,
    StatusMarker,
)
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str, *, markdown: bool = False) -> SegmentedText:
    """Segment ``text`` as the text reader hands it over (lines joined into paragraphs)."""
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


def labels(result: SegmentedText) -> list[str]:
    return [p.label for p in result.paragraphs]


def codes(result: SegmentedText) -> list[str]:
    return [d.code for d in result.diagnostics]


GA_PAGE = """The General Assembly,
Guided by the Charter of the United Nations, as well as the Universal
Declaration of Human Rights,1 the International Covenants on Human Rights2 and
other international human rights instruments,
Recalling its previous resolutions on the situation of human rights, the most recent
of which is resolution 77/228 of 15 December 2022,
Also recalling the report of the Secretary-General submitted pursuant to
resolution 77/2283 and the report of the Special Rapporteur of the Human Rights
__________________
1 Resolution 217 A (III).
2 Resolution 2200 A (XXI), annex.
3 See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53
(A/78/53), chap. III.
23-21227 (E) 131123
*2321227*A/C.3/78/L.41
Council on the situation of human rights,
1. Takes note of the report of the Secretary-General;
2. Calls upon the State to deepen its engagement with international human rights
mechanisms by:
(a) Cooperating fully with the Special Rapporteur;
(b) Increasing cooperation with other special procedures, including by
facilitating long-standing requests for access;
2/9 23-21227A/C.3/78/L.41
3. Decides to continue its examination of the situation at its seventy-ninth session."""


def test_ga_style_wrapped_text_with_footnotes_and_furniture() -> None:
    result = seg(GA_PAGE)
    ps = result.paragraphs
    assert labels(result) == [
        "chapeau",
        "PP1",
        "PP2",
        "PP3",
        "OP1",
        "OP2",
        "OP2(a)",
        "OP2(b)",
        "OP3",
    ]
    assert [p.kind for p in ps] == [K.OTHER] + [K.PREAMBULAR] * 3 + [K.OPERATIVE] * 5
    assert ps[1].text.startswith("Guided by the Charter")
    assert "Human Rights, the International Covenants on Human Rights and other" in ps[1].text
    assert [f.mark for f in ps[1].footnotes] == ["1", "2"]
    assert ps[1].footnotes[0].text == "Resolution 217 A (III)."
    # footnote 3 is glued to a resolution number: only the mark is removed
    assert "resolution 77/228 and the report" in ps[3].text
    assert ps[3].footnotes[0].text.endswith("Supplement No. 53 (A/78/53), chap. III.")
    # the paragraph continues across the page break
    assert ps[3].text.endswith("of the Human Rights Council on the situation of human rights,")
    assert ps[7].text.endswith("long-standing requests for access;")
    assert ps[6].parent == 5 and ps[7].parent == 5
    assert [p.number for p in ps[4:]] == ["1.", "2.", "(a)", "(b)", "3."]
    for p in ps:
        assert "23-21227" not in p.text and "A/C.3/78" not in p.text
        assert "Resolution 217" not in p.text
    assert not [d for d in result.diagnostics if d.severity.value != "info"]


def test_footnote_digit_not_matching_a_footnote_is_kept() -> None:
    text = "Recalling resolution 70/1 of 2015,\n__________________\n7 Not cited here.\n23-21227 9/9"
    result = seg(text)
    assert result.paragraphs[0].text == "Recalling resolution 70/1 of 2015,"
    assert result.footnotes == (Footnote("7", "Not cited here."),)
    assert "footnote_unattached" in codes(result)


PDF_PAGES = """AD HOC WORKING GROUP ON THE
DURBAN PLATFORM
Draft agreement
Edited version of 6 November 20151

[The Parties to this Agreement,
Pp1

Being Parties to the Convention (hereinafter referred to as "the
Convention"),

Pp2

In pursuit of the objective of the Convention, [and being guided by its principles
[and provisions], including the principle of equity,]

1

The version of 23 October has been edited and the paragraph numbering as well as the
cross-references have been updated.

1 of 54

\fAD HOC WORKING GROUP ON THE
DURBAN PLATFORM
Pp3

Recalling decisions 1/CP.17 and 2/CP.18, whereby the Conference of the Parties decided
to adopt a protocol

2 of 54

\fAD HOC WORKING GROUP ON THE
DURBAN PLATFORM

and resolved to work,
Have agreed as follows:
Article 1 (DEFINITIONS)
Page 3 of 54
\fAD HOC WORKING GROUP ON THE
DURBAN PLATFORM
1.
The purpose of this Agreement is to enhance the implementation of the Convention."""


def test_pdftotext_margin_labels_running_heads_and_footnotes() -> None:
    result = seg(PDF_PAGES)
    by_label = {p.label: p for p in result.paragraphs}
    assert by_label["PP1"].number == "Pp1"
    assert by_label["PP1"].kind is K.PREAMBULAR
    assert by_label["PP1"].text.endswith('(hereinafter referred to as "the Convention"),')
    assert by_label["PP3"].text.endswith("decided to adopt a protocol and resolved to work,")
    assert by_label["Art. 1"].kind is K.ARTICLE
    assert by_label["Art. 1.1"].text.startswith("The purpose of this Agreement")
    assert by_label["Art. 1.1"].parent == result.paragraphs.index(by_label["Art. 1"])
    texts = " ".join(p.text for p in result.paragraphs)
    assert "of 54" not in texts and "Page" not in texts
    assert texts.count("AD HOC WORKING GROUP") == 1  # kept once, as the title
    notes = [f for p in result.paragraphs for f in p.footnotes]
    assert [f.mark for f in notes] == ["1"]
    assert notes[0].text.startswith("The version of 23 October") and "updated." in notes[0].text
    assert "Edited version of 6 November 2015" in texts and "20151" not in texts
    assert "The version of 23 October" not in texts


def test_markdown_headings_emphasis_and_footnotes() -> None:
    text = """## Preamble

*Edited version of 6 November 2015*[^1]

*The Parties to this Agreement*,

*Being* Parties to the Convention,

*In pursuit* of the objective of the Convention[^2],

## Article 2

1. **Option 1:** This Agreement aims to strengthen the response:

    1. Holding the increase in temperature;
    2. Increasing the ability to adapt.

    **Option 2:** No text.

## Article 2bis

Parties shall [act][^2] together. [Agreed ad ref]

[^1]: The version of 23 October has been edited.
[^2]: One group of Parties is of the view
    that this should be dealt with in the decision.
[^9]: Never cited."""
    result = seg(text, markdown=True)
    ps = result.paragraphs
    assert labels(result) == [
        "Preamble",
        "Note 2",
        "chapeau",
        "PP1",
        "PP2",
        "Art. 2",
        "Art. 2.1",
        "Art. 2.1(1)",
        "Art. 2.1(2)",
        "Art. 2.1 Opt.2",
        "Art. 2bis",
        "¶12",
    ]
    assert ps[0].kind is K.HEADING and ps[1].kind is K.NOTE
    assert ps[1].text == "Edited version of 6 November 2015"
    assert ps[1].footnotes == (Footnote("1", "The version of 23 October has been edited."),)
    assert ps[4].text == "In pursuit of the objective of the Convention,"
    assert ps[4].footnotes[0].text.endswith("should be dealt with in the decision.")
    assert ps[6].text.startswith("Option 1: This Agreement aims")
    assert ps[7].parent == 6 and ps[8].parent == 6
    assert ps[9].kind is K.OPTION and ps[9].parent == 6
    assert ps[10].kind is K.ARTICLE and ps[10].number == "2bis"
    assert ps[11].status is StatusMarker.AGREED_AD_REF
    assert ps[11].parent == 10
    assert "[^" not in " ".join(p.text for p in ps) and "*" not in " ".join(p.text for p in ps)
    assert result.footnotes == (Footnote("9", "Never cited."),)


def test_options_restart_numbering_and_stay_unique() -> None:
    text = """I. Scope
Option 1
1. Decides that a cooperative approach is voluntary;
Option 2
1. Recalls Article 6;
(a) The voluntary participation of a Party;
2. Decides that outcomes are authorized;
{End of options}
3. Requests the secretariat to report;
II. Reporting
Option 3: {No text required}"""
    result = seg(text)
    assert labels(result) == [
        "I.",
        "I Opt.1",
        "I Opt.1/OP1",
        "I Opt.2",
        "I Opt.2/OP1",
        "I Opt.2/OP1(a)",
        "OP2",  # unique: named by its number alone
        "Note 8",
        "OP3",
        "II.",
        "II Opt.3",
    ]
    ps = result.paragraphs
    assert ps[2].parent == 1 and ps[4].parent == 3 and ps[5].parent == 4
    assert ps[8].parent is None
    assert ps[7].kind is K.NOTE
    assert ps[10].kind is K.OPTION and ps[0].kind is K.HEADING
    assert len(set(labels(result))) == len(ps)


def test_inline_options_attach_to_their_paragraph() -> None:
    text = "16. Option 1: Requests the SBI to clarify;\nOption 2: No text.\n17. Takes note;"
    ps = seg(text).paragraphs
    # both options are named by the paragraph they are options of (tests/core/test_numbered_options)
    assert [p.label for p in ps] == ["OP16 Opt.1", "OP16 Opt.2", "OP17"]
    assert ps[0].parent == ps[1].parent is None and ps[1].kind is ps[0].kind is K.OPTION


def test_bis_ter_numbers_alt_and_decimals() -> None:
    text = """3. Decides that Parties shall act;
3bis. Also decides that Parties should act;
3bis Alt Parties may act;
3 ter. Further decides;
3.1 Parties shall report;
3.1 bis. Parties shall also report;
58quinquies.Encourages Parties to cooperate;"""
    result = seg(text)
    ps = result.paragraphs
    assert labels(result) == [
        "OP3",
        "OP3bis",
        "OP3bis Alt",
        "OP3ter",
        "OP3.1",
        "OP3.1bis",
        "OP58quinquies",
    ]
    assert ps[2].kind is K.OPTION and ps[2].parent == 1
    assert ps[4].parent == 0 and ps[5].parent == 0
    assert ps[6].text == "Encourages Parties to cooperate;"
    assert ps[6].number == "58quinquies."


def test_roman_versus_ninth_letter() -> None:
    text = """1. Decides that reports include:
(g) Seventh item;
(h) Eighth item;
(i) Ninth item;
(j) Tenth item, including:
(i) First sub-item;
(ii) Second sub-item;
(k) Eleventh item;
2. Requests:
(i) Sub-item one under paragraph 2;
(ii) Sub-item two under paragraph 2;"""
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == [
        "OP1",
        "OP1(g)",
        "OP1(h)",
        "OP1(i)",
        "OP1(j)",
        "OP1(j)(i)",
        "OP1(j)(ii)",
        "OP1(k)",
        "OP2",
        "OP2(i)",
        "OP2(ii)",
    ]
    assert ps[3].parent == 0 and ps[5].parent == 4 and ps[7].parent == 0
    assert ps[9].parent == 8 and ps[10].parent == 8


def test_orphan_roman_is_reported() -> None:
    result = seg("(ii) A stray sub-paragraph;")
    assert "orphan_subparagraph" in codes(result)
    assert result.paragraphs[0].parent is None


def test_explicit_labels_and_status_markers() -> None:
    text = """PP1 Recalling its resolution 1, [Agreed ad ref]
PP2 Noting the report, [agreed ad referendum]
OP1 Decides to act; [Suggested for Closure]
OP1bis Requests the secretariat; agreed ad ref
OP2 Urges all Parties;
(a) To act; [stays]"""
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == ["PP1", "PP2", "OP1", "OP1bis", "OP2", "OP2(a)"]
    assert [p.kind for p in ps[:2]] == [K.PREAMBULAR, K.PREAMBULAR]
    assert [p.status for p in ps] == [
        StatusMarker.AGREED_AD_REF,
        StatusMarker.AGREED_AD_REF,
        StatusMarker.SUGGESTED_FOR_CLOSURE,
        StatusMarker.AGREED_AD_REF,
        None,
        StatusMarker.STAYS,
    ]
    assert ps[0].text == "Recalling its resolution 1, [Agreed ad ref]"


def test_duplicate_labels_and_numbering_gaps_are_reported() -> None:
    result = seg("1. Decides;\n2. Requests;\n5. Invites;\n2. Urges;")
    assert labels(result) == ["OP1", "OP2", "OP5", "OP2#2"]
    assert {"numbering_gap", "numbering_jump", "duplicate_label"} <= set(codes(result))
    gap = next(d for d in result.diagnostics if d.code == "numbering_gap")
    assert gap.paragraph == 2


def test_old_new_numbering_uses_the_new_number() -> None:
    text = "1. Decides that the secretariat shall act. [4][2]. Also recognizes its capacity."
    result = seg(text)
    assert labels(result) == ["OP1", "OP2"]
    assert result.paragraphs[1].number == "[4][2]."
    assert result.paragraphs[1].text == "Also recognizes its capacity."
    assert "old_new_number" in codes(result)


def test_one_paragraph_per_line_text_with_tabs() -> None:
    text = """Draft decision -/CMA.6
Matters relating to cooperative approaches
The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,
Recalling decision 2/CMA.3 and its annex,
\tAlso recalling decision 6/CMA.4 and its annexes,
    I. Scope and definition
Option 1
                        1. Decides that a cooperative approach is voluntary;
\t\t\t(a)\tThe first item;"""
    ps = seg(text).paragraphs
    assert [p.kind for p in ps] == [
        K.HEADING,
        K.OTHER,
        K.OTHER,
        K.PREAMBULAR,
        K.PREAMBULAR,
        K.HEADING,
        K.OPTION,
        K.OPERATIVE,
        K.OPERATIVE,
    ]
    assert ps[4].label == "PP2" and ps[4].text == "Also recalling decision 6/CMA.4 and its annexes,"
    assert ps[8].text == "The first item;" and ps[8].label == "OP1(a)"


def test_multilingual_preambles_and_articles() -> None:
    for line, article in [
        ("Rappelant les dispositions pertinentes,", "Article premier"),
        ("Recordando las disposiciones pertinentes,", "Artículo 1"),
        ("ссылаясь на соответствующие положения,", "Статья 1"),
    ]:
        ps = seg(f"{line}\n{article}\n1. Texte.").paragraphs
        assert ps[0].kind is K.PREAMBULAR
        assert ps[1].kind is K.ARTICLE and ps[1].label == "Art. 1"


def test_docx_blocks_use_word_numbers_and_carry_notes() -> None:
    note = Footnote("1", "A footnote.")
    comment = Comment("0", "US", "Clarifies not decides", "Decides")
    blocks = (
        SourceBlock("Draft decision -/CMA.6", heading_level=1, style="Heading 1"),
        SourceBlock("Recalling decision 2/CMA.3,"),
        SourceBlock(
            "Decides that Parties act;",
            number="1.",
            footnotes=(note,),
            comments=(comment,),
            original_text="Decides that Parties shall act;",
        ),
        SourceBlock("The first item;", number="(a)", level=1),
        SourceBlock("Option 1: {mandatory elements}"),
        SourceBlock("Requests the secretariat;", number="2.3"),
        SourceBlock("   "),
    )
    ps = segment(SourceText("docx", blocks)).paragraphs
    assert [p.label for p in ps] == [
        "Draft decision -/CMA.6",
        "PP1",
        "OP1",
        "OP1(a)",
        "OP2.3 Opt.1",  # a set of options named by nothing is named by its paragraph
        "OP2.3",
    ]
    assert ps[2].number == "1." and ps[2].text == "Decides that Parties act;"
    assert ps[2].footnotes == (note,) and ps[2].comments == (comment,)
    assert ps[2].original_text == "Decides that Parties shall act;"
    assert ps[3].parent == 2
    assert ps[0].kind is K.HEADING


def test_notes_and_unclassified_lines() -> None:
    text = (
        "Note: placement to be decided later.\n{Placement proposal: after paragraph 3}\n"
        "Something that is neither preambular nor operative in any way at all."
    )
    result = seg(text)
    assert [p.kind for p in result.paragraphs] == [K.NOTE, K.NOTE, K.OTHER]
    assert "unclassified_paragraph" in codes(result)
    assert next(d for d in result.diagnostics if d.code == "unclassified_paragraph").paragraph == 2


_LINES = st.one_of(
    st.sampled_from(
        [
            "",
            "Pp1",
            "1.",
            "(a)",
            "(i)",
            "(ii)",
            "I.",
            "A.",
            "Option 1:",
            "Alt",
            "{End of options}",
            "Article 2bis",
            "## Preamble",
            "__________________",
            "1 of 54",
            "23-21227 (E) 131123",
            "1 Resolution 217 A (III).",
            "Recalling its resolutions,1",
            "5bis. Decides;",
            "[4][2]. Notes",
            "[^1]: A note",
            "text[^1] more",
            "\f",
            "The General Assembly,",
            "3bis Alt",
            "OP5 bis",
            "*italic*",
            "**Option 2:**",
            "    1. nested",
            "第一条",
        ]
    ),
    st.text(max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=40), st.sampled_from(["text", "markdown", "docx"]))
def test_segment_never_raises_and_structure_is_sound(lines: list[str], fmt: str) -> None:
    blocks = tuple(
        SourceBlock(text=t, line=i, number="1." if fmt == "docx" and i % 3 == 0 else None)
        for i, t in enumerate(lines, start=1)
    )
    result = segment(SourceText(fmt, blocks))
    ps = result.paragraphs
    assert [p.index for p in ps] == list(range(len(ps)))
    for p in ps:
        assert p.parent is None or 0 <= p.parent < p.index
        assert p.label
    for d in result.diagnostics:
        assert d.paragraph is None or 0 <= d.paragraph < max(len(ps), 1)
    assert "segmenter_fallback" not in [d.code for d in result.diagnostics]
