"""Square-bracket parser for one paragraph: groups, nesting, kinds, attributions, diagnostics.

API (pure, never raises on any input; offsets are str indices into the text given)::

    parse_brackets(text, registry=None) -> BracketParse
        .groups       top-level BracketGroup tree (start/end include the brackets; an unclosed
                      group ends at len(text) with closed=False)
        .skipped      SkippedBracket(start, end, reason, text): not negotiation text
        .diagnostics  core.model.Diagnostic: "unclosed", "unopened", "suspicious" (offset set)
        .notes        paragraph-level Attribution: ``(AILAC propose to delete para here …)``
        .stray_close  offsets of ``]`` with no ``[`` in this paragraph; .unclosed likewise
        .walk()       every group, depth first in text order; .max_depth; .balanced

    closed_spans(text) -> [(start, end)]  the closed pairs only, same skip rules, fast

    BracketGroup(start, end, depth, kind, inner, wording, children, attributions, closed,
                 alternative)  -- depth is 1-based; ``wording`` is ``inner`` without the
                 attribution text; ``alternative`` the position in a run of adjacent groups
    GroupKind: text | alternative ([shall][should], whitespace only between) | placeholder
               ([X], [xx], [20XX], [date], [number], [Placeholder …], [… to be added],
               [document to be issued]) | empty ([ ], [] and a group holding only a
               footnote marker); empty and placeholder win over alternative
    SkipReason: footnote_marker ([^4] always; [1] only glued to the word before it, since
               ``in [2023][2024]`` is negotiation text) | ellipsis | sic | ga_masthead |
               language_note | status_marker ([Agreed ad ref] — see core.lexicon.find_status)
               | too_deep (a pair nested deeper than MAX_DEPTH: real drafts reach 4; deeper
               pairs are left inside their enclosing group's text so parsing stays linear)

Full-width brackets ［］【】〔〕 count like [ ]; a group closed by another family is reported
as ``suspicious``. Without a registry no name resolves, so only acronym lists followed by an
action word are read as attributions; pass ``formats.parties_in.load_registry()`` for real use.
Across paragraphs: ``core.bracket_scope`` (document scope, clean views); counts:
``core.census``; attribution grammars: ``core.attribution``; skip/placeholder rules:
``core.bracket_kinds``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import cast

from wsis_desk.core.attribution import Attribution, inner_attributions, parenthetical
from wsis_desk.core.bracket_kinds import (
    CLOSERS,
    OPENERS,
    SPACE,
    SkipReason,
    glued,
    is_placeholder,
    skip_reason,
)
from wsis_desk.core.model import Diagnostic, Severity
from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "CLOSERS",
    "MAX_DEPTH",
    "OPENERS",
    "BracketGroup",
    "BracketParse",
    "GroupKind",
    "SkipReason",
    "SkippedBracket",
    "closed_spans",
    "parse_brackets",
]

_FAMILY = {c: i for i, c in enumerate(OPENERS)} | {c: i for i, c in enumerate(CLOSERS)}
_ANY = re.compile(r"[\[\]［］【】〔〕]")
_LEAF = re.compile(r"[\[［【〔]([^\[\]［］【】〔〕\n]{0,300})[\]］】〕]")
_PAREN = re.compile(r"\(([^()\[\]［］【】〔〕\n]{1,400})\)")
_POSTFIX = re.compile(r"[ \t\u00a0]*\(([^()\[\]\n]{1,80})\)")
_MARK_NEEDLES = (" -", " –", " —", "\u00a0-", "\u00a0–", "\t-", ":")
_EMPTY_CHARS = SPACE + "*_"
MAX_DEPTH = 64  # every group copies its inner text: unbounded nesting would be quadratic
_MAX_STRAY_DIAGNOSTICS = 100  # per paragraph; .stray_close still lists every one


class GroupKind(StrEnum):
    """What a bracket group holds."""

    TEXT = "text"
    ALTERNATIVE = "alternative"
    PLACEHOLDER = "placeholder"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class SkippedBracket:
    """A pair of brackets that is not negotiation text, and why."""

    start: int
    end: int
    reason: SkipReason
    text: str


@dataclass(frozen=True, slots=True)
class BracketGroup:
    """One pair of negotiation brackets (or an unclosed ``[``) and what it holds."""

    start: int
    end: int
    depth: int
    kind: GroupKind
    inner: str
    wording: str
    children: tuple[BracketGroup, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    closed: bool = True
    alternative: int | None = None  # position in a run of adjacent groups (0 = first)


@dataclass(frozen=True, slots=True)
class BracketParse:
    """The bracket structure of one paragraph."""

    groups: tuple[BracketGroup, ...]
    skipped: tuple[SkippedBracket, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    notes: tuple[Attribution, ...] = ()
    stray_close: tuple[int, ...] = ()
    flat: tuple[BracketGroup, ...] = field(default=(), repr=False, compare=False)

    def walk(self) -> Iterator[BracketGroup]:
        """Every group, depth first, in text order (iterative: any depth is fine)."""
        if self.flat or not self.groups:
            yield from self.flat
            return
        stack = list(reversed(self.groups))
        while stack:
            g = stack.pop()
            yield g
            stack.extend(reversed(g.children))

    @property
    def unclosed(self) -> tuple[int, ...]:
        """Offsets of ``[`` never closed in this paragraph, in text order."""
        return tuple(g.start for g in self.walk() if not g.closed)

    @property
    def max_depth(self) -> int:
        """The deepest nesting level (0 when there is no group)."""
        return max((g.depth for g in self.walk()), default=0)

    @property
    def balanced(self) -> bool:
        """No stray ``]`` and no unclosed ``[``."""
        return not self.stray_close and all(g.closed for g in self.walk())


class _Open:
    __slots__ = ("children", "depth", "start")

    def __init__(self, start: int, depth: int) -> None:
        self.start, self.depth = start, depth
        self.children: list[BracketGroup] = []


def parse_brackets(text: str, registry: PartyRegistry | None = None) -> BracketParse:
    """Parse the brackets of one paragraph; never raises (a failure becomes a diagnostic)."""
    if not isinstance(text, str):
        return BracketParse(())
    try:
        return _Parser(text, registry or _EMPTY_REGISTRY).run()
    except Exception as exc:  # pragma: no cover - last-resort guard
        diag = Diagnostic(Severity.WARNING, "suspicious", f"bracket parser failed: {exc!r}")
        return BracketParse((), diagnostics=(diag,))


_EMPTY_REGISTRY = PartyRegistry(())


def closed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every closed group, in text order: the pairs ``parse_brackets`` makes,
    with the same skip rules, but no kinds or attributions (fast, for the compare engine)."""
    if not _ANY.search(text):
        return []
    skipped = _Parser(text, _EMPTY_REGISTRY)._skipped()
    ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in _ANY.finditer(text):
        i = m.start()
        if i in ignore:
            continue
        if text[i] in OPENERS:
            stack.append(i)
        elif stack:
            spans.append((stack.pop(), i + 1))
    spans.sort()
    return spans


class _Parser:
    def __init__(self, text: str, registry: PartyRegistry) -> None:
        self.text, self.registry = text, registry
        self.diags: list[Diagnostic] = []
        self.marks: list[int] = []

    def run(self) -> BracketParse:
        text = self.text
        if not _ANY.search(text):
            return BracketParse((), notes=self._notes(()))
        self.marks = _attribution_marks(text)
        skipped = self._skipped()
        ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
        stack: list[_Open] = []
        top: list[BracketGroup] = []
        strays: list[int] = []
        deep: list[int] = []  # openers beyond MAX_DEPTH, not made into groups
        too_deep: list[SkippedBracket] = []
        for m in _ANY.finditer(text):
            i = m.start()
            if i in ignore:
                continue
            c = text[i]
            if c == "[" or c in OPENERS:
                if len(stack) < MAX_DEPTH:
                    stack.append(_Open(i, len(stack) + 1))
                else:
                    deep.append(i)
            elif deep:
                j = deep.pop()
                too_deep.append(SkippedBracket(j, i + 1, SkipReason.TOO_DEEP, text[j] + "…" + c))
            elif stack:
                node = stack.pop()
                o = text[node.start]
                if (o != "[" or c != "]") and _FAMILY[o] != _FAMILY[c]:
                    self._diag("suspicious", f"'{o}' closed by '{c}'", i)
                siblings = stack[-1].children if stack else top
                self._attach(siblings, node, i + 1, skipped=skipped, closed=True)
            else:
                strays.append(i)
                if len(strays) <= _MAX_STRAY_DIAGNOSTICS:
                    self._diag("unopened", "']' with no '[' before it in this paragraph", i)
        if len(strays) > _MAX_STRAY_DIAGNOSTICS:
            more = len(strays) - _MAX_STRAY_DIAGNOSTICS
            self._diag("unopened", f"and {more} more ']' with no '[' before them", strays[-1])
        if deep or too_deep:
            too_deep += [SkippedBracket(j, len(text), SkipReason.TOO_DEEP, text[j]) for j in deep]
            first = min(s.start for s in too_deep)
            self._diag("suspicious", f"brackets nested over {MAX_DEPTH} deep: not parsed", first)
            skipped = sorted(skipped + too_deep, key=lambda s: s.start)
        while stack:
            node = stack.pop()
            self._diag("unclosed", "'[' not closed in this paragraph", node.start)
            siblings = stack[-1].children if stack else top
            self._attach(siblings, node, len(text), skipped=skipped, closed=False)
        groups = tuple(top)
        flat = tuple(BracketParse(groups).walk())
        deepest = max((g.depth for g in flat), default=0)
        if deepest > 6:
            self._diag("suspicious", f"brackets nested {deepest} deep", 0)
        self.diags.sort(key=lambda d: d.offset or 0)
        notes = self._notes(flat)
        return BracketParse(
            groups, tuple(skipped), tuple(self.diags), notes, tuple(strays), flat=flat
        )

    def _diag(self, code: str, message: str, offset: int) -> None:
        sev = Severity.INFO if code == "suspicious" else Severity.WARNING
        self.diags.append(Diagnostic(sev, code, message, None, offset))

    def _skipped(self) -> list[SkippedBracket]:
        out: list[SkippedBracket] = []
        text, footnote_end = self.text, -1
        for m in _LEAF.finditer(text):
            inner = m.group(1)
            if len(inner) > 40 and inner.lstrip()[:1] not in ("o", "O", "w", "W", "^"):
                continue  # long text: only a GA masthead or a footnote marker could be skipped
            reason = skip_reason(text, m.start(), inner, m.start() == footnote_end)
            if reason is not None:
                out.append(SkippedBracket(m.start(), m.end(), reason, m.group(0)))
                if reason is SkipReason.FOOTNOTE_MARKER:
                    footnote_end = m.end()
        return out

    def _group(
        self,
        node: _Open,
        end: int,
        *,
        skipped: list[SkippedBracket],
        closed: bool,
        alternative: int | None,
    ) -> BracketGroup:
        text = self.text
        inner_start, inner_end = node.start + 1, end - 1 if closed else end
        inner = text[inner_start:inner_end]
        children = tuple(node.children)
        wording, attrs = inner, cast("tuple[Attribution, ...]", ())
        k = bisect_left(self.marks, inner_start)
        if k < len(self.marks) and self.marks[k] < inner_end:
            masked = _mask(inner, inner_start, children)
            wording, attrs = inner_attributions(
                inner, self.registry, masked=masked, base=inner_start
            )
        kind = GroupKind.TEXT
        if not children:
            bare = _without_skipped(inner, inner_start, skipped).strip(_EMPTY_CHARS)
            if not bare:
                kind = GroupKind.EMPTY
            elif is_placeholder(bare) and not (closed and glued(text, node.start, end)):
                kind = GroupKind.PLACEHOLDER  # but "Part[y]" is a plural, not a placeholder
        if closed:
            post = _POSTFIX.match(text, end)
            if post:
                att = parenthetical(
                    post.group(1), self.registry, after_group=True, start=end, end=post.end()
                )
                if att is not None:
                    attrs = (*attrs, replace(att, wording=wording))
        if alternative is not None and kind is GroupKind.TEXT:
            kind = GroupKind.ALTERNATIVE
        return BracketGroup(
            node.start, end, node.depth, kind, inner, wording, children, attrs, closed, alternative
        )

    def _attach(
        self,
        siblings: list[BracketGroup],
        node: _Open,
        end: int,
        *,
        skipped: list[SkippedBracket],
        closed: bool,
    ) -> None:
        """Finish a group and add it to its siblings; adjacent ones form a run of alternatives.

        A run is closed groups with only whitespace between (``[shall] [should]``), none glued
        inside a word (``section[s]``); only the group starting a run is rebuilt.
        """
        text, alt = self.text, None
        if siblings:
            prev = siblings[-1]
            if (
                prev.closed
                and not text[prev.end : node.start].strip(SPACE)
                and not glued(text, prev.start, prev.end)
                and not glued(text, node.start, end)
            ):
                if prev.alternative is None:
                    siblings[-1] = prev = _as_alternative(prev, 0)
                alt = (prev.alternative or 0) + 1
        group = self._group(node, end, skipped=skipped, closed=closed, alternative=alt)
        siblings.append(group)

    def _notes(self, flat: tuple[BracketGroup, ...]) -> tuple[Attribution, ...]:
        """Parenthesised proposals not already read as a group's postfix attribution."""
        if "(" not in self.text:
            return ()
        taken = {a.end for g in flat for a in g.attributions}
        out: list[Attribution] = []
        for m in _PAREN.finditer(self.text):
            if m.end() in taken:
                continue
            att = parenthetical(
                m.group(1), self.registry, after_group=False, start=m.start(), end=m.end()
            )
            if att is not None:
                out.append(att)
        return tuple(out)


def _attribution_marks(text: str) -> list[int]:
    """Sorted offsets where a dash or colon could start an attribution (str.find is fast)."""
    marks: list[int] = []
    for needle in _MARK_NEEDLES:
        i = text.find(needle)
        while i >= 0:
            marks.append(i + 1 if needle != ":" else i)
            i = text.find(needle, i + 1)
    marks.sort()
    return marks


def _as_alternative(g: BracketGroup, position: int) -> BracketGroup:
    kind = GroupKind.ALTERNATIVE if g.kind is GroupKind.TEXT else g.kind
    return BracketGroup(
        g.start,
        g.end,
        g.depth,
        kind,
        g.inner,
        g.wording,
        g.children,
        g.attributions,
        True,
        position,
    )


def _without_skipped(inner: str, base: int, skipped: list[SkippedBracket]) -> str:
    if not skipped or ("[" not in inner and "［" not in inner):
        return inner
    out, pos = [], 0
    for s in skipped:
        a, b = s.start - base, s.end - base
        if a >= pos and b <= len(inner):
            out.append(inner[pos:a])
            pos = b
    out.append(inner[pos:])
    return "".join(out)


def _mask(inner: str, base: int, children: tuple[BracketGroup, ...]) -> str:
    if not children:
        return inner
    out, pos = [], 0
    for c in children:
        a, b = max(pos, c.start - base), min(len(inner), c.end - base)
        if a < b:
            out.append(inner[pos:a])
            out.append("\x00" * (b - a))
            pos = b
    out.append(inner[pos:])
    return "".join(out)
