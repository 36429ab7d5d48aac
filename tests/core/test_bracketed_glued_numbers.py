"""A paragraph number after the bracket that opens its paragraph, its space lost in extraction.

The Geneva negotiating text's section L prints paragraph 88 under each of its options as
"[88. In order to ensure compliance …" and "[88. The Compliance Committee shall have two
branches …"; the PDF reader loses the space after the period ("[88.In order …", "[88.The
Compliance …"), and the paragraph became an unlabelled ``¶1724``. "88.In order" without the
bracket and "[88. In order" with its space were both read; "[88.In" is now too: a bracket, a
number with its period, and a capitalised word glued to it. A bracket around a reference that
only starts with a number and a period ("[1.CP/21]", "[2.UN]") is still no label.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label

WORDS = ("In", "The", "Parties", "Each", "Developed", "All", "Any")


@given(
    number=st.integers(1, 199),
    word=st.sampled_from(WORDS),
    space=st.sampled_from(["", " "]),
)
def test_a_number_glued_to_its_first_word_after_a_bracket(
    number: int, word: str, space: str
) -> None:
    lab = parse_label(f"[{number}.{space}{word} order to ensure compliance")
    assert lab is not None and lab.kind is LabelKind.NUMBER
    assert (lab.value, lab.rest) == (str(number), f"[{word} order to ensure compliance")


@given(number=st.integers(1, 9), ref=st.sampled_from(["CP/21]", "UN]", "CMA.1]", "A/70/L.1]"]))
def test_a_bracketed_reference_is_no_label(number: int, ref: str) -> None:
    lab = parse_label(f"[{number}.{ref} shall apply")
    assert lab is None or lab.kind is not LabelKind.NUMBER
