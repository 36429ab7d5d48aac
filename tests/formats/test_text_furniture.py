"""Body text is never taken as a footnote in PDF text: the column of paragraph numbers, the
marks and the texts of one page (``formats/text_furniture.py``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.cli import main
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_furniture import CleanLines, clean_lines
from wsis_desk.formats.text_in import read_text


def _body(out: CleanLines) -> list[str]:
    return [t.strip() for t in out.lines if t is not None and t.strip()]


def _notes(out: CleanLines) -> dict[str, str]:
    found = [n for notes in out.footnotes.values() for n in notes] + out.unattached
    return {n.mark: n.text for n in found}


# Paris v2pdf, Art. 3bis: the column "1." "2." "3.", then the page's marks "11" "12" "13",
# then the three paragraphs' texts and, after them, the three notes, all in one block.
COLUMN_THEN_MARKS = """\
Option 2: Parties shall deliver real outcomes counted only once.]11
{Support}12
Option 3: The developed country Parties shall provide resources.13

[Article 3 bis] (REDD-PLUS)
1.
2.
3.

11

12
13

[A REDD-plus mechanism is] hereby defined.
The REDD-plus mechanism consists of relevant decisions of the COP, including decisions 9/CP.19
to 15/CP.19 and decision -/CP.21.
The purpose of the REDD-plus mechanism shall be to incentivize the reduction of emissions
from deforestation and forest degradation.
Potential elements of elaboration of the option:
\u2022 Approval by the Parties involved
\u2022 Accounted once/no double counting (also see the relevance of Article 3, paragraph 5, and
Article 3, paragraph 10, option 1 of the decision)
\u2022 Transparency, accuracy, completeness
Placeholder until agreement is reached on where support should be dealt-with
Noting that support for mitigation actions is addressed under Article
6.

8 of 46
"""


def test_paragraphs_of_a_column_above_the_marks_stay_body_text() -> None:
    out = clean_lines(COLUMN_THEN_MARKS.splitlines())
    body = _body(out)
    for text in (
        "[A REDD-plus mechanism is] hereby defined.",
        "to 15/CP.19 and decision -/CP.21.",
        "from deforestation and forest degradation.",
    ):
        assert text in body
    assert _notes(out) == {
        "11": "Potential elements of elaboration of the option: \u2022 Approval by the Parties "
        "involved \u2022 Accounted once/no double counting (also see the relevance of Article 3, "
        "paragraph 5, and Article 3, paragraph 10, option 1 of the decision) \u2022 "
        "Transparency, accuracy, completeness",
        "12": "Placeholder until agreement is reached on where support should be dealt-with",
        "13": "Noting that support for mitigation actions is addressed under Article 6.",
    }
    assert not any("Placeholder" in t or "Noting" in t for t in body)


def test_the_paragraphs_keep_their_numbers_when_read(tmp_path: Path) -> None:
    path = tmp_path / "draft_pdftotext.txt"
    path.write_text(COLUMN_THEN_MARKS, encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path), "--json", "--paragraphs"], out=out) == 0
    texts = {p["label"]: p["text"] for p in json.loads(out.getvalue())["paragraphs"]}
    assert texts["Art. 3bis.1"] == "[A REDD-plus mechanism is] hereby defined."
    assert texts["Art. 3bis.2"].startswith("The REDD-plus mechanism consists of relevant")
    assert texts["Art. 3bis.3"].startswith("The purpose of the REDD-plus mechanism shall")
    assert not any("Placeholder until" in t for t in texts.values())


# Paris v1pdf, Art. 9: "8" printed without its period between "7." and "9." is paragraph 8's
# number, not the mark of a note whose text would be the page's paragraphs.
NUMBER_WITHOUT_PERIOD = """\
6.
The CMA shall adopt common modalities.

7.

8
9.

The transparency system shall be guided by the principles of the Convention.
There shall be a transition period of [5][10] years for developing country Parties.
The rules and guidance related to accounting will apply along with any decisions.

