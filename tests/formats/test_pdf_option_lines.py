"""An option header opens its paragraph in a PDF set solid, whatever the line above reached.

The informal note of 6 Nov 2015 (Paris decision part) sets its paragraphs with no space
between them; a paragraph is told from the next by its first line (a margin label, an
indent) or by a last line that ends short. "Option 2: (paragraphs 91-91quater)" after
paragraph 91, whose last line ended near the right edge, was joined to it (``OP91`` ending
"… session; Option 2: (paragraphs 91-91quater)", and option 2's ``91.`` a second ``OP91``).
A line that opens an option header (``Option 2:``, ``Option (b):``, ``Option II``) after a
line that ended a sentence is the next paragraph: options are never run into the text above.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.pdf_factory import Para, make_pdf
from wsis_desk.formats.pdf_in import read_pdf

WORDS = "climate finance support mitigation adaptation technology transfer capacity the of and"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    bodies=st.lists(
        st.lists(st.sampled_from(WORDS.split()), min_size=12, max_size=70), min_size=2, max_size=3
    ),
    ends=st.lists(st.sampled_from(";.:"), min_size=3, max_size=3),
    header=st.sampled_from(("(paragraphs 91-91quater)", "(paragraph 121):", "No text")),
    ids=st.sampled_from((("1", "2", "3"), ("(a)", "(b)", "(c)"), ("I", "II", "III"))),
)
def test_an_option_after_a_sentence_opens_a_paragraph(
    bodies: list[list[str]], ends: list[str], header: str, ids: tuple[str, ...]
) -> None:
    paras: list[Para] = []
    expected: list[str] = []
    for k, words in enumerate(bodies):
        text = "Decides " + " ".join(words) + ends[k]
        paras.append(Para(text, label=f"{91 + k}."))
        option = f"Option {ids[k]}: {header}"
        paras.append(Para(option))
        expected += [text, option]
    got = [b.text for b in read_pdf(make_pdf(paras, spacing=0)).blocks]
    assert got == expected
