"""Options and alternatives: named by what they are options of (``Art. 3 Opt.2``, ``PP12 Opt.1``).

An option either opens a scope (``Option 1`` alone, or ``Option 3: {No text required}``) whose
paragraphs follow it, or stands inline for a paragraph's wording; a run of options of the same
style shares one base label, the paragraph, article or section they belong to, and an option
follows the one numbered one less whatever stands between them (``Option 2`` after the list
under ``Option 1``). Sets of a scope whose names clash are renamed in ``option_sets``.

Over ~400 lines because where an option opens, what it is an option of and where its scope ends
are read from the same segmenter state in one pass, and each rule cites the real layout it was
written for; renaming sets after the pass lives in ``option_sets``.
"""

from __future__ import annotations

import re

from wsis_desk.core.labels import (
    LabelKind,
    LabelMatch,
    letter_index,
    number_order,
    parse_label,
    roman_value,
)
from wsis_desk.core.model import ParagraphKind, Severity
from wsis_desk.core.paragraphs import RawParagraph
from wsis_desk.core.segment_state import TITLE_END, Item, State, add, scope_parent, scoped
from wsis_desk.core.segment_tables import caption_base

__all__ = [
    "END_OPTIONS",
    "continue_option",
    "drop_stray_margins",
    "leave_paragraph_options",
    "numbered_option",
    "option",
    "option_order",
    "starts_option",
    "worded_by_paragraphs",
]

K = ParagraphKind

END_OPTIONS = re.compile(r"end\s+of\s+option", re.IGNORECASE)  # "{End of options}"
_OPTION_HEADER_REST = re.compile(r"^(?:[{(].*[})]\s*[:.]?|[^.;]{0,80}:)$")
_CHAPEAU = re.compile(r"\(chapeau\)", re.IGNORECASE)
# "Option I: [Loss and damage]", "Option III: 5 [Loss and damage]" (a footnote mark), "Option II
# (proposed as a separate chapter …): [Article X: Loss and damage]": a title, not a wording
_TITLE_IN_BRACKETS = re.compile(
    r"^(?:\([^)]{0,120}\)\s*:\s*)?\d{0,2}\s*\[(?!No\b)[A-Z][^\[\].;]{0,60}\]$"
)


_PAREN_LETTER = re.compile(r"^\(?([a-z])\)")
_SUB_PART = re.compile(r"^\(?[a-z]\)\([ivx]+\)$")


def _opt_style(value: str) -> str:
    v = value.replace("Alt", "")
    if not v:
        return "alt"
    if v.startswith("("):
        return "paren"
    if v[0].isdigit() or set(v) <= set("IVX"):
        return "num"
    return "upper" if v[0].isupper() else "lower"


