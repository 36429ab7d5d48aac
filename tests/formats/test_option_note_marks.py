"""A note mark glued to an option's number (``Option 167:`` = ``Option 1`` + notes 6 and 7) is
the note's, and the option keeps its number: the next option of the set says which it is
(``Option 2:``). Paris agreement draft of 4 December 2015, PDF text, Art. 3.8(a): the markdown
of the same draft prints ``Option 1[^6][^7]:``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.formats.text_furniture import clean_lines

NOTES = ("Note: Ensure consistency with housing.", "Links to the housing issue and Article 3.")


def _page(option: int, first: int, count: int, column: bool) -> list[str]:
    marks = [str(first + k) for k in range(count)]
    body = [
        f"Option {option}{''.join(marks)}: Each Party's first contribution is that listed in the",
        "registry.",
        f"Option {option + 1}: Each Party shall communicate its first contribution upon joining.",
    ]
    if column:  # the marks printed in the page's column of numbers, the notes unmarked below
        # (the paragraph's number not followed by the first mark's: those would be numbers)
        return ["1.", "", *(m for m in marks), "", *body, "", *NOTES[:count], "", "5 of 46"]
    return [*body, "", *marks, "", *NOTES[:count], "", "5 of 46"]


@settings(max_examples=40, deadline=None)
@given(
    option=st.integers(min_value=1, max_value=8),
    first=st.integers(min_value=3, max_value=60),
    count=st.integers(min_value=1, max_value=2),
    column=st.booleans(),
)
def test_marks_glued_to_an_options_number_are_its_notes(
    option: int, first: int, count: int, column: bool
) -> None:
    out = clean_lines(_page(option, first, count, column))
    lines = [t for t in out.lines if t is not None and t.strip()]
    assert any(t.startswith(f"Option {option}: Each Party's first") for t in lines), lines
    notes = [n for ns in out.footnotes.values() for n in ns]
    assert [(n.mark, n.text) for n in notes] == [(str(first + k), NOTES[k]) for k in range(count)]


@settings(max_examples=20, deadline=None)
@given(option=st.integers(min_value=10, max_value=40))
def test_an_option_numbered_on_from_the_one_before_keeps_its_number(option: int) -> None:
    # "Option 12:" after "Option 11:": the next option "Option 13:" says 12 is its number
    raw = [
        f"Option {option - 1}: Parties shall cooperate.",
        f"Option {option}: Parties shall report.",
        f"Option {option + 1}: No text.",
        "",
        "5 of 46",
    ]
    out = clean_lines(raw)
    assert out.lines[1] == f"Option {option}: Parties shall report."


def test_a_mark_set_apart_after_a_placeholder_letter_is_its_notes() -> None:
    # Paris v2 PDF text Art. 3.8(b)(iii): "[inscription in [Annex] x 8][finalization]" (the
    # markdown: "x[^8]]"); the page's marks in its column, the notes unmarked at its foot
    raw = [
        "8.",
        "",
        "7",
        "8",
        "",
        "Option 17: Each Party's first contribution is listed.",
        "Option 2: [[with a view to [inscription in [Annex] x 8][finalization]]",
        "",
        "Note: Ensure consistency with housing.",
        "Housing issue dealt with separately.",
        "",
        "5 of 46",
    ]
    out = clean_lines(raw)
    assert out.lines[6] == "Option 2: [[with a view to [inscription in [Annex] x ][finalization]]"
    notes = [(n.mark, n.text) for ns in out.footnotes.values() for n in ns]
    assert notes == [("7", NOTES[0]), ("8", "Housing issue dealt with separately.")]
