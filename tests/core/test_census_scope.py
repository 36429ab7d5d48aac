"""The version census seen across paragraphs: spanning groups, unbalanced, top-level groups.

Oracle: the paragraphs joined into one text and parsed as one. A group of that parse whose
``[`` and ``]`` fall in different paragraphs is a spanning group, on every paragraph from the
one it opens in to the one it closes in; a bracket the joined parse leaves unpaired is what
makes its paragraph unbalanced. Every other count is the sum of the paragraphs' own.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import VersionCensus, paragraph_census, version_census
from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry

REG: PartyRegistry = load_registry()
PIECES = st.text(alphabet="[]ab ", max_size=12).map(lambda t: t.replace("\n", " "))


def paragraphs(texts: list[str]) -> list[Paragraph]:
    # indexes that are not 0, 1, 2…: positions are by Paragraph.index, rows by position
    return [
        Paragraph(index=10 + 3 * i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=t)
        for i, t in enumerate(texts)
    ]


@settings(deadline=None, max_examples=300)
@given(st.lists(PIECES, max_size=7))
@example(["[[Decides][Clarifies] that", "the approach;]"])  # Art. 6.2 draft, OP3 -> OP4
@example(["a]", "[b", "c]", "[d"])
def test_spanning_and_unbalanced_agree_with_parsing_the_joined_text(texts: list[str]) -> None:
    joined = "\n".join(texts)
    starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]

    def row(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset)

    whole = parse_brackets(joined)
    crossing = [
        (row(g.start), row(g.end - 1))
        for g in whole.walk()
        if g.closed and row(g.start) != row(g.end - 1)
    ]
    lonely = {row(o) for o in (*whole.stray_close, *whole.unclosed)}
    c = version_census(paragraphs(texts), REG)
    assert c.spanning_groups == len(crossing)
    for i, pc in enumerate(c.paragraphs):
        assert pc.spanning == sum(a <= i <= b for a, b in crossing)
        assert pc.unbalanced == (i in lonely)
    assert c.unbalanced_paragraphs == len(lonely)
    # a group spanning paragraphs is one group; a group is top-level unless it sits inside a
    # group that closes, or inside one opened in its own paragraph (a "[" never closed in an
    # earlier paragraph holds nothing: it has no partner, so no extent)
    groups = list(whole.walk())
    assert c.groups == len(groups)
    top = 0
    for g in groups:
        ancestors = [a for a in groups if a.start < g.start and g.end <= a.end and a is not g]
        if all(not a.closed and row(a.start) != row(g.start) for a in ancestors):
            top += 1
    assert c.top_level_groups == top
    # what a paragraph counts of its own is unchanged by its neighbours
    alone = [paragraph_census(t, REG) for t in texts]
    assert all(
        (pc.groups, pc.max_depth) == (a.groups, a.max_depth)
        for pc, a in zip(c.paragraphs, alone, strict=True)
    )
    assert VersionCensus.from_json(c.to_json()) == c


@settings(deadline=None)
@given(st.lists(PIECES, max_size=5))
def test_top_level_groups_are_the_groups_at_depth_one(texts: list[str]) -> None:
    for t in texts:
        parse = parse_brackets(t)
        c = paragraph_census(t, REG)
        assert c.top_level_groups == sum(g.depth == 1 for g in parse.walk()) <= c.groups


def test_a_group_across_three_paragraphs_is_shown_on_each() -> None:
    c = version_census(paragraphs(["Decides [that a", "(a) b;", "(b) c;] and", "d ]"]), REG)
    assert [p.spanning for p in c.paragraphs] == [1, 1, 1, 0]
    assert [p.unbalanced for p in c.paragraphs] == [False, False, False, True]  # "d ]"
    assert (c.groups, c.top_level_groups, c.spanning_groups) == (1, 1, 1)
    assert c.bracketed_paragraphs == 4  # (a) has no bracket of its own but is bracketed text
    c = version_census(paragraphs(["[Decides [a]", "[b] [c", "d] e;] [f]"]), REG)
    # [Decides … e;] spans three paragraphs and holds [a], [b] and [c … d]; [f] is outside
    assert (c.groups, c.top_level_groups) == (5, 2)
    assert [p.top_level_groups for p in c.paragraphs] == [1, 0, 1]


def test_brackets_in_footnotes_are_footnote_groups() -> None:
    para = Paragraph(
        index=0,
        label="OP1",
        kind=ParagraphKind.OPERATIVE,
        text="Decides[^1] [to act]",
        footnotes=(Footnote("1", "See [decision 1/CP.21][decision 2/CP.21] and [x]"),),
    )
    c = version_census([para], REG)
    assert (c.groups, c.footnote_groups, c.non_negotiation) == (1, 3, 1)
    assert c.skipped == {"footnote_marker": 1}


def _kinds(texts: list[str], walls: list[bool]) -> list[Paragraph]:
    return [
        Paragraph(
            index=i,
            label=f"H{i}" if wall else f"OP{i}",
            kind=ParagraphKind.HEADING if wall else ParagraphKind.OPERATIVE,
            text=t,
        )
        for i, (t, wall) in enumerate(zip(texts, walls, strict=True))
    ]


def test_a_bracket_left_open_does_not_close_beyond_a_heading() -> None:
    texts = ["Decides [that a", "B. Reporting", "Requests a report;]"]
    c = version_census(_kinds(texts, [False, True, False]), REG)
    # "[that a" is a typo and "report;]" another, a section apart: not one group
    assert c.spanning_groups == 0
    assert [p.unbalanced for p in c.paragraphs] == [True, False, True]
    # within a section the same two brackets are one group
    c = version_census(_kinds(texts, [False, False, False]), REG)
    assert c.spanning_groups == 1 and c.unbalanced_paragraphs == 0


def test_a_bracket_opened_in_a_heading_may_run_across_sections() -> None:
    texts = ["[Annex I", "A. Scope", "1. Decides [x];", "B. Review", "2. Requests y.]"]
    c = version_census(_kinds(texts, [True, True, False, True, False]), REG)
    assert c.spanning_groups == 1 and c.unbalanced_paragraphs == 0
    assert [p.spanning for p in c.paragraphs] == [1, 1, 1, 1, 1]
    assert c.top_level_groups == 1  # [x] is inside the bracketed annex


@settings(deadline=None, max_examples=300)
@given(st.lists(st.tuples(PIECES, st.booleans()), max_size=8))
def test_pairing_across_paragraphs_respects_headings(rows: list[tuple[str, bool]]) -> None:
    texts, walls = [t for t, _ in rows], [w for _, w in rows]
    paras = _kinds(texts, walls)
    c = version_census(paras, REG)
    scope = c.document_scope
    parses = [parse_brackets(t) for t in texts]
    # every unpaired bracket of a paragraph is paired once or reported once
    assert 2 * len(scope.spanning) + len(scope.stray_close) + len(scope.unclosed) == sum(
        len(p.stray_close) + len(p.unclosed) for p in parses
    )
    for pair in scope.spanning:
        a, b = pair.open.paragraph, pair.close.paragraph
        assert a < b
        assert walls[a] or not any(walls[a + 1 : b + 1])  # only a heading's "[" runs past one
    # pairs nest: last opened, first closed
    spans = sorted(
        (s.open.paragraph, s.open.offset, s.close.paragraph, s.close.offset) for s in scope.spanning
    )
    for x in spans:
        for y in spans:
            if x < y and (y[0], y[1]) < (x[2], x[3]):
                assert (y[2], y[3]) < (x[2], x[3])
    assert [p.unbalanced for p in c.paragraphs] == [
        i in {pos.paragraph for pos in (*scope.stray_close, *scope.unclosed)}
        for i in range(len(texts))
    ]
