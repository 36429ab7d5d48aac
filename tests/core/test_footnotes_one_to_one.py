"""Footnotes are linked to their marks one to one, in every style, and never merged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text


def notes_of(text: str, *, markdown: bool) -> tuple[list[tuple[str, str]], list[str]]:
    result = segment(read_text(text.encode("utf-8"), markdown=markdown))
    linked = [(f.mark, f.text) for p in result.paragraphs for f in p.footnotes]
    return linked, [f.text for f in result.footnotes]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=6, unique=True))
def test_markdown_notes_each_reach_their_own_mark(words: list[str]) -> None:
    body = "\n\n".join(
        f"{n}. Decides on item {w}[^{n}] and item {w}{w};" for n, w in enumerate(words, 1)
    )
    defs = "\n\n".join(f"[^{n}]: Note about {w}." for n, w in enumerate(words, 1))
    linked, spare = notes_of(body + "\n\n" + defs, markdown=True)
    assert linked == [(str(n), f"Note about {w}.") for n, w in enumerate(words, 1)]
    assert spare == []


def test_a_label_defined_twice_keeps_both_texts() -> None:
    text = """1. Decides on the first matter.[^1]

2. Decides on the second matter.[^2]

[^2]: The first note, mislabelled.

[^2]: The second note."""
    linked, spare = notes_of(text, markdown=True)
    assert linked == [("1", "The first note, mislabelled."), ("2", "The second note.")]
    assert spare == []


def test_numbered_notes_under_a_rule_in_pdf_text() -> None:
    text = """The General Assembly,
Guided by the Charter of the United Nations and the Universal Declaration,1
Recalling its resolution 77/228 of 15 December 2022,2
1. Decides to continue its examination;
__________________
1 Resolution 217 A (III).
2 A/RES/77/228."""
    linked, spare = notes_of(text, markdown=False)
    assert linked == [("1", "Resolution 217 A (III)."), ("2", "A/RES/77/228.")]
    assert spare == []
