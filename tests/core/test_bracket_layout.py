"""The stored bracket layout (core/brackets/layout): what is stored reads back as parsed, and
a damaged entry reads as "parse instead", never as an exception or a wrong layout."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.layout import (
    Layout,
    layout_from_entry,
    layout_of,
    layouts_json,
    stored_layouts,
)
from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry

REG: PartyRegistry = load_registry()
BRACKETY = st.text(alphabet="[]［］()1 2sicx.-:;/aEUG7 ", max_size=80)


def _read_back(texts: list[str]) -> list[Layout | None]:
    parses = [parse_brackets(t, REG) for t in texts]
    entries = stored_layouts(layouts_json(parses), len(texts))
    assert entries is not None
    return [layout_from_entry(e) for e in entries]


def test_a_nested_attributed_paragraph_reads_back_with_its_spans_tree_and_strays() -> None:
    text = "Calls upon [States [to consider - US; G77 delete]] and [EU: [shall][should]] ]"
    (layout,) = _read_back([text])
    assert layout is not None
    assert [(text[s.start : s.end], s.depth, s.kind) for s in layout.spans] == [
        ("[States [to consider - US; G77 delete]]", 1, "text"),
        ("[to consider - US; G77 delete]", 2, "text"),
        ("[EU: [shall][should]]", 1, "text"),
        ("[shall]", 2, "alternative"),
        ("[should]", 2, "alternative"),
    ]
    outer, eu = layout.tree
    assert [(c.text, c.proponents) for c in outer.children] == [("to consider", ("G77", "USA"))]
    assert (eu.text, eu.proponents) == ("[shall][should]", ("EU",))
    assert [c.text for c in eu.children] == ["shall", "should"]
    assert layout.stray_offsets == (len(text) - 1,)  # the last ']' closes nothing


@settings(max_examples=200, deadline=None)
@given(st.lists(BRACKETY, max_size=5))
def test_what_is_stored_reads_back_as_the_parse_gives_it(texts: list[str]) -> None:
    assert _read_back(texts) == [layout_of(parse_brackets(t, REG)) for t in texts]


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=20,
    )
)
def test_a_damaged_entry_reads_as_none_or_a_layout_never_an_error(entry: object) -> None:
    assert layout_from_entry(entry) is None or isinstance(layout_from_entry(entry), Layout)


def test_a_layout_that_does_not_fit_the_paragraphs_is_not_used() -> None:
    text = layouts_json([parse_brackets("[a]", REG), parse_brackets("b", REG)])
    assert stored_layouts(text, 2) is not None
    assert stored_layouts(text, 3) is None  # a paragraph more than the layout knows
    assert stored_layouts(text[:-1], 2) is None  # truncated JSON
    assert stored_layouts(json.dumps({"spans": []}), 1) is None
