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
        text = "Regarding the scope of the mechanism" + (":" if count else ";")
        if count and k % 2:
            text = ""  # "b." printed as its options, with no words of its own (57.2 (b), (c))
        blocks.append(SourceBlock(text, number=f"{item}."))
        expected.append(f"OP{n}({item})")
        for letter in "abcd"[:count]:
            blocks.append(SourceBlock(f"Option ({letter}): All Parties to act on item {k};"))
            expected.append(f"OP{n}({item}) Opt.{letter}")
            if bis and letter == "a":
                blocks.append(SourceBlock("Option (a)bis: Separate branches for each;"))
                expected.append(f"OP{n}({item}) Opt.abis")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 90),
    decimals=st.integers(0, 4),
    bis=st.booleans(),
    more=st.integers(0, 2),
    restated=st.booleans(),
)
def test_a_paragraph_printed_as_its_options_and_its_decimals(
    n: int, decimals: int, bis: bool, more: int, restated: bool
) -> None:
    """The Geneva text's paragraphs 23, 26 and 50: "26. [Option 1: …" holds 26.1 … 26.6, then
    "Option 2:", "Option 2 bis.:", "Option 3:" are options of 26 (were ``OP26.6 Opt.2`` and a
    bare ``Opt.2bis``); "Option 6:" restating "23. [No provisions …]" ends at "24." (was
    ``OP23 Opt.6/OP24 Opt.1``)."""
    blocks = [SourceBlock(f"[Option 1: {LEAD} guided by the following:", number=f"{n}.")]
    expected = [f"OP{n} Opt.1"]
    for k in range(1, decimals + 1):
        blocks.append(
            SourceBlock(f"Parties to report on their actions, number {k}.", number=f"{n}.{k}")
        )
        expected.append(f"OP{n}.{k}")
    blocks.append(SourceBlock(f"Option 2: {LEAD} based on existing arrangements."))
    expected.append(f"OP{n} Opt.2")
    if bis:
        blocks.append(SourceBlock(f"Option 2 bis: {LEAD} based on new arrangements."))
        expected.append(f"OP{n} Opt.2bis")
    last = 2
    for k in range(3, 3 + more):
        blocks.append(SourceBlock(f"Option {k}: {LEAD} based on guidance number {k}."))
        expected.append(f"OP{n} Opt.{k}")
        last = k
    if restated:
        blocks.append(SourceBlock(f"Option {last + 1}:"))
        blocks.append(SourceBlock("[No provisions on market mechanisms.]", number=f"{n}."))
        expected += [f"OP{n} Opt.{last + 1}", f"OP{n}"]  # plain: its number is unique
    blocks.append(SourceBlock("[Parties agree on the need for rules.]", number=f"{n + 1}."))
    expected.append(f"OP{n + 1}")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected
    assert paras[-1].parent is None


def test_options_under_a_title_that_leads_into_them() -> None:
    """ "Time frame and steps:" then "Option 1: Move provisions …" / "Option 2: Retain …" (the
    Geneva text's structural suggestions after section D, printed twice): options of the
    title each, not a second ``OP24 Opt.1``."""
    blocks = [SourceBlock("[Parties shall account for their efforts.]", number="24.")]
    for title in ("Accounting rules:", "Time frame and steps:"):
        blocks.append(SourceBlock(title))
        blocks.append(SourceBlock("Option 1: Move provisions from section K into this section;"))
        blocks.append(SourceBlock("Option 2: Retain provisions in section K."))
    labels = [p.label for p in segment(SourceText("test", tuple(blocks))).paragraphs]
    assert labels == ["OP24", "¶2", "¶2 Opt.1", "¶2 Opt.2", "¶5", "¶5 Opt.1", "¶5 Opt.2"]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 90),
    runs=st.lists(st.integers(1, 3), min_size=2, max_size=4),
    lettered=st.booleans(),
)
def test_decimals_printed_again_under_each_option(n: int, runs: list[int], lettered: bool) -> None:
    """ "50. [Option 1: …" 50.1, 50.2, then "Option 2: …" 50.1, 50.2 again (the Geneva text,
    paragraphs 26, 50, 76): each decimal named by its option, ``OP50 Opt.2/OP50.1`` (was
    ``OP50.1#2``); lettered options "Option (a):" over items "a." hold no decimal after them
    (was ``OP76 Opt.2 Opt.c/OP76.1``)."""
    blocks: list[SourceBlock] = []
    expected: list[str] = []
    for k, count in enumerate(runs, 1):
        text = f"Option {k}: {LEAD} based on the following:"
        blocks.append(SourceBlock(f"[{text}", number=f"{n}.") if k == 1 else SourceBlock(text))
        expected.append(f"OP{n} Opt.{k}")
        if lettered and k == 2:
            blocks += [SourceBlock("Option (a):"), SourceBlock(ITEM, number="a.")]
            expected += [f"OP{n} Opt.2 Opt.a", f"OP{n} Opt.2 Opt.a(a)"]
        for d in range(1, count + 1):
            blocks.append(SourceBlock(f"To be provided by Parties, way {k}{d};", number=f"{n}.{d}"))
            # named by the option where the number is printed again, plain where only once
            again = sum(c >= d for c in runs) > 1
            expected.append(f"OP{n} Opt.{k}/OP{n}.{d}" if again else f"OP{n}.{d}")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 90), first=st.integers(1, 3), later=st.integers(2, 4))
