"""The bracket layout of a paragraph (spans, tree, strays) and its stored JSON form."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reading a stored layout needs no parser: opening a version stays light
    from wsis_desk.core.brackets.scan import BracketGroup, BracketParse

LAYOUT_FORMAT = 1  # bump when what a layout holds changes; stored ones are then re-derived


@dataclass(frozen=True, slots=True)
class BracketSpan:
    """Where a group sits in its paragraph's text (for highlighting)."""

    start: int
    end: int
    depth: int
    kind: str


@dataclass(frozen=True, slots=True)
class BracketNode:
    """A group in the bracket tree of a paragraph."""

    start: int
    end: int
    depth: int
    kind: str
    text: str
    proponents: tuple[str, ...]
    children: tuple[BracketNode, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a paragraph's groups sit: what highlighting and the bracket tree need."""

    spans: tuple[BracketSpan, ...]
    tree: tuple[BracketNode, ...]
    stray_offsets: tuple[int, ...]


def layout_of(parse: BracketParse) -> Layout:
    """The layout of one paragraph's parse."""
    layout = layout_from_entry(layout_entry(parse))
    assert layout is not None  # an entry made here always reads back
    return layout


def layout_entry(parse: BracketParse) -> list[object]:
    """A paragraph's layout in its stored form: ``[spans, tree, stray offsets]``, a span
    ``[start, end, depth, kind]``, a node ``[start, end, depth, kind, wording, proponents,
    children]``. The one mapping of a parse to a layout: stored, or read at once."""
    return [
        [[g.start, g.end, g.depth, g.kind.value] for g in parse.walk() if g.closed],
        [_group_to_json(g) for g in parse.groups],
        sorted((*parse.stray_close, *parse.unclosed)),
    ]


def layouts_json(parses: Sequence[BracketParse]) -> str:
    """The layouts of a version's paragraphs (from their parses) as stored with the version."""
    return json.dumps([layout_entry(p) for p in parses], ensure_ascii=False, separators=(",", ":"))


def _group_to_json(g: BracketGroup) -> list[object]:
    return [
        g.start, g.end, g.depth, g.kind.value, g.wording,
        sorted({p.key for a in g.attributions for p in a.proponents}),
        [_group_to_json(c) for c in g.children],
    ]  # fmt: skip


def stored_layouts(text: str, count: int) -> list[object] | None:
    """The per-paragraph entries of a stored layout (each read when its row is first drawn);
    None when the JSON is damaged or does not fit ``count`` paragraphs: parse instead."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, list) and len(data) == count else None


def layout_from_entry(entry: object) -> Layout | None:
    """One paragraph's stored entry read back; None when it is damaged (parse instead)."""
    try:
        spans: list[list[object]]
        tree: list[list[object]]
        stray: list[int]
        spans, tree, stray = entry  # type: ignore[misc]
        return Layout(
            spans=tuple(
                BracketSpan(int(a), int(b), int(d), str(k))  # type: ignore[call-overload]
                for a, b, d, k in spans
            ),
            tree=tuple(_node_from_json(n) for n in tree),
            stray_offsets=tuple(int(o) for o in stray),
        )
    except (ValueError, TypeError):
        return None


def _node_from_json(n: list[object]) -> BracketNode:
    start, end, depth, kind, text, proponents, children = n
    if not isinstance(proponents, list) or not isinstance(children, list):
        raise ValueError("malformed bracket tree")
    return BracketNode(
        start=int(start),  # type: ignore[call-overload]
        end=int(end),  # type: ignore[call-overload]
        depth=int(depth),  # type: ignore[call-overload]
        kind=str(kind),
        text=str(text),
        proponents=tuple(str(p) for p in proponents),
        children=tuple(_node_from_json(c) for c in children),
    )