22 of 54
"""


# the same column printed without blank lines ("7." "8" "9." then the texts)
NUMBER_WITHOUT_PERIOD_TIGHT = NUMBER_WITHOUT_PERIOD.replace("7.\n\n8\n9.\n\n", "7.\n8\n9.\n")


@pytest.mark.parametrize("page", [NUMBER_WITHOUT_PERIOD, NUMBER_WITHOUT_PERIOD_TIGHT])
def test_a_bare_number_in_the_number_column_is_a_paragraph_number(page: str) -> None:
    assert "\n8\n" in page
    out = clean_lines(page.splitlines())
    assert _notes(out) == {}
    body = _body(out)
    assert body[2:5] == ["7.", "8.", "9."]
    transition = (
        "There shall be a transition period of [5][10] years for developing country Parties."
    )
    assert transition in body


# A real note: marks under the page's paragraphs (a blank line between), its text at the foot.
NOTE_BELOW_THE_PARAGRAPHS = """\
20.

21.

15

Option 1: [Decides] to convene a facilitative dialogue in [2018][2019];]15
Option 2: No such facilitative dialogue prior to 2020;
Requests the IPCC to provide a special report in 2018 on the impacts of global warming;

This paragraph is similar to paragraph 121 in section IV (workstream 2).

31 of 54
"""


def test_a_note_after_the_page_paragraphs_is_still_a_note() -> None:
    out = clean_lines(NOTE_BELOW_THE_PARAGRAPHS.splitlines())
    assert _notes(out) == {
        "15": "This paragraph is similar to paragraph 121 in section IV (workstream 2)."
    }
    body = _body(out)
    assert "Option 2: No such facilitative dialogue prior to 2020;" in body
    assert not any("similar to paragraph 121" in t for t in body)


# Notes are numbered on through a document: after note 5, a lone "4" is no note's mark.
NUMBER_GOING_BACK = """\
The Parties shall report on their contributions5 every two years.

5

See decision 1/CP.21, paragraph 12.

3 of 9
Each Party shall communicate its contribution every five years.

4

The secretariat shall keep a public registry of the contributions.
It shall publish a synthesis report.

