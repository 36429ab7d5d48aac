"""An option that names the paragraphs it stands for is never a lettered item.

Class G of ``tests/corpus/test_corpus_labels.py``: ``pdftotext`` prints the letters of a list
as a column beside their texts, and a letter of the list above can come apart from it and land
on the line before the next option header (Paris v1 PDF text Art. 3.7: ``(n)`` / ``Option 2:
(paragraphs 7 and 7bis)``). The option was read as item ``(n)`` of option 1's list, so that
option 2's paragraph 7 and its list became ``Art. 3.7 Opt.1/Art. 3.7#2``, ``(a)#2`` ….
An option naming its paragraphs ("(paragraph 7)", "(paragraphs 7 and 7bis)", "(paragraphs
110-113)") stands for whole paragraphs, which no item of a list can hold: it is the option,
and the letter beside it a stray of the column. An item that offers options of its own
(``(a)`` / ``Option (a): Establishing …``) keeps its letter.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment

K = ParagraphKind
LETTERS = "abcdefghijklmnop"


@settings(max_examples=60, deadline=None)
@given(
    art=st.integers(2, 12),
    n=st.integers(2, 9),
    items=st.lists(st.integers(2, 8), min_size=2, max_size=4),
    stray=st.sampled_from(LETTERS),
    form=st.sampled_from(
        ("(paragraph {n})", "(paragraphs {n} and {n}bis)", "(paragraphs {n}-{n}ter)")
    ),
)
def test_a_letter_beside_an_option_naming_paragraphs_is_a_stray_of_the_column(
    art: int, n: int, items: list[int], stray: str, form: str
) -> None:
    blocks = [SourceBlock(f"Article {art}", heading_level=2)]
    blocks += [SourceBlock(f"Each Party shall act on matter {k}.", margin=f"{k}.") for k in (1,)]
    for o, count in enumerate(items, 1):
        # the first option's letter is its own; the others carry a letter of the list above
        margin = None if o == 1 else f"({stray})"
        blocks.append(SourceBlock(f"Option {o}: {form.format(n=n)}", margin=margin))
        blocks.append(SourceBlock(f"[Each Party's contribution of kind {o} shall:", margin=f"{n}."))
        blocks += [
            SourceBlock(f"[Be of quality {k} and {o};]", margin=f"({LETTERS[k]})")
            for k in range(count)
        ]
    blocks.append(SourceBlock("Each Party shall report.", margin=f"{n + 1}."))
    ps = segment(SourceText("text", tuple(blocks))).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    # an option of one paragraph is named by it, one of several by the article (class A)
    base = f"Art. {art}.{n}" if form == "(paragraph {n})" else f"Art. {art}"
    options = [p for p in ps if p.kind is K.OPTION]
    assert [p.label for p in options] == [f"{base} Opt.{o}" for o in range(1, len(items) + 1)], (
        labels
    )
    for o, count in enumerate(items, 1):
        at = labels.index(f"{base} Opt.{o}")
        lead = ps[at + 1]
        assert lead.parent == at and lead.number == f"{n}.", labels
        assert [p.number for p in ps[at + 2 : at + 2 + count]] == [
            f"({LETTERS[k]})" for k in range(count)
        ], labels


def test_an_item_offering_options_of_its_own_keeps_its_letter() -> None:
    """Paris decision PDF texts, paragraph 90: ``(a)`` / ``Option (a): Establishing …``."""
    blocks = (
        SourceBlock("Option 1: Parties shall take steps for technology development by:"),
        SourceBlock("Option (a): Establishing policy frameworks and institutions;", margin="(a)"),
        SourceBlock("Option (b): Arrangements shall be established to address rights;"),
    )
    ps = segment(SourceText("text", blocks)).paragraphs
    assert ps[1].number == "(a)", [(p.label, p.number) for p in ps]
