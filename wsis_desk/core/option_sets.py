"""Several sets of options under one scope: each set named by the first paragraph it holds.

A section may print one set of options after another (the Art. 6.2 draft of 14 Nov 2024,
section IX: "{Flagging inconsistencies}" / ``Option 1`` / ``105. …`` / ``Option 2`` /
``107. …``, then "{Notations …}" / ``Option 1`` / ``109. …``); named by the section, every set
would be ``IX Opt.1`` again (``IX Opt.1#5``). Where the names of a scope's sets clash, each set
is named by the first numbered paragraph it holds (``OP105 Opt.1``, ``OP105 Opt.2``): the room
says "option 2 of paragraph 105". So is a set named by nothing (a bare ``Opt.1``). A scope with
one named set, and a set that holds no numbered paragraph, keep their names.
"""

from __future__ import annotations

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment_options import option_order
from wsis_desk.core.segment_state import State

__all__ = ["name_sets_by_paragraph"]

K = ParagraphKind


def name_sets_by_paragraph(st: State) -> None:
    """Rename the option sets of a scope whose names clash by the paragraphs they hold."""
    children: dict[int, list[int]] = {}
    for j, it in enumerate(st.items):
        if it.parent is not None and it.parent < j:  # a parent stands before its items
            children.setdefault(it.parent, []).append(j)
    for sets in _sets(st):
        names = [st.items[i].label for one in sets for i in one]
        # a set named by nothing ("Opt.1" outside any section, paragraph or article) is a
        # global counter, never what the room says: it is named by its paragraph too
        unnamed = not any(st.items[i].base for one in sets for i in one)
        if not unnamed and (len(sets) < 2 or len(set(names)) == len(names)):
            continue
        for n, one in enumerate(sets):
            end = sets[n + 1][0] if n + 1 < len(sets) else len(st.items)
            first = _first_paragraph(st, one, children)
            if first is None:
                continue
            for i in one:
                it = st.items[i]
                ident = it.label[len(it.base) :].strip() if it.base else it.label
                old, base = it.label, it.base
                _rename(st, i, f"{first} {ident}", first, children)
                for k in range(i + 1, end):
                    # "Option 1 Alt: (paragraphs 134-134quater)" beside "Option 1"
                    alt = st.items[k]
                    if alt.label == f"{old} Alt" and alt.base == base and alt.parent == it.parent:
                        _rename(st, k, f"{first} {ident} Alt", first, children)


def _sets(st: State) -> list[list[list[int]]]:
    """The runs of options of each scope (same parent, same base), in order: a set starts
    again at ``Option 1`` (or at any number not after the last)."""
    groups: dict[tuple[int | None, str], list[list[int]]] = {}
    last: dict[tuple[int | None, str], int] = {}
    for i, it in enumerate(st.items):
        if it.kind is not K.OPTION or it.label.endswith(" Alt"):
            continue  # "Option 1 Alt" stands beside option 1: no new set
        order = option_order(it.value, it.style)
        if order is None:
            continue
        key = (it.parent, it.base)
        if key not in groups or order <= last[key]:
            groups.setdefault(key, []).append([])
        groups[key][-1].append(i)
        last[key] = order
    return list(groups.values())


def _first_paragraph(st: State, one: list[int], children: dict[int, list[int]]) -> str | None:
    """The label of the first numbered paragraph the options of a set hold (``OP105``), in
    them or in options of theirs (``Option 1`` / ``Option A`` / ``46. …``: ``OP46 Opt.1``)."""
    for o in one:
        if not st.items[o].header:
            continue  # an inline option is a wording, it holds no paragraphs
        for j in _subtree(o, children):
            it = st.items[j]
            if it.kind in (K.OPERATIVE, K.PREAMBULAR) and it.level == 0 and it.number and it.value:
                own = it.label.rsplit("/", 1)[-1]
                if it.scope and not own.startswith(("Art.", it.scope)):
                    own = f"{it.scope} {own}"
                return own
    return None


def _rename(st: State, idx: int, label: str, base: str, children: dict[int, list[int]]) -> None:
    """Give an option a new name, and every label built on it (its paragraphs, its options)."""
    old = st.items[idx].label
    st.items[idx].label, st.items[idx].base = label, base
    for j in _subtree(idx, children):
        it = st.items[j]
        if it.label.startswith(old):
            it.label = label + it.label[len(old) :]
        if it.base.startswith(old):
            it.base = label + it.base[len(old) :]


def _subtree(idx: int, children: dict[int, list[int]]) -> list[int]:
    """The items under ``idx`` (children, their children …), in text order."""
    out: list[int] = []
    stack = list(children.get(idx, ()))
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(children.get(j, ()))
    return sorted(out)
