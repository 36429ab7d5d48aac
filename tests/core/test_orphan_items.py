"""A lettered list inside an option is the option's own list, not an orphan.

The Geneva negotiating text prints options whose bodies are lists ("Option 2: … which are to:"
then "(a) …", "(b) …"). The items were placed under their option, yet each was also reported
"sub-paragraph a. has no paragraph above it": 111 false warnings in one import, burying the
18 real ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

LETTERS = "abcdefgh"


@st.composite
def sections(draw: st.DrawFn) -> tuple[str, int]:
    """A numbered paragraph whose options carry lettered lists; and how many items."""
    n = draw(st.integers(1, 40))
    lines = [f"{n}. Parties shall, as appropriate:"]
    items = 0
    for k in range(1, draw(st.integers(2, 4)) + 1):
        lines.append(f"Option {k}: Each Party to communicate commitments which are to:")
        for letter in LETTERS[: draw(st.integers(1, 5))]:
            lines.append(f"({letter}) Be quantified and transparent;")
            items += 1
    return "\n\n".join(lines) + "\n", items


@settings(max_examples=60, deadline=None)
@given(sections())
def test_an_option_s_own_list_is_no_orphan(section: tuple[str, int]) -> None:
    text, items = section
    result = segment(read_text(text.encode()))
    listed = [p for p in result.paragraphs if p.number and p.number.startswith("(")]
    assert len(listed) == items
    for p in listed:  # under its option
        assert p.parent is not None
        assert result.paragraphs[p.parent].kind is ParagraphKind.OPTION
    assert "orphan_subparagraph" not in {d.code for d in result.diagnostics}


def test_a_lettered_item_with_nothing_above_it_is_still_reported() -> None:
    result = segment(read_text(b"(a) A stray lettered sub-paragraph;\n"))
    assert "orphan_subparagraph" in {d.code for d in result.diagnostics}
