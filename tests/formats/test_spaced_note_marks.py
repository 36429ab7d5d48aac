"""A note mark set apart by a space at a line's end is linked to its note, never a number.

``pdftotext`` sometimes prints a superscript mark after a space: "… to the Agreement. 7"
(Paris v1 PDF text, note 7), "3bis [Developed country Parties should continue to take the
lead]. 2" (4 December PDF text, note 2), "{Accounting} 9" (note 9). Glued marks only were
looked for, so those notes stayed unattached and the digit stayed in the paragraph's text.
A number standing alone at the very end of a line, after the sentence, bracket or brace it
follows, is the mark of the page's note of that number when no glued mark of it is found;
never after an abbreviation ("para. 7"), never when a glued mark cites the note.
The other side of the class (a bare number that is a paragraph number) is held by the
properties of ``test_text_furniture.py``, which must stay green.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.test_text_furniture import _body, _notes, _sentence
from wsis_desk.formats.text_furniture import clean_lines

CLOSERS = [". {n}", "]. {n}", "] {n}", "}} {n}", ".] {n}", ".” {n}", "; {n}"]


@st.composite
def _spaced_page(
    draw: st.DrawFn,
) -> tuple[list[str], list[list[str]], dict[str, str], list[int]]:
    """A page whose paragraphs cite notes with marks set apart at their lines' ends: the raw
    lines, the paragraphs' texts without the marks, the notes and the paragraph numbers."""
    k = draw(st.integers(1, 4))
    first = draw(st.integers(1, 20))
    count = draw(st.integers(1, 3))
    style = draw(st.sampled_from(["run", "each", "rule"]))
    # the marks often share the paragraphs' numbers: a first page's notes 1 and 2 under
    # paragraphs 1. and 2.
    mark = draw(st.one_of(st.just(first), st.just(1), st.integers(1, 40)))
    marks = [mark + j for j in range(count)]
    numbers = [first + i for i in range(k)]
    cleaned = [draw(_sentence("Paragraph", i)) for i in range(k)]
    paragraphs = [list(p) for p in cleaned]
    marked: set[int] = set()
    for j, m in enumerate(marks):
        i = min(j, k - 1)
        if i in marked:  # a second mark in one paragraph: at the end of a line of its own
            cleaned[i].append(f"and paragraph {i} goes on {j} alpha bravo.")
            paragraphs[i].append(cleaned[i][-1])
        marked.add(i)
        closer = draw(st.sampled_from(CLOSERS))
        cleaned[i][-1] = cleaned[i][-1][:-1] + closer.format(n="").rstrip()
        paragraphs[i][-1] = cleaned[i][-1] + f" {m}"
    notes = {str(m): f"Note {m} says alpha bravo." for m in marks}
    layout = draw(st.sampled_from(["inline", "own line"]))
    raw = ["[Article 3 bis] (TITLE)"]
    for n, p in zip(numbers, paragraphs, strict=True):
        raw += [f"{n}. {p[0]}", *p[1:]] if layout == "inline" else [f"{n}.", *p]
    if style == "run":
        raw += ["", *map(str, marks), "", *notes.values()]
    elif style == "each":  # each mark over its own text, as test_text_furniture's pages
        gap = draw(st.sampled_from([[], [""]]))
        raw.append("")
        for m in marks:
            raw += [str(m), *gap, notes[str(m)]]
    else:
        raw.append("_" * 15)
        raw += [f"{m} {notes[str(m)]}" for m in marks]
    raw += ["", "8 of 46"]
    return raw, cleaned, notes, numbers


@settings(max_examples=150, deadline=None)
@given(_spaced_page())
def test_a_mark_set_apart_at_a_lines_end_is_linked_to_its_note(
    page: tuple[list[str], list[list[str]], dict[str, str], list[int]],
) -> None:
    raw, paragraphs, notes, numbers = page
    out = clean_lines(raw)
    assert _notes(out) == notes
    assert out.unattached == []
    body = _body(out)
    for lines in paragraphs:
        for t in lines:
            assert sum(t in b for b in body) == 1, (t, body)
    for n in numbers:
        assert any(b == f"{n}." or b.startswith(f"{n}. ") for b in body), n


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 40), abbr=st.sampled_from(["para.", "No.", "p.", "art.", "Add."]))
def test_a_number_after_an_abbreviation_is_never_a_spaced_mark(n: int, abbr: str) -> None:
    raw = [
        "50. Decides that the review shall apply to the matters in",
        f"decision 1/CP.21, {abbr} {n}",
        "",
        str(n),
        "",
        f"Note {n} says alpha bravo.",
        "",
        "8 of 46",
    ]
    out = clean_lines(raw)
    assert f"decision 1/CP.21, {abbr} {n}" in _body(out)
    assert [x.mark for x in out.unattached] == [str(n)]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 40))
def test_a_glued_mark_is_taken_before_a_spaced_number(n: int) -> None:
    raw = [
        f"50. Decides that Parties{n} shall report on the matters of the review.",
        f"51. Requests the secretariat to report on the Agreement. {n}",
        "",
        str(n),
        "",
        f"Note {n} says alpha bravo.",
        "",
        "8 of 46",
    ]
    out = clean_lines(raw)
    body = _body(out)
    assert "50. Decides that Parties shall report on the matters of the review." in body
    assert f"51. Requests the secretariat to report on the Agreement. {n}" in body
    assert out.unattached == []
