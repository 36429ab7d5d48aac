"""Sub-paragraphs: which paragraph, option or item a lettered, roman or numbered item
(``(a)``, ``(i)``, ``(1)``) stands under, and what it is labelled (``OP3(a)(ii)``,
``Art. 3.10 Opt.3(2)(1)``), whether nested by indentation, by a lead-in ending ":" or only by
the sequence of its letters. Called by ``segment`` for each item it classifies.
"""

from __future__ import annotations

import re

from wsis_desk.core.labels import (
    LabelKind,
    LabelMatch,
    letter_index,
    number_order,
    roman_value,
    split_item_suffix,
)
from wsis_desk.core.model import (
    ParagraphKind,
    Severity,
)
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_state import (
    Item,
    State,
    add,
    scope_parent,
)

K = ParagraphKind

__all__ = [
    "inserted_in_option",
    "inserted_lead",
    "latin_lower",
    "letter_or_roman",
    "lists_open",
    "sibling",
    "sub_item",
    "under_item",
    "under_lead",
]


def letter_or_roman(
    st: State,
    raw: RawParagraph,
    lab: LabelMatch,
    text: str,
    nxt: tuple[LabelMatch | None, str] | None,
) -> None:
    base, suffix = split_item_suffix(lab.value)
    if _inner_letters(st, base, suffix):
        sub_item(st, raw, lab, text, level=2)
        st.items[-1].style = "letters"  # a lettered list inside an item, which "b." continues
        return
    roman = lab.kind is LabelKind.ROMAN
    last_letter = split_item_suffix(st.items[st.letter].value)[0] if st.letter is not None else ""
    last_roman = split_item_suffix(st.items[st.roman].value)[0] if st.roman is not None else ""
    if suffix and base in (last_letter, last_roman):
        # "i bis." after "i.": inserted after that item, at its level ((ibis), not (i)(ibis))
        roman = base == last_roman and last_roman != last_letter
    elif roman and len(base) == 1:
        lval = letter_index(last_letter) if last_letter else 0
        if st.roman is not None and roman_value(re.sub(r"[^a-z]", "", last_roman)):
            roman = True
        elif lval and lval + 1 == letter_index(base):
            roman = False
        elif st.letter is not None:
            roman = True
        else:
            nlab = nxt[0] if nxt else None
            roman = base == "i" and nlab is not None and nlab.value.startswith("ii")
    if roman:
        sub_item(st, raw, lab, text, level=2)
    else:
        sub_item(st, raw, lab, text, level=1)


_LEADS_IN = re.compile(r"(?::|\bfollowing\s*;)\]?$")


def _inner_letters(st: State, base: str, suffix: str) -> bool:
    """``a.`` ``b.`` … lettered again under an item that leads into them ("e bis. … This
    mechanism shall be guided by the following;" then "a. Measurement …", the Geneva text
    paragraph 69, option 2): a list inside the item, ``(ebis)(a)``, not the list again."""
    last = len(st.items) - 1
    inner = st.items[st.roman] if st.roman is not None else None
    if inner is not None and inner.style == "letters" and inner.parent == st.letter:
        before = split_item_suffix(inner.value)[0]
        return (bool(suffix) and before == base) or letter_index(before) + 1 == letter_index(base)
    if base != "a" or suffix or st.letter is None or st.letter != last:
        return False
    return _LEADS_IN.search(st.items[last].text.rstrip()) is not None


def lists_open(st: State) -> bool:
    """Whether the option just opened leads into a list (``Option 1: Each Party shall:``), whose
    indented items ``1.`` ``2.`` … are its sub-items, not paragraphs of the article."""
    opt = st.items[st.option] if st.option is not None and st.top is None else None
    return opt is not None and opt.text.rstrip().endswith(":")


def sibling(st: State, raw: RawParagraph, value: str) -> bool:
    """`` 2.`` right after `` 1.`` at the same indentation is the next paragraph, not an item
    of it (Paris v2 Art. 11, whose paragraphs are indented by one space under an option)."""
    if st.top is None:
        return False
    top = st.items[st.top]
    return (
        top.kind is not K.OPTION  # "Option 2: … by:" over "1." "2." "3.": its items
        and top.raw.nested
        and raw.nested
        and top.raw.indent == raw.indent
        and top.value.isdigit()
        and value == str(int(top.value) + 1)
    )


_OWN_NUMBER = re.compile(r"(?:^|[.\sP])(\d{1,3})$")


def inserted_in_option(st: State, value: str) -> bool:
    """Whether ``7bis.`` (or ``(5bis)``) printed among the items of an option of paragraph 7
    is paragraph 7bis, inserted after it, leading a list of its own (Paris v2 Art. 9.7
    option 3: ``Art. 9.7bis``, ``Art. 9.7bis(1)``), not an item of the option's list."""
    order = number_order(value)
    if order is None or order[1] == 1:
        return False
    top = st.items[st.top] if st.top is not None else None
    opt = top if top is not None and top.kind is K.OPTION else None
    if opt is None and st.option is not None:
        opt = st.items[st.option]
    if opt is None or not opt.base:
        return False
    of = _OWN_NUMBER.search(opt.base)  # "Art. 9.7", "OP50": the paragraph's own number
    return of is not None and number_order(of.group(1)) == (order[0], 1)


