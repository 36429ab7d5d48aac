"""A preamble that starts again under a section is named by that section: ``B PP1``, ``IV PP1``.

The co-chairs' non-paper of 5 Oct 2015 prints the draft agreement (``A.``) and the draft
decision (``B.``) each with its own chapeau and preamble, and the decision's section
``IV. [WORKSTREAM 2]`` opens with a third, printed ``Pp1``, ``Pp2`` … again; before, those
were ``PP1#2`` and ``PP1#3``.
The first preamble keeps its plain labels, and the operative paragraphs are unchanged.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind
VERBS = ("Recalling", "Noting", "Recognizing", "Emphasizing", "Welcoming", "Stressing")


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8")))


def _preamble(n: int) -> list[str]:
    return [f"{VERBS[i % len(VERBS)]} the matter number {i + 1} of this text," for i in range(n)]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.integers(1, 5), st.integers(1, 3))
def test_each_restarted_preamble_is_named_by_its_section(a: int, b: int, iv: int, ops: int) -> None:
    lines = ["A. DRAFT AGREEMENT", "", "The Parties to this Agreement,", ""]
    lines += [x for p in _preamble(a) for x in (p, "")]
    lines += ["Have agreed as follows:", "", "Article 1", "", "1. Parties shall act.", ""]
    lines += ["B. DRAFT DECISION", "", "The Conference of the Parties,", ""]
    lines += [x for p in _preamble(b) for x in (p, "")]
    lines += [x for n in range(1, ops + 1) for x in (f"{n}. Decides to act {n};", "")]
    lines += ["IV. WORKSTREAM 2", ""]  # its preamble printed with margin labels Pp1, Pp2 …
    lines += [x for i, p in enumerate(_preamble(iv)) for x in (f"Pp{i + 1}", "", p, "")]
    lines += [x for n in range(ops + 1, 2 * ops + 1) for x in (f"{n}. Decides to act {n};", "")]
    ps = seg("\n".join(lines)).paragraphs
    pp = [p.label for p in ps if p.kind is K.PREAMBULAR]
    want = [f"PP{i}" for i in range(1, a + 1)]
    want += [f"B PP{i}" for i in range(1, b + 1)]
    want += [f"IV PP{i}" for i in range(1, iv + 1)]
    assert pp == want
    op = [p.label for p in ps if p.kind is K.OPERATIVE and not p.label.startswith("Art.")]
    assert op == [f"OP{n}" for n in range(1, 2 * ops + 1)]
    assert not [p.label for p in ps if "#" in p.label]


def test_one_preamble_keeps_plain_labels() -> None:
    text = "The General Assembly,\n\nRecalling its resolution,\n\nNoting the report,\n\n"
    text += "I. SECTION\n\n1. Decides to act;\n"
    ps = seg(text).paragraphs
    assert [p.label for p in ps if p.kind is K.PREAMBULAR] == ["PP1", "PP2"]
