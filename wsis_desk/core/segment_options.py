"""Options and alternatives: named by what they are options of (``Art. 3 Opt.2``, ``PP12 Opt.1``).

An option either opens a scope (``Option 1`` alone, or ``Option 3: {No text required}``) whose
paragraphs follow it, or stands inline for a paragraph's wording; a run of options of the same
style shares one base label, the paragraph, article or section they belong to.
"""

from __future__ import annotations

import re

from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_state import TITLE_END, Item, State, add, scope_parent, scoped

__all__ = ["numbered_option", "option", "starts_option"]

K = ParagraphKind

_OPTION_HEADER_REST = re.compile(r"^(?:[{(].*[})]\s*[:.]?|[^.;]{0,80}:)$")


def _opt_style(value: str) -> str:
    v = value.replace("Alt", "")
    if not v:
        return "alt"
    if v.startswith("("):
        return "paren"
    if v[0].isdigit() or set(v) <= set("IVX"):
        return "num"
    return "upper" if v[0].isupper() else "lower"


def option(st: State, raw: RawParagraph, lab: LabelMatch, text: str) -> None:
    rest = text.strip()
    header = not rest or _OPTION_HEADER_REST.match(rest) is not None
    style = _opt_style(lab.value)
    short = lab.value.replace("(", "").replace(")", "")
    ident = short if short.startswith("Alt") else f"Opt.{short or '?'}"
    prev = st.items[-1] if st.items else None
    parent: int | None
    base: str | None = None
    if prev is not None and prev.kind is K.OPTION and not prev.header:
        parent, base = prev.parent, prev.base  # a run of inline options
    elif prev is not None and prev.kind is not K.OPTION and starts_option(prev.text):
        parent = len(st.items) - 1  # "16. Option 1: …" then "Option 2: …"
        base = prev.label
    elif st.top is not None and starts_option(st.items[st.top].text):
        top = st.items[st.top]  # "1. Option 1: …", its sub-paragraphs, then "Option 2: …"
        parent, base = (top.parent, top.base) if top.kind is K.OPTION else (st.top, top.label)
    else:
        while st.option is not None and st.items[st.option].style == style:
            base = st.items[st.option].base  # the next option of the same run
            st.option = st.items[st.option].parent
            if st.option is not None and st.items[st.option].kind is not K.OPTION:
                st.option = None
        parent = scope_parent(st)
    if base is None:
        base = _option_base(st, parent, header)
    label = f"{base} {ident}" if base else ident
    full = raw.text if not raw.margin else text
    idx = add(
        st,
        Item(
            label,
            K.OPTION,
            full,
            lab.printed,
            parent,
            lab.value,
            style=style,
            header=header,
            base=base,
            raw=raw,
        ),
    )
    if header:
        st.option, st.top, st.letter, st.roman = idx, None, None, None


def numbered_option(
    st: State, raw: RawParagraph, number: str, label: str, text: str, parent: int | None
) -> bool:
    """``16. Option 1: …`` then ``Option 2: …``: a numbered paragraph printed as its options
    is ``OP16 Opt.1``, ``OP16 Opt.2`` (as a preambular one is ``PP12 Opt.1``); an option that
    only heads a run of paragraphs (``34. [Option 1:``) is left to the number."""
    lab = parse_label(text)
    # "4. [Alt. AGN] Urges …" names who proposes the wording (a proposal label), not an option
    if lab is None or lab.kind is not LabelKind.OPTION or lab.value.startswith("Alt"):
        return False
    rest = lab.rest.strip()
    if not rest or _OPTION_HEADER_REST.match(rest) is not None:
        return False
    short = lab.value.replace("(", "").replace(")", "")
    ident = short if short.startswith("Alt") else f"Opt.{short or '?'}"
    item = Item(
        f"{label} {ident}",
        K.OPTION,
        text,
        number,
        parent,
        lab.value,
        style=_opt_style(lab.value),
        base=label,
        raw=raw,
    )
    st.top, st.letter, st.roman = add(st, item), None, None
    return True


def _option_base(st: State, parent: int | None, header: bool) -> str:
    """What a new run of options is options of: the paragraph, article or section above it."""
    if header:
        st.preamble = False  # "Option I" heading a run of operative paragraphs
    elif st.preamble and st.container is None and st.option is None:
        st.pp += 1  # options standing for one preambular paragraph: PP12 Opt.1, PP12 Opt.2
        return scoped(st, f"PP{st.pp}")
    top = st.items[st.top] if st.top is not None else None
    # options of the paragraph above when it leads into them ("…:", a title) or they are inline
    leads = top is not None and (
        not header or top.text.rstrip().endswith(":") or not top.text.rstrip().endswith(TITLE_END)
    )
    if (
        top is not None
        and st.top is not None
        and leads
        and (parent is None or st.top > parent)
        and not (header and top.kind is K.PREAMBULAR)
    ):
        return top.label
    if parent is not None:
        return st.items[parent].label
    for it in reversed(st.items):
        if it.kind is K.HEADING and it.number:
            return it.label.rstrip(".")  # section II: "II Opt.1"
        if it.kind is K.HEADING:
            break
    return st.scope


def starts_option(text: str) -> bool:
    lab = parse_label(text)
    return lab is not None and lab.kind is LabelKind.OPTION
