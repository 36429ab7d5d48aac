"""A numbered title run onto its tagged paragraphs is a heading even when a bracket opens in it.

The BBNJ PrepCom annex II prints ``2. Number of members [Access and Benefit-Sharing Committee
(ABS)9. In accordance with …`` on one line: the title ``2. Number of members`` and the opening
bracket of the committee sub-headings below it, then the tagged paragraphs ``(ABS)9.``,
``(ABS)9.1.``. Like ``1. Eligibility criteria (ALL)8. …`` it is a heading, not ``OP2`` (which
the annex's own paragraph 2 already is: ``Annex II OP2#2`` before).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8")))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["ABS", "ICC", "STB", "CBTMT"]), st.integers(2, 9), st.booleans())
def test_a_title_with_an_opening_bracket_before_tagged_paragraphs_is_a_heading(
    tag: str, title: int, run_on: bool
) -> None:
    paras = [f"{n}. The paragraph number {n} of the annex applies to all bodies." for n in (1, 2)]
    body = (
        f"{title}. Number of members [Committee on {tag} "
        f"({tag}){title + 7}. The committee shall have 15 members. "
        f"({tag}){title + 7}.1. The members shall be elected by the Conference.]"
    )
    if not run_on:
        body = body.replace(f" ({tag})", f"\n\n({tag})")
    ps = seg("\n\n".join([*paras, body])).paragraphs
    heads = [p for p in ps if p.kind is K.HEADING]
    assert [p.label for p in heads] == [str(title)]
    assert heads[0].text.startswith(f"{title}. Number of members [Committee")
    ops = [p.label for p in ps if p.kind is K.OPERATIVE]
    assert ops == ["OP1", "OP2", f"OP{title + 7} {tag}", f"OP{title + 7}.1 {tag}"]
    assert not [p.label for p in ps if "#" in p.label]


def test_a_bracketed_paragraph_before_an_untagged_one_stays_a_paragraph() -> None:
    ps = seg("1. [Decides to act]\n\n2. Requests the secretariat to report.\n").paragraphs
    assert [(p.label, p.kind) for p in ps] == [("OP1", K.OPERATIVE), ("OP2", K.OPERATIVE)]
