"""A letter after the options of the item before it is that item's sibling, even when the last
option leads into a list of its own.

The Geneva negotiating text, paragraph 57.2, option 1: "a. The TEC and the CTCN …" / "b." /
"Option (a): The Technology Mechanism shall enhance cooperation …:" (bullets) / "Option (b): …
under the Convention:" (bullets) / "c." / "Option (a): The governing body shall conduct a
periodic assessment …". Option (b) ends in a colon, so it opened a list, and "c." was read as
its first item: ``OP57.2 Opt.1(b) Opt.b(c)``, its options one level too deep. A list that
would start at "c." is no list of its own: "c." follows "b.", ``OP57.2 Opt.1(c)``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import SourceBlock, SourceText
from wsis_desk.core.segment import segment

TEXT = "The Technology Mechanism shall enhance cooperation with other arrangements"


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 90),
    options=st.integers(2, 3),
    lead=st.sampled_from([":", ";", "."]),
    bullets=st.integers(0, 2),
    worded=st.booleans(),
)
def test_a_letter_after_the_options_of_the_item_before_it(
    n: int, options: int, lead: str, bullets: int, worded: bool
) -> None:
    blocks = [
        SourceBlock("Guidance to and strengthening of the Technology Mechanism:", number=f"{n}."),
        SourceBlock("Option 1: Specific provisions on strengthening:"),
        SourceBlock(f"{TEXT}, under the Convention;", number="a."),
        SourceBlock(f"{TEXT}, as follows:" if worded else "", number="b."),
    ]
    for k in "abc"[:options]:
        blocks.append(SourceBlock(f"Option ({k}): {TEXT}, version {k}{lead}"))
        blocks += [SourceBlock(f"• Establish linkages, bullet {j};") for j in range(bullets)]
    blocks.append(SourceBlock("", number="c."))
    blocks.append(SourceBlock("Option (a): The governing body shall conduct an assessment;"))
    blocks.append(SourceBlock("Option 2: No specific provisions."))
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    labels = [p.label for p in paras if not p.label.startswith("¶")]
    assert f"OP{n} Opt.1(c)" in labels
    assert labels[-2:] == [f"OP{n} Opt.1(c) Opt.a", f"OP{n} Opt.2"]
