"""A numbered list of titles inside a note is the note's, not paragraphs 1, 2, 3 again.

The Geneva negotiating text closes its finance section with structural suggestions, one of them
"Structural proposal to enhance the order and names of subsections as follows:" / "1. Guiding
principles and objectives" / "2. Addressing the scale of resources" … "5. Institutional
arrangements", long after paragraph 53: the titles were read as paragraphs ``OP1#2`` … ``OP5``
(paragraphs 1 and 3 of the agreement printed twice). A list numbered from 1 again, of short
titles, under a note or an unnumbered line that leads into it (ending in ":") is that note's
list (``Note 12(1)`` …); a paragraph numbered after such a line ("1. Decides …", or a number
that does not go back) is still a paragraph.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment

K = ParagraphKind
TITLES = (
    "Guiding principles and objectives",
    "Addressing the scale of resources",
    "Commitments/contributions/actions",
    "Sources of finance",
    "Institutional arrangements",
)


@st.composite
def section(draw: st.DrawFn) -> tuple[list[SourceBlock], int, int]:
    """Paragraphs 1..n, a lead-in ending in ":" (a note or a plain line), a list of titles
    numbered from 1, then the next section's paragraph; returns blocks, n and the list's size."""
    n = draw(st.integers(3, 60))
    blocks = [SourceBlock("[[Finance]", number="G.")]
    blocks += [
        SourceBlock(f"[Parties shall provide finance, version {k}.]", number=f"{k}.")
        for k in range(1, n + 1)
    ]
    lead = "Structural proposal to enhance the order and names of subsections as follows:"
    blocks.append(SourceBlock(lead, italic=draw(st.booleans())))
    size = draw(st.integers(2, 5))
    blocks += [SourceBlock(TITLES[k], number=f"{k + 1}.") for k in range(size)]
    blocks.append(SourceBlock("[[Technology development and transfer]", number="H."))
    blocks.append(SourceBlock("[A global goal of technology shall be set.]", number=f"{n + 1}."))
    return blocks, n, size


@settings(max_examples=60, deadline=None)
@given(case=section())
def test_titles_listed_under_a_note_are_no_paragraphs(
    case: tuple[list[SourceBlock], int, int],
) -> None:
    blocks, n, size = case
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    ops = [p.label for p in paras if p.kind is K.OPERATIVE]
    assert ops == [f"OP{k}" for k in range(1, n + 2)]
    listed = [p for p in paras if p.text in TITLES]
    assert len(listed) == size
    lead = next(p for p in paras if p.text.startswith("Structural proposal"))
    assert [p.label for p in listed] == [f"{lead.label}({k})" for k in range(1, size + 1)]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(3, 60), restart=st.booleans())
def test_paragraphs_after_a_lead_in_stay_paragraphs(n: int, restart: bool) -> None:
    """ "The Conference decides as follows:" then "1. Decides …" (or the next number): those
    are paragraphs, whatever stands above them."""
    blocks = [
        SourceBlock(f"[Parties shall provide finance, version {k}.]", number=f"{k}.")
        for k in range(1, n + 1)
    ]
    blocks.append(SourceBlock("The text of the agreement reads as follows:"))
    first = 1 if restart else n + 1
    blocks.append(SourceBlock("Decides to adopt the agreement;", number=f"{first}."))
    blocks.append(SourceBlock("Institutional arrangements", number=f"{first + 1}."))
    paras = segment(SourceText("test", tuple(blocks))).paragraphs
    assert paras[-2].kind is K.OPERATIVE
