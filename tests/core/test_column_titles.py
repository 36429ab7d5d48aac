"""A column of sub-item letters printed before items that each open with a braced title.

pdftotext may print a list's letters as a column (``(b)`` ``(c)``) before the items, each of
which opens with its title in braces (``{Subsequent communications}``, options under it, then
``{Consultative period/ex ante}`` …). The letters go to the titles in order: the items' own
options and sub-items stay under them (Paris agreement draft of 4 December 2015, PDF text,
Art. 3.8(b)-(c); the markdown of the same draft numbers the titles as the list's items).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

TITLES = ("{Subsequent communications}", "{Consultative period}", "{Adjustments}", "{Housing}")


def _item(k: int, options: int) -> list[str]:
    lines = [TITLES[k]]
    for n in range(1, options + 1):
        lines.append(f"Option {n}: Each Party shall communicate its contribution {k} in way {n}.")
    if not options:
        lines.append(f"Each Party may adjust its contribution {k} at any time.")
    return lines


@settings(max_examples=30, deadline=None)
@given(shapes=st.lists(st.sampled_from([0, 2, 3]), min_size=2, max_size=4))
def test_letters_printed_as_a_column_go_to_the_braced_titles_in_order(shapes: list[int]) -> None:
    letters = "bcde"[: len(shapes)]
    head = ["The Conference of the Parties,", "", "1.", "Decides on the timing:", "(a)"]
    head += ["{First communication}", "Each Party shall communicate its first contribution."]
    plain = list(head)
    column = [*head, *(x for x in letters for x in (f"({x})", "")), ""]
    for k, options in enumerate(shapes):
        item = _item(k, options)
        plain += [f"({letters[k]})", *item]
        column += item
    want = labels("\n".join(plain))
    assert [lab for lab, _ in want if _.startswith("{")] == [f"OP1({x})" for x in "a" + letters]
    assert labels("\n".join(column)) == want


def labels(text: str) -> list[tuple[str, str]]:
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    return [(p.label, p.text) for p in ps if p.kind.value != "other"]
