"""A numbered paragraph printed as its options: ``16. Option 1: …`` / ``Option 2: …``.

The room names them by the paragraph they are options of, ``OP16 Opt.1`` and ``OP16 Opt.2``
(decision 1/CP.21's drafts print paragraph 16 so, in the markdown and in the PDF text alike), as
a preambular paragraph printed as options is ``PP12 Opt.1``. An option that only heads a run of
paragraphs (``34. [Option 1:`` on its own) is not this layout.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str, *, markdown: bool = False) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


IDS = st.sampled_from([("1", "2"), ("I", "II"), ("A", "B"), ("(a)", "(b)")])


@settings(max_examples=60, deadline=None)
@given(
    IDS,
    st.integers(2, 60),
    st.sampled_from(["Option {}:", "[Option {}:", "Option {}.", "**Option {}** :"]),
    st.integers(0, 2),
    st.booleans(),
)
def test_a_numbered_paragraph_printed_as_options_names_them_by_its_number(
    ids: tuple[str, str], n: int, form: str, subs: int, markdown: bool
) -> None:
    first, second = (form.format(i) for i in ids)
    if "**" in form and not markdown:
        first, second = first.replace("**", ""), second.replace("**", "")
    items = "".join(f"\n({x}) Report on item {x};" for x in "ab"[:subs])
    text = f"""The Conference of the Parties,
Recalling decision 1/CP.17,
{n - 1}. Decides to act;
{n}. {first} [Requests the SBI to clarify the information;]{items}
{second} No text
{n + 1}. Takes note of the synthesis report;"""
    sep = "\n\n" if markdown else "\n"
    ps = seg(text.replace("\n", sep), markdown=markdown).paragraphs
    ident = [i.strip("()") for i in ids]
    want = [f"OP{n} Opt.{ident[0]}", f"OP{n} Opt.{ident[1]}"]
    options = [p for p in ps if p.kind is K.OPTION]
    assert [p.label for p in options] == want
    assert options[0].parent == options[1].parent  # siblings: two wordings of one paragraph
    assert f"OP{n}" not in [p.label for p in ps]
    ops = [p.label for p in ps if p.kind is K.OPERATIVE and p.parent is None]
    assert ops == [f"OP{n - 1}", f"OP{n + 1}"]
    subs_of = [p.label for p in ps if p.parent == ps.index(options[0])]
    assert subs_of == [f"{want[0]}({x})" for x in "ab"[:subs]]


def test_a_proposal_label_after_a_number_is_not_an_option() -> None:
    text = "3. Decides to act;\n4. [Alt. AGN] Urges Parties to [act][move];\n5. Requests;"
    assert [p.label for p in seg(text).paragraphs] == ["OP3", "OP4", "OP5"]


def test_an_option_heading_a_run_of_paragraphs_stays_under_its_number() -> None:
    text = """The Conference of the Parties,
33. Decides to act;
34. [Option 1:
Recommends that the CMA consider establishing a mechanism;
[Option 2: No text on this mechanism;]
35. Decides that the process shall continue;"""
    labels = [p.label for p in seg(text).paragraphs]
    assert "OP34" in labels and "OP34 Opt.1" not in labels