def option(
    st: State, raw: RawParagraph, lab: LabelMatch, text: str, *, numbered_next: bool = False
) -> None:
    rest = text.strip()
    header = not rest or _OPTION_HEADER_REST.match(rest) is not None
    if numbered_next and _TITLE_IN_BRACKETS.match(rest):
        header = True  # "Option I: [Loss and damage]" over "31 quater. …": it heads them
    style = _opt_style(lab.value)
    # "(b)" -> "b", "(b)(ii)" -> "b(ii)": the roman of an option's sub-part keeps its brackets
    short = _PAREN_LETTER.sub(r"\1", lab.value)
    if not _SUB_PART.match(lab.value):
        short = short.replace("(", "").replace(")", "")
    ident = short if short.startswith("Alt") else f"Opt.{short or '?'}"
    ident += " Alt" if lab.alt else ""  # "Option 1 Alt: (paragraphs 134-134quater)"
    if _CHAPEAU.match(rest):
        # "Option 1: (chapeau): In order to …:" … "Option 4: (chapeau): …", then the options
        # of the body "Option 1: …" … "Option 4: …" (the Geneva text, section L)
        ident += " chapeau"
    prev = st.items[-1] if st.items else None
    lead = st.items[st.lead] if st.lead is not None else None
    st.lead = None
    parent: int | None
    base: str | None = None
    order = option_order(lab.value, style)
    roman = _roman(short)
    chapeau = ident.endswith(" chapeau")
    before = None
    if order is not None and order > 1:
        before = _option_before(st, style, order, roman, chapeau)
    inserted = _inserted_order(lab.value, style)
    if inserted is not None:  # "Option 2 bis." follows option 2 (or 2bis after it: no run)
        before = _option_before(st, style, inserted + 1, roman, chapeau)
    # "Option (a)" right after a run of inline options "(a)" "(b)": a new run, of the next
    # paragraph (the Geneva preamble prints two such sets in a row, each a paragraph of its own)
    restarts = (
        order == 1
        and prev is not None
        and prev.kind is K.OPTION
        and prev.style == style
        and option_order(prev.value, style) is not None
    )
    if before is not None:
        # "Option 2" after "Option 1" of the same paragraph, whatever stands between them (a
        # paragraph of text, the list under option 1, options of its items): one run
        parent, base = st.items[before].parent, st.items[before].base
        while st.option is not None and st.option >= before:  # option 1's scope closes
            up = st.items[st.option].parent
            st.option = up if up is not None and st.items[up].kind is K.OPTION else None
    elif prev is not None and prev.kind is K.OPTION and not prev.header and prev.style != style:
        if _leads_in(prev.text):
            # "Option 1: … be guided by:" then "Option (a):": options of option 1's wording
            parent, base = len(st.items) - 1, prev.label
        else:
            parent, base = prev.parent, prev.base
    elif prev is not None and prev.kind is K.OPTION and not prev.header and not restarts:
        parent, base = prev.parent, prev.base  # a run of inline options
    elif lead is not None and lead.style == style:
        parent, base = lead.parent, lead.base  # the next option after the list under one
    elif prev is not None and prev.kind is not K.OPTION and starts_option(prev.text):
        parent = len(st.items) - 1  # "16. Option 1: …" then "Option 2: …"
        base = prev.label
    elif order == 1 and prev is not None and _titles_options(prev):
        # "Time frame and steps:" (a note on the structure) then "Option 1: Move provisions …"
        parent, base = len(st.items) - 1, prev.label
    elif order == 1 and st.letter == len(st.items) - 1 and _leads_into(st, st.letter):
        # "b. Regarding Parties:" then "Option (a): All Parties;": the options of that item
        parent, base = st.letter, st.items[st.letter].label
    elif st.top is not None and starts_option(st.items[st.top].text):
        top = st.items[st.top]  # "1. Option 1: …", its sub-paragraphs, then "Option 2: …"
        parent, base = (top.parent, top.base) if top.kind is K.OPTION else (st.top, top.label)
    else:
        while st.option is not None and st.items[st.option].style == style:
            # the next option of the same run; an "Option 1" right under a paragraph opens a
            # set of that paragraph's ("2. … is to:" / "Option 1:" inside "Option I:")
            own = order == 1 and st.top is not None and st.top == len(st.items) - 1
            base = None if own else st.items[st.option].base
            st.option = st.items[st.option].parent
            if st.option is not None and st.items[st.option].kind is not K.OPTION:
                st.option = None
        parent = scope_parent(st)
    covers = _covers(rest) if header else None
    cover = st.cover_base if covers is not None and st.container is None else None
    if cover is not None and covers is not None and cover[0] == covers[0] and short not in _FIRST:
        base = cover[1]  # "Option 2: (paragraphs 110 and 111)" of the set "OP110 Opt.1" opened
    elif covers is not None and covers[0] == covers[1]:
        base = _named_base(st, rest)  # "Option 2: (paragraph 7)": an option of paragraph 7
    elif base is None:
        base = _option_base(st, parent, header)
    if covers is not None and st.container is None and short in _FIRST and _of_paragraph(base):
        # "Option 1: (paragraphs 110-113)" after paragraph 109 (or under an unnumbered title)
        # opens a set of options for the paragraphs from 110 on: "OP110 Opt.1", never
        # "OP109 Opt.1" nor "Opt.1#2"; a section's own set stays "I Opt.I"
        base = _named_base(st, rest)
        st.cover_base = (covers[0], base)
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
            covers=covers,
            raw=raw,
        ),
    )
    if header:
        st.option, st.top, st.letter, st.roman = idx, None, None, None
    elif before is not None and before == st.top:
        st.top, st.letter, st.roman = idx, None, None  # "50. Option 1: … by:" (a) … "Option 2"
    elif not raw.nested and _leads_in(rest):
        # "Option 3: … be guided by:" over "a." "b." …: its own list, whatever stood before it
        st.top, st.letter, st.roman = idx, None, None
    elif raw.nested and _introduces(rest):
        st.lead = idx  # "**Option 1:** *communication to 5 year time period*" over "1. …"


def option_order(value: str, style: str) -> int | None:
    """Where an option stands in its run: ``2`` and ``II`` -> 2, ``B``, ``(b)`` -> 2."""
    v = value.replace("(", "").replace(")", "").strip()
    if style == "num":
        return int(v) if v.isdigit() else (roman_value(v) or None)
    if style in ("upper", "lower", "paren") and len(v) == 1 and v.isascii():
        return letter_index(v) or None
    return None


def _inserted_order(value: str, style: str) -> int | None:
    """The option an inserted one follows: ``2bis`` -> 2, ``(a)bis`` -> 1; None otherwise."""
    m = re.fullmatch(r"\(?(\w+?)\)?\s?(bis|ter|quater|quinquies)", value)
    return option_order(m.group(1), style) if m else None


def _option_before(
    st: State, style: str, order: int, roman: bool, chapeau: bool = False
) -> int | None:
    """The option this one follows in its run (``Option 1`` for ``Option 2``, ``I`` for ``2``):
    the last one of the same style numbered one less, before a heading, an article, a
    paragraph outside any option or an ``{End of options}`` closes the run. The options of a
    chapeau ("Option 1 (chapeau):") are a run apart: "Option 2:" of a later paragraph never
    follows one (the Geneva text's paragraph 73 after paragraph 71's chapeau options)."""
    for i in range(len(st.items) - 1, -1, -1):
        it = st.items[i]
        if it.kind in (K.ARTICLE, K.HEADING):
            return None
        if it.kind is K.NOTE and END_OPTIONS.search(it.text):
            return None
        same = it.kind is K.OPTION and it.style == style and _roman(it.value) == roman
        same = same and it.label.endswith(" chapeau") == chapeau
        if same and option_order(it.value, style) == order - 1:
            return i  # "Option II" follows "Option I", never an "Option 1" between them
        if it.kind in (K.OPERATIVE, K.PREAMBULAR) and it.level == 0 and "." not in it.value:
            # a paragraph outside any option ends the run; a decimal "26.3" does not (option 1
            # of paragraph 26 holds 26.1 … 26.6, then "Option 2:" follows it)
            up = st.items[it.parent] if it.parent is not None else None
            if up is None or up.kind is not K.OPTION:
                return None
    return None


def _roman(value: str) -> bool:
    return bool(value) and set(value) <= set("IVX")


# "Option 2: (paragraphs 3-3quater)", "(paragraph 7)", "(paragraphs 7 and 7bis)", "(paragraphs
# 1 to 7)": the paragraphs an option stands for
_PARAGRAPHS = re.compile(
    r"^\(paragraphs?\s+(?P<a>\d{1,3}\s?[a-z]{0,9})(?:\s*(?:-|–|to|and)\s*(?P<b>\d{1,3}\s?[a-z]{0,9}))?\)"
)


def _covers(rest: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    m = _PARAGRAPHS.match(rest)
    if m is None:
        return None
    a = number_order(m.group("a"))
    b = number_order(m.group("b") or m.group("a"))
    return (a, b) if a is not None and b is not None and a <= b else None


def drop_stray_margins(st: State, raws: list[RawParagraph]) -> None:
    """``(n)`` / ``Option 2: (paragraphs 7 and 7bis)``: a letter of the column of the list
    above, come apart from it (Paris v1 PDF text Art. 3.7). An option standing for whole
    paragraphs is no item of a list: it is the option, the letter beside it dropped."""
    for r in raws:
        if not r.margin or r.number:
            continue
        lab = parse_label(r.text)
        if lab is not None and lab.kind is LabelKind.OPTION and _covers(lab.rest.strip()):
            st.diag(
                Severity.INFO,
                "stray_label",
                f"label {r.margin} printed beside an option for paragraphs: {r.text[:40]!r}",
            )
            r.margin = None


_FIRST = ("1", "I", "A", "a")
_OP_BASE = re.compile(r"(?:^|\s)OP\d")


def _of_paragraph(base: str) -> bool:
    """Whether options were to be named by a paragraph (or by nothing), not by a section."""
    return not base or _OP_BASE.search(base) is not None


def _named_base(st: State, rest: str) -> str:
    """The label of the (first) paragraph an option names: ``Art. 9.7``, ``OP107``."""
    m = _PARAGRAPHS.match(rest)
    number = (m.group("a") if m else rest[1:].split(")")[0].split()[-1]).replace(" ", "")
    if st.container is not None:
        return f"{st.items[st.container].label}.{number}"
    return scoped(st, f"OP{number}")


def numbered_option(
    st: State,
    raw: RawParagraph,
    number: str,
    label: str,
    text: str,
    parent: int | None,
    *,
    worded: bool = False,
) -> bool:
    """``16. Option 1: …`` then ``Option 2: …``: a numbered paragraph printed as its options
    is ``OP16 Opt.1``, ``OP16 Opt.2`` (as a preambular one is ``PP12 Opt.1``). An option that
    opens alone on the number's line (``34. [Option 1:``) and is ``worded`` by the unnumbered
    paragraphs under it opens their scope (``OP34 Opt.1+1``, ``OP34 Opt.1+2`` …)."""
    lab = parse_label(text)
    # "4. [Alt. AGN] Urges …" names who proposes the wording (a proposal label), not an option
    if lab is None or lab.kind is not LabelKind.OPTION or lab.value.startswith("Alt"):
        return False
    rest = lab.rest.strip()
    style = _opt_style(lab.value)
    header = not rest.strip("[]")
    if header and (not worded or option_order(lab.value, style) != 1):
        return False
    if not header and _OPTION_HEADER_REST.match(rest) is not None:
        return False  # "34. Option 1: (paragraphs 34-36)": a set of options, not this layout
    short = lab.value.replace("(", "").replace(")", "")
    ident = short if short.startswith("Alt") else f"Opt.{short or '?'}"
    ident += " chapeau" if _CHAPEAU.match(rest) else ""
    item = Item(
        f"{label} {ident}",
        K.OPTION,
        text,
        number,
        parent,
        lab.value,
        style=style,
        header=header,
        base=label,
        worded=header,
        raw=raw,
    )
    idx = add(st, item)
    st.top, st.letter, st.roman = idx, None, None
    if header:
        st.option, st.top = idx, None
    return True


def worded_by_paragraphs(st: State) -> Item | None:
    """The option an unnumbered paragraph words, when that option opened alone on its
    paragraph's number line (``34. [Option 1:``): the paragraph is part of it, ``OP34 Opt.1+1``."""
    if st.option is None:
        return None
    opt = st.items[st.option]
    return opt if opt.worded else None


def _option_base(st: State, parent: int | None, header: bool) -> str:
    """What a new run of options is options of: the paragraph, article or section above it."""
    if header:
        st.preamble = False  # "Option I" heading a run of operative paragraphs
    elif st.preamble and st.container is None:
        # options standing for one preambular paragraph: PP12 Opt.1, PP12 Opt.2 (also in a
        # preamble that is itself an option: the Geneva text's "Option 2:" of section A)
        st.pp += 1
        return scoped(st, f"PP{st.pp}")
    # options right under a sub-item that introduces them: "8. Timing" / "(1) First
    # communication" / "Option 1: …" are options of 8(1), not of 8
    last = len(st.items) - 1
    if st.letter == last and st.top is not None and _introduces(st.items[last].text):
        return st.items[last].label
    top = st.items[st.top] if st.top is not None else None
    # options of the paragraph above when it leads into them ("…:", a title) or they are inline
    leads = top is not None and (
        not header
        or top.text.rstrip().rstrip("]").endswith(":")  # "… shall consist of [two …] [:]"
        or not top.text.rstrip().endswith(TITLE_END)
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
    table = caption_base(st)
    if table is not None:
        return table  # among the cells of "Table 3 (continued)", printed one a line
    for it in reversed(st.items):
        if it.kind is K.HEADING and it.number:
            return it.label.rstrip(".")  # section II: "II Opt.1"
        if it.kind is K.HEADING:
            break
    return st.scope


def continue_option(st: State, text: str) -> None:
    """An unlabelled paragraph leading into a list right after an option's wording is the
    option's second paragraph ("Option 4: The Financial Mechanism … entity." / "The GCF shall
    be strengthened, as follows:" / "a. …", the Geneva text paragraph 38): the list is the
    option's, not that of the option before that led into one."""
    prev = st.items[-1] if st.items else None
    if prev is not None and prev.kind is K.OPTION and not prev.header and _leads_in(text):
        st.top, st.letter, st.roman = len(st.items) - 1, None, None


def _titles_options(it: Item) -> bool:
    """A note or an unlabelled title that leads into options (``Time frame and steps:``)."""
    short = it.kind is K.NOTE or (it.kind is K.OTHER and len(it.text.strip()) <= 60)
    return short and it.kind in (K.NOTE, K.OTHER) and _leads_in(it.text)


def _leads_into(st: State, item: int) -> bool:
    """Whether a sub-item of a paragraph leads into what follows (``b. Regarding Parties:``, or
    ``c.`` printed as its options, with no text of its own)."""
    text = st.items[item].text
    return st.items[item].parent is not None and (not text.strip() or _leads_in(text))


def _leads_in(text: str) -> bool:
    """A wording that leads into a list or options: ``… shall be guided by:``, ``… to:]``."""
    return text.rstrip().rstrip("]").rstrip().endswith(":")


def _introduces(text: str) -> bool:
    """A title or a lead-in (``First communication``, ``… shall:``) that options may follow."""
    t = text.rstrip()
    return bool(t) and (t.endswith(":") or (not t.endswith(TITLE_END) and len(t) <= 90))


def starts_option(text: str) -> bool:
    lab = parse_label(text)
    return lab is not None and lab.kind is LabelKind.OPTION


def leave_paragraph_options(st: State, value: str) -> None:
    """``4.`` after the options of paragraph 3 is the next paragraph, not a part of option 4:
    the options' scope closes (``Art. 3.4``, never ``Art. 3.3 Opt.4/Art. 3.4``), unless the
    option numbers paragraphs of its own and this one continues them."""
    order = number_order(value)
    while st.option is not None:
        opt = st.items[st.option]
        if opt.worded:  # "34. [Option 1:" is worded by unnumbered paragraphs: 35. is not one
            up = opt.parent
            st.option = up if up is not None and st.items[up].kind is K.OPTION else None
            continue
        if opt.style == "paren" and opt.header and opt.covers is None:
            # "Option (a):" over items "a." "b." …: a numbered paragraph ("76.1 …") is no item
            # of it (the Geneva text, paragraph 76, option 2), nor of the wording it is in
            up = opt.parent
            st.option = up if up is not None and st.items[up].header else None
            continue
        if opt.covers is not None:  # "Option 2: (paragraphs 3-3quater)" ends after 3quater
            if order is None or opt.covers[0] <= order <= opt.covers[1]:
                return
            up = opt.parent
            st.option = up if up is not None and st.items[up].kind is K.OPTION else None
            continue
        if not value.isdigit():
            return
        n = int(value)
        b = _paragraph_named(st, opt.base, before=st.option)
        own = st.last_num.get((st.container, st.option))
        if b is None and own == n - 1 and opt.base == scoped(st, f"OP{own}"):
            # "23. [Option 1: …" … "Option 6:" / "23. [No provisions …]" / "24.": the options
            # of a paragraph printed as its options (no item OP23) end at the next number
            up = opt.parent
            st.option = up if up is not None and st.items[up].kind is K.OPTION else None
            continue
        if b is None or not st.items[b].value.isdigit() or n != int(st.items[b].value) + 1:
            return
        first = st.items[b + 1]  # the options must follow their paragraph ("3." + "Option 1:")
        if first.kind is not K.OPTION or first.base != opt.base:
            return
        if _roman(first.value) != _roman(opt.value):
            return  # "Option I:" after "45. Option 1: …" heads a run of its own
        last = st.last_num.get((st.container, st.option))
        if last is not None and n == last + 1:
            return
        up = opt.parent
        st.option = up if up is not None and st.items[up].kind is K.OPTION else None


def _paragraph_named(st: State, label: str, *, before: int) -> int | None:
    """The numbered paragraph labelled ``label`` that options standing before ``before`` are of."""
    for i in range(before - 1, -1, -1):
        it = st.items[i]
        if it.label == label and it.kind in (K.OPERATIVE, K.PREAMBULAR) and it.level == 0:
            return i
        if it.kind in (K.ARTICLE, K.HEADING):
            return None
    return None
