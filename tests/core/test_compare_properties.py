"""Property tests: diffs round-trip, self-comparison is empty, alignment is a partial matching."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.align import align
from wsis_desk.core.compare import compare
from wsis_desk.core.diff import new_text, old_text, word_diff
from wsis_desk.core.model import Paragraph, ParagraphKind

WORDS = ["Decides", "to", "the", "Parties", "shall", "should", "[", "]", "[X]", "finance", "and"]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", ", ", "; ", "."]
word = st.sampled_from(WORDS)
text = st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda parts: "".join(w + s for w, s in parts)
)
any_text = st.one_of(text, st.text(max_size=60))


def version(texts: list[str]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(index=i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=t, number=str(i))
        for i, t in enumerate(texts)
    )


@st.composite
def edited_pair(draw: st.DrawFn) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    base = draw(st.lists(text, max_size=12))
    new = list(base)
    for _ in range(draw(st.integers(0, 5))):
        action = draw(st.sampled_from(["edit", "drop", "insert", "move", "merge"]))
        if action == "insert" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(text))
            continue
        k = draw(st.integers(0, len(new) - 1))
        if action == "edit":
            new[k] = new[k] + draw(text)
        elif action == "drop":
            del new[k]
        elif action == "move":
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(k))
        elif k + 1 < len(new):
            new[k : k + 2] = [new[k] + " " + new[k + 1]]
    return version(base), version(new)


@given(any_text, any_text)
@settings(max_examples=300)
def test_applying_the_diff_of_a_and_b_to_a_gives_b(a: str, b: str) -> None:
    chunks = word_diff(a, b)
    assert old_text(chunks) == a
    assert new_text(chunks) == b
    assert all(c.text for c in chunks)
    assert all(x.op != y.op for x, y in itertools.pairwise(chunks))


@given(st.lists(text, max_size=15))
def test_a_version_compared_with_itself_shows_no_change(texts: list[str]) -> None:
    v = version(texts)
    result = compare(v, v)
    s = result.summary
    assert (s.added, s.removed, s.changed, s.moved, s.renumbered) == (0, 0, 0, 0, 0)
    assert (s.merged, s.split) == (0, 0)
    assert s.unchanged == len(v) and s.layout_only
    assert s.brackets.added == s.brackets.removed == 0
    assert all(all(c.op == "=" for c in row.chunks) for row in result.paragraphs)


@given(edited_pair())
@settings(max_examples=200)
def test_alignment_is_a_partial_matching(pair: tuple[tuple[Paragraph, ...], ...]) -> None:
    old, new = pair
    result = align(old, new)
    olds = [i for m in result.matches for i in m.olds]
    news = [j for m in result.matches for j in m.news]
    assert sorted(olds) == list(range(len(old)))  # every old paragraph exactly once
    assert sorted(news) == list(range(len(new)))  # every new paragraph exactly once
    for m in result.matches:
        assert 0.0 <= m.similarity <= 1.0
        assert m.old == (m.olds[0] if m.olds else None)
        assert m.new == (m.news[0] if m.news else None)


@given(edited_pair())
@settings(max_examples=200)
def test_comparison_rows_rebuild_both_versions_and_brackets_add_up(
    pair: tuple[tuple[Paragraph, ...], ...],
) -> None:
    old, new = pair
    result = compare(old, new)
    for row in result.paragraphs:
        assert old_text(row.chunks) == "\n".join(old[i].text for i in row.match.olds)
        assert new_text(row.chunks) == "\n".join(new[j].text for j in row.match.news)
    b = result.summary.brackets
    assert b.after == b.before - b.removed + b.added
    assert b.removed == b.resolved + b.dropped
