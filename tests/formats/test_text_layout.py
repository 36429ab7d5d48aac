"""Joining wrapped lines: a text wrapped at any width reads as the same paragraphs.

Each property builds a document one paragraph a line, wraps it as a PDF or a mail reader would
(``tests.corpus.layouts.rewrap``: any width, words hyphenated at line ends) and asserts that the
text reader gives back the same paragraphs. Each draws one class of line that a joiner could
take for a wrapped line: a title, a formula, a table note, a bracketed note, an indented line.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.core.test_segment import GA_PAGE
from tests.corpus.layouts import rewrap
from wsis_desk.formats.text_in import read_text

TOPICS = "climate finance support mitigation adaptation technology transfer capacity national"
WORDS = (*TOPICS.split(), "information", "transparency", "implementation", "developing")
WORDS += ("resources", "actions", "emissions", "sustainable", "the", "of", "and", "to", "in", "for")
VERBS = ("Decides", "Requests", "Invites", "Encourages", "Urges", "Notes")
PARTICIPLES = ("Recognizing", "Noting", "Recalling", "Affirming", "Emphasizing")

widths = st.integers(60, 90)
seeds = st.integers(0, 1000)


def _words(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=lo, max_size=hi).map(" ".join)


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in read_text(text.encode("utf-8")).blocks]


def _same_when_wrapped(lines: list[str], width: int, seed: int, hyphenate: bool) -> None:
    wrapped = rewrap(lines, width, seed=seed, hyphenate=hyphenate)
    assert len(wrapped) > len(lines)  # something was wrapped
    assert _paragraphs("\n".join(wrapped)) == [" ".join(x.split()) for x in lines if x.strip()]


@st.composite
def titled_sections(draw: st.DrawFn, width: int) -> list[str]:
    """Titles without punctuation, each over numbered paragraphs ending in ';' or '.'."""
    lines: list[str] = []
    number = 1
    for _ in range(draw(st.integers(2, 4))):
        # a title as wide as the page allows ("Facilitating implementation and compliance")
        title = draw(_words(2, 10).filter(lambda t: 20 <= len(t) <= width - 6))
        lines.append(title[0].upper() + title[1:])
        for _ in range(draw(st.integers(1, 3))):
            body = draw(_words(25, 45))
            lines.append(
                f"{number}. {draw(st.sampled_from(VERBS))} {body}{draw(st.sampled_from(';.'))}"
            )
            number += 1
    return lines


@settings(max_examples=60, deadline=None)
@given(data=st.data(), width=widths, seed=seeds, hyphenate=st.booleans())
def test_a_title_above_a_numbered_paragraph_stands_alone(
    data: st.DataObject, width: int, seed: int, hyphenate: bool
) -> None:
    _same_when_wrapped(data.draw(titled_sections(width)), width, seed, hyphenate)


@settings(max_examples=60, deadline=None)
@given(
    preamble=st.lists(
        st.tuples(st.sampled_from(PARTICIPLES), _words(20, 40)), min_size=2, max_size=4
    ),
    articles=st.lists(_words(20, 40), min_size=1, max_size=3),
    width=widths,
    seed=seeds,
    hyphenate=st.booleans(),
)
def test_closing_formulas_and_final_clauses_stand_alone(
    preamble: list[tuple[str, str]],
    articles: list[str],
    width: int,
    seed: int,
    hyphenate: bool,
) -> None:
    lines = ["The Parties to this Agreement,"]
    lines += [f"{p} {words}," for p, words in preamble]
    lines.append("Have agreed as follows:")
    for n, words in enumerate(articles, 1):
        lines += [f"Article {n}", f"Parties shall {words}."]
    lines += [
        "",  # "DONE" alone is a word in capitals, as "UNFCCC" opening a sentence is
        "DONE at Paris this twelfth day of December two thousand and fifteen.",
        "IN WITNESS WHEREOF, the undersigned, being duly authorized to that effect, have signed "
        "this Agreement.",
    ]
    _same_when_wrapped(lines, width, seed, hyphenate)


@settings(max_examples=60, deadline=None)
@given(
    intro=_words(30, 50),
    notes=st.lists(_words(12, 30), min_size=2, max_size=6),
    width=widths,
    seed=seeds,
    hyphenate=st.booleans(),
)
def test_the_notes_under_a_table_stand_alone(
    intro: str, notes: list[str], width: int, seed: int, hyphenate: bool
) -> None:
    """``a  Date on which …`` ``b  Identification number …``: one note a letter."""
    lines = [f"An electronic version {intro}.", ""]
    lines += [f"{'abcdef'[k]}  This field {words}." for k, words in enumerate(notes)]
    _same_when_wrapped(lines, width, seed, hyphenate)


@settings(max_examples=60, deadline=None)
@given(
    paras=st.lists(_words(25, 45), min_size=2, max_size=4),
    note=st.sampled_from(["[English only]", "[Annex I", "[Annex II", "[Original: English]"]),
    width=widths,
    seed=seeds,
    hyphenate=st.booleans(),
)
def test_a_bracketed_title_or_language_note_stands_alone(
    paras: list[str], note: str, width: int, seed: int, hyphenate: bool
) -> None:
    lines = [f"{n}. Requests {words} (annual information)" for n, words in enumerate(paras, 1)]
    lines.insert(1, note)
    _same_when_wrapped(lines, width, seed, hyphenate)


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(st.tuples(st.integers(0, 3), _words(12, 30)), min_size=3, max_size=8),
    width=widths,
    seed=seeds,
    hyphenate=st.booleans(),
)
def test_a_line_indented_otherwise_opens_the_next_paragraph(
    cells: list[tuple[int, str]], width: int, seed: int, hyphenate: bool
) -> None:
    """A caption over a subtitle, each a wrapped line kept at its own indentation: titles with
    no punctuation that a joiner reads as one sentence once their first line is wrapped."""
    lines, depth = [], -1
    for indent, words in cells:
        indent = indent if indent != depth else indent + 1
        lines.append("\t" * indent + "Table of " + words)
        depth = indent
    lines.append("\t" * (depth + 1) + "Parties shall " + " ".join(w for _, w in cells) + ".")
    # a line that fits is one line: under it, a line indented otherwise may be a hanging indent
    assume(all(len(line.strip()) > width for line in lines))
    _same_when_wrapped(lines, width, seed, hyphenate)


@settings(max_examples=40, deadline=None)
@given(
    data=st.data(),
    width=widths,
    seed=seeds,
    indent=st.sampled_from(["", "  ", "\t", "    "]),
)
def test_an_indented_text_with_a_line_cut_into_words_reads_the_same(
    data: st.DataObject, width: int, seed: int, indent: str
) -> None:
    """Every line indented alike, and one wrapped line of a paragraph printed a word a line (as
    a PDF extraction gives a justified line): the same paragraphs."""
    lines = data.draw(titled_sections(width))
    wrapped = rewrap(lines, width, seed=seed, hyphenate=False)
    inside = [k for k in range(1, len(wrapped)) if wrapped[k][:1].islower()]
    at = data.draw(st.sampled_from(inside))
    words = wrapped[at].split()
    assume(len(words) >= 3 and 2 * sum(w[:1].islower() for w in words) >= len(words))
    wrapped[at : at + 1] = words
    text = "\n".join(indent + line for line in wrapped)
    assert _paragraphs(text) == [" ".join(x.split()) for x in lines]


@settings(max_examples=40, deadline=None)
@given(data=st.data(), width=widths, seed=seeds, furniture=st.booleans())
def test_a_paragraph_over_a_page_turn_keeps_its_lines_whatever_the_margin(
    data: st.DataObject, width: int, seed: int, furniture: bool
) -> None:
    """Even pages set further in than odd ones (a PDF printed for binding): the paragraph
    continued on the next page is one paragraph, with or without a running foot between."""
    # every word told apart: a line printed twice at a page's head is a running head
    count = iter(range(10**6))
    lines = [
        " ".join(f"{w}{next(count)}" if w.isalpha() and w.islower() else w for w in line.split())
        for line in data.draw(titled_sections(width))
    ]
    assume(all(len(x) < width or x[:1].isdigit() for x in lines))  # a title on one line
    wrapped = rewrap(lines, width, seed=seed, hyphenate=False)
    inside = [k for k in range(2, len(wrapped)) if wrapped[k][:1].islower()]
    at = data.draw(st.sampled_from(inside))
    foot = ["25-12345 (E) 010125", "Page 1 of 2"] if furniture else []
    page_two = ["\f" + "    " + wrapped[at]] + ["    " + x for x in wrapped[at + 1 :]]
    text = "\n".join([*wrapped[:at], *foot, *page_two])
    assert _paragraphs(text) == [" ".join(x.split()) for x in lines]


CELLS = ("Party", "Version", "Year", "Status", "X.Y", "Reported year", "Share of proceeds")
# a cell naming a field, and the value under it in lower case ("Date of submission" / "dd/mm/yyyy")
FIELDS = ("Date of submission", "[A6 TER report]e", "Total quantity", "First year of the period")
VALUES = ("dd/mm/yyyy", "[link]", "tCO2 eq", "n/a")


@settings(max_examples=60, deadline=None)
@given(
    above=_words(30, 50),
    cells=st.lists(
        st.one_of(
            st.sampled_from(CELLS).map(lambda c: [c]),
            st.tuples(st.sampled_from(FIELDS), st.sampled_from(VALUES)).map(list),
        ),
        min_size=3,
        max_size=10,
    ),
    below=_words(30, 50),
    width=widths,
    seed=seeds,
    hyphenate=st.booleans(),
)
def test_a_table_printed_one_cell_a_line_keeps_its_cells(
    above: str, cells: list[list[str]], below: str, width: int, seed: int, hyphenate: bool
) -> None:
    """A table flattened one cell a line (Art. 6.2 draft of 14 November 2024, annex I): a value
    in lower case under its field ("dd/mm/yyyy" under "Date of submission") is no wrapped line.

    Most cells are capitalised, as a table's are; half in lower case one word a line is what
    a PDF makes of a justified line ("Each" / "Party" / "regularly"), read as one sentence.
    """
    flat = [c for group in cells for c in group]
    assume(3 * sum(len(group) - 1 for group in cells) <= len(flat))
    lines = [f"Requests {above} (annual information).", *flat, f"Invites {below}."]
    _same_when_wrapped(lines, width, seed, hyphenate)


def test_a_suspended_hyphen_keeps_its_space() -> None:
    """A hyphen at a line end before "and" waits for the word after it (pre- and post-2020)."""
    text = "Noting the pre-\nand post-2020 efforts of Parties and the short-\nor long-term goals,"
    joined = "Noting the pre- and post-2020 efforts of Parties and the short- or long-term goals,"
    assert _paragraphs(f"{text}\n{text}\n{text}") == [joined] * 3


def test_footnote_text_is_unhyphenated_like_a_paragraph() -> None:
    page = GA_PAGE.replace(
        "3 See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53",
        "3 See Official Records of the General Assembly, Seventy-eighth Ses-\n"
        "sion, on decision-\nmaking, Supplement No. 53, pre-\nand post-2020, decision-making",
    )
    notes = [n.text for b in read_text(page.encode()).blocks for n in b.footnotes]
    assert notes[2] == (
        "See Official Records of the General Assembly, Seventy-eighth Session, on "
        "decision-making, Supplement No. 53, pre- and post-2020, decision-making (A/78/53), "
        "chap. III."
    )


# A cross-reference cut by the wrap so that its number opens a line ("…referred to in paragraph"
# / "134quater(a) above and …", Paris decision PDF texts; "…paragraph 134 (option" / "1) above
# with …"): the line goes on the paragraph, it is no paragraph "134quater" nor "1".
CITING = ("in paragraph", "in paragraphs", "under paragraph", "of paragraph")
CITING += ("paragraph 12 (option",)
REFERENCES = ("134quater(a)", "140quater(d)", "12", "3 bis", "7bis", "4(c)", "26 ter", "1)")


@settings(max_examples=80, deadline=None)
@given(
    before=_words(6, 12),
    after=_words(4, 10),
    citing=st.sampled_from(CITING),
    ref=st.sampled_from(REFERENCES),
    tail=st.sampled_from(("above", "below", "above and", "below],")),
    verb=st.sampled_from(VERBS),
    more=_words(25, 40),
)
def test_a_cross_reference_wrapped_to_a_line_start_stays_in_its_paragraph(
    before: str, after: str, citing: str, ref: str, tail: str, verb: str, more: str
) -> None:
    if citing.endswith("(option"):
        ref = "1)"
    elif ref == "1)":
        ref = "5"
    first = f"4. {verb} the {before} as referred to {citing}"
    second = f"{ref} {tail} {after};"
    lines = [
        f"3. {verb} {more};",
        first,
        second,
        f"5. {verb} {more}.",
    ]
    # the lines as a PDF prints them: the paragraphs around are wrapped at the same width
    width = max(len(first), 60)
    wrapped = [*rewrap([lines[0]], width, hyphenate=False), first, second]
    wrapped += rewrap([lines[3]], width, hyphenate=False)
    got = _paragraphs("\n".join(wrapped))
    assert got[1] == f"{first} {second}"
    assert len(got) == 3
