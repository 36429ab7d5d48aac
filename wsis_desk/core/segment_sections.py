"""A section number printed apart from its title, before the items of the paragraph above.

PDF text can put a section's number where its line starts on the page, not where its title
is read: "… including by:" / ``V.`` / (a) … (d) / ``INTERIM INSTITUTIONAL ARRANGEMENTS``
(the co-chairs' non-paper of 5 Oct 2015). The number alone does not end the paragraph above;
it is kept until the title after the items, which it heads (``V.``), or until anything else.
"""

from __future__ import annotations

from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.lexicon import looks_heading
from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_state import Item, State, add

__all__ = ["defer_number", "end_deferred", "heads_title"]

K = ParagraphKind
_ITEMS = (LabelKind.LETTER, LabelKind.ROMAN)


def defer_number(
    st: State,
    raw: RawParagraph,
    lab: LabelMatch,
    text: str,
    nxt: tuple[LabelMatch | None, str] | None,
) -> str | None:
    """Keep a section number printed alone among the items of the paragraph above (``V.``
    then ``(a)``); the text left to read (``""``, or ``(a) …`` run onto the number's line), or
    None when the number heads what follows it."""
    if lab.kind is not LabelKind.SECTION or raw.heading_level is not None or not st.items:
        return None
    rest = text.strip()
    item = parse_label(rest) if rest else (nxt[0] if nxt else None)
    if item is None or item.kind not in _ITEMS or (rest and not item.rest.strip()):
        return None
    last = st.items[-1]
    if not (last.text.rstrip().endswith(":") or last.level > 0) or st.top is None:
        return None  # nothing above leads into items: the number heads them
    if item.value not in ("a", "i") and st.letter is None:
        return None
    if last.kind is K.OTHER and last.parent is None and last.level == 0:
        # "• Requests the secretariat …, including by:" in a note: the items are its own
        st.top, st.letter, st.roman = len(st.items) - 1, None, None
    st.deferred = (lab, raw)
    return rest


def heads_title(st: State, lab: LabelMatch | None, text: str) -> bool:
    """The title a kept section number heads (``V.`` + "INTERIM INSTITUTIONAL ARRANGEMENTS"):
    True when this paragraph was it; otherwise the number stands alone, before it."""
    if st.deferred is None:
        return False
    title = text.strip()
    if lab is None and title and looks_heading(title):
        number, raw = st.deferred
        st.deferred = None
        _section(st, number, title, raw)
        return True
    end_deferred(st)
    return False


def end_deferred(st: State) -> None:
    """A kept section number that no title follows is a heading where it stood."""
    if st.deferred is not None:
        number, raw = st.deferred
        st.deferred = None
        _section(st, number, "", raw)


def _section(st: State, lab: LabelMatch, title: str, raw: RawParagraph) -> None:
    add(st, Item(f"{lab.value}.", K.HEADING, title, lab.value, None, raw=raw))
    st.preamble, st.cover_base, st.container = False, None, None
    st.option, st.top, st.letter, st.roman = None, None, None, None
