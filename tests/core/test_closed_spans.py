"""closed_spans (used by the compare engine) pairs brackets exactly as parse_brackets does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.scan import MAX_DEPTH, closed_spans, group_spans, parse_brackets
from wsis_desk.core.diff import count_groups

PIECES = [
    *("[", "]", "［", "】", " ", "\n", "text", "word", "[1]", "[^4]", "[...]", "[sic]", "[X]"),
    *("- US", "; G77 delete", "[English only]", "[Agreed ad ref]", "paragraph [14]"),
]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80))
@settings(max_examples=400)
def test_closed_spans_are_the_closed_groups_of_the_parser(text: str) -> None:
    expected = sorted((g.start, g.end) for g in parse_brackets(text).walk() if g.closed)
    assert closed_spans(text) == expected


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80))
@settings(max_examples=400)
def test_group_spans_are_every_group_of_the_parser(text: str) -> None:
    """The compare engine counts what the census counts: every group, open ones included."""
    expected = [(g.start, g.end, g.closed) for g in parse_brackets(text).walk()]
    assert group_spans(text) == expected
    assert count_groups(text) == len(expected)


def test_group_spans_stop_at_the_parsers_depth() -> None:
    text = "[" * (MAX_DEPTH + 3) + "x" + "]" * (MAX_DEPTH + 3) + " [y"
    expected = [(g.start, g.end, g.closed) for g in parse_brackets(text).walk()]
    assert group_spans(text) == expected and len(expected) == MAX_DEPTH + 1


def test_the_compare_engine_skips_what_the_room_never_negotiates() -> None:
    assert (
        count_groups("Takes note[1] of the report [English only] [...] [sic] [Agreed ad ref]") == 0
    )
    assert count_groups("in accordance with paragraph [14] above and Articles [9] and [11]") == 3
