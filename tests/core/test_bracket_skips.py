"""Brackets that are not negotiation text: each form skipped with its reason, and never more.

The property: putting any of these into a negotiation text (between its words) changes no
count of the census; the examples pin each reason and the look-alikes that are negotiation
text (``in [2023][2024]``, ``[5] years``, ``[Alt. Decides …]``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import paragraph_census
from wsis_desk.core.brackets.scan import SkipReason, parse_brackets
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry

REG: PartyRegistry = load_registry()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("as agreed in Paris[^4] and", SkipReason.FOOTNOTE_MARKER),
        ("the Convention[1] and", SkipReason.FOOTNOTE_MARKER),
        ("the Convention.[12] Next", SkipReason.FOOTNOTE_MARKER),  # after punctuation
        ("the Convention,[3] and", SkipReason.FOOTNOTE_MARKER),
        ("the “Glasgow pact”[3] and", SkipReason.FOOTNOTE_MARKER),  # after a closing quote
        ('the "Glasgow pact"[3] and', SkipReason.FOOTNOTE_MARKER),
        ("[1] See decision 1/CP.21, paragraph 3.", SkipReason.FOOTNOTE_MARKER),  # a label
        ("[12]\tOfficial Records of the General Assembly", SkipReason.FOOTNOTE_MARKER),
        ("[^2]: There is a need to specify the context.", SkipReason.FOOTNOTE_MARKER),
        ("[on the report of the Third Committee (A/78/481/Add.3)]", SkipReason.GA_MASTHEAD),
        ("[on the reportof the Th ird Committee (A/78/ 481/Add.3)]", SkipReason.GA_MASTHEAD),
        ("[onthe report of theThird Com mittee(A/78/481/Add.3)]", SkipReason.GA_MASTHEAD),
        ("[without reference to a Main Committee (A/78/L.1)]", SkipReason.GA_MASTHEAD),
        ("see [the UNFCCC site](https://unfccc.int/process) for", SkipReason.MARKDOWN_LINK),
        ("see [decision 1/CP.21](#decision-1) below", SkipReason.MARKDOWN_LINK),
        ("see [the annex](annex_i.pdf) below", SkipReason.MARKDOWN_LINK),
        (
            "see [a long link text that runs well beyond forty characters of words]"
            "(https://example.org/a) below",
            SkipReason.MARKDOWN_LINK,
        ),
        ("it was [sic] agreed", SkipReason.SIC),
        ("and [...] the rest", SkipReason.ELLIPSIS),
        ("[…] the rest", SkipReason.ELLIPSIS),
        ("[delegation name withheld] proposes", SkipReason.EDITORIAL_NOTE),
        ("[Name withheld]", SkipReason.EDITORIAL_NOTE),
        ("must [emphasis added] act", SkipReason.EDITORIAL_NOTE),
        ("Decides [English only]", SkipReason.LANGUAGE_NOTE),
        ("Decides to act; [Agreed ad ref pending Iran]", SkipReason.STATUS_MARKER),
        ("[Alt. AGN] Decides to act", SkipReason.PROPOSAL_LABEL),
        ("[Alt 2 - EU, US] Decides to act", SkipReason.PROPOSAL_LABEL),
        ("contained in [document to be issued]", SkipReason.EDITORIAL_NOTE),
        ("contained in [A/…/to be added]", SkipReason.EDITORIAL_NOTE),
        ("in document [FCCC/CP/2015/L.x]", SkipReason.EDITORIAL_NOTE),
    ],
)
def test_each_form_is_skipped_with_its_reason(text: str, reason: SkipReason) -> None:
    parse = parse_brackets(text, REG)
    assert [s.reason for s in parse.skipped] == [reason]
    assert parse.groups == () and parse.balanced


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("in [2023][2024] and", 2),  # alternatives, not footnote markers
        ("for [5] years", 1),
        ("[5] years after entry into force", 1),  # lower case after it: text, not a label
        ("every [X] [5] years", 2),
        ("[4][2]. The Conference shall", 2),  # bracketed renumbering
        ("[12] Requests the Secretary-General to report", 1),  # a paragraph's number
        ("[3] Recalling its resolution 77/228,", 1),
        ("the [(https://not a link)] x", 1),
        ("[the site] (EU)", 1),  # a postfix attribution, not a link
        ("[Alt. Decides to act] x", 1),  # an alternative's wording
        ("[Alt. text to be added]", 1),
        ("[on the basis of the draft relationship agreement between the parties]", 1),
        ("[Parties withheld support]", 1),
        ("the [document] and", 1),  # a word to delete, not a stand-in for a symbol
        ("see [A/80/L.1] and", 1),  # a real symbol, bracketed by a delegation
        ("decision [X/CP.21] and", 1),  # a decision's number: a placeholder
        ("the [report to be provided] by", 1),  # a report is negotiated, a symbol is not
    ],
)
def test_look_alikes_are_negotiation_text(text: str, groups: int) -> None:
    parse = parse_brackets(text, REG)
    assert len(list(parse.walk())) == groups and parse.skipped == ()


def test_proposal_label_names_its_proponents() -> None:
    c = paragraph_census("[Alt. AGN] Decides [to act]", REG)
    assert (c.groups, c.proponents) == (1, ("AGN",))
    c = paragraph_census("[Alternative proposed by Arab Group, Russian Federation] Decides", REG)
    assert (c.groups, c.proponents) == (0, ("ARAB", "RUS"))
    c = paragraph_census("[Alt. Grupo Sur] Decides", REG)
    assert c.proponents == ("Grupo Sur",)  # kept as written: a label names proponents


NOT_NEGOTIATION = st.sampled_from(
    [
        "[^7]",
        "[sic]",
        "[...]",
        "[delegation name withheld]",
        "[English only]",
        "[Agreed ad ref]",
        "[Agreed ad ref pending Iran]",
        "[the site](https://unfccc.int/x)",
        "[Alt. AGN]",
    ]
)
WORDS = st.lists(
    st.sampled_from(["Decides", "to", "[act]", "[shall][should]", "[[a] b]", "x", "[X]"]),
    min_size=1,
    max_size=10,
)


@st.composite
def symbol_stand_in(draw: st.DrawFn) -> str:
    """The secretariat's stand-in for a document symbol not yet known, in its printed forms."""
    verb = draw(st.sampled_from(["issued", "added", "inserted", "provided", "confirmed"]))
    noun = draw(st.sampled_from(["document", "document symbol", "symbol", "the document"]))
    series = draw(st.sampled_from(["A", "A/AC.296", "FCCC/PA/CMA", "E/CN.6", "UNEP/EA.7"]))
    gap = draw(st.sampled_from(["…", "...", "xx", "L.x", "XXX"]))
    form = draw(st.sampled_from([f"{noun} to be {verb}", f"{series}/…/to be {verb}"]))
    form = draw(st.sampled_from([form, f"{series}/2026/{gap}", "document symbol"]))
    return "[" + (form[0].upper() + form[1:] if draw(st.booleans()) else form) + "]"


