"""The next letter after an item's options is the next item of the same paragraph.

Paris v1 (informal note of 6 Nov 2015) Art. 3.8: paragraph ``8.`` leads items ``(a)`` …
``(e)``, each a title ("{Consultative period/ex ante}") followed by its options, some of them
headers whose text follows on its own line ("Option 2: {communication before the end of the
period of implementation}" / "Successive NDMC/NDMCC …"). Once an option header opened its
scope the paragraph was forgotten: ``(c)`` became an item of option 2 of ``(b)`` (``Art.
3.8(b) Opt.2(c)``, its options ``Art. 3.8(b) Opt.1#2``) or of the article (``Art. 3(c)``,
its options ``Art. 3 Opt.1#2``). A letter that follows the last item's letter, after that
item's options, is the paragraph's next item: ``Art. 3.8(c)``, options ``Art. 3.8(c) Opt.1``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment

K = ParagraphKind
LETTERS = "abcdefgh"

# how one option of an item is printed: inline, or a header with its text on the next line
option_forms = st.sampled_from(("inline", "header", "header+text"))
items_strategy = st.lists(st.lists(option_forms, min_size=1, max_size=3), min_size=2, max_size=5)


@settings(max_examples=80, deadline=None)
@given(art=st.integers(2, 12), n=st.integers(2, 12), items=items_strategy, margin=st.booleans())
def test_a_letter_after_an_items_options_is_the_paragraphs_next_item(
    art: int, n: int, items: list[list[str]], margin: bool
) -> None:
    blocks = [SourceBlock(f"Article {art}", heading_level=2)]
    blocks.append(SourceBlock("{Timing}", margin=f"{n}."))
    for k, options in enumerate(items):
        letter = f"({LETTERS[k]})"
        title = f"{{Title of matter {k}}}"
        if margin:  # "(c)" printed in a column beside its title
            blocks.append(SourceBlock(title, margin=letter))
        else:
            blocks.append(SourceBlock(f"{letter} {title}"))
        for o, form in enumerate(options, 1):
            if form == "inline":
                blocks.append(SourceBlock(f"Option {o}: Each Party shall act on {k} and {o}."))
            else:
                blocks.append(SourceBlock(f"Option {o}: {{communication of kind {o}}}"))
                if form == "header+text":
                    blocks.append(SourceBlock(f"Successive contributions {k} shall be made."))
    blocks.append(SourceBlock("Each Party shall report.", margin=f"{n + 1}."))
    ps = segment(SourceText("text", tuple(blocks))).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    head = f"Art. {art}.{n}"
    assert [p.label for p in ps if p.number in {f"({x})" for x in LETTERS}] == [
        f"{head}({LETTERS[k]})" for k in range(len(items))
    ], labels
    for k, options in enumerate(items):
        assert [x for x in labels if x.startswith(f"{head}({LETTERS[k]}) Opt.")] == [
            f"{head}({LETTERS[k]}) Opt.{o}" for o in range(1, len(options) + 1)
        ], labels
    assert labels[-1] == f"Art. {art}.{n + 1}", labels
