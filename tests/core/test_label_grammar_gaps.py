"""The label grammar on the layouts the corpus showed wrong: decimal paragraphs with Latin
suffixes and Alt paragraphs inside articles and options (Paris v1 Art. 3.3ter, 3.3quat,
3.3alt, 3.3bis Alt), and options scoped to the paragraph, sub-item or paragraphs they stand for.
Each class on small made-up texts, with Hypothesis where it has a parameter (every suffix, every
Alt form, every layout). A number printed with its options (``16. Option 1: …``) is in
``test_numbered_options``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind

# Printed spelling -> the spelling in the label. Written out here, not read from core.labels:
# the standard ordinals, the abbreviation kept as printed, and misspellings seen in real drafts.
SUFFIXES = {
    "bis": "bis",
    "ter": "ter",
    "quater": "quater",
    "quat": "quat",
    "quinquies": "quinquies",
    "quinqiues": "quinquies",
    "sexies": "sexies",
    "septies": "septies",
    "octies": "octies",
    "novies": "novies",
    "nonies": "novies",
    "decies": "decies",
}


def seg(text: str, *, markdown: bool = False) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


def labels(text: str, *, markdown: bool = False) -> list[str]:
    return [p.label for p in seg(text, markdown=markdown).paragraphs]


# --- parse_label: N.M + suffix, Alt, colon -------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    art=st.integers(1, 30),
    para=st.integers(1, 40),
    printed=st.sampled_from(sorted(SUFFIXES)),
    space=st.sampled_from(["", " "]),
    upper=st.booleans(),
    alt=st.sampled_from(["", " Alt", "alt", " alt", " ALT"]),
    term=st.sampled_from(["", ".", ":"]),
)
def test_every_suffix_and_alt_form_is_one_label(
    art: int, para: int, printed: str, space: str, upper: bool, alt: str, term: str
) -> None:
    suffix = printed.upper() if upper else printed
    if alt and term == ".":
        term = ""  # "3.3bis Alt." is not printed; "3.3bis Alt" and "3.3alt:" are
    label = f"{art}.{para}{space}{suffix}{alt}{term}"
    lab = parse_label(f"{label} Developed country Parties shall act.")
    assert lab is not None, label
    assert lab.kind is LabelKind.NUMBER
    assert lab.value == f"{art}.{para}{SUFFIXES[printed]}"
    assert lab.alt is bool(alt)
    assert lab.rest == "Developed country Parties shall act."


@settings(max_examples=60, deadline=None)
@given(art=st.integers(1, 30), para=st.integers(1, 40), alt=st.sampled_from(["", "alt"]))
def test_a_decimal_with_a_colon_is_a_label(art: int, para: int, alt: str) -> None:
    lab = parse_label(f"{art}.{para}{alt}: Each Party that has communicated targets")
    assert lab is not None
    assert (lab.value, lab.alt, lab.rest) == (
        f"{art}.{para}",
        bool(alt),
        "Each Party that has communicated targets",
    )


@pytest.mark.parametrize(
    "text",
    ["10:30 meeting of the contact group", "1.5: the limit in degrees", "3 alternatives exist"],
)
def test_times_and_sentences_are_still_not_labels(text: str) -> None:
    assert parse_label(text) is None


# --- segment: an article's decimal paragraphs, wherever they stand ---------------------------


def _article_with_decimals(art: int, suffixes: list[str], *, markdown: bool, alt: str) -> str:
    """Article ``art`` whose paragraph 3 has two options, each printing decimal paragraphs
    ``art.3``, ``art.3<suffix>`` … the way the Paris v1 draft prints its Article 3."""
    pad = "    " if markdown else ""
    sep = "\n\n" if markdown else "\n"
    opt1 = "**Option 1:**" if markdown else "Option 1:"
    opt2 = "**Option 2:**" if markdown else "Option 2:"
    head = f"## Article {art}" if markdown else f"Article {art}"
    lines = [head, "1. Parties shall report every five years.", "3. Differentiated efforts", opt1]
    lines.append(f"{pad}{art}.3 In accordance with the Convention, developed countries act;")
    for n, suf in enumerate(suffixes):
        lines.append(f"{pad}{art}.3{suf} Paragraph number {n} of the first option applies.")
    lines.append(opt2)
    lines.append(f"{pad}{art}.3: Each Party that has communicated targets should continue.")
    lines.append(f"{pad}{art}.3{alt}: Developed countries should take the lead in efforts.")
    lines.append("4. Each Party's contribution shall be progressively more ambitious.")
    return sep.join(lines)


@settings(max_examples=40, deadline=None)
@given(
    art=st.integers(2, 29),
    suffixes=st.lists(st.sampled_from(sorted(set(SUFFIXES.values()))), min_size=1, max_size=4),
    markdown=st.booleans(),
    alt=st.sampled_from(["alt", " Alt"]),
)
def test_decimal_paragraphs_inside_an_article_are_the_articles_paragraphs(
    art: int, suffixes: list[str], markdown: bool, alt: str
) -> None:
    suffixes = list(dict.fromkeys(suffixes))  # each printed once
    ps = seg(_article_with_decimals(art, suffixes, markdown=markdown, alt=alt), markdown=markdown)
    by_label = {p.label: p for p in ps.paragraphs}
    for n, suf in enumerate(suffixes):
        # unique in the article: named as the room says it, not "Art. 3.3.3(3.3ter)"
        p = by_label[f"Art. {art}.3{suf}"]
        assert p.text == f"Paragraph number {n} of the first option applies."
        assert p.kind is K.OPERATIVE
    alt_p = by_label[f"Art. {art}.3 Alt"]
    assert alt_p.kind is K.OPTION
    assert alt_p.text.startswith("Developed countries should take the lead")
    assert ps.paragraphs[alt_p.parent or 0].text.startswith("Each Party that has communicated")
    # "3.3" is printed in both options and as paragraph 3: those stay named by their option
    assert f"Art. {art}.3 Opt.1/Art. {art}.3" in by_label
    assert f"Art. {art}.3 Opt.2/Art. {art}.3" in by_label
    # paragraph 4 follows the options of paragraph 3: it is the article's, not option 2's
    four = by_label[f"Art. {art}.4"]
    assert ps.paragraphs[four.parent or 0].kind is K.ARTICLE
    assert not any("#" in p.label for p in ps.paragraphs)


def test_an_alt_of_a_paragraph_in_an_option_is_named_like_the_paragraph() -> None:
    text = """Article 3
