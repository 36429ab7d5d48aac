"""Several sets of options under one scope: each set named by the first paragraph it holds.

A section may print one set of options after another (the Art. 6.2 draft of 14 Nov 2024,
section IX: "{Flagging inconsistencies}" / ``Option 1`` / ``105. …`` / ``Option 2`` /
``107. …``, then "{Notations …}" / ``Option 1`` / ``109. …``); named by the section, every set
would be ``IX Opt.1`` again (``IX Opt.1#5``). Where the names of a scope's sets clash, each set
is named by the first numbered paragraph it holds (``OP105 Opt.1``, ``OP105 Opt.2``): the room
says "option 2 of paragraph 105". So is a set named by nothing (a bare ``Opt.1``). A scope with
one named set, and a set that holds no numbered paragraph, keep their names. The other way
round, decimals of a paragraph printed again under each of its options are named by the option
(``OP50 Opt.2/OP50.1``).
"""

from __future__ import annotations

from wsis_desk.core.model import ParagraphKind
from wsis_desk.core.segment_options import option_order
from wsis_desk.core.segment_state import State

__all__ = ["name_decimals_by_option", "name_sets_by_paragraph"]

K = ParagraphKind


def name_sets_by_paragraph(st: State) -> None:
    """Rename the option sets of a scope whose names clash by the paragraphs they hold."""
    children = _children(st)
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


def name_decimals_by_option(st: State) -> None:
    """Decimals printed again under each option of their paragraph are named by the option.

    The Geneva text prints "50. [Option 1: …" 50.1, 50.2, then "Option 2: …" 50.1, 50.2 again
    (and 26.1 … under options 1, 2 and 2 bis of 26, 76.1 … under options 2, 3 and 4 of 76):
    the room says "50.1 of option 2", ``OP50 Opt.2/OP50.1``, never ``OP50.1#2``. Where a
    paragraph's decimals repeat, each is named by the option of that paragraph printed last
    before it (``plain_when_unique`` then gives a number printed once its plain label back).
    """
    children = _children(st)
    heads: dict[tuple[str, str], list[int]] = {}  # (scope, paragraph number) -> its decimals
    for i, it in enumerate(st.items):
        if it.kind is K.OPERATIVE and it.level == 0 and "." in it.value and it.number:
            heads.setdefault((it.scope, it.value.split(".")[0]), []).append(i)
    for where in heads.values():
        labels = [st.items[i].label for i in where]
        if len(set(labels)) == len(labels):
            continue  # each decimal printed once: plain labels
        found = [(i, o) for i in where if (o := _option_of(st, i)) is not None]
        if len(found) != len(where):
            continue  # some printed under the paragraph itself: leave them all
        for i, o in found:
            old = st.items[i].label
            new = f"{st.items[o].label}/{old}"
            if old.startswith(f"{st.items[o].label}/"):
                continue  # in the scope of "Option 2 bis.: Each Party to:", named by it already
            for j in [i, *_subtree(i, children), *_options_of(st, i)]:
                it = st.items[j]
                if it.label.startswith(old):
                    it.label = new + it.label[len(old) :]
                if it.base == old:
                    it.base = new


def _options_of(st: State, idx: int) -> list[int]:
    """The options printed right after paragraph ``idx`` that are its options (``76.1 …:`` /
    ``Option (a): …``), with the items between them."""
    out: list[int] = []
    label = st.items[idx].label
    for j in range(idx + 1, len(st.items)):
        it = st.items[j]
        if it.kind is K.OPTION and it.base == label:
            out.append(j)
        elif it.level == 0 or it.kind in (K.HEADING, K.ARTICLE):
            break
    return out


def _option_of(st: State, idx: int) -> int | None:
    """The option of paragraph ``N`` printed last before its decimal ``N.k`` at ``idx``."""
    head = st.items[idx].value.split(".")[0]
    for j in range(idx - 1, -1, -1):
        it = st.items[j]
        if it.kind in (K.HEADING, K.ARTICLE) or (it.kind is K.OPERATIVE and it.value == head):
            return None  # a heading, or paragraph N itself: its decimals are its own
        if it.kind is K.OPTION and it.base.endswith(f"OP{head}"):
            return j
    return None


def _children(st: State) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for j, it in enumerate(st.items):
        if it.parent is not None and it.parent < j:  # a parent stands before its items
            children.setdefault(it.parent, []).append(j)
    return children


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
