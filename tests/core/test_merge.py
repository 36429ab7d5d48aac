"""Merge rules for one row: descent, deterministic winners, three-way word merge."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.hlc import Hlc
from wsis_desk.core.merge import (
    MergeRules,
    Outcome,
    Revision,
    decide,
    merge_words,
    merged_hlc,
)


def _h(wall: int, site: str = "a") -> str:
    return Hlc(wall, 0, site).encode()


def _rev(hlc: str, title: str, *ancestors: str, deleted: bool = False) -> Revision:
    parent = max(ancestors) if ancestors else None
    return Revision(hlc, parent, hlc[-1], deleted, {"title": title}, frozenset(ancestors))


def test_fast_forward_stale_and_equal() -> None:
    base = _rev(_h(1), "v1")
    child = _rev(_h(2), "v2", base.hlc)
    assert decide(base, child).outcome is Outcome.FAST_FORWARD
    assert decide(child, base).outcome is Outcome.UNCHANGED
    assert decide(child, child).outcome is Outcome.UNCHANGED
    assert decide(None, child).outcome is Outcome.ADDED


def test_concurrent_edits_have_one_winner_whichever_side_is_ours() -> None:
    base = _rev(_h(1), "v1")
    ours = _rev(_h(5, "a"), "ours", base.hlc)
    theirs = _rev(_h(5, "b"), "theirs", base.hlc)
    one = decide(ours, theirs)
    two = decide(theirs, ours)
    assert one.outcome is two.outcome is Outcome.CONFLICT
    assert one.result is theirs and two.result is None  # b > a at the same wall time
    assert one.loser is ours and two.loser is ours


def test_tombstones_follow_the_clock() -> None:
    base = _rev(_h(1), "v1")
    gone = _rev(_h(3), "v1", base.hlc, deleted=True)
    edited = _rev(_h(2, "b"), "v2", base.hlc)
    decision = decide(edited, gone, base=lambda h: {"title": "v1"})
    assert decision.outcome is Outcome.CONFLICT and decision.result is gone


def test_non_overlapping_field_edits_merge_to_the_same_row_on_both_sides() -> None:
    rules = MergeRules(text_fields=frozenset({"text"}))
    base = Revision(_h(1), None, "a", False, {"title": "T", "text": "a b c d e"})
    ours = Revision(
        _h(2, "a"),
        base.hlc,
        "a",
        False,
        {"title": "T2", "text": "a x c d e"},
        frozenset({base.hlc}),
    )
    theirs = Revision(
        _h(2, "b"), base.hlc, "b", False, {"title": "T", "text": "a b c d y"}, frozenset({base.hlc})
    )
    lookup = {base.hlc: base.data}.get
    one = decide(ours, theirs, base=lookup, rules=rules)
    two = decide(theirs, ours, base=lookup, rules=rules)
    assert one.outcome is Outcome.MERGED and one.result == two.result
    assert one.result is not None
    assert dict(one.result.data) == {"title": "T2", "text": "a x c d y"}
    assert one.result.hlc > max(ours.hlc, theirs.hlc)
    assert {ours.hlc, theirs.hlc} <= one.result.ancestors


def test_word_merge_refuses_overlapping_edits() -> None:
    assert merge_words("a b c", "a x c", "a y c") is None
    assert merge_words("a b c", "a b c z", "a b c w") is None  # two inserts at one place
    assert merge_words("a b c", "a x c", "a x c") == "a x c"


def test_merged_clock_is_symmetric_and_does_not_grow() -> None:
    a, b = _h(7, "site-a"), _h(7, "site-b")
    m = merged_hlc(a, b)
    assert m == merged_hlc(b, a) and m > max(a, b)
    assert len(merged_hlc(m, a)) == len(m)


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta"]), min_size=1, max_size=12)


@given(base=words, i=st.integers(0, 11), j=st.integers(0, 11), x=st.text("xyz", min_size=1))
def test_word_merge_is_symmetric_and_keeps_both_edits(
    base: list[str], i: int, j: int, x: str
) -> None:
    i, j = sorted((i % len(base), j % len(base)))
    ours = list(base)
    theirs = list(base)
    ours[i] = x + "1"
    theirs[j] = x + "2"
    one = merge_words(" ".join(base), " ".join(ours), " ".join(theirs))
    two = merge_words(" ".join(base), " ".join(theirs), " ".join(ours))
    assert one == two
    if i != j:
        assert one is not None and (x + "1") in one and (x + "2") in one
    else:
        assert one is None


revisions = st.lists(
    st.tuples(st.integers(1, 6), st.sampled_from("abc"), st.integers(0, 3)), min_size=1, max_size=8
)


@given(revisions, st.randoms())
def test_applying_revisions_in_any_order_twice_gives_the_same_row(spec, rnd) -> None:
    made: list[Revision] = []
    for wall, site, parent in spec:
        above = made[parent % len(made)] if made and parent else None
        hlc = Hlc(wall * 10 + len(made), 0, site).encode()
        anc = above.lineage() if above else frozenset()
        if above is not None and hlc <= above.hlc:
            continue
        made.append(Revision(hlc, above.hlc if above else None, site, False, {"t": hlc}, anc))

    def fold(order: list[Revision]) -> Revision | None:
        state: Revision | None = None
        for rev in order:
            decision = decide(state, rev)
            state = decision.result if decision.result is not None else state
        return state

    shuffled = list(made)
    rnd.shuffle(shuffled)
    assert fold(made) == fold(shuffled) == fold(shuffled + made)


def _note(hlc: str, text: str, *ancestors: str) -> Revision:
    parent = max(ancestors) if ancestors else None
    return Revision(hlc, parent, hlc[-1], False, {"text": text}, frozenset(ancestors))


def _apply(ours: Revision, theirs: Revision, known: dict[str, Revision]) -> Revision:
    rules = MergeRules(text_fields=frozenset({"text"}))
    d = decide(ours, theirs, base=lambda h: known[h].data if h in known else None, rules=rules)
    out = d.result or ours
    known[out.hlc] = out
    return out


def test_three_edits_merged_in_different_orders_end_as_one_revision() -> None:
    """Laptops that merged the same edits in other orders agree after one exchange, instead
    of merging their merges of merges forever."""
    o = _note(_h(1, "o"), "one two three four")
    a = _note(_h(5, "a"), "ONE two three four", o.hlc)
    b = _note(_h(6, "b"), "one TWO three four", o.hlc)
    c = _note(_h(7, "c"), "one two three FOUR", o.hlc)
    known = {r.hlc: r for r in (o, a, b, c)}
    # three laptops merged the same three edits, each in its own order
    merges = [
        _apply(_apply(a, b, known), c, known),
        _apply(_apply(a, c, known), b, known),
        _apply(_apply(b, c, known), a, known),
    ]
    assert {m.data["text"] for m in merges} == {"ONE TWO three FOUR"}
    assert len({m.hlc for m in merges}) == 3
    # one round: each takes the others' rows in a fixed ring order (as the sync folder does)
    rows = list(merges)
    for i in range(3):
        for j in ((i + 1) % 3, (i + 2) % 3):
            rows[i] = _apply(rows[i], merges[j], known)
    assert rows[0] == rows[1] == rows[2]
    assert rows[0].data["text"] == "ONE TWO three FOUR"