3. Differentiated efforts
Option 2:
3.3 In accordance with Article 4, developed country Parties shall act;
3.3bis In accordance with Article 4, developing country Parties should act;
Option 4:
3.3bis Each Party's contribution shall reflect a progression;
3.3bis Alt Each Party's contribution shall reflect the highest possible ambition;"""
    ps = seg(text).paragraphs
    alt = next(p for p in ps if p.label == "Art. 3.3bis Alt")
    assert alt.kind is K.OPTION
    assert alt.text.startswith("Each Party's contribution shall reflect the highest")
    # its paragraph is the 3.3bis of its own option, the one printed just before it
    assert ps[alt.parent or 0].label == "Art. 3.3 Opt.4/Art. 3.3bis"


def test_a_decimal_of_another_number_stays_a_sub_paragraph() -> None:
    text = "Article 2\n1. Parties shall act;\n1.1 Each Party shall report;\n2. Parties review."
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == ["Art. 2", "Art. 2.1", "Art. 2.1.1", "Art. 2.2"]
    assert ps[2].parent == 1


def test_the_options_of_a_later_paragraph_are_named_by_it() -> None:
    # Paris v1 Art. 3: options of paragraph 3 that open scopes, paragraphs 4-7, then the
    # options of paragraph 7 (never "Art. 3.3 Opt.1#2", never "Art. 3.3 Opt.2/Art. 3.4")
    text = """## Article 3

1. **Collective goal** Parties aim to reach global peaking as soon as possible.

3. **Differentiated efforts**

    **Option 1:** *{modulators to 3.2}*

    3.3 Each Party that has communicated targets should continue to do so.

    **Option 2:** *{principle based differentiation}*

    3.3 Developed country Parties shall take the lead.

4. **Progression** Each Party's contribution shall be more ambitious over time.

7. **Features**

    **Option 1:** Each Party's contribution shall:

        1. Be quantified or quantifiable;

    **Option 2:** Each developed country Party's contribution shall be absolute."""
    ps = seg(text, markdown=True).paragraphs
    assert [p.label for p in ps] == [
        "Art. 3",
        "Art. 3.1",
        "Art. 3.3",
        "Art. 3.3 Opt.1",
        "Art. 3.3 Opt.1/Art. 3.3",
        "Art. 3.3 Opt.2",
        "Art. 3.3 Opt.2/Art. 3.3",
        "Art. 3.4",
        "Art. 3.7",
        "Art. 3.7 Opt.1",
        "Art. 3.7 Opt.1(1)",
        "Art. 3.7 Opt.2",
    ]
    assert ps[7].parent == 0 and ps[8].parent == 0