def test_a_list_after_an_options_second_paragraph(n: int, first: int, later: int) -> None:
    """ "Option 4: The Financial Mechanism … entity." / "The GCF shall be strengthened, as
    follows:" / "a. …" (the Geneva text, paragraph 38): the list is option 4's (``OP38
    Opt.4(a)``), not a second list of an earlier option that led into one (``OP38
    Opt.c(a)#2``)."""
    blocks = [SourceBlock(f"[Option 1: {LEAD} guided by:", number=f"{n}.")]
    blocks.append(SourceBlock("Option (a): To receive funding, a Party shall:"))
    blocks += [SourceBlock(ITEM, number=f"{x}.") for x in "abc"[:first]]
    expected = [f"OP{n} Opt.1", f"OP{n} Opt.1 Opt.a"]
    expected += [f"OP{n} Opt.1 Opt.a({x})" for x in "abc"[:first]]
    for k in range(2, later + 1):
        blocks.append(SourceBlock(f"Option {k}: {LEAD} the main operating entity."))
        expected.append(f"OP{n} Opt.{k}")
    blocks.append(SourceBlock("The GCF shall be strengthened, as follows:"))
    expected.append(f"¶{len(expected) + 1}")
    blocks += [SourceBlock(ITEM, number=f"{x}.") for x in "ab"]
    expected += [f"OP{n} Opt.{later}({x})" for x in "ab"]
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(5, 80),
    title=st.sampled_from(["[Loss and damage]", "5 [Loss and damage]", "[Article X: Loss]"]),
    count=st.integers(2, 3),
    inner=st.booleans(),
)
def test_roman_options_titled_in_brackets_head_their_paragraphs(
    n: int, title: str, count: int, inner: bool
) -> None:
    """The Geneva text's loss and damage part: "Option I: [Loss and damage]" / "31 quater. …" …
    "Option II (proposed as a separate chapter …): [Article X: Loss and damage]" / "31 quater.
    …" again: each roman option heads the paragraphs under it (``OP31quater Opt.II/OP31quater``,
    was ``OP31quater#2``), and "Option II" follows "Option I", never an "Option 1" between them."""
    blocks = [SourceBlock("[Parties shall cooperate on adaptation.]", number=f"{n - 1}.")]
    expected = [f"OP{n - 1}"]
    for k, roman in enumerate(["I", "II", "III"][:count]):
        qualifier = " (proposed as a separate chapter)" if k == 1 else ""
        head = f"Option {roman}{qualifier}: {title}"
        blocks.append(SourceBlock(head))
        expected.append(f"OP{n} Opt.{roman}")  # a set named by nothing: by its first paragraph
        blocks.append(SourceBlock(f"[A mechanism is hereby defined, version {k}.", number=str(n)))
        expected.append(f"OP{n} Opt.{roman}/OP{n}")
        if inner:
            blocks.append(
                SourceBlock(f"[Option 1: Provision for losses, version {k};", number=f"{n + 1}.")
            )
            blocks.append(SourceBlock("Option 2: No reference to loss and damage.]"))
            expected += [f"OP{n} Opt.{roman}/OP{n + 1} Opt.1", f"OP{n} Opt.{roman}/OP{n + 1} Opt.2"]
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected


@settings(max_examples=30, deadline=None)
@given(chapeaux=st.integers(2, 4), bodies=st.integers(2, 4), spaced=st.booleans())
def test_options_of_a_chapeau_then_of_the_body(chapeaux: int, bodies: int, spaced: bool) -> None:
    """Section L of the Geneva text: "Option 1: (chapeau): In order to assist Parties …:" …
    "Option 4: (chapeau): …", then the body's "Option 1: The governing body shall adopt …" …
    "Option 4: No specific provisions required.": the room says "chapeau option 1" and
    "option 1" (``L Opt.1 chapeau``, ``L Opt.1``; the body's were ``L Opt.1#2``)."""
    blocks = [SourceBlock("L. [[Facilitating implementation and compliance]")]
    expected = ["L."]
    mark = "(chapeau): " if spaced else "(chapeau):"
    for k in range(1, chapeaux + 1):
        blocks.append(SourceBlock(f"Option {k}: {mark}In order to facilitate compliance {k}:"))
        expected.append(f"L Opt.{k} chapeau")
    for k in range(1, bodies + 1):
        blocks.append(SourceBlock(f"Option {k}: The governing body shall adopt procedures {k};"))
        expected.append(f"L Opt.{k}")
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == expected
