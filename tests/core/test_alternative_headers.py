"""Alternatives printed as named headers: ``**Proposed Mechanism 1**``, ``… 2**``.

Paris v3 (9 Dec 2015), Article 3ter prints two whole alternative mechanisms, each numbering its
paragraphs from 1. They are options of the article (``Art. 3ter Opt.1``, ``Art. 3ter Opt.2``)
and a paragraph both print is named by its option (``Art. 3ter Opt.2/Art. 3ter.1``), never
``Art. 3ter.1#2``, which nobody in the room says. A sentence that starts with the words is text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import parse_label
from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str, *, markdown: bool = False) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 4), st.integers(1, 3), st.booleans())
def test_proposed_mechanisms_are_options_of_their_article(
    mechanisms: int, paragraphs: int, markdown: bool
) -> None:
    lines = ["## [Article 3ter] *(mechanism)*" if markdown else "Article 3ter", ""]
    for m in range(1, mechanisms + 1):
        lines += [f"**Proposed Mechanism {m}**" if markdown else f"Proposed Mechanism {m}", ""]
        for n in range(1, paragraphs + 1):
            lines += [f"{n}. [The mechanism {m} shall do thing {n}.]", ""]
    lines += ["Article 4", "", "1. Parties shall report.", ""]
    labels = [(p.label, p.kind) for p in seg("\n".join(lines), markdown=markdown).paragraphs]
    expected: list[tuple[str, ParagraphKind]] = []
    for m in range(1, mechanisms + 1):
        expected.append((f"Art. 3ter Opt.{m}", K.OPTION))
        expected += [
            (f"Art. 3ter Opt.{m}/Art. 3ter.{n}", K.OPERATIVE) for n in range(1, paragraphs + 1)
        ]
    got = [x for x in labels if x[0].startswith("Art. 3ter ")]
    assert got == expected
    assert ("Art. 4.1", K.OPERATIVE) in labels
    assert not [x for x, _ in labels if "#" in x]


def test_a_sentence_that_starts_with_the_words_is_not_an_option() -> None:
    assert parse_label("Proposed Mechanism 1 shall be reviewed in 2030.") is None
    assert parse_label("Proposed mechanisms are listed below.") is None
    lab = parse_label("Proposed Mechanism 2:")
    assert lab is not None and lab.value == "2"
