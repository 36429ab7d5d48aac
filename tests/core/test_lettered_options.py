"""Lettered options ``Option (a):`` named the way the Geneva negotiating text's room names them.

The Geneva text (12 Feb 2015) prints lettered options inside a numbered option's wording
("65. [Option 1: … shall be guided by:" / "Option (a):" / "a. …" / "Option (b):" / "a. …" /
"Option 2: …" / "Option 3: … guided by:" / "a. …"), inserts options after lettered ones
(``Option (a) bis:``, ``Option (d) ter:``), and prints its preamble's alternatives as sets of
options standing alone between the paragraphs, two sets in a row at PP4 and PP5. These were
``OPi quinquies Opt.b/OP66`` (a set named by a stray item, its scope swallowing the paragraphs
after it), ``(a)#4`` (the list of option 3 with no parent), ``OP76.4 Opt.d#2`` and ``PP3
Opt.a#2``. The room says "option (a) of option 1 of paragraph 65" (``OP65 Opt.1 Opt.a``),
"option 3 of paragraph 65, (a)" (``OP65 Opt.3(a)``) and "PP5, option (b)".
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment

K = ParagraphKind
LEAD = (
    "The transparency framework shall encompass MRV of emissions and removals and the "
    "accounting of commitments / contributions, and shall be based on agreed rules and be"
)
ITEM = "Taking into account the differing national circumstances of Parties;"


@st.composite
def paragraph(draw: st.DrawFn) -> tuple[list[SourceBlock], list[str]]:
    """``N. [Option 1: … guided by:`` with lettered options (each with items), then numbered
    options 2.. (the last may lead into items), then the next paragraph ``N+1.``; returns the
    blocks and the labels the room says."""
    n = draw(st.integers(1, 90))
    blocks = [SourceBlock(f"[Option 1: {LEAD} guided by:", number=f"{n}.")]
    labels = [f"OP{n} Opt.1"]
    for letter in "abcd"[: draw(st.integers(1, 4))]:
        blocks.append(SourceBlock(f"Option ({letter}):"))
        labels.append(f"OP{n} Opt.1 Opt.{letter}")
        for item in "abc"[: draw(st.integers(1, 3))]:
            blocks.append(SourceBlock(ITEM, number=f"{item}."))
            labels.append(f"OP{n} Opt.1 Opt.{letter}({item})")
    for k in range(2, draw(st.integers(2, 4)) + 1):
        items = draw(st.integers(0, 3))
        end = " guided by:" if items else " based on existing arrangements."
        blocks.append(SourceBlock(f"Option {k}: {LEAD}{end}"))
        labels.append(f"OP{n} Opt.{k}")
        for item in "abc"[:items]:
            blocks.append(SourceBlock(ITEM, number=f"{item}."))
            labels.append(f"OP{n} Opt.{k}({item})")
    blocks.append(
        SourceBlock("[Each Party shall establish national arrangements.]", number=f"{n + 1}.")
    )
    labels.append(f"OP{n + 1}")
    return blocks, labels


@settings(max_examples=80, deadline=None)
@given(case=paragraph())
def test_lettered_options_inside_a_numbered_option(
    case: tuple[list[SourceBlock], list[str]],
) -> None:
    blocks, expected = case
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected
    assert paras[-1].parent is None  # the next paragraph is no part of any option


@settings(max_examples=60, deadline=None)
@given(
    letters=st.lists(st.sampled_from("abcd"), min_size=1, max_size=4, unique=True).map(sorted),
    suffix=st.sampled_from([" bis", "bis", " ter", " quater"]),
    n=st.integers(1, 90),
)
def test_an_option_inserted_after_a_lettered_one(letters: list[str], suffix: str, n: int) -> None:
    """``Option (d) bis:`` after ``Option (d):`` is an option of its own (``OP76.4 Opt.dbis``)."""
    blocks = [SourceBlock("On the basis of the ex ante consideration process:", number=f"{n}.")]
    expected = [f"OP{n}"]
    for letter in "abcd"[: letters[-1] and "abcd".index(letters[-1]) + 1]:
        blocks.append(SourceBlock(f"Option ({letter}): Each Party to consider the outcome;"))
        expected.append(f"OP{n} Opt.{letter}")
        if letter in letters:
            blocks.append(SourceBlock(f"Option ({letter}){suffix}: Each Party to reflect on it;"))
            expected.append(f"OP{n} Opt.{letter}{suffix.strip()}")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@st.composite
def preamble(draw: st.DrawFn) -> tuple[list[SourceBlock], list[str]]:
    """A preamble whose paragraphs are plain or printed as a set of options (one or two sets
    in a row); each set stands for one preambular paragraph."""
    blocks = [SourceBlock("[The Parties to this agreement,]")]
    labels = ["chapeau"]
    pp = 0
    for _ in range(draw(st.integers(1, 6))):
        pp += 1
        if draw(st.booleans()):
            blocks.append(SourceBlock(f"[Recalling the decisions adopted by the COP number {pp},]"))
            labels.append(f"PP{pp}")
            continue
        count = draw(st.integers(2, 4))
        for k, letter in enumerate("abcd"[:count]):
            opening = "[" if k == 0 else ""
            blocks.append(SourceBlock(f"{opening}Option ({letter}): Recognizing need {pp} {k},"))
            labels.append(f"PP{pp} Opt.{letter}")
    blocks.append(SourceBlock("Have agreed as follows:"))
    labels.append(f"¶{len(labels) + 1}")
    return blocks, labels


@settings(max_examples=80, deadline=None)
@given(case=preamble())
def test_each_set_of_options_in_a_preamble_is_a_paragraph(
    case: tuple[list[SourceBlock], list[str]],
) -> None:
    blocks, expected = case
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 90),
    counts=st.lists(st.integers(0, 4), min_size=1, max_size=4),
    bis=st.booleans(),
)
def test_options_under_an_item_that_leads_into_them(n: int, counts: list[int], bis: bool) -> None:
    """Section L of the Geneva text: "b. Regarding Parties:" / "Option (a): All Parties;" /
    "Option (b): …": the options of item (b), ``OP88(b) Opt.a`` (were ``L Opt.a#2``)."""
    blocks = [SourceBlock("Arrangements for compliance shall cover:", number=f"{n}.")]
    expected = [f"OP{n}"]
    for k, count in enumerate(counts):
        item = "abcd"[k]
        lead = ":" if count else ";"
        blocks.append(SourceBlock(f"Regarding the scope of the mechanism{lead}", number=f"{item}."))
        expected.append(f"OP{n}({item})")
        for letter in "abcd"[:count]:
            blocks.append(SourceBlock(f"Option ({letter}): All Parties to act on item {k};"))
            expected.append(f"OP{n}({item}) Opt.{letter}")
            if bis and letter == "a":
                blocks.append(SourceBlock("Option (a)bis: Separate branches for each;"))
                expected.append(f"OP{n}({item}) Opt.abis")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected
