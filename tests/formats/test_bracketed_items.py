"""A sub-item printed inline after the bracket that opens its text (``[(h) The base year …``)
is the item ``(h)`` whose text opens with the bracket, as when printed ``(h) [The base year …``
(Paris decision draft of 4 December 2015, PDF text, paragraph 28(h)-(n), where the bracket
opens the items (h) to (n)); never the end of the item before it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

ITEMS = (
    "Quantifiable information on the reference point",
    "Time frames and/or periods for implementation",
    "Pools, gases and key categories of emissions",
    "Assumptions, metrics and methodological approaches",
    "How the contribution is fair and ambitious",
    "The base year or baseline of the commitment",
    "Its deviation from the base year or baseline",
)


def _read(text: str) -> list[tuple[str, str]]:
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    return [(p.label, p.text) for p in ps if p.kind.value != "other"]


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=3, max_value=len(ITEMS)),
    opens=st.integers(min_value=1, max_value=len(ITEMS) - 1),
    alone=st.booleans(),
)
def test_an_item_printed_after_its_opening_bracket_keeps_its_letter(
    count: int, opens: int, alone: bool
) -> None:
    opens = min(opens, count - 1)
    head = "The Conference of the Parties,\n\n28.\tDecides that the information shall include:"
    lines_a, lines_b = [head], [head]
    for n in range(count):
        letter = f"({chr(ord('a') + n)})"
        text = ITEMS[n] + (";]" if n == count - 1 and n >= opens else ";")
        # the letter on a line of its own before its text (alone) or inline
        if n == opens:
            lines_a.append(f"{letter}\n[{text}" if alone else f"{letter} [{text}")
            lines_b.append(f"[{letter} {text}")
        else:
            lines_a.append(f"{letter}\n{text}" if alone else f"{letter} {text}")
            lines_b.append(lines_a[-1])
    want = _read("\n".join(lines_a))
    assert [label for label, _ in want][1:] == [f"OP28({chr(ord('a') + n)})" for n in range(count)]
    assert _read("\n".join(lines_b)) == want
