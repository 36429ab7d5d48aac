"""Footnotes in PDF text reach their marks and the census: brackets and reservations in them.

The Paris draft agreement of 6 November 2015 (pdftotext) glues footnote 6 between two bracketed
phrases (``[Be unconditional, at least in part;]6[ with developing countries …]``) and
footnote 5 inside a facilitator's brace (``{Features5}``); footnote 6 is South Africa's
reservation, itself in brackets. Such a mark is a mark whatever bracket or brace follows it,
and a footnote whose mark no paragraph cites still belongs to the version's census.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import version_census
from wsis_desk.core.model import Footnote
from wsis_desk.core.segment import segment
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.text_in import read_text

REG = load_registry()
RESERVATION = (
    "[South Africa wishes its reservation on the original text in brackets to be recorded: "
    "“We do not accept any unconditional part of contributions.”]"
)


def page(body: str, marks: list[int], notes: list[str]) -> str:
    """One page of pdftotext output: body, the marks as a column, their texts, the folio."""
    column = "\n".join(str(m) for m in marks)
    return f"{body}\n\n{column}\n\n" + "\n".join(notes) + "\n\n5 of 54\n"


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 40),
    st.sampled_from(["]{n}[ with support;]", "]{n} [with support;]", "]{n}{{Note}}", "]{n}]"]),
    st.sampled_from(["{{Features{m}}}", "{{Features{m}}}:", "[Features{m}]", "Features{m}."]),
)
def test_a_glued_mark_is_found_whatever_bracket_or_brace_follows_it(
    n: int, tail: str, heading: str
) -> None:
    m = n + 1
    body = (
        "Article 3 (MITIGATION)\n1. Each Party shall: [[Be unconditional, at least in part;]"
        + tail.format(n=n)
        + "\n"
        + heading.format(m=m)
        + "\n2. Each Party shall report."
    )
    text = page(body, [n, m], [RESERVATION, "One group of Parties is of another view."])
    result = segment(read_text(text.encode("utf-8")))
    linked = {f.mark: f.text for p in result.paragraphs for f in p.footnotes}
    assert set(linked) == {str(n), str(m)} and result.footnotes == ()
    assert linked[str(n)] == RESERVATION
    joined = "\n".join(p.text for p in result.paragraphs)
    assert f"]{n}" not in joined and f"Features{m}" not in joined  # the marks left the text
    census = version_census(result.paragraphs, REG, result.footnotes)
    assert census.footnote_groups == 1 and "ZAF" in census.proponents


def test_a_footnote_cited_by_no_paragraph_still_counts_in_the_census() -> None:
    text = "1. Decides to act [now][later];\n2. Requests the secretariat to report;"
    result = segment(read_text(text.encode("utf-8")))
    alone = (Footnote("6", RESERVATION), Footnote("7", "Parties [may][shall] act."))
    without = version_census(result.paragraphs, REG)
    census = version_census(result.paragraphs, REG, alone)
    assert (without.footnote_groups, census.footnote_groups) == (0, 3)
    assert "ZAF" not in without.proponents and census.proponents["ZAF"] == 1
    assert census.groups == without.groups == 2  # the text's own groups are unchanged


@settings(max_examples=50, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(2, 4),
    st.booleans(),
    st.sampled_from(["[{n}]", "[ {n}]"]),
)
def test_notes_each_under_its_own_mark_link_to_marks_inside_brackets(
    first: int, count: int, gap: bool, form: str
) -> None:
    """The 6 November draft's page 13: "11", (blank), its text, "12", its text, then the folio;
    the marks sit inside brackets of the text, "Parties[ 11]" and "Parties[12]"."""
    marks = list(range(first, first + count))
    cited = " and ".join("Parties" + form.format(n=n) for n in marks)
    body = f"Article 4 (ADAPTATION)\n1. Assessment of the support from {cited} to others;"
    blank = "\n\n" if gap else "\n"
    notes = "".join(
        f"{n}{blank}In all cases where it says “Parties {n}”, read\n“Parties [and others]”.\n"
        for n in marks
    )
    text = f"{body}\n\n{notes}\n13 of 54\n"
    result = segment(read_text(text.encode("utf-8")))
    linked = [(f.mark, f.text[:24]) for p in result.paragraphs for f in p.footnotes]
    assert linked == [(str(n), "In all cases where it sa") for n in marks]
    assert result.footnotes == ()
    assert not any("In all cases" in p.text for p in result.paragraphs)  # notes left the text
    census = version_census(result.paragraphs, REG)
    # each bracket around a mark is a negotiation pair, as the markdown "[[^12]]" is
    assert census.groups == count and census.empty == count and census.skipped == {}
    assert census.footnote_groups == count  # "[and others]" in each note


@settings(max_examples=50, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(1, 3),
    st.sampled_from(["Parties[{n}]", "Parties[ {n}]", "Parties{n}"]),
    st.integers(0, 30),
)
def test_marks_fallen_into_the_number_column_link_to_the_unmarked_texts_ending_the_page(
    first: int, count: int, form: str, filler: int
) -> None:
    """The 4 December draft's page 10: its paragraph numbers printed as a column with the two
    footnote marks among them ("1." "2." "3." "14" "15"), and the notes' texts, unmarked, at
    the foot of the page."""
    marks = list(range(first, first + count))
    column = "\n\n".join(["1.", "2.", *map(str, marks)])
    cited = " and ".join(form.format(n=n) for n in marks)
    notes = "".join(
        f"In all cases where it says “Parties {n}”, read “Parties [and\nothers]”.\n" for n in marks
    )
    text = (
        f"Article 4 (ADAPTATION)\n{column}\n\nParties recognize adaptation as a global "
        + "challenge, with local,\nsubnational and national dimensions,\n" * filler
        + f"challenge.\nAssessment of the support from {cited} to others.\n\n{notes}\n"
        "10 of 46\n"
    )
    result = segment(read_text(text.encode("utf-8")))
    linked = [(f.mark, f.text[:24]) for p in result.paragraphs for f in p.footnotes]
    assert linked == [(str(n), "In all cases where it sa") for n in marks]
    assert not any("In all cases" in p.text for p in result.paragraphs)
    assert [p.text for p in result.paragraphs if p.text.strip().isdigit()] == []
    assert version_census(result.paragraphs, REG).footnote_groups == count
