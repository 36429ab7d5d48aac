"""Items inserted after a lettered or roman item, and numbers past ``decies``.

The Geneva negotiating text (12 Feb 2015) inserts items the way it inserts paragraphs: ``i bis.``,
``i ter.`` … ``i sexies.`` after item ``i.`` of paragraph 65, ``d bis.`` after ``d.``, ``e. bis.``
after ``e.`` (paragraph 81), and numbers its loss and damage paragraphs up to ``31 undecies``,
``31 duodecies``, ``31 terdecies`` and ``31 qauterdecies`` (sic). The grammar read none of these:
the items became unlabelled paragraphs, the items after them ``(a)#2``, and ``31 duodecies.`` a
second ``OP31``. Each class here on generated texts, in the layouts the corpus prints them in
(the item's label in the text, or apart from it as a Word list number).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind

# printed -> the spelling in the label (written out here, not read from core.labels)
SUFFIXES = {
    "bis": "bis",
    "ter": "ter",
    "quater": "quater",
    "quinquies": "quinquies",
    "sexies": "sexies",
    "septies": "septies",
}
LONG = {
    "undecies": "undecies",
    "duodecies": "duodecies",
    "terdecies": "terdecies",
    "quaterdecies": "quaterdecies",
    "qauterdecies": "quaterdecies",
    "quarter": "quater",
    "quart": "quater",
}
TEXTS = [
    "Minimizing the burden on Parties, the secretariat and the review system;",
    "The principles of Article 3 of the Convention;",
    "Building developing country Parties' capacity through a systematic funding basis;",
    "Avoiding imposing disproportionate burdens on small States Parties;",
    "Tracking post-2020 commitments;",
    "Ensuring transparency, accuracy, completeness, comparability and consistency;",
]


@settings(max_examples=200, deadline=None)
@given(
    letter=st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    printed=st.sampled_from(sorted(SUFFIXES)),
    form=st.sampled_from(["{l} {s}.", "{l}. {s}.", "{l} {s})", "({l}) {s}.", "({l}){s}"]),
)
def test_a_suffixed_item_label_is_one_label(letter: str, printed: str, form: str) -> None:
    label = form.format(l=letter, s=printed)
    lab = parse_label(f"{label} Assess the level of risk;")
    assert lab is not None, label
    assert lab.kind in (LabelKind.LETTER, LabelKind.ROMAN)
    assert (lab.value, lab.rest) == (f"{letter}{SUFFIXES[printed]}", "Assess the level of risk;")


@settings(max_examples=60, deadline=None)
@given(
    roman=st.sampled_from(["ii", "iii", "iv", "vi", "ix", "xi"]),
    printed=st.sampled_from(sorted(SUFFIXES)),
)
def test_a_suffixed_roman_item_is_one_label(roman: str, printed: str) -> None:
    lab = parse_label(f"({roman}) {printed}. Assess the level of risk;")
    assert lab is not None and lab.kind is LabelKind.ROMAN
    assert lab.value == f"{roman}{SUFFIXES[printed]}"


def test_words_are_still_not_item_labels() -> None:
    for text in ("after. The meeting", "inter. alia", "ibis. The bird", "outer. space"):
        assert parse_label(text) is None, text


@st.composite
def lettered_list(draw: st.DrawFn) -> tuple[list[tuple[str, str]], int]:
    """Items ``a``, ``b`` … with 0–3 suffixed items inserted after some: (letter, suffix)."""
    n = draw(st.integers(2, 9))
    number = draw(st.integers(1, 90))
    items: list[tuple[str, str]] = []
    for k in range(n):
        letter = "abcdefghi"[k]
        items.append((letter, ""))
        for suf in sorted(SUFFIXES, key=list(SUFFIXES).index)[: draw(st.integers(0, 3))]:
            items.append((letter, suf))
    return items, number


def _expected(items: list[tuple[str, str]], number: int) -> list[str]:
    return [f"OP{number}"] + [f"OP{number}({x}{SUFFIXES.get(s, '')})" for x, s in items]


@settings(max_examples=80, deadline=None)
@given(
    case=lettered_list(),
    form=st.sampled_from(["{l} {s}.", "{l}. {s}.", "({l}) {s}"]),
    plain=st.sampled_from(["{l}.", "({l})"]),
)
def test_inserted_items_in_text_stand_beside_their_item(
    case: tuple[list[tuple[str, str]], int], form: str, plain: str
) -> None:
    items, number = case
    lines = [f"{number}. The transparency framework shall be guided by:"]
    for k, (x, s) in enumerate(items):
        label = form.format(l=x, s=s) if s else plain.format(l=x)
        lines.append(f"{label} {TEXTS[k % len(TEXTS)]}")
    paras = segment(read_text("\n\n".join(lines).encode("utf-8"))).paragraphs
    assert [p.label for p in paras] == _expected(items, number)
    assert all(p.parent == 0 and p.kind is K.OPERATIVE for p in paras[1:])


@settings(max_examples=60, deadline=None)
@given(case=lettered_list())
def test_inserted_items_numbered_apart_stand_beside_their_item(
    case: tuple[list[tuple[str, str]], int],
) -> None:
    """The Geneva PDF: the list number (``d bis.``) apart from its text, as Word prints it."""
    items, number = case
    blocks = [SourceBlock("The transparency framework shall be guided by:", number=f"{number}.")]
    for k, (x, s) in enumerate(items):
        blocks.append(SourceBlock(TEXTS[k % len(TEXTS)], number=f"{x} {s}." if s else f"{x}."))
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == _expected(items, number)


@settings(max_examples=60, deadline=None)
@given(
    number=st.integers(1, 90),
    printed=st.sampled_from(sorted(LONG)),
    apart=st.booleans(),
)
def test_numbers_past_decies_are_labels(number: int, printed: str, apart: bool) -> None:
    """``31 undecies.`` … ``31 qauterdecies.`` (sic), and ``16 quarter.`` for quater: in the
    text or with the suffix printed apart from the number (``31`` / ``duodecies. The …``)."""
    text = "The governing body shall develop arrangements relating to loss and damage."
    blocks = [SourceBlock("[Parties shall cooperate on loss and damage.", number=f"{number}.")]
    if apart:
        blocks.append(SourceBlock(f"{printed}. {text}", number=f"{number}"))
    else:
        blocks.append(SourceBlock(f"{number} {printed}. {text}"))
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert [p.label for p in paras] == [f"OP{number}", f"OP{number}{LONG[printed]}"]
    assert paras[1].text == text


@settings(max_examples=30, deadline=None)
@given(number=st.integers(1, 90), subs=st.integers(1, 4), bracket=st.booleans())
def test_a_suffix_apart_with_decimals_or_a_bracket(number: int, subs: int, bracket: bool) -> None:
    """``16`` / ``quarter.2 Is …`` (a decimal of 16 quater) and ``30`` / ``[bis. All …``."""
    opening = "[" if bracket else ""
    blocks = [
        SourceBlock("Parties shall account for their efforts.", number=f"{number}."),
        SourceBlock(
            f"{opening}bis. Parties agree to account for their efforts:", number=str(number)
        ),
    ]
    for k in range(1, subs + 1):
        blocks.append(SourceBlock(f"bis.{k} {TEXTS[k]}", number=str(number)))
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    expected = [f"OP{number}", f"OP{number}bis"] + [
        f"OP{number}bis.{k}" for k in range(1, subs + 1)
    ]
    assert [p.label for p in paras] == expected
    assert paras[1].text.startswith(f"{opening}Parties agree")


@settings(max_examples=80, deadline=None)
@given(
    number=st.integers(1, 90),
    printed=st.sampled_from(["", *sorted(SUFFIXES)]),
    form=st.sampled_from(["{n} {s}.", "{n}. {s}", "{n}{s}."]),
    items=st.integers(0, 3),
)
def test_a_bracket_opened_before_the_number(
    number: int, printed: str, form: str, items: int
) -> None:
    """``[39 bis. Scale …`` and ``[37. ter A clear …`` (33 times in the Geneva text): the number
    is the paragraph's, the bracket its text's (kept, so that the census still counts it)."""
    label = form.format(n=number, s=printed) if printed else f"{number}."
    blocks = [SourceBlock(f"[{label} Scale of resources shall be based on the following:")]
    blocks += [SourceBlock(TEXTS[k], number=f"{'abc'[k]}.") for k in range(items)]
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    own = f"OP{number}{SUFFIXES.get(printed, '')}"
    assert [p.label for p in paras] == [own] + [f"{own}({'abc'[k]})" for k in range(items)]
    assert paras[0].text == "[Scale of resources shall be based on the following:"


def test_a_bracket_before_a_number_glued_to_text_is_no_label() -> None:
    # "[1." alone on its line is a paragraph's number with its opening bracket: labelled, and
    # given to the text after it (tests/formats/test_lone_bracketed_numbers.py)
    for text in ("[1.CP/21].", "[1] See the report", "[2015. The year"):
        lab = parse_label(text)
        assert lab is None or lab.kind is not LabelKind.NUMBER, text


@settings(max_examples=60, deadline=None)
@given(
    outer=st.integers(1, 5),
    inner=st.integers(1, 9),
    lead=st.sampled_from(["shall be guided by the following;", "shall include:", "as follows:]"]),
)
def test_a_list_lettered_again_inside_an_item(outer: int, inner: int, lead: str) -> None:
    """``e bis. … This mechanism shall be guided by the following;`` then ``a.`` … ``f.`` (the
    Geneva text paragraph 69, option 2): the items of that item, ``(ebis)(a)``, not the list
    lettered again from ``(a)#2``."""
    letters = "abcde"[:outer]
    blocks = [SourceBlock("The governing body shall elaborate the rules:", number="69.")]
    blocks += [SourceBlock(TEXTS[k], number=f"{x}.") for k, x in enumerate(letters)]
    last = letters[-1]
    blocks.append(
        SourceBlock(f"A mechanism for the measurement of support {lead}", number=f"{last} bis.")
    )
    blocks += [SourceBlock(TEXTS[k % 6], number=f"{'abcdefghi'[k]}.") for k in range(inner)]
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    expected = ["OP69"] + [f"OP69({x})" for x in letters] + [f"OP69({last}bis)"]
    expected += [f"OP69({last}bis)({'abcdefghi'[k]})" for k in range(inner)]
    assert [p.label for p in paras] == expected
    assert all(p.parent == outer + 1 for p in paras[outer + 2 :])