def inserted_lead(st: State, text: str, nxt: tuple[LabelMatch | None, str] | None) -> str | None:
    """The number of an unnumbered lead-in inserted after the list of an option of paragraph
    7, leading a list of its own that starts again at 1 (Paris v1 Art. 3.7 option 2, "[Each
    developing country Party's NDMC … :" over ``1.`` … ``17.``, which the PDF of the same text
    numbers ``7bis.``): ``7bis``, or None for any other paragraph."""
    if st.option is None or st.top is not None or st.letter is None:
        return None
    if not text.rstrip().endswith(":") or st.items[st.letter].parent != st.option:
        return None
    nlab = nxt[0] if nxt else None
    if nlab is None or nlab.kind not in (LabelKind.NUMBER, LabelKind.LETTER):
        return None
    if nlab.value not in ("1", "a"):
        return None
    of = _OWN_NUMBER.search(st.items[st.option].base)  # "Art. 3.7": the option's paragraph
    return f"{of.group(1)}bis" if of is not None else None


def under_item(st: State, raw: RawParagraph, value: str) -> bool:
    """Whether ``1.`` ``2.`` … indented under an item ``2. … shall:`` of a numbered list are
    that item's list (Paris v1 Art. 3.10 option 3: ``Art. 3.10 Opt.3(2)(1)``)."""
    last = len(st.items) - 1
    if st.letter is None or not raw.nested or not value.isdigit():
        return False
    item = st.items[st.letter]
    if st.roman is not None:
        inner = st.items[st.roman]
        if st.roman != last or inner.parent != st.letter or not inner.value.isdigit():
            return False
        return raw.indent == inner.raw.indent and int(value) == int(inner.value) + 1
    if st.letter != last or not item.value.isdigit() or not item.raw.nested:
        return False
    return raw.indent > item.raw.indent and value == "1"


def under_lead(st: State, value: str) -> bool:
    """Whether ``1.`` ``2.`` … are the list an inline option titles (Paris v2 Art. 3.8(2),
    ``**Option 1:** *communication to 5 year time period*`` over ``1. Every 5 years …``)."""
    if st.lead is None:
        return False
    if st.letter is not None and st.items[st.letter].parent == st.lead:
        return True
    return value == "1"


def sub_item(
    st: State,
    raw: RawParagraph,
    lab: LabelMatch,
    text: str,
    level: int,
    parent: int | None = None,
) -> None:
    if parent is not None:
        pass  # the caller knows (the inline option whose list this is)
    elif level == 2:
        parent = st.letter if st.letter is not None else st.top
        if st.letter is None and st.roman is None:
            st.diag(
                Severity.WARNING,
                "orphan_subparagraph",
                f"({lab.value}) has no lettered paragraph above it",
            )
    elif (resumed := _resumed_item(st, lab.value)) is not None:
        parent = st.items[resumed].parent  # "(c)" after the options of "(b)": (b)'s sibling
        st.option = _enclosing_option(st, parent)
        st.top = parent if parent is not None and st.items[parent].level == 0 else None
    else:
        parent = st.top if st.top is not None or not (raw.nested and lists_open(st)) else st.option
    if parent is None:  # under the option or article it stands in, if any: an option's own
        parent = scope_parent(st)  # list (Option 2: … (a) … (b)) is no orphan
    if parent is None:
        st.diag(
            Severity.WARNING,
            "orphan_subparagraph",
            f"sub-paragraph {lab.printed} has no paragraph above it",
        )
    plabel = st.items[parent].label if parent is not None else ""
    pkind = st.items[parent].kind if parent is not None else K.OPERATIVE
    # the items of a paragraph that is no PP nor OP (a lead-in in a note) are of its kind
    kind = pkind if pkind in (K.PREAMBULAR, K.OPERATIVE, K.OTHER, K.NOTE) else K.OPERATIVE
    idx = add(
        st,
        Item(
            f"{plabel}({lab.value})",
            kind,
            text,
            lab.printed,
            parent,
            lab.value,
            level=level,
            raw=raw,
        ),
    )
    if level == 1:
        st.letter, st.roman = idx, None
    else:
        st.roman = idx


def _resumed_item(st: State, value: str) -> int | None:
    """The item ``(b)`` whose options a letter ``(c)`` follows: an option header of ``(b)``
    closed its list (Paris v1 Art. 3.8 ``(b) {Subsequent communications}`` / ``Option 2:
    {communication before …}`` / text / ``(c)``), so ``(c)`` continues the paragraph's."""
    if st.letter is not None:
        return None
    if st.top is not None and st.items[st.top].kind is not K.OPTION:
        return None  # an option that leads in ("Option (b): …:") has no list before its "a."
    want = letter_index(value) if value.isascii() and value.isalpha() else 0
    if want < 2:
        return None
    opt: int | None = st.top if st.top is not None else st.option
    if opt is None:  # "Option 2: …" inline after a header closed option 1's scope: the last
        for i in range(len(st.items) - 1, -1, -1):  # option, past text and notes after it
            if st.items[i].kind not in (K.OTHER, K.NOTE):
                opt = i
                break
    while opt is not None and st.items[opt].kind is K.OPTION:
        base = st.items[opt].base  # what the options are options of: "Art. 3.8(b)"
        for i in range(opt - 1, -1, -1):
            it = st.items[i]
            if it.label == base:
                if it.level == 1 and it.value.isalpha() and letter_index(it.value) == want - 1:
                    return i
                break
        opt = st.items[opt].parent
    return None


def _enclosing_option(st: State, i: int | None) -> int | None:
    """The option scope an item stands in (``Art. 3.7 Opt.2`` for its paragraph 7), or None."""
    while i is not None and st.items[i].kind is not K.OPTION:
        i = st.items[i].parent
    return i


def latin_lower(first: str) -> bool:
    """A lower-case letter of the Latin script (basic and extended)."""
    return first.islower() and first < "\u0250"
