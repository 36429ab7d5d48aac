"""Options of a paragraph's chapeau, the first printed in the bracket that opens the paragraph.

The Geneva negotiating text, section K (which opens with "Option I:"), prints paragraph 71 as
"71. [Option 1 (chapeau): Pursuant to Article 2 …" / "Option 2 (chapeau): In accordance with …"
/ "Option 3 (chapeau): The time frame … is as follows" / "Option (a): Every five years …" …
"Option (l): …]", then "73. [Option 1: The scope … shall:" … "Option 2: …". "[Option 1
(chapeau):" was no option to the label grammar (a bracketed option needed its colon right
after the number), so option 2 found no option 1 before it and was read as the next of the
section's roman run: ``K Opt.2 chapeau``, ``K Opt.a`` … ``K Opt.l``. The room says "paragraph
71, option 2 of the chapeau" and "paragraph 71, option (c)": ``OP71 Opt.2 chapeau``, ``OP71
Opt.c``; and once option 1 of the chapeau was read, paragraph 73's "Option 2:" followed it
(``K Opt.I/OP71 Opt.2``, its scope taking paragraphs 74-76 along): the options of a chapeau are
a run of their own. A bracketed option whose number is followed by a note in brackets and the
colon ("[Option 1 (chapeau):", "[Option 2 (paragraph 7):") is an option like the same line
without the bracket.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import SourceBlock, SourceText
from wsis_desk.core.segment import segment

WORDING = "Parties to periodically communicate or update their proposed commitments"


@st.composite
def section(draw: st.DrawFn) -> tuple[list[SourceBlock], dict[str, str]]:
    """A lettered section (maybe under "Option I:") whose paragraph ``n`` is printed as the
    options of its chapeau, then options of its body; returns the blocks and, for each
    option's text, the label the room says (its last part, after any scope)."""
    n = draw(st.integers(2, 90))
    blocks = [SourceBlock("[[Time frames and process related to commitments]", number="K.")]
    if draw(st.booleans()):
        blocks.append(SourceBlock("Option I:"))
    blocks.append(SourceBlock("[All Parties shall maintain a commitment.]", number=f"{n - 1}."))
    opening = "[" if draw(st.booleans()) else ""
    expected: dict[str, str] = {}
    chapeaux = draw(st.integers(2, 4))
    for k in range(1, chapeaux + 1):
        text = f"{opening if k == 1 else ''}Option {k} (chapeau): {WORDING} number {k}"
        blocks.append(SourceBlock(text, number=f"{n}." if k == 1 else None))
        expected[text] = f"OP{n} Opt.{k} chapeau"
    for letter in "abcd"[: draw(st.integers(0, 4))]:
        text = f"Option ({letter}): Every five years for group {letter};"
        blocks.append(SourceBlock(text))
        expected[text] = f"OP{n} Opt.{letter}"
    blocks.append(
        SourceBlock("[Each Party shall revise and update its contribution.]", number=f"{n} bis.")
    )
    expected[blocks[-1].text] = f"OP{n}bis"
    # the next paragraph printed as options of its own: "Option 2:" follows its "Option 1:",
    # never option 1 of the chapeau above (whose scope took paragraphs 73-76 along)
    blocks.append(SourceBlock("[Option 1: The scope of the commitments shall:", number=f"{n + 1}."))
    blocks.append(SourceBlock("Option (a): Be nationally determined;"))
    blocks.append(SourceBlock("Option 2: The scope shall be defined by the agreement."))
    expected[blocks[-1].text] = f"OP{n + 1} Opt.2"
    blocks.append(
        SourceBlock("[Each Party shall communicate its contribution.]", number=f"{n + 2}.")
    )
    expected[blocks[-1].text] = f"OP{n + 2}"
    return blocks, expected


@settings(max_examples=80, deadline=None)
@given(case=section())
def test_the_options_of_a_chapeau_are_the_paragraphs(
    case: tuple[list[SourceBlock], dict[str, str]],
) -> None:
    blocks, expected = case
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    got = {p.text: p.label.split("/")[-1] for p in paras if p.text in expected}
    assert got == expected


@given(
    number=st.sampled_from(["1", "2", "II", "(b)"]),
    note=st.sampled_from(["(chapeau)", "(paragraph 7)", "(paragraphs 7 and 7bis)"]),
)
def test_a_bracketed_option_with_a_note_before_its_colon(number: str, note: str) -> None:
    plain = parse_label(f"Option {number} {note}: Pursuant to Article 2")
    bracketed = parse_label(f"[Option {number} {note}: Pursuant to Article 2")
    assert plain is not None and bracketed is not None
    assert bracketed.kind is LabelKind.OPTION
    assert (bracketed.value, bracketed.rest) == (plain.value, plain.rest)


def test_a_bracket_opening_on_the_word_option_is_no_option() -> None:
    """ "[Option 1 is preferred by …]" is text about an option (no colon): not a label."""
    assert parse_label("[Option 1 is preferred by some Parties]") is None
