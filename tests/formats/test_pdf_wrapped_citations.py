"""A cross-reference cut by the wrap is the rest of its sentence in a PDF too.

The Geneva negotiating text (ADP 2-8) prints, in paragraph 26's option 3, "… pursuant to
paragraphs" / "26 and 26 bis above, with a view to …" on a justified page: PDFium finds a wide
gap after the "26" that opens the second line and hands it as a margin label, so the sentence
became a paragraph ``OP26`` of its own and options 4 to 7 after it lost their paragraph (bare
``Opt.4`` … ``Opt.7``). The text reader joins such a line (formats/text_layout.py ``_cites``,
class H of tests/corpus/test_corpus_labels.py); the PDF layout now does the same: a label on a
line after one that ends "paragraph(s)" / "para." / "(option" goes back into the text. A line
after a sentence's end keeps its label (the other side of the rule).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.formats.pdf_layout import Line, Page, assemble

WORDS = "climate finance support mitigation adaptation technology transfer capacity the of and"
_LEFT, _RIGHT, _SIZE, _PITCH = 72.0, 523.0, 11.0, 14.0


def _page(rows: list[tuple[str, str]]) -> Page:
    lines = []
    for k, (label, text) in enumerate(rows):
        bottom = 700.0 - k * _PITCH
        lines.append(Line(text, _LEFT, bottom, _RIGHT, bottom + _SIZE, _SIZE, label=label))
    lines[-1].right = _LEFT + 200  # the paragraph's last line ends short
    return Page(0, 595.0, 842.0, lines, [])


_words = st.lists(st.sampled_from(WORDS.split()), min_size=6, max_size=14).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(
    head=_words,
    tail=_words,
    citing=st.sampled_from(("paragraph", "paragraphs", "para.", "sub-paragraph", "(option")),
    number=st.sampled_from(("26", "134", "7.2", "12")),
    rest=st.sampled_from(("and 26 bis above,", "above,", "(a) above and", "ter above,")),
)
def test_a_number_the_wrap_put_at_a_line_start_stays_in_its_sentence(
    head: str, tail: str, citing: str, number: str, rest: str
) -> None:
    rows = [("", f"Shall {head} pursuant to {citing}"), (number, f"{rest} {tail}"), ("", tail)]
    blocks = assemble([_page(rows)]).blocks
    assert [(b.number, b.text) for b in blocks] == [
        (None, f"Shall {head} pursuant to {citing} {number} {rest} {tail} {tail}")
    ]


@settings(max_examples=20, deadline=None)
@given(head=_words, tail=_words, end=st.sampled_from((".", ";", ":", "paragraphs.")))
def test_a_label_after_a_sentence_end_opens_its_paragraph(head: str, tail: str, end: str) -> None:
    rows = [("", f"Shall {head} {end}"), ("27.", f"Decides {tail}"), ("", tail)]
    blocks = assemble([_page(rows)]).blocks
    assert [b.number for b in blocks] == [None, "27."]
