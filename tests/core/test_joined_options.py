"""An option run into the paragraph before it is the same option as one on its own line.

The Geneva negotiating text PDF prints every ``Option (b):``, ``Option 2:`` on a line of its own,
but 34 of them reach the segmenter joined to the option or item before (a page break, or a
Word paragraph that lost its mark): ``… MRV system. Option 2: A [single] / common …``. The
joined option vanished into the text before it, and the list under it was counted as a second
list of the option before (``OP64 Opt.1(a)#2``). Layout is not structure: the same options,
joined or not, get the same labels. A label right before an option (``16. Option 1:``, ``b.
Option (i):``) and a title printed as its options after a bracket (``[Elements …] Option 2:
Authorizations``, the Art. 6.2 draft) are not joins.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import SourceBlock, SourceText
from wsis_desk.core.segment import segment

# as long as the Geneva text's options (a short "Option 1: Each Party shall:" heads a list)
TEXTS = [
    "A transparency framework, applicable to all Parties, shall promote transparency of action "
    "and support by providing information on the implementation of commitments",
    "Each Party to communicate and implement successive commitments / contributions / actions "
    "in accordance with the principles and provisions of the Convention",
    "The governing body shall develop and adopt modalities for the ex ante consideration "
    "process and for the further facilitation of transparency and clarity",
    "Parties should ensure that climate finance and investment provided and mobilized are "
    "scaled up from a wide variety of sources, public and private",
]
ITEMS = ["Enhance clarity and mutual trust;", "Avoid double counting;", "Track progress."]


@st.composite
def options(draw: st.DrawFn) -> tuple[int, str, list[tuple[str, list[str]]]]:
    """A numbered paragraph printed as its options, each with 0–3 lettered items."""
    number = draw(st.integers(1, 90))
    style = draw(st.sampled_from(["num", "paren"]))
    out = []
    for k in range(draw(st.integers(2, 5))):
        ident = str(k + 1) if style == "num" else f"({'abcde'[k]})"
        lead = draw(st.sampled_from(TEXTS))
        items = ITEMS[: draw(st.integers(0, 3))]
        # "… by the COP ] Option 2:", "… decision 1/CP.20. Option 3:" (the Geneva text, 74)
        ends = [";", ".", ".]", " by the COP ]", " and decision 1/CP.20."]
        end = ", in order to:" if items else draw(st.sampled_from(ends))
        out.append((f"Option {ident}: {lead}{end}", items))
    return number, style, out


def _blocks(number: int, opts: list[tuple[str, list[str]]], joined: set[int]) -> SourceText:
    """The paragraph, its options and their items; each option in ``joined`` run onto the
    block before it (the option or the last item above it)."""
    blocks: list[SourceBlock] = []
    for k, (text, items) in enumerate(opts):
        if k == 0:
            blocks.append(SourceBlock(text, number=f"{number}."))
        elif k in joined:
            last = blocks[-1]
            blocks[-1] = SourceBlock(f"{last.text} {text}", number=last.number)
        else:
            blocks.append(SourceBlock(text))
        blocks += [SourceBlock(item, number=f"{'abc'[i]}.") for i, item in enumerate(items)]
    return SourceText("test", tuple(blocks))


@settings(max_examples=80, deadline=None)
@given(case=options(), data=st.data())
def test_an_option_joined_to_the_line_before_gets_the_same_labels(
    case: tuple[int, str, list[tuple[str, list[str]]]], data: st.DataObject
) -> None:
    number, _, opts = case
    joined = set(data.draw(st.sets(st.integers(1, len(opts) - 1), min_size=1)))
    apart = [p.label for p in segment(_blocks(number, opts, set())).paragraphs]
    together = [p.label for p in segment(_blocks(number, opts, joined)).paragraphs]
    assert together == apart
    assert all("#" not in label for label in together)


def test_a_sentence_end_is_a_join_a_label_or_a_bracketed_title_is_not() -> None:
    blocks = (
        SourceBlock("Option 1: Each Party shall communicate; Option 2: No text", number="16."),
        SourceBlock("[Elements of authorization][Information] Option 2: Authorizations"),
    )
    paras = segment(SourceText("test", blocks)).paragraphs
    assert [p.label for p in paras][:3] == ["OP16 Opt.1", "OP16 Opt.2", paras[2].label]
    assert paras[2].text.startswith("[Elements of authorization]")
    assert "Option 2: Authorizations" in paras[2].text


@settings(max_examples=40, deadline=None)
@given(case=options())
def test_an_option_header_left_at_the_end_of_the_item_before(
    case: tuple[int, str, list[tuple[str, list[str]]]],
) -> None:
    """ "g. bis. Inputs from non-state actors … initiatives Option 2:" (the Geneva text,
    paragraph 85): the header of the next option at the end of an item, with no stop."""
    number, style, opts = case
    n = len(opts)
    ident = [str(k + 1) if style == "num" else f"({'abcde'[k]})" for k in range(n)]
    apart = [SourceBlock("The review shall be informed by:", number=f"{number}.")]
    joined = list(apart)
    for k in range(n):
        items = [
            SourceBlock(item.rstrip(";."), number=f"{'abc'[i]}.") for i, item in enumerate(ITEMS)
        ]
        apart += [SourceBlock(f"Option {ident[k]}:"), *items]
        if k == 0:
            joined += [SourceBlock(f"Option {ident[k]}:"), *items]
        else:
            last = joined[-1]
            joined[-1] = SourceBlock(f"{last.text} Option {ident[k]}:", number=last.number)
            joined += items
    labels = [p.label for p in segment(SourceText("test", tuple(apart))).paragraphs]
    assert [p.label for p in segment(SourceText("test", tuple(joined))).paragraphs] == labels
    assert all("#" not in label for label in labels)
