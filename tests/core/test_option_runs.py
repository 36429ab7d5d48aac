"""An option continues the run of its own numbering style, however deep the runs inside it.

The Art. 6.2 draft (SBSTA 61, section IV.A) prints "Option 1 {Recalling …}", under it
"Option A" / "Option B" / "Option C" each over numbered paragraphs, then "Option 2: {First
transfer …}", "Option 3: …", "Option 4: {No text required}": options 2–4 are option 1's
siblings, options of section A. They were taken for options of the last paragraph of option C
(``A Opt.1 Opt.C/OP50 Opt.2``), a label nobody says and a parent that holds them wrongly;
now ``OP46 Opt.2`` (the set named by the first paragraph it holds, core/option_sets.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

VERBS = ("Decides", "Requests", "Notes", "Clarifies", "Invites", "Encourages")


@st.composite
def section(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A section whose options (1, 2, …) may each hold lettered options over paragraphs;
    returns the text and, for each outer option, (its printed header, what it must be named)."""
    lines = ["The Conference of the Parties,", "", "Recalling its decisions,", ""]
    lines += ["I.\tScope", ""]
    n = 0
    outer = draw(st.integers(2, 4))
    expected = []
    for k in range(1, outer + 1):
        header = draw(st.sampled_from((f"Option {k}", f"Option {k}:", f"Option {k} {{Topic {k}}}")))
        lines += [header, ""]
        expected.append((header, f"I Opt.{k}"))
        inner = draw(st.integers(0, 3)) if k < outer else 0
        for letter in "ABC"[:inner]:
            lines += [f"\tOption {letter}", ""]
            for _ in range(draw(st.integers(1, 2))):
                n += 1
                lines += [f"\t{n}. {draw(st.sampled_from(VERBS))} that parties shall act;", ""]
        if not inner:
            n += 1
            lines += [f"{n}. {draw(st.sampled_from(VERBS))} to act;", ""]
    return "\n".join(lines) + "\n", expected


@settings(max_examples=60, deadline=None)
@given(case=section())
def test_an_outer_option_after_inner_lettered_options_is_a_sibling_of_the_first(
    case: tuple[str, list[tuple[str, str]]],
) -> None:
    text, expected = case
    paras = segment(read_text(text.encode("utf-8"))).paragraphs
    options = [p for p in paras if p.kind is ParagraphKind.OPTION and "Opt." in p.label]
    outer = [p for p in options if p.text.split()[1].rstrip(":").isdigit()]
    assert [(p.text, p.label) for p in outer] == expected
    parents = {p.parent for p in outer}
    assert len(parents) == 1  # siblings: one parent (the section)
    assert all("#" not in p.label and "/" not in p.label for p in paras)