# --- options that say which paragraphs they stand for -------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(2, 60),
    last=st.sampled_from(["", "bis", "ter", "quater"]),
    joiner=st.sampled_from(["-", " to ", " and "]),
    article=st.booleans(),
)
def test_options_standing_for_paragraphs_end_after_them(
    n: int, last: str, joiner: str, article: bool
) -> None:
    # Paris draft of 6 Nov 2015 (PDF text), Art. 3: "Option 1: (paragraph 3):" … "Option 2:
    # (paragraphs 3-3quater)" … then paragraph 4, which is in no option
    span = f"{n}{joiner}{n}{last}" if last else f"{n}"
    word = "paragraphs" if last else "paragraph"
    body = [f"{n}. Parties shall act on matters under paragraph {n};"]
    if last:
        body.append(f"{n}{last}. Parties shall also act on matters under paragraph {n};")
    text = "\n".join(
        [
            *(["Article 3"] if article else []),
            f"{n - 1}. Parties shall report;",
            "Option 1: (paragraph {n}):".replace("{n}", str(n)),
            f"{n}. No text;",
            f"Option 2: ({word} {span})",
            *body,
            f"{n + 1}. Each Party's contribution shall be more ambitious;",
        ]
    )
    ps = seg(text).paragraphs
    base = f"Art. 3.{n}" if article else f"OP{n}"
    opts = [p for p in ps if p.kind is K.OPTION]
    assert [p.label for p in opts] == [f"{base} Opt.1", f"{base} Opt.2"]
    after = ps[-1]
    assert after.label == (f"Art. 3.{n + 1}" if article else f"OP{n + 1}")
    assert after.parent is None or ps[after.parent].kind is K.ARTICLE
    inside = [p for p in ps if p.parent is not None and ps[p.parent] is opts[1]]
    assert len(inside) == len(body)


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(1, 6),
    pad=st.sampled_from(["   ", "    ", "  "]),
    opt=st.sampled_from(["1", "2", "A"]),
)
def test_a_list_an_option_leads_into_is_the_options_items(count: int, pad: str, opt: str) -> None:
    # Paris draft of 6 Nov 2015, Art. 3.7: "Option 1: [Each Party's NDMC shall:" and its list
    # "1. [Be quantified …;]" … (lettered (a) … in the official PDF): items of the option, not
    # paragraphs 3.1, 3.1(2) … of the article
    items = [f"{pad}{k}. [Be quantified in the way number {k} says;]" for k in range(1, count + 1)]
    text = "\n\n".join(
        [
            "## Article 3",
            "1. **Collective goal** Parties aim to reach global peaking as soon as possible.",
            "7. **Features**",
            f"{pad}**Option {opt}:** [Each Party's contribution [shall] [should]:",
            *items,
            "8. **Timing** Each Party shall communicate every five years.",
        ]
    )
    ps = seg(text, markdown=True).paragraphs
    got = [p.label for p in ps]
    assert got == [
        "Art. 3",
        "Art. 3.1",
        "Art. 3.7",
        f"Art. 3.7 Opt.{opt}",
        *(f"Art. 3.7 Opt.{opt}({k})" for k in range(1, count + 1)),
        "Art. 3.8",
    ]
    for k, p in enumerate(ps[4 : 4 + count], start=1):
        assert p.parent == 3 and p.text == f"[Be quantified in the way number {k} says;]"


