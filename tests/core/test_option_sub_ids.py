"""An option numbered with a sub-part keeps it: ``Option (b)(ii)`` is ``Opt.b(ii)``.

The Paris decision drafts (6 Nov and 4 Dec 2015, paragraph 87/90, and the informal note's PDF)
print the options of one item as ``Option (a):``, ``Option (b)(i):``, ``Option (b)(ii):`` —
two alternatives for the second option's wording. The label grammar read ``(b)`` and left
``(i)`` in the text, so both were ``Opt.b`` and the second became ``Opt.b#2``. The room says
"option (b)(ii)": every option a letter and a roman number name keeps both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import SourceBlock, SourceText
from wsis_desk.core.segment import segment

ROMANS = ("i", "ii", "iii", "iv")


@settings(max_examples=60, deadline=None)
@given(
    letter=st.sampled_from("abcdef"),
    sub=st.sampled_from(ROMANS),
    colon=st.sampled_from((":", "", ".")),
    rest=st.sampled_from(("No text", "Arrangements shall be established;", "[Placeholder]")),
)
def test_the_grammar_reads_a_letter_and_a_roman(
    letter: str, sub: str, colon: str, rest: str
) -> None:
    lab = parse_label(f"Option ({letter})({sub}){colon} {rest}")
    assert lab is not None and lab.kind is LabelKind.OPTION
    assert lab.value == f"({letter})({sub})"
    assert lab.rest == rest


@settings(max_examples=60, deadline=None)
@given(
    subs=st.lists(st.integers(1, 4), min_size=2, max_size=4),
    n=st.integers(10, 120),
)
def test_options_with_sub_parts_have_labels_of_their_own(subs: list[int], n: int) -> None:
    """``87. Option 1: … by:`` / ``(a)`` ``Option (a): …`` / ``Option (b)(i): …`` / …"""
    blocks = [SourceBlock("Option 1: Parties shall take steps for technology by:", number=f"{n}.")]
    blocks.append(SourceBlock("Option (a): Establishing policy frameworks;", number="(a)"))
    for k, count in enumerate(subs):
        letter = "bcdefg"[k]
        for r in ROMANS[:count]:
            blocks.append(SourceBlock(f"Option ({letter})({r}): Arrangements of kind {r};"))
    blocks.append(SourceBlock("Decides to review the arrangements.", number=f"{n + 1}."))
    ps = segment(SourceText("text", tuple(blocks))).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    for k, count in enumerate(subs):
        letter = "bcdefg"[k]
        for r in ROMANS[:count]:
            assert any(x.endswith(f"Opt.{letter}({r})") for x in labels), labels
