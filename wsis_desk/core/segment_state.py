"""The segmenter's working state, and the label rules applied across it.

``State`` is what segmentation knows at a paragraph: the article, option and paragraph it is in,
the preamble, the annex or decision whose numbering the labels follow. The rules here name
labels by scope (``Annex II OP8``, ``7/CMA.3 OP2``), keep a paragraph inside an option plain
when its number is unique, and mark labels used twice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from wsis_desk.core.labels import LabelMatch
from wsis_desk.core.model import Diagnostic, ParagraphKind, Severity
from wsis_desk.core.paragraphs import RawParagraph

__all__ = [
    "TITLE_END",
    "Item",
    "State",
    "add",
    "article_paragraph",
    "compiles_decisions",
    "dedupe",
    "enter_scope",
    "plain_when_unique",
    "prefix",
    "scope_parent",
    "scope_restarted_preambles",
    "scoped",
]

K = ParagraphKind

TITLE_END = (".", ";", ",", ":", "]")


# "I Opt.2/OP6": a paragraph named by the option it is in (the last "Opt.…/" of the label;
# a decision's "7/CMA.3" is not an option)
_IN_OPTION = re.compile(r"^(?P<option>.*(?:Opt\.|Alt)[^/\s]*)/(?P<own>[^/]+)$")


# Headings that open an instrument of their own, whose PP/OP numbering starts again at 1.
_ANNEX_SCOPE = re.compile(
    r"^(?P<name>(?:Annex|ANNEX|Appendix|APPENDIX|Annexe|ANNEXE|Anexo|ANEXO)(?:\s+[IVXLC]{1,6}\b|\s+\d{1,2}\b)?)"
    r"(?=$|\s|[.:])"
)


_DECISION_SCOPE = re.compile(
    r"^(?:Draft\s+)?[Dd]ecision\s+(?P<name>(?:-|\d{1,3})/(?:CP|CMA|CMP|COP|MOP)\.\d{1,2})\b"
)


@dataclass
class Item:
    label: str
    kind: ParagraphKind
    text: str
    number: str | None = None
    parent: int | None = None
    value: str = ""
    level: int = 0  # 0 top, 1 letter, 2 roman
    style: str = ""  # option id style
    base: str = ""  # for options: the label they are options of ("Art. 3", "OP6", "PP12")
    scope: str = ""  # the annex or decision it is in (labels name it)
    header: bool = False  # option header opening a scope
    worded: bool = False  # "34. [Option 1:" alone: an option worded by the paragraphs under it
    # the paragraphs an option header says it stands for, "(paragraphs 3-3quater)": from, to
    covers: tuple[tuple[int, int], tuple[int, int]] | None = None
    raw: RawParagraph = field(default_factory=lambda: RawParagraph(""))


@dataclass
class State:
    items: list[Item] = field(default_factory=list)
    diags: list[Diagnostic] = field(default_factory=list)
    container: int | None = None  # current article
    option: int | None = None  # current option scope (header)
    top: int | None = None  # last top-level PP/OP
    letter: int | None = None
    roman: int | None = None
    pp: int = 0
    last_op: str = "OP0"
    unnumbered: int = 0
    last_num: dict[tuple[int | None, int | None], int] = field(default_factory=dict)
    preamble: bool = False  # between a chapeau and the first operative paragraph
    scope: str = ""  # the annex or decision whose numbering the labels follow ("Annex II")
    decisions_scoped: bool = False  # several decisions compiled: each names its labels
    lead: int | None = None  # an inline option titling the markdown list under it
    # a set of options for "(paragraphs 110-113)": its first paragraph, and the label naming it
    cover_base: tuple[tuple[int, int], str] | None = None
    # a section number printed alone before the items of the paragraph above ("V." / "(a)")
    deferred: tuple[LabelMatch, RawParagraph] | None = None

    def diag(self, sev: Severity, code: str, msg: str, offset: int | None = None) -> None:
        self.diags.append(Diagnostic(sev, code, msg, len(self.items), offset))


def add(st: State, item: Item) -> int:
    item.scope = st.scope
    st.items.append(item)
    return len(st.items) - 1


def scope_parent(st: State) -> int | None:
    return st.option if st.option is not None else st.container


def prefix(st: State) -> str:
    if st.option is not None:
        return st.items[st.option].label + "/"
    return ""


def scoped(st: State, label: str) -> str:
    """A PP/OP label inside an annex or a compiled decision names it: ``Annex II OP8``."""
    return f"{st.scope} {label}" if st.scope else label


def article_paragraph(st: State, value: str) -> str | None:
    """``3.3ter`` printed inside Article 3 is the article's paragraph ``3ter`` (``Art. 3.3ter``),
    wherever it stands (in an option, indented): its own number, or None for other numbers."""
    if st.container is None or "." not in value:
        return None
    head, _, own = value.partition(".")
    if head != st.items[st.container].value or not own or "." in own:
        return None
    return own


def compiles_decisions(texts: list[str]) -> bool:
    """Whether a document compiles several decisions (each then names its labels)."""
    return sum(_DECISION_SCOPE.match(t) is not None for t in texts) >= 2


def enter_scope(st: State, text: str) -> None:
    """An annex or a decision heading: numbering starts again and labels name the scope."""
    annex = _ANNEX_SCOPE.match(text)
    decision = _DECISION_SCOPE.match(text) if st.decisions_scoped else None
    if annex is None and decision is None:
        return
    st.scope = annex.group("name") if annex is not None else decision.group("name")  # type: ignore[union-attr]
    st.pp, st.last_op, st.unnumbered, st.preamble = 0, "OP0", 0, False
    st.last_num = {}


def plain_when_unique(st: State) -> None:
    """A paragraph inside an option keeps its plain label when its number is unique.

    ``OP19bis`` is what the room says when only one option has a paragraph 19 bis; the option
    is named (``I Opt.2/OP6``) only where options restart their numbering and the plain label
    would be ambiguous.
    """
    plain: list[str | None] = []
    for it in st.items:
        named = it.kind in (K.PREAMBULAR, K.OPERATIVE) or _is_alt(it)
        m = _IN_OPTION.match(it.label) if named else None
        if m is None:
            plain.append(None)
            continue
        own = m.group("own")
        if it.scope and not own.startswith(("Art.", it.scope)):
            own = f"{it.scope} {own}"
        plain.append(own)
    counts = Counter(
        p if p is not None else it.label for p, it in zip(plain, st.items, strict=True)
    )
    renamed: dict[str, str] = {}
    for p, it in zip(plain, st.items, strict=True):
        if p is None and it.kind is K.OPTION and it.base in renamed:
            # the options of a paragraph named plain follow it: "Art. 11.2 Opt.1", never
            # "Art. 11 Opt.I/Art. 11.2 Opt.1"
            new = renamed[it.base] + it.label[len(it.base) :]
            renamed[it.label], it.label, it.base = new, new, renamed[it.base]
            continue
        if p is None or counts[p] != 1:
            continue
        up = st.items[it.parent] if it.parent is not None and not _is_alt(it) else None
        if up is not None and up.kind in (K.PREAMBULAR, K.OPERATIVE) and _IN_OPTION.match(up.label):
            continue  # OP1(a) of an option's OP1 that stays named by its option (an Alt is not)
        renamed[it.label] = p
        it.label = p


_PP = re.compile(r"^(?:\S+ )?PP\d+[a-z]*$")


def scope_restarted_preambles(st: State) -> None:
    """A preamble that starts again under a section is named by it: ``IV PP1``, ``B PP1``.

    The co-chairs' non-paper of 5 Oct 2015 prints the draft agreement (section A) and the draft
    decision (section B) each with its own preamble, and the decision's section IV (workstream
    2) with a third; the room says "PP1 of section IV", never ``PP1#3``.
    """
    first: dict[str, int] = {}
    section: tuple[int, str] | None = None
    active: str | None = None  # the section whose restarted preamble this is
    renamed: dict[int, tuple[str, str]] = {}
    for i, it in enumerate(st.items):
        up = renamed.get(it.parent) if it.parent is not None else None
        if up is not None and it.label.startswith(up[0]):
            it.label = up[1] + it.label[len(up[0]) :]  # PP1(a) and PP2 Opt.a follow their PP
            renamed[i] = up
            continue
        if it.kind is K.HEADING or (it.kind is K.OPERATIVE and not it.level):
            active = None  # the restarted preamble ends
            if it.kind is K.HEADING and it.number:
                section = (i, it.label.rstrip("."))
            continue
        if it.kind is not K.PREAMBULAR or it.level or not _PP.match(it.label):
            continue
        at = first.setdefault(it.label, i)
        if active is None and at != i and section is not None and section[0] > at:
            active = section[1]
        if active is not None:
            new = f"{active} {it.label}"
            if new not in first:
                renamed[i] = (it.label, new)
                first[new] = i
                it.label = new


def _is_alt(it: Item) -> bool:
    """``3.3bis Alt`` inside an option: the alternative of a paragraph, named like it."""
    return it.kind is K.OPTION and it.label.endswith(" Alt") and it.number is not None


def dedupe(st: State) -> None:
    seen: dict[str, int] = {}
    for i, it in enumerate(st.items):
        if it.kind in (K.OTHER, K.NOTE, K.HEADING):
            continue
        count = seen.get(it.label, 0) + 1
        seen[it.label] = count
        if count > 1:
            st.diags.append(
                Diagnostic(
                    Severity.INFO,
                    "duplicate_label",
                    f"label {it.label} used again; renamed {it.label}#{count}",
                    i,
                )
            )
            it.label = f"{it.label}#{count}"