@st.composite
def masthead(draw: st.DrawFn) -> str:
    """A GA masthead with OCR damage: spaces lost between words and inserted inside them."""
    words = ["on", "the", "report", "of", "the", "Third", "Committee", "(A/78/481/Add.3)"]
    out = ""
    for w in words:
        if len(w) > 3 and draw(st.booleans()):
            cut = draw(st.integers(1, len(w) - 1))
            w = w[:cut] + " " + w[cut:]
        out += w + ("" if draw(st.integers(0, 3)) == 0 else " ")
    return "[" + out.strip() + "]"


@settings(deadline=None, max_examples=150)
@given(
    WORDS,
    st.lists(st.one_of(NOT_NEGOTIATION, masthead(), symbol_stand_in()), max_size=4),
    st.randoms(),
)
def test_inserting_non_negotiation_brackets_changes_no_count(
    words: list[str], extras: list[str], rnd: object
) -> None:
    text = " ".join(words)
    mixed = list(words)
    for extra in extras:
        mixed.insert(rnd.randrange(len(mixed) + 1), extra)  # type: ignore[attr-defined]
    before, after = paragraph_census(text, REG), paragraph_census(" ".join(mixed), REG)
    assert (after.groups, after.top_level_groups, after.max_depth, after.unbalanced) == (
        before.groups,
        before.top_level_groups,
        before.max_depth,
        before.unbalanced,
    )
    skipped = parse_brackets(" ".join(mixed), REG).skipped
    assert len(skipped) == len(extras)


# A plain-regex oracle for the skip rules, written from the rules, not from the code: a text
# made of these tokens is skipped exactly where these regexes say.
TOKENS = st.sampled_from(
    ["Decides", "See", "to", "act", ".", ",", "”", "[x]", "[2023]", "[^3]", "[1]", "[12]",
     "[sic]", "[...]", "[delegation name withheld]", "[Agreed ad ref pending Iran]",
     "[Alt. AGN]", "[the site](https://unfccc.int/a)", "[the annex](#annex)", "[Alt. x]"]
)  # fmt: skip
_FOOTNOTE_RUN = re.compile(r"(?:\[\^\d+\]|(?<=[^\s(\[{“\"'\]])\[\d{1,3}\])(?:\[\d{1,3}\])*")
_ONE = re.compile(r"\[\^?\d+\]")
# a footnote's label: "[1] See …" opening the text; "[1] Decides …" is a paragraph number
_LABEL = re.compile(r"^\[\d{1,3}\](?=[ ]+(?!Decides\b)[A-Z“\"‘'(])")
_OTHERS = re.compile(
    r"\[[^\[\]]*\]\((?:https?://|#)[^\s()]*\)"
    r"|\[(?:sic|\.\.\.|delegation name withheld|Agreed ad ref pending Iran|Alt\. AGN)\]"
)


def oracle_skips(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.start() + m.group(0).index("]") + 1) for m in _OTHERS.finditer(text)]
    for run in _FOOTNOTE_RUN.finditer(text):
        spans += [(run.start() + m.start(), run.start() + m.end()) for m in _ONE.finditer(run[0])]
    if (label := _LABEL.match(text)) is not None:
        spans.append(label.span())
    return sorted(set(spans))


@settings(deadline=None, max_examples=400)
@given(st.lists(st.tuples(TOKENS, st.sampled_from(["", " "])), max_size=12))
def test_skips_agree_with_the_regex_oracle(pieces: list[tuple[str, str]]) -> None:
    text = "".join(token + gap for token, gap in pieces)
    parse = parse_brackets(text, REG)
    assert [(s.start, s.end) for s in parse.skipped] == oracle_skips(text)
