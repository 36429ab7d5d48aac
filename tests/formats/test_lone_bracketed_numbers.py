"""``[88.`` alone on its line: the number of the paragraph whose opening bracket it carries.

PDF texts print a paragraph's number, with the bracket that opens the paragraph, on a line of
its own. Two layouts follow it, told apart by what the next line is:
- its text ("[1." / "The purpose of this Agreement is …", the Paris agreement draft of 4
  December 2015 as pdftotext prints it, articles 2, 6 and 11): the number is the text's, as a
  margin label, and the bracket opens the text (``Art. 2.1`` "[The purpose …");
- options ("[88." / "Option 1: (chapeau): In order to assist Parties …" / "Option 2: …", the
  Geneva negotiating text, section L): the paragraph is printed as its options (``OP88``, then
  ``OP88 Opt.1 chapeau`` …).
Both were unlabelled (``¶45`` "[1.", ``¶1674`` "[88.") and the paragraph's items or options were
named by the option above (``Art. 2 Opt.I(a)``, ``L Opt.1 chapeau``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind
TEXT = (
    "The purpose of this Agreement is to enhance the implementation of the Convention and to "
    "achieve its objective in order to strengthen the global response, so as to:]\n"
)


@settings(max_examples=30, deadline=None)
@given(n=st.integers(2, 99), items=st.integers(0, 3))
def test_a_lone_number_before_its_text(n: int, items: int) -> None:
    body = f"{n - 1}. Parties shall cooperate.\n[{n}.\n{TEXT}"
    body += "".join(f"({x}) Hold the increase in temperature;\n" for x in "abc"[:items])
    paras = segment(read_text(body.encode())).paragraphs
    labelled = [p for p in paras if p.label == f"OP{n}"]
    assert len(labelled) == 1 and labelled[0].text.startswith("[The purpose")
    assert [p.label for p in paras if p.label.startswith(f"OP{n}(")] == [
        f"OP{n}({x})" for x in "abc"[:items]
    ]
    assert not [p for p in paras if p.kind is K.OTHER]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(2, 99), count=st.integers(2, 4))
def test_a_lone_number_before_its_options(n: int, count: int) -> None:
    body = f"{n - 1}. Parties shall cooperate.\n[{n}.\n"
    body += "".join(
        f"Option {k}: (chapeau): In order to facilitate compliance with commitments, version {k}:\n"
        for k in range(1, count + 1)
    )
    paras = segment(read_text(body.encode())).paragraphs
    assert [p.label for p in paras][1:] == [f"OP{n}"] + [
        f"OP{n} Opt.{k} chapeau" for k in range(1, count + 1)
    ]