4 of 9
"""


def test_a_mark_lower_than_a_note_already_taken_stays_body_text() -> None:
    out = clean_lines(NUMBER_GOING_BACK.splitlines())
    assert _notes(out) == {"5": "See decision 1/CP.21, paragraph 12."}
    body = _body(out)
    assert "The secretariat shall keep a public registry of the contributions." in body
    assert "It shall publish a synthesis report." in body


_WORDS = ["alpha", "bravo", "carbon", "delta", "forest", "mitigation", "support", "review"]


@st.composite
def _sentence(draw: st.DrawFn, head: str, n: int) -> list[str]:
    """A sentence wrapped over one to three lines: upper case first, lower case after, a full
    stop at its end; ``head`` and ``n`` make it unique."""
    count = draw(st.integers(1, 3))
    lines = []
    for i in range(count):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8))
        lead = f"{head} {n} line" if i == 0 else f"and {head.lower()} {n} line {i}"
        lines.append(" ".join([lead, *words]))
    lines[-1] += "."
    return lines


@st.composite
def _page(draw: st.DrawFn) -> tuple[list[str], list[list[str]], list[list[str]], int]:
    k = draw(st.integers(1, 4))
    m = draw(st.integers(1, 3))
    first = draw(st.integers(1, 20))
    mark = draw(st.integers(1, 60).filter(lambda s: s != first + k))
    paragraphs = [draw(_sentence("Paragraph", i)) for i in range(k)]
    notes = [draw(_sentence("Note", i)) for i in range(m)]
    cites = ", ".join(f"cited{mark + j}" for j in range(m))
    # the heading over the column, perhaps ending with a stop as a sentence would
    title = draw(st.sampled_from(["[Article 3 bis] (TITLE)", "Article 3 bis.", "B. Forests."]))
    raw = [f"The chapeau of the article, {cites}.", title]
    raw += [f"{first + i}." for i in range(k)]
    raw += ["", *(str(mark + j) for j in range(m)), ""]
    raw += [t for p in paragraphs for t in p]
    raw += [t for note in notes for t in note]
    raw += ["", "8 of 46"]
    return raw, paragraphs, notes, mark


@settings(max_examples=60, deadline=None)
@given(_page())
def test_column_paragraphs_in_body_once_and_notes_as_notes_once(
    page: tuple[list[str], list[list[str]], list[list[str]], int],
) -> None:
    raw, paragraphs, notes, mark = page
    out = clean_lines(raw)
    body = _body(out)
    for lines in paragraphs:
        for t in lines:
            assert body.count(t) == 1, t
    got = _notes(out)
    assert got == {str(mark + j): " ".join(note) for j, note in enumerate(notes)}
    for note in notes:
        assert not any(t in body for t in note)


def test_a_mark_glued_to_a_closing_brace_is_linked_to_its_note() -> None:
    raw = [
        "{Support}12",
        "17. Option 1: The developed country Parties shall provide new resources.",
        "",
        "12",
        "",
        "Placeholder until agreement is reached on where support should be dealt-with",
        "",
        "8 of 46",
    ]
    out = clean_lines(raw)
    assert out.lines[0] == "{Support}"
    assert [(n.mark, n.text) for n in out.footnotes[0]] == [
        ("12", "Placeholder until agreement is reached on where support should be dealt-with")
    ]
    assert out.unattached == []


def test_a_mark_glued_to_a_paragraph_number_leaves_the_number() -> None:
    raw = [
        "16.",
        "Option 1: Parties may also cooperate in the implementation.",
        "17.13 Option 1: The developed country Parties shall provide new resources.",
        "",
        "13",
        "",
        "Noting that support is addressed under Article 6.",
        "",
        "8 of 46",
    ]
    out = clean_lines(raw)
    assert (
        out.lines[2] == "17. Option 1: The developed country Parties shall provide new resources."
    )
    assert [(n.mark, n.text) for n in out.footnotes[2]] == [
        ("13", "Noting that support is addressed under Article 6.")
    ]


def test_a_decimal_number_after_another_numbering_is_not_a_mark() -> None:
    raw = [
        "5.",
        "Parties shall cooperate.",
        "17.13 The Parties shall review this paragraph.",
        "",
        "13",
        "",
        "Noting that support is addressed under Article 6.",
        "",
        "8 of 46",
    ]
    out = clean_lines(raw)
    assert out.lines[2] == "17.13 The Parties shall review this paragraph."
    assert [n.mark for n in out.unattached] == ["13"]


# The two sides of the note-theft class, over generated pages. A real note: its mark is cited
# in the body above, its text stands at the page's foot (after a run of marks, each under its
# own mark, or under a rule); whatever paragraph numbers stand above it, and however they are
# laid out, it stays a note. A column of paragraph numbers one of which lost its period ("7."
# "8" "9."): no mark cites it, texts follow; it stays the paragraphs' numbers and texts.

_CLOSERS = [".", ".”", ".]", ".”]", ";", ".)"]
_LAYOUTS = ["inline", "own line", "column before texts", "column after texts", "column above"]


@st.composite
def _note(draw: st.DrawFn, n: int, single: bool) -> list[str]:
    """A note's text: one line (perhaps the widest of the page; when every note is one line,
    perhaps without a final stop, as "Placeholder until agreement is reached"), a wrapped
    sentence that a sentence's end closes, perhaps inside quotes and brackets (".”]"), or a
    sentence introducing options, one a line ("… Options include:" "Option 1: … (NDMC)")."""
    if not single and draw(st.integers(0, 4)) == 0:  # options listed (4 December draft, note 1)
        count = draw(st.integers(1, 4))
        head = f"Note {n} says that the options include:"
        return [head, *(f"Option {i}: {_WORDS[i]} delta (ND{i})" for i in range(1, count + 1))]
    if single:
        close = draw(st.sampled_from(["", *_CLOSERS]))
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=30))
        return [" ".join([f"Note {n} says", *words]) + close]
    lines = draw(_sentence("Note", n))
    return [*lines[:-1], lines[-1][:-1] + draw(st.sampled_from(_CLOSERS))]


@st.composite
def _noted_page(
    draw: st.DrawFn,
) -> tuple[list[str], list[list[str]], dict[str, str], list[int]]:
    """A page whose paragraphs cite notes: the raw lines, the paragraphs' texts, the notes
    {mark: text} and the paragraph numbers."""
    k = draw(st.integers(1, 4))
    first = draw(st.integers(1, 20))
    count = draw(st.integers(1, 3))
    # the marks often share the paragraphs' numbers: a first page's notes 1 and 2 under
    # paragraphs 1. and 2.
    mark = draw(st.one_of(st.just(first), st.just(1), st.integers(1, 40)))
    marks = [mark + j for j in range(count)]
    layout = draw(st.sampled_from(_LAYOUTS))
    # (a column standing over the marks has its texts between the marks and the notes)
    style = "run" if layout == "column above" else draw(st.sampled_from(["run", "each", "rule"]))
    glue = draw(st.sampled_from(["word{n}", "word]{n}", "{{Word{n}}}", "word{n}."]))
    numbers = [first + i for i in range(k)]
    cleaned = [draw(_sentence("Paragraph", i)) for i in range(k)]
    paragraphs = [list(p) for p in cleaned]
    for j, m in enumerate(marks):  # the marks are cited in the paragraphs, in order
        i = min(j, k - 1)
        cleaned[i][-1] = cleaned[i][-1][:-1] + " " + glue.format(n="") + " end."
        paragraphs[i][-1] = paragraphs[i][-1][:-1] + " " + glue.format(n=m) + " end."
    single = draw(st.booleans())
    notes = {str(m): draw(_note(m, single)) for m in marks}
    texts = [t for p in paragraphs for t in p]
    raw = ["[Article 3 bis] (TITLE)"]
    if layout == "inline":
        raw += [
            t for n, p in zip(numbers, paragraphs, strict=True) for t in [f"{n}. {p[0]}", *p[1:]]
        ]
    elif layout == "own line":
        raw += [t for n, p in zip(numbers, paragraphs, strict=True) for t in [f"{n}.", *p]]
    elif layout == "column before texts":
        raw += [f"{n}." for n in numbers] + texts
    elif layout == "column after texts":
        raw += texts + [f"{n}." for n in numbers]
    else:
        raw += [f"{n}." for n in numbers]
    if style == "run":
        raw += ["", *map(str, marks), ""]
        raw += texts if layout == "column above" else []
        raw += [t for m in marks for t in notes[str(m)]]
    elif style == "each":  # (as the 6 November draft's page 13: "11", its text, "12", …)
        gap = draw(st.sampled_from([[], [""]]))
        raw.append("")
        for m in marks:
            raw += [str(m), *gap, *notes[str(m)]]
    else:
        raw.append("_" * 15)
        for m in marks:
            head, *rest = notes[str(m)]
            raw += [f"{m} {head}", *rest]
    raw += ["", "8 of 46"]
    joined = {m: " ".join(t) for m, t in notes.items()}
    return raw, cleaned, joined, numbers


@settings(max_examples=200, deadline=None)
@given(_noted_page())
def test_a_cited_note_at_the_page_foot_stays_a_note_whatever_numbers_stand_above(
    page: tuple[list[str], list[list[str]], dict[str, str], list[int]],
) -> None:
    raw, paragraphs, notes, numbers = page
    out = clean_lines(raw)
    assert _notes(out) == notes
    assert out.unattached == []  # each note is linked to its mark in the paragraphs
    body = _body(out)
    for lines in paragraphs:
        for t in lines:
            assert sum(t in b for b in body) == 1, t
    for text in notes.values():
        assert not any(b and b in text for b in body if not b.endswith(".") or len(b) > 3)
    for n in numbers:
        assert any(b == f"{n}." or b.startswith(f"{n}. ") for b in body), n


@st.composite
def _column_page(
    draw: st.DrawFn,
) -> tuple[list[str], list[list[str]], list[int], dict[str, str]]:
    """A page whose paragraph numbers are printed as a column before their texts, some or all of
    them without their period ("7." "8" "9.", "6." … "7" "8" "9"): the raw lines, the texts, the
    numbers, and the notes that the page's texts cite, if any (a real run of marks under the
    texts)."""
    k = draw(st.integers(3, 6))
    first = draw(st.integers(1, 30))
    numbers = [first + i for i in range(k)]
    # the numbers that lost their period stand between two that kept it; or all lost it, the
    # column going on from the paragraph before it
    if first > 1 and draw(st.booleans()):
        bare = set(range(k))
    else:
        bare = draw(st.sets(st.integers(1, k - 2), min_size=1))
        bare = {i for i in bare if i - 1 not in bare}
    gaps = draw(st.lists(st.sampled_from([[], [""]]), min_size=k, max_size=k))
    # (one line each: a column's wrapped texts are counted by the segmenter, not here)
    paragraphs = [draw(_sentence("Paragraph", i))[:1] for i in range(k)]
    for p in paragraphs:
        p[0] = p[0].rstrip(".") + "."
    # the paragraph before the column, as the 6 November draft's "6." before "7." "8" "9."
    raw = [f"{first - 1}.", "The CMA shall adopt common modalities.", ""] if first > 1 else []
    raw.append("[Article 9] (TRANSPARENCY)")
    for i, n in enumerate(numbers):
        raw += [*gaps[i], str(n) if i in bare else f"{n}."]
    raw += ["", *(t for p in paragraphs for t in p)]
    notes: dict[str, str] = {}
    if draw(st.booleans()):  # a real note, cited by the last paragraph, at the page's foot
        mark = draw(st.sampled_from([numbers[min(bare)], first, 1, 40]))
        raw[-1] = raw[-1][:-1] + f" word{mark} end."
        paragraphs[-1][-1] = paragraphs[-1][-1][:-1] + " word end."
        notes[str(mark)] = f"Note {mark} says alpha bravo."
        raw += ["", str(mark), "", notes[str(mark)]]
    raw += ["", "22 of 54"]
    return raw, paragraphs, numbers, notes


@settings(max_examples=150, deadline=None)
@given(_column_page())
def test_a_bare_number_in_a_column_of_paragraph_numbers_keeps_its_paragraph(
    page: tuple[list[str], list[list[str]], list[int], dict[str, str]],
) -> None:
    raw, paragraphs, numbers, notes = page
    out = clean_lines(raw)
    assert _notes(out) == notes
    body = _body(out)
    for n in numbers:
        assert body.count(f"{n}.") == 1, n
    for lines in paragraphs:
        for t in lines:
            assert body.count(t) == 1, t
    # read on, each number keeps its own paragraph's text
    result = segment(read_text("\n".join(raw).encode("utf-8")))
    texts = {p.number.rstrip("."): p.text for p in result.paragraphs if p.number}
    for i, n in enumerate(numbers):
        assert texts[str(n)].startswith(f"Paragraph {i} line"), (n, texts)


def test_a_column_whose_numbers_all_lost_their_period_keeps_its_paragraphs() -> None:
    """ "6." and its text, then "7" "8" "9" after a blank line, then three texts: read as a run of
    marks, the three paragraphs became three notes that nothing cites."""
    raw = [
        "6.",
        "The CMA shall adopt common modalities.",
        "",
        "7",
        "8",
        "9",
        "",
        "The transparency system shall be guided by the principles of the Convention.",
        "There shall be a transition period of [5][10] years for developing country Parties.",
        "The rules and guidance related to accounting will apply along with any decisions.",
        "",
        "22 of 54",
    ]
    result = segment(read_text("\n".join(raw).encode("utf-8")))
    assert result.footnotes == ()
    texts = {p.number.rstrip("."): p.text for p in result.paragraphs if p.number}
    assert texts["7"].startswith("The transparency system")
    assert texts["8"].startswith("There shall be a transition period")
    assert texts["9"].startswith("The rules and guidance")
