"""A section number printed alone, before the items of the paragraph above it, its title after.

PDF text extraction can put a section's number where its line starts on the page, not where its
title is read: the co-chairs' non-paper of 5 Oct 2015 prints "… including by:" / ``V.`` / (a) …
(d) / ``INTERIM INSTITUTIONAL ARRANGEMENTS`` / ``88.``. The number with nothing beside it does
not end the paragraph above: the items are that paragraph's (never top-level paragraphs of
their own, nor orphans ``(a)`` under an empty heading), and the number heads the title that
follows them (``V.`` = "INTERIM INSTITUTIONAL ARRANGEMENTS").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import Paragraph, ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind
ROMANS = ["II", "III", "IV", "V", "VI", "VII"]
ITEMS = [
    "Organizing regular technical expert meetings on specific policies;",
    "Preparing, on an annual basis, a technical paper on opportunities;",
    "Preparing a summary for policymakers well in advance of each session;",
    "Strengthening cooperation and coordination to accelerate implementation;]",
]


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8")))


def _ancestors(ps: tuple[Paragraph, ...], p: Paragraph) -> list[Paragraph]:
    out: list[Paragraph] = []
    while p.parent is not None and len(out) < 20:
        p = ps[p.parent]
        out.append(p)
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ROMANS),
    st.integers(3, 90),
    st.integers(1, 4),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["INTERIM INSTITUTIONAL ARRANGEMENTS", "ADMINISTRATIVE AND BUDGETARY MATTERS"]),
)
def test_a_section_number_printed_before_the_items_above_heads_the_title_after_them(
    roman: str, k: int, count: int, numbered_lead: bool, apart: bool, title: str
) -> None:
    if numbered_lead:
        lead = f"{k}. Requests the secretariat to facilitate the examination, including by:"
    else:
        lead = (
            f"{k}. Notes the estimated budgetary implications;\n\n"
            "[Further discussion is needed. Potential language follows, for consideration:\n"
            "\uf0b7 Requests the secretariat to facilitate the examination, including by:"
        )
    items = []
    for x, text in zip("abcd", ITEMS[:count], strict=False):
        items.append(f"({x})\n\n{text}" if apart else f"({x}) {text}")
    text = "\n\n".join(
        [
            "The Conference of the Parties,",
            "Recalling decision 1/CP.17,",
            f"{k - 1}. Decides to act;",
            lead,
            f"{roman}.",
            *items,
            title,
            f"{k + 1}. Decides that the IPC shall meet in 2016;",
        ]
    )
    ps = seg(text).paragraphs
    labels = [p.label for p in ps]
    heads = [p for p in ps if p.kind is K.HEADING]
    assert [(p.label, p.text) for p in heads] == [(f"{roman}.", title)], labels
    lettered = [p for p in ps if p.number and p.number.startswith("(")]
    assert len(lettered) == count, labels
    assert all(p.parent is not None for p in lettered), labels
    parent = ps[lettered[0].parent]  # type: ignore[index]
    assert parent.text.rstrip().endswith("including by:"), labels
    assert all(p.parent == lettered[0].parent for p in lettered)
    assert all(ps.index(p) < ps.index(heads[0]) for p in lettered)  # the items stay above
    top_ops = [
        p.label
        for p in ps
        if p.kind is K.OPERATIVE
        and not any(a.kind in (K.OPERATIVE, K.PREAMBULAR) for a in _ancestors(ps, p))
    ]
    assert top_ops == [f"OP{k - 1}", f"OP{k}", f"OP{k + 1}"], labels
