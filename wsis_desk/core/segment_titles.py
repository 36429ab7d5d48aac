"""Numbered lines that are no paragraphs: a section's title, and the titles a note lists.

``1. Eligibility criteria`` alone before numbered paragraphs is a heading; "Structural
proposal to enhance the order and names of subsections as follows:" / "1. Guiding principles
and objectives" … "5. Institutional arrangements" (the Geneva negotiating text, after paragraph
53) is a list of the note above it, ``Note 12(1)`` …, not paragraphs 1 to 5 printed again.
"""

from __future__ import annotations

from wsis_desk.core.labels import LabelKind, LabelMatch
from wsis_desk.core.lexicon import is_operative_start
from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_options import starts_option
from wsis_desk.core.segment_state import TITLE_END, Item, State, add

__all__ = ["note_list_item", "numbered_title"]

K = ParagraphKind


def _title(text: str) -> bool:
    """Short, capitalised, with no sentence's end, no option, no operative verb."""
    body = text.strip()
    if not body or len(body) > 90 or body.endswith(TITLE_END) or not body[0].isupper():
        return False
    return not starts_option(body) and not is_operative_start(body)


def numbered_title(
    st: State, lab: LabelMatch, text: str, nxt: tuple[LabelMatch | None, str] | None
) -> bool:
    """``1. Eligibility criteria`` on its own, before numbered paragraphs: a heading, not OP1."""
    if st.container is not None or lab.tag or lab.alt or lab.old or "." in lab.value:
        return False
    if not _title(text):
        return False
    nlab = nxt[0] if nxt else None
    if nlab is None or nlab.kind is not LabelKind.NUMBER:
        return False
    if nlab.tag is not None:
        # "2. Number of members [Access and Benefit-Sharing Committee" then "(ABS)9. …": a
        # title, the bracket opening the committee sub-headings below it
        return True
    if "[" in text:
        return False
    return lab.value.isdigit() and nlab.value != str(int(lab.value) + 1)


def note_list_item(st: State, raw: RawParagraph, lab: LabelMatch, text: str) -> bool:
    """A title numbered ``1.`` again, after paragraphs were numbered, under a note or an
    unnumbered line that leads into it ("… as follows:"), and the titles numbered on from it:
    the note's list (``Note 12(1)``, ``Note 12(2)`` …). True when this one was such an item."""
    if not st.items or not lab.value.isdigit() or lab.tag or lab.alt or lab.old:
        return False
    if not _title(text):
        return False
    last = st.items[-1]
    if lab.value == "1":
        if st.last_op == "OP0" or last.kind not in (K.NOTE, K.OTHER) or last.level != 0:
            return False
        if not last.text.rstrip().endswith(":") or last.label == "chapeau":
            return False
        lead = len(st.items) - 1
    elif last.level == 1 and last.parent is not None and last.value == str(int(lab.value) - 1):
        lead = last.parent
        if st.items[lead].kind not in (K.NOTE, K.OTHER) or st.items[lead].level != 0:
            return False
    else:
        return False
    up = st.items[lead]
    item = Item(f"{up.label}({lab.value})", up.kind, text, lab.printed, lead, lab.value, level=1)
    item.raw = raw
    add(st, item)
    return True
