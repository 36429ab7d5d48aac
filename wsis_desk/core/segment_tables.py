"""Label a table paragraph as the room names it: ``Annex I Table 2``, ``Table 3 cont.``.

The room says "table 3 of annex I" (the Art. 6.2 drafts: "authorizations are reported as an
action in table 3"). The number is the table's caption, printed in the paragraph just above
it ("Table 1 Submissions") or in its first cell ("Table 1: Submission"); a table printed in
parts ("Table 2 (continued)", "(Table continues)", or no caption right after a table) is
``Table 2 cont.``, ``Table 2 cont. 2``; an optional table names its option
("Table 6 Option 2: …" is ``Table 6 Opt.2``). A table a text file prints flat, one cell a
line, names the options among its cells (``Annex I Table 3 cont. Opt.1``).
The annex is the one the table sits in, even when its heading is bracketed ("[Annex I").
"""

from __future__ import annotations

import re

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_state import Item, State, add, scope_parent
from wsis_desk.core.tables import grid_of, table_caption

__all__ = ["caption_base", "table_item"]

K = ParagraphKind
_ANNEX = re.compile(
    r"^\[?\s*(?P<name>(?:Annex|ANNEX|Appendix|APPENDIX|Annexe|ANNEXE|Anexo|ANEXO)"
    r"(?:\s+[IVXLC]{1,6}\b|\s+\d{1,2}\b)?)(?=$|\s|[.:\]])"
)


def _annex(st: State) -> str:
    """The annex the next paragraph is in: the segmenter's scope, else the last annex title."""
    if st.scope:
        return st.scope
    for it in reversed(st.items):
        m = _ANNEX.match(it.text)
        if m is not None and it.kind in (K.HEADING, K.OTHER):
            return m.group("name")
    return ""


def _first_cell(text: str) -> str:
    return next((c for row in grid_of(text) for c in row if c.strip()), "")


def _caption(st: State, raw: RawParagraph) -> tuple[str, bool] | None:
    """The caption's number and whether it continues a table: in the first cell, else in
    the paragraph just above (when that is not a table itself)."""
    found = table_caption(_first_cell(raw.text))
    if found is None and st.items and st.items[-1].kind is not K.TABLE:
        found = table_caption(st.items[-1].text)
    return found


def table_item(st: State, raw: RawParagraph) -> None:
    """Add a table paragraph to the state with its label."""
    annex = _annex(st)
    head = f"{annex} " if annex else ""
    earlier = [it for it in st.items if it.kind is K.TABLE and it.label.startswith(head)]
    numbers = [it.value for it in earlier]
    caption = _caption(st, raw)
    number, continued = caption if caption is not None else ("", False)
    if not number and numbers:  # no caption after a table: the table goes on
        number, continued = numbers[-1], True
    number = number or "1"
    base = f"{head}Table {number}" + (" cont." if continued else "")
    taken = {it.label for it in earlier}
    label, k = base, 1
    while label in taken:
        k += 1
        label = f"{base} {k}"
    add(st, Item(label, K.TABLE, raw.text, None, scope_parent(st), number, raw=raw))


def caption_base(st: State) -> str | None:
    """The table whose cells a text file prints one a line, for an option among them: the
    last caption above (``Annex I Table 3 cont.``, ``cont. 2`` for its second part); None
    when a paragraph, heading or article stands between."""
    captions: list[tuple[str, bool]] = []
    for it in reversed(st.items):
        if it.kind not in (K.OTHER, K.NOTE, K.OPTION):
            break
        found = table_caption(it.text) if it.kind is K.OTHER else None
        if found is not None and found[0]:
            captions.append(found)
    if not captions:
        return None
    number, continued = captions[0]
    annex = _annex(st)
    base = f"{annex} Table {number}" if annex else f"Table {number}"
    if not continued:
        return base
    k = sum(1 for c in captions if c == (number, True))
    return f"{base} cont." + (f" {k}" if k > 1 else "")
