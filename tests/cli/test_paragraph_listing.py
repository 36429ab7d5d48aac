"""``show`` / ``check --paragraphs`` list every paragraph readably, whatever its label's length.

A label wider than the label column (an unnumbered heading labelled by its own words, "Draft
decision -/CMA.6" in the Art. 6.2 working copy; a deep option label) used to run into the
paragraph's text ("Draft decision -/CMA.6Draft decision -/CMA.6").
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.cli.listing import print_paragraphs
from wsis_desk.core.model import Paragraph, ParagraphKind

word = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=12)
label = st.lists(st.sampled_from(("OP3", "Opt.1", "(a)", "Art. 6.2", "A", "Annex I")), max_size=8)


@st.composite
def paragraphs(draw: st.DrawFn) -> list[Paragraph]:
    out = []
    for i in range(draw(st.integers(1, 6))):
        text = " ".join(draw(st.lists(word, min_size=1, max_size=30)))
        own = draw(st.booleans())  # an unnumbered heading: its label is its text
        name = text if own else " ".join(draw(label)) or f"¶{i + 1}"
        kind = ParagraphKind.HEADING if own else ParagraphKind.OPERATIVE
        out.append(Paragraph(index=i, label=name, kind=kind, text=text))
    return out


@settings(max_examples=80, deadline=None)
@given(paras=paragraphs())
def test_every_label_stands_apart_and_every_text_is_listed_once(paras: list[Paragraph]) -> None:
    out = io.StringIO()
    print_paragraphs(paras, out)
    listing = out.getvalue()
    lines = listing.splitlines()
    starts = [line for line in lines if line and not line.startswith(" ")]
    assert len(starts) == len(paras)  # each paragraph starts one line, in order
    for p, line in zip(paras, starts, strict=True):
        assert line == p.label or line.startswith(p.label + " ")  # never run into its text
    words = listing.split()
    for p in paras:  # every word of the text listed, and a label that is the text only once
        assert " ".join(words).count(p.text) >= 1
    own = [p for p in paras if p.label == p.text]
    assert sum(" ".join(words).count(p.text) for p in own) >= len(own)


def test_a_heading_labelled_by_its_own_words_is_printed_once() -> None:
    title = "Draft decision -/CMA.6"
    paras = [
        Paragraph(index=0, label=title, kind=ParagraphKind.HEADING, text=title),
        Paragraph(index=1, label="PP1", kind=ParagraphKind.PREAMBULAR, text="Recalling decision."),
    ]
    out = io.StringIO()
    print_paragraphs(paras, out)
    assert out.getvalue().count("Draft decision") == 1
    assert out.getvalue().splitlines()[0] == title
