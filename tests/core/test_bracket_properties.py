"""Property tests (Hypothesis) of the bracket parser, document scope and clean views."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import paragraph_census
from wsis_desk.core.brackets.kinds import skip_reason
from wsis_desk.core.brackets.scan import (
    CLOSERS,
    OPENERS,
    BracketGroup,
    BracketParse,
    SkippedBracket,
    SkipReason,
    _bracket_offsets,
    _Parser,
    count_groups,
    parse_brackets,
)
from wsis_desk.core.brackets.scope import CleanMode, clean_text, document_scope
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry

REG: PartyRegistry = load_registry()
BRACKETY = st.text(alphabet="[]［］【】〔〕()^1 2sicx.…-:;/aEUG7 \u00a0", max_size=80)
ANY_TEXT = st.one_of(st.text(max_size=200), BRACKETY)
PLAIN = st.text(alphabet="abcdefgh ,", max_size=8)  # cannot spell sic, agreed, stays, X…
PAIRS = [("[", "]"), ("［", "］"), ("【", "】"), ("〔", "〕")]


@st.composite
def balanced(draw: st.DrawFn, depth: int = 0) -> tuple[str, str, int]:
    """A balanced text, the text left when every group is removed, and its group count."""
    text, plain, groups = "", "", 0
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            inner, _, n = draw(balanced(depth + 1))
            opener, closer = draw(st.sampled_from(PAIRS))
            text, groups = text + opener + inner + closer, groups + n + 1
        else:
            piece = draw(PLAIN)
            text, plain = text + piece, plain + piece
    return text, plain, groups


def check_well_formed(text: str, parse: BracketParse) -> None:
    stack: list[tuple[int, int, BracketGroup | None]] = [(-1, len(text) + 1, None)]
    previous_end = -1
    for g in parse.walk():
        while not (stack[-1][0] < g.start and g.end <= stack[-1][1]):
            stack.pop()
        parent = stack[-1][2]
        assert g.depth == (parent.depth + 1 if parent else 1)
        assert 0 <= g.start < g.end <= len(text)
        assert text[g.start] in OPENERS
        if g.closed:
            assert text[g.end - 1] in CLOSERS and g.inner == text[g.start + 1 : g.end - 1]
        else:
            assert g.end == len(text) and g.inner == text[g.start + 1 :]
        if parent is None:
            assert g.start >= previous_end  # top-level groups do not overlap
            previous_end = g.end
        stack.append((g.start, g.end - 1 if g.closed else g.end, g))
    opens = sum(text.count(c) for c in OPENERS)
    closes = sum(text.count(c) for c in CLOSERS)
    groups = list(parse.walk())
    assert opens == len(groups) + len(parse.skipped)
    closes_used = sum(g.closed for g in groups) + len(parse.stray_close) + len(parse.skipped)
    assert closes == closes_used


@settings(deadline=None)
@given(ANY_TEXT)
@example("[" * 70 + "x" + "]" * 70 + "[y]")  # beyond MAX_DEPTH: no group, as count_groups
def test_never_raises_and_spans_are_well_formed(text: str) -> None:
    parse = parse_brackets(text, REG)
    check_well_formed(text, parse)
    census = paragraph_census(text, REG)
    assert census.groups == len(list(parse.walk())) and census.unbalanced == (not parse.balanced)
    assert count_groups(text) == census.groups


@settings(deadline=None)
@given(balanced())
def test_removing_every_group_leaves_the_unbracketed_text(case: tuple[str, str, int]) -> None:
    text, plain, groups = case
    parse = parse_brackets(text)
    assert parse.balanced and parse.diagnostics == ()
    assert len(list(parse.walk())) == groups
    left, pos = [], 0
    for g in parse.groups:
        left.append(text[pos : g.start])
        pos = g.end
    left.append(text[pos:])
    assert "".join(left) == plain


@settings(deadline=None)
@given(ANY_TEXT, st.sampled_from(list(CleanMode)))
def test_clean_views_are_idempotent_and_bracket_free(text: str, mode: CleanMode) -> None:
    once = clean_text(text, mode, REG)
    assert clean_text(once, mode, REG) == once
    again = parse_brackets(once, REG)
    assert again.groups == () and again.balanced


@settings(deadline=None)
@given(st.lists(balanced().map(lambda c: c[0]), max_size=6))
def test_document_scope_of_balanced_paragraphs_is_empty(texts: list[str]) -> None:
    scope = document_scope(texts)
    assert scope.spanning == () and scope.balanced and scope.carried == (0,) * len(texts)


@settings(deadline=None)
@given(st.lists(BRACKETY.map(lambda t: t.replace("\n", " ")), max_size=6))
def test_document_scope_agrees_with_parsing_the_joined_text(texts: list[str]) -> None:
    joined = "\n".join(texts)
    starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]

    def para(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset)

    whole = parse_brackets(joined)
    scope = document_scope(texts)
    glob = [starts[p.paragraph] + p.offset for p in scope.unclosed]
    assert glob == list(whole.unclosed)
    assert [starts[p.paragraph] + p.offset for p in scope.stray_close] == list(whole.stray_close)
    spanning = sorted(
        (g.start, g.end - 1) for g in whole.walk() if g.closed and para(g.start) != para(g.end - 1)
    )
    mine = sorted(
        (starts[s.open.paragraph] + s.open.offset, starts[s.close.paragraph] + s.close.offset)
        for s in scope.spanning
    )
    assert mine == spanning


# The definitions the parser's fast paths must agree with (str.find instead of these regexes).
_ANY_BRACKET = re.compile(r"[\[\]［］【】〔〕]")
_LEAF = re.compile(r"[\[［【〔]([^\[\]［］【】〔〕\n]{0,300})[\]］】〕]")
LEAFY = st.text(alphabet="[]［]( \n-:xé^1.", max_size=40).map(lambda t: t.replace("(", "a" * 150))


def _skipped_by_regex(text: str) -> list[SkippedBracket]:
    out: list[SkippedBracket] = []
    footnote_end = -1
    for m in _LEAF.finditer(text):
        inner = m.group(1)
        if (
            len(inner) > 40
            and inner.lstrip()[:1] not in ("o", "O", "w", "W", "^")
            and inner.lstrip()[:3].lower() != "alt"
            and text[m.end() : m.end() + 1] != "("
        ):
            continue
        reason = skip_reason(text, m.start(), inner, m.start() == footnote_end)
        if reason is not None:
            out.append(SkippedBracket(m.start(), m.end(), reason, m.group(0)))
            if reason is SkipReason.FOOTNOTE_MARKER:
                footnote_end = m.end()
    return out


@settings(deadline=None)
@given(st.one_of(ANY_TEXT, LEAFY))
@example("x[^" + "a" * 299 + "] [^" + "a" * 300 + "]")  # a leaf holds at most 300 characters
def test_bracket_offsets_and_skips_agree_with_the_regexes(text: str) -> None:
    offsets = _bracket_offsets(text)
    assert offsets == [m.start() for m in _ANY_BRACKET.finditer(text)]
    assert _Parser(text, REG)._skipped(offsets) == _skipped_by_regex(text)


@settings(deadline=None)
@given(ANY_TEXT)
def test_flat_holds_the_tree_groups_themselves(text: str) -> None:
    parse = parse_brackets(text, REG)
    tree = list(BracketParse(parse.groups).walk())
    assert [id(g) for g in tree] == [id(g) for g in parse.flat]  # no stale copy left in flat
    assert parse.unclosed == tuple(g.start for g in tree if not g.closed)
