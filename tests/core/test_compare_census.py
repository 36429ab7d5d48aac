"""Compare's bracket tally is the census: before/after are each version's ``groups`` (and
``footnote_groups``), spanning groups counted once, and the identities hold on every row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import version_census
from wsis_desk.core.compare import BracketSummary, Comparison, compare
from wsis_desk.core.compare_text import render_text
from wsis_desk.core.diff import BracketDelta
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind
from wsis_desk.core.parties import PartyRegistry

NOBODY = PartyRegistry(())

# pieces of draft text: nested groups, alternatives, brackets that are not negotiation text
# (footnote marks, [sic], [...], status markers), full-width brackets, and lone brackets
PIECES = [
    *("Decides", "that", "the Parties", "shall", "finance", "and", "to", " ", " ", "\n"),
    *("[shall]", "[should]", "[[Decides][Clarifies] that", "[X]", "[ ]", "[developed [country]]"),
    *("note[1]", "[^4]", "[sic]", "[...]", "[Agreed ad ref]", "［新的］", "- US", "; G77 delete"),
    *("[", "]", "[opens here", "closes there]"),
]
piece = st.sampled_from(PIECES)
text = st.lists(piece, max_size=12).map(" ".join)
note = st.lists(st.sampled_from(PIECES[:20]), max_size=6).map(" ".join)
KINDS = [ParagraphKind.OPERATIVE] * 4 + [ParagraphKind.HEADING, ParagraphKind.PREAMBULAR]


@st.composite
def spec(draw: st.DrawFn) -> tuple[str, ParagraphKind, str | None, tuple[str, ...]]:
    """One paragraph: text, kind, number (``(a)`` for a sub-item) and footnote texts."""
    kind = draw(st.sampled_from(KINDS))
    number = draw(st.sampled_from([None, "1", "(a)", "(b)"]))
    return draw(text), kind, number, tuple(draw(st.lists(note, max_size=2)))


Spec = tuple[str, ParagraphKind, str | None, tuple[str, ...]]


def version(specs: list[Spec]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(
            index=i,
            label=f"OP{i + 1}" if number is None else f"OP{i + 1}{number}",
            kind=kind,
            text=t,
            number=number,
            footnotes=tuple(Footnote(str(k + 1), n) for k, n in enumerate(notes)),
        )
        for i, (t, kind, number, notes) in enumerate(specs)
    )


Pair = tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]
Loose = tuple[tuple[Footnote, ...], tuple[Footnote, ...]]  # footnotes no paragraph cites


@st.composite
def loose_notes(draw: st.DrawFn) -> Loose:
    old = tuple(Footnote("", n) for n in draw(st.lists(note, max_size=2)))
    keep = draw(st.integers(0, len(old)))
    new = old[:keep] + tuple(Footnote("", n) for n in draw(st.lists(note, max_size=1)))
    return old, new


@st.composite
def draft_pair(draw: st.DrawFn) -> Pair:
    """A draft and the next one: edits, brackets resolved or dropped, groups opened in one
    paragraph and closed in the next, paragraphs merged, split, moved, footnotes changed."""
    base: list[Spec] = draw(st.lists(spec(), max_size=8))
    new = list(base)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(
            st.sampled_from(["edit", "drop", "insert", "move", "merge", "split", "resolve", "span"])
        )
        if action == "insert" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(spec()))
            continue
        k = draw(st.integers(0, len(new) - 1))
        t, kind, number, notes = new[k]
        if action == "edit":
            new[k] = (t + " " + draw(text), kind, number, (*notes[1:], draw(note)))
        elif action == "drop":
            del new[k]
        elif action == "move":
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(k))
        elif action == "merge" and k + 1 < len(new):
            after = new.pop(k + 1)
            new[k] = (t + "\n" + after[0], kind, number, notes + after[3])
        elif action == "split" and " " in t:
            cut = t.index(" ")
            new[k : k + 1] = [(t[:cut], kind, number, notes), (t[cut + 1 :], kind, "(a)", ())]
        elif action == "resolve":
            keep = draw(st.booleans())  # brackets gone, words kept; or a note's brackets gone
            bare = t.replace("[", "").replace("]", "") if keep else t
            new[k] = (bare, kind, number, tuple(n.replace("[", "") for n in notes))
        elif action == "span" and k + 1 < len(new):  # a group from here to the next paragraph
            nxt = new[k + 1]
            new[k] = (t + " [runs on", kind, number, notes)
            new[k + 1] = ("to here] " + nxt[0], ParagraphKind.OPERATIVE, nxt[2], nxt[3])
    return version(base), version(new)


def assert_identities(b: BracketDelta | BracketSummary) -> None:
    assert min(b.before, b.after, b.added, b.removed, b.resolved, b.dropped) >= 0
    assert b.removed == b.resolved + b.dropped
    assert b.after == b.before - b.removed + b.added


def assert_is_census(c: Comparison, pair: Pair, loose: Loose = ((), ())) -> None:
    was, now = (version_census(p, NOBODY, n) for p, n in zip(pair, loose, strict=True))
    s = c.summary
    assert (s.brackets.before, s.brackets.after) == (was.groups, now.groups)
    assert (s.footnote_brackets.before, s.footnote_brackets.after) == (
        was.footnote_groups,
        now.footnote_groups,
    )
    assert_identities(s.brackets)
    assert_identities(s.footnote_brackets)
    for row in c.paragraphs:
        assert_identities(row.brackets)
        assert_identities(row.footnote_brackets)


@given(draft_pair(), loose_notes())
@settings(max_examples=300, deadline=None)
def test_compare_counts_the_groups_the_census_counts(pair: Pair, loose: Loose) -> None:
    assert_is_census(compare(*pair, loose), pair, loose)


@given(draft_pair())
@settings(max_examples=50, deadline=None)
def test_a_version_against_itself_keeps_every_group(pair: Pair) -> None:
    old, _ = pair
    s = compare(old, old).summary
    assert s.brackets.before == s.brackets.after == version_census(old, NOBODY).groups
    assert s.brackets.added == s.brackets.removed == 0
    assert s.footnote_brackets.added == s.footnote_brackets.removed == 0


def test_a_group_spanning_two_paragraphs_is_one_group_on_the_row_where_it_opens() -> None:
    old = version(
        [
            ("[Decides that the [Parties] shall", ParagraphKind.OPERATIVE, "3", ()),
            ("report every year].", ParagraphKind.OPERATIVE, "4", ()),
        ]
    )
    new = version(
        [
            ("Decides that the Parties shall", ParagraphKind.OPERATIVE, "3", ()),
            ("report every year.", ParagraphKind.OPERATIVE, "4", ()),
        ]
    )
    c = compare(old, new)
    assert version_census(old, NOBODY).groups == 2  # the spanning one and [Parties]
    s = c.summary.brackets
    assert (s.before, s.after, s.removed, s.resolved, s.dropped) == (2, 0, 2, 2, 0)
    first, second = c.paragraphs
    assert first.brackets.removed == 2 and first.brackets_changed
    assert second.brackets == BracketDelta() and not second.brackets_changed


def test_a_footnote_losing_its_brackets_is_a_bracket_change_of_its_paragraph() -> None:
    text = "Decides to report."
    old = version([(text, ParagraphKind.OPERATIVE, "1", ("[Reviewed][Not reviewed] field",))])
    new = version([(text, ParagraphKind.OPERATIVE, "1", ("Reviewed field",))])
    c = compare(old, new)
    row = c.paragraphs[0]
    assert row.brackets == BracketDelta() and row.brackets_changed
    f = c.summary.footnote_brackets
    assert (f.before, f.after, f.removed, f.resolved, f.dropped) == (2, 0, 2, 1, 1)
    assert not c.summary.layout_only  # a bracket resolved in a footnote is substance
    assert "OP11  unchanged (footnote brackets 2 -> 0, footnote changed)" in render_text(c)
    summary = c.to_json()["summary"]
    assert summary["brackets"]["before"] == 0  # type: ignore[index]
    assert summary["footnote_brackets"] == {  # type: ignore[index]
        "before": 2,
        "after": 0,
        "added": 0,
        "removed": 2,
        "resolved": 1,
        "dropped": 1,
    }
