"""Brackets across paragraphs (document scope) and clean views of bracketed text.

API::

    document_scope(texts, *, paragraph_numbers=None) -> DocumentScope
    scope_of_parses(parses, *, paragraph_numbers=None, barriers=None) -> DocumentScope
        .spanning     SpanningPair(open=Position(paragraph, offset), close=Position(...)):
                      a ``[`` left open in one paragraph and the ``]`` that closes it later
        .stray_close  Position of each ``]`` that closes nothing in the whole document
        .unclosed     Position of each ``[`` never closed in the whole document
        .carried      per paragraph: how many spanning brackets are open when it starts
        .to_json() / DocumentScope.from_json(data)

    clean_text(text, mode="keep_all", registry=None) -> str
        keep_all           bracket characters removed, all wording kept (both alternatives)
        drop_bracketed     every bracketed wording removed: the agreed-only text
        first_alternative  of adjacent alternatives ``[a][b]`` and of slash options
                           ``[a - EU / b - US]`` only the first is kept; other bracketed
                           wording is kept without its brackets (the reading text of the
                           first proposal on each point)

Pairing across paragraphs is last-open-first-closed: a paragraph's stray ``]`` closes the
most recent ``[`` left open by an earlier paragraph; given ``barriers`` (headings, articles),
a ``[`` left open by an ordinary paragraph is not closed beyond the next one (the census
passes them: ``OP12 [`` and a stray ``]`` three sections later are two unpaired brackets).
In the clean views an unclosed ``[`` runs to the end of its paragraph and a stray ``]``
closes from its paragraph's start.
Non-negotiation brackets (``[^4]``, ``[sic]``, ``[Agreed ad ref]``) are kept as written;
attribution text (`` - US; G77 delete``, ``(EU)``, ``(AILAC propose …)``) is always removed.
Whitespace is tidied; every mode is idempotent. Nothing here raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from wsis_desk.core.attribution import AttributionStyle
from wsis_desk.core.brackets.census_records import DocumentScope, Position, SpanningPair
from wsis_desk.core.brackets.scan import BracketGroup, BracketParse, parse_brackets
from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "CleanMode",
    "DocumentScope",
    "Position",
    "SpanningPair",
    "clean_text",
    "document_scope",
    "scope_of_parses",
]


class CleanMode(StrEnum):
    """How ``clean_text`` treats bracketed wording."""

    KEEP_ALL = "keep_all"
    DROP_BRACKETED = "drop_bracketed"
    FIRST_ALTERNATIVE = "first_alternative"


def document_scope(
    texts: Sequence[str],
    *,
    paragraph_numbers: Sequence[int] | None = None,
) -> DocumentScope:
    """Pair brackets across paragraphs; positions use ``paragraph_numbers`` (default 0, 1…)."""
    return scope_of_parses([parse_brackets(t) for t in texts], paragraph_numbers=paragraph_numbers)


def scope_of_parses(
    parses: Sequence[BracketParse],
    *,
    paragraph_numbers: Sequence[int] | None = None,
    barriers: Sequence[bool] | None = None,
) -> DocumentScope:
    """Document scope from paragraph parses already made (same rules as ``document_scope``).

    ``barriers[i]`` marks a heading or article: a ``[`` left open by an ordinary paragraph
    is not closed beyond one (it has no partner), while one opened in a heading
    (``[Annex I``) may close anywhere after it.
    """
    numbers = list(paragraph_numbers) if paragraph_numbers is not None else []
    if len(numbers) != len(parses):
        numbers = list(range(len(parses)))
    walls = list(barriers) if barriers is not None and len(barriers) == len(parses) else []
    stack: list[tuple[int, Position, bool]] = []  # (row, where, opened in a barrier)
    sealed: list[tuple[int, Position]] = []
    spanning: list[SpanningPair] = []
    strays: list[Position] = []
    carried: list[int] = []
    for row, (n, parse) in enumerate(zip(numbers, parses, strict=True)):
        wall = bool(walls) and walls[row]
        if wall and stack and not all(w for _, _, w in stack):
            sealed += [(r, p) for r, p, w in stack if not w]
            stack = [entry for entry in stack if entry[2]]
        carried.append(len(stack))
        # within a paragraph every stray "]" comes before every unclosed "["
        for off in parse.stray_close:
            if stack:
                spanning.append(SpanningPair(stack.pop()[1], Position(n, off)))
            else:
                strays.append(Position(n, off))
        stack.extend((row, Position(n, off), wall) for off in parse.unclosed)
    spanning.sort(key=lambda s: (s.open.paragraph, s.open.offset))
    unclosed = [p for _, p in sorted([*sealed, *((r, p) for r, p, _ in stack)], key=_row_order)]
    return DocumentScope(tuple(spanning), tuple(strays), tuple(unclosed), tuple(carried))


def _row_order(entry: tuple[int, Position]) -> tuple[int, int]:
    return entry[0], entry[1].offset


_SPACES = " \t\u00a0\u202f\u2007"
_RUNS = re.compile(r"[ \t\u00a0\u202f\u2007]+")
_BEFORE_PUNCT = re.compile(r" +([,;:.!?)])")
_AFTER_PAREN = re.compile(r"\( +")


def tidy(text: str) -> str:
    """Collapse runs of spaces, drop spaces before punctuation and after ``(``, strip."""
    text = _RUNS.sub(" ", text)
    text = _BEFORE_PUNCT.sub(r"\1", text)
    return _AFTER_PAREN.sub("(", text).strip()


def clean_text(
    text: str,
    mode: CleanMode | str = CleanMode.KEEP_ALL,
    registry: PartyRegistry | None = None,
) -> str:
    """The text without negotiation brackets, per ``mode`` (see the module docstring)."""
    mode = CleanMode(mode)
    if not isinstance(text, str):
        return ""
    current = text
    for _ in range(6):  # removing brackets can expose new ones to read ("(EU [x] propose)")
        cleaned = tidy(_clean_once(current, mode, registry))
        if cleaned == current:
            break
        current = cleaned
    return current


def _clean_once(text: str, mode: CleanMode, registry: PartyRegistry | None) -> str:
    parse = parse_brackets(text, registry)
    drops: list[tuple[int, int]] = [(a.start, a.end) for a in parse.notes]
    spaced: set[int] = set()
    if mode is CleanMode.DROP_BRACKETED:
        if parse.stray_close:
            drops.append((0, max(parse.stray_close) + 1))
        for g in parse.groups:
            drops.append((g.start, g.end))
        for g in parse.walk():
            drops.extend(_outer_attributions(g))
    else:
        drops.extend((off, off + 1) for off in parse.stray_close)
        for g in parse.walk():
            drops.extend(_group_drops(text, g, mode))
            if g.alternative and mode is CleanMode.KEEP_ALL and text[g.start - 1] not in _SPACES:
                spaced.add(g.start)
    if not drops:
        return text
    drops.sort()
    out, pos = [], 0
    for a, b in drops:
        if a > pos:
            out.append(text[pos:a])
        if a in spaced and a >= pos:
            out.append(" ")  # "[shall][should]" keeps a space between the two words
        pos = max(pos, b)
    out.append(text[pos:])
    return "".join(out)


def _outer_attributions(g: BracketGroup) -> list[tuple[int, int]]:
    return [
        (a.start, a.end)
        for a in g.attributions
        if a.style in (AttributionStyle.POSTFIX, AttributionStyle.PARENTHETICAL)
    ]


def _group_drops(text: str, g: BracketGroup, mode: CleanMode) -> list[tuple[int, int]]:
    drops = [(g.start, g.start + 1)]
    inner_end = g.end - 1 if g.closed else g.end
    if g.closed:
        drops.append((inner_end, g.end))
    drops.extend((a.start, a.end) for a in g.attributions)
    if mode is CleanMode.FIRST_ALTERNATIVE:
        if g.alternative:
            start = g.start
            while start > 0 and text[start - 1] in _SPACES:
                start -= 1
            drops.append((start, g.end))
        firsts = [a for a in g.attributions if a.option == 0 and a.wording_end >= 0]
        if firsts and any(a.option > 0 for a in g.attributions):
            drops.append((firsts[0].wording_end, inner_end))
    return drops
