"""A numbered paragraph printed as its options: ``16. Option 1: …`` / ``Option 2: …``.

The room names them by the paragraph they are options of, ``OP16 Opt.1`` and ``OP16 Opt.2``
(decision 1/CP.21's drafts print paragraph 16 so, in the markdown and in the PDF text alike), as
a preambular paragraph printed as options is ``PP12 Opt.1``. An option that only heads a run of
paragraphs (``34. [Option 1:`` on its own) is not this layout.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import Paragraph, ParagraphKind, SegmentedText
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


BODY = [
    "Recommends that the CMA consider establishing a mechanism that would aim to:",
    "Requests the SBSTA to elaborate modalities for the mechanism that, inter alia:",
    "Also requests the secretariat to report on the mechanism;",
]


def _ancestors(ps: tuple[Paragraph, ...], p: Paragraph) -> list[Paragraph]:
    out: list[Paragraph] = []
    while p.parent is not None and len(out) < 20:
        p = ps[p.parent]
        out.append(p)
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 90),
    st.sampled_from(["[Option 1:", "Option 1:", "Option 1"]),
    st.lists(st.integers(0, 2), min_size=1, max_size=3),
    st.booleans(),
    st.sampled_from(["number", "heading"]),
    st.booleans(),
)
def test_an_option_opening_on_the_numbers_line_holds_the_paragraphs_under_it(
    n: int, head: str, subs: list[int], bracket2: bool, after: str, margin: bool
) -> None:
    """``34. [Option 1:`` / "Recommends …" (a) (b) / "Requests …" / ``[Option 2: No text;]``:
    option 1 of paragraph 34, whose wording is several paragraphs (the co-chairs' non-paper of
    5 Oct 2015, whose later draft numbers them 46 and 46bis inside "Option I"). The options are
    ``OP34 Opt.1`` and ``OP34 Opt.2``, the paragraphs of option 1 ``OP34 Opt.1+1``, ``+2`` …
    with their items, all under option 1: paragraph 34 is one paragraph, not three."""
    body = []
    for k, count in enumerate(subs):
        body.append(BODY[k])
        body += [f"({x}) Item {x} of part {k + 1};" for x in "ab"[:count]]
    second = "[Option 2: No text on this mechanism;]" if bracket2 else "Option 2: No text"
    nxt = f"{n + 1}. Decides that the process shall continue;"
    if after == "heading":
        nxt = "ADAPTATION\n" + nxt
    number = f"{n}.\n\n" if margin else f"{n}. "  # the number in a column of its own (PDF text)
    lines = [
        "The Conference of the Parties,",
        "Recalling decision 1/CP.17,",
        f"{n - 1}. Decides to act;",
        f"{number}{head}",
        *body,
        second,
        nxt,
    ]
    ps = seg("\n".join(lines)).paragraphs
    labels = [p.label for p in ps]
    options = [p for p in ps if p.kind is K.OPTION]
    assert [p.label for p in options] == [f"OP{n} Opt.1", f"OP{n} Opt.2"], labels
    assert f"OP{n}" not in labels
    first = ps.index(options[0])
    want = []
    for k, count in enumerate(subs):
        want.append(f"OP{n} Opt.1+{k + 1}")
        want += [f"OP{n} Opt.1+{k + 1}({x})" for x in "ab"[:count]]
    inside = [p for p in ps if options[0] in _ancestors(ps, p)]
    assert [p.label for p in inside] == want
    assert labels[first + 1 : first + 1 + len(want)] == want
    assert options[1].parent == options[0].parent  # two wordings of one paragraph
    ops = [p.label for p in ps if p.kind is K.OPERATIVE and p.parent is None]
    assert ops == [f"OP{n - 1}", f"OP{n + 1}"]