@pytest.mark.parametrize("markdown", [False, True])
def test_options_right_under_a_sub_item_that_introduces_them_are_its_options(
    markdown: bool,
) -> None:
    # Paris draft of 6 Nov 2015, Art. 3.8 Timing: "(1) First communication" and its options,
    # "(2) Subsequent communications" and its options (never "Art. 3.8 Opt.1#2")
    if markdown:
        lines = [
            "## Article 3",
            "8. **Timing**",
            "    1. *First communication*",
            "        **Option 1:** Each Party's first contribution is listed in an annex.",
            "        **Option 2:** Each Party shall communicate its first contribution on joining.",
            "    2. *Subsequent communications*",
            "        **Option 1:** Each Party shall communicate every five years.",
            "        **Option 2:** Each Party shall communicate before the end of a period.",
        ]
        text, first, second = "\n\n".join(lines), "Art. 3.8(1)", "Art. 3.8(2)"
    else:
        lines = [
            "Article 3",
            "8. Timing",
            "(a) First communication",
            "Option 1: Each Party's first contribution is listed in an annex.",
            "Option 2: Each Party shall communicate its first contribution on joining.",
            "(b) Subsequent communications",
            "Option 1: Each Party shall communicate every five years.",
            "Option 2: Each Party shall communicate before the end of a period.",
        ]
        text, first, second = "\n".join(lines), "Art. 3.8(a)", "Art. 3.8(b)"
    ps = seg(text, markdown=markdown).paragraphs
    assert [p.label for p in ps] == [
        "Art. 3",
        "Art. 3.8",
        first,
        f"{first} Opt.1",
        f"{first} Opt.2",
        second,
        f"{second} Opt.1",
        f"{second} Opt.2",
    ]
    # a sub-item that is a sentence of its own is no title for the options that follow
    ends = text.replace("Subsequent communications", "Parties shall communicate again.")
    labels = [p.label for p in seg(ends, markdown=markdown).paragraphs]
    assert f"{second} Opt.1" not in labels


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Option 1 bis.: All Parties commit to undertake measures", "1bis"),
        ("Option 1 ter.: Consistent with Article 4.2", "1ter"),
        ("Option 3 bis: Decides to establish a global goal", "3bis"),
        ("Option 1bis.Also requests the IPC", "1bis"),
        ("Option 2: Each Party shall", "2"),
    ],
)
def test_an_inserted_option_keeps_its_suffix(text: str, value: str) -> None:
    # Geneva negotiating text: "Option 1 bis." follows "Option 1", it is not a second option 1
    lab = parse_label(text)
    assert lab is not None and lab.kind is LabelKind.OPTION
    assert lab.value == value


def test_inserted_options_are_named_apart() -> None:
    text = """26. [Option 1: Each Party to plan and act on adaptation;
Option 1 bis.: All Parties have obligations to plan, act and communicate;
Option 1 ter.: Consistent with Article 4.2, Parties shall report;]"""
    assert labels(text) == ["OP26 Opt.1", "OP26 Opt.1bis", "OP26 Opt.1ter"]


def test_a_roman_option_run_after_a_paragraphs_own_options_keeps_its_paragraphs() -> None:
    # decision draft of 6 Nov 2015: paragraph 45 and its options 1 and 2, then "Option I:" with
    # paragraphs 46 and 46bis and "Option II:" with its own 46: paragraph 46 is inside option I
    # (it follows 45, but option I is no option of 45)
    text = """45. Response measures
Option 1: Decides to establish a cooperative mechanism on response measures;
Option 2: No provision on response measures.
Option I:
46. Recommends that the CMA consider establishing a mechanism;
46bis. Requests the SBSTA to elaborate modalities and procedures;
Option II:
46. Recommends that the CMA consider establishing another mechanism;"""
    ps = seg(text).paragraphs
    one, two = (p for p in ps if p.kind is K.OPTION and p.label.endswith(("Opt.I", "Opt.II")))
    in_one = [p for p in ps if p.parent == ps.index(one)]
    in_two = [p for p in ps if p.parent == ps.index(two)]
    assert [p.number for p in in_one] == ["46.", "46bis."]
    assert [p.number for p in in_two] == ["46."]
    assert in_one[0].label.endswith("Opt.I/OP46") and in_two[0].label.endswith("Opt.II/OP46")
