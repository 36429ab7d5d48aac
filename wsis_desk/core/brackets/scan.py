"""Square-bracket parser for one paragraph: groups, nesting, kinds, attributions, diagnostics.

API (pure, never raises on any input; offsets are str indices into the text given)::

    parse_brackets(text, registry=None) -> BracketParse
        .groups       top-level BracketGroup tree (start/end include the brackets; an unclosed
                      group ends at len(text) with closed=False)
        .skipped      SkippedBracket(start, end, reason, text): not negotiation text
        .diagnostics  core.model.Diagnostic: "unclosed", "unopened", "suspicious" (offset set)
        .notes        paragraph-level Attribution: ``(AILAC propose to delete para here …)``,
                      ``[Alt. AGN] …`` and ``Alt. AGN: …`` opening it (style ``label``)
        .stray_close  offsets of ``]`` with no ``[`` in this paragraph; .unclosed likewise
        .walk()       every group, depth first in text order; .max_depth; .balanced

    closed_spans(text) -> [(start, end)]  the closed pairs only, same skip rules, fast
    group_spans(text) -> [(start, end, closed)]  every group a parse makes, in opening order
                                          (an unclosed one ends at len(text)), fast
    count_groups(text) -> int             how many groups a parse would make, fast

    BracketGroup(start, end, depth, kind, inner, wording, children, attributions, closed,
                 alternative)  -- depth is 1-based; ``wording`` is ``inner`` without the
                 attribution text; ``alternative`` the position in a run of adjacent groups
    GroupKind: text | alternative ([shall][should], whitespace only between) | placeholder
               (what delegates may still fill: [X], [xx], [20XX], [date], [number],
               [Placeholder …], [… to be added]) | empty ([ ], [] and a group holding only a
               footnote marker); empty and placeholder win over alternative
    SkipReason: footnote_marker ([^4] always; [1] only glued to the word or punctuation
               before it, or opening a line as a footnote's label ``[1] See …``, since
               ``in [2023][2024]`` is negotiation text) | ellipsis | sic | editorial_note
               ([delegation name withheld]; the secretariat's stand-in for a document symbol,
               [document to be issued], [document symbol to be added], [A/…/to be added],
               which editors fill in and nobody negotiates) | ga_masthead (OCR spacing
               tolerated) |
               language_note | status_marker ([Agreed ad ref] — see core.lexicon.find_status)
               | markdown_link ([text](url)) | proposal_label ([Alt. AGN]: its proponents
               become a paragraph note) | too_deep (a pair nested deeper than MAX_DEPTH:
               real drafts reach 4; deeper pairs are left inside their enclosing group's
               text so parsing stays linear)

Full-width brackets ［］【】〔〕 count like [ ]; a group closed by another family is reported
as ``suspicious``. Without a registry no name resolves, so only acronym lists followed by an
action word are read as attributions; pass ``formats.parties_in.load_registry()`` for real use.
Across paragraphs: ``core.bracket_scope`` (document scope, clean views); counts:
``core.census``; attribution grammars: ``core.attribution``; skip/placeholder rules:
``core.bracket_kinds``.

Over ~400 lines because it is one scanner with one state: splitting it would pass that state
across modules for every character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import pairwise
from typing import cast

from wsis_desk.core.attribution import Attribution, inner_attributions, parenthetical
from wsis_desk.core.brackets.kinds import (
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
from wsis_desk.core.proposal_labels import (
    alt_label_names,
    label_attribution,
    leading_label,
    submission_labels,
)

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
    "count_groups",
    "group_spans",
    "parse_brackets",
]

_FAMILY = {c: i for i, c in enumerate(OPENERS)} | {c: i for i, c in enumerate(CLOSERS)}
_ANY = re.compile(r"[\[\]［］【】〔〕]")
_WIDE = "［］【】〔〕"
_PAREN = re.compile(r"\(([^()\[\]［］【】〔〕\n]{1,400})\)")
_POSTFIX = re.compile(r"[ \t\u00a0]*\(([^()\[\]\n]{1,80})\)")
_MARK_NEEDLES = (" -", " –", " —", "\u00a0-", "\u00a0–", "\t-", "- ", ":", "：")
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
        return tuple(g.start for g in self.flat or self.walk() if not g.closed)

    @property
    def max_depth(self) -> int:
        """The deepest nesting level (0 when there is no group)."""
        return max((g.depth for g in self.walk()), default=0)

    @property
    def balanced(self) -> bool:
        """No stray ``]`` and no unclosed ``[``."""
        return not self.stray_close and all(g.closed for g in self.walk())


class _Open:
    """A ``[`` on the parser's stack: its groups so far and where it goes in ``flat``."""

    __slots__ = ("children", "depth", "last", "slot", "start")

    def __init__(self, start: int, depth: int, slot: int) -> None:
        self.start, self.depth, self.slot = start, depth, slot
        self.children: list[BracketGroup] = []
        # the last child, finished but not built yet: (node, end, closed, alternative, skipped)
        self.last: tuple[_Open, int, bool, int | None, _Skips] | None = None


_Skips = list[SkippedBracket]


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
_NO_BRACKETS = BracketParse(())  # immutable: shared by every paragraph without brackets


def closed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every closed group, in text order: the pairs ``parse_brackets`` makes,
    with the same skip rules, but no kinds or attributions (fast, for the compare engine)."""
    offsets = _bracket_offsets(text)
    if not offsets:
        return []
    skipped = _Parser(text, _EMPTY_REGISTRY)._skipped(offsets)
    if skipped:
        ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
        offsets = [i for i in offsets if i not in ignore]
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    for i in offsets:
        if text[i] in OPENERS:
            stack.append(i)
        elif stack:
            spans.append((stack.pop(), i + 1))
    spans.sort()
    return spans


def group_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every group ``parse_brackets`` makes, in opening order: the
    census's groups (a ``[`` left open is a group to the end of the text; openers beyond
    MAX_DEPTH make none), without kinds or attributions (fast, for the compare engine)."""
    offsets = _bracket_offsets(text)
    if not offsets:
        return []
    skipped = _Parser(text, _EMPTY_REGISTRY)._skipped(offsets)
    ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
    spans: list[tuple[int, int, bool]] = []
    stack: list[int] = []  # slots in ``spans`` of the groups still open
    deep = 0
    for i in offsets:
        if i in ignore:
            continue
        if text[i] in OPENERS:
            if len(stack) < MAX_DEPTH:
                stack.append(len(spans))
                spans.append((i, len(text), False))
            else:
                deep += 1
        elif deep:
            deep -= 1
        elif stack:
            slot = stack.pop()
            spans[slot] = (spans[slot][0], i + 1, True)
    return spans


def count_groups(text: str) -> int:
    """How many groups ``parse_brackets`` would make (every ``[`` not skipped), without
    making them: for counting the brackets of footnote text."""
    offsets = _bracket_offsets(text)
    if not offsets:
        return 0
    skipped = _Parser(text, _EMPTY_REGISTRY)._skipped(offsets)
    ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
    count = depth = deep = 0  # as in _Parser.run: openers beyond MAX_DEPTH make no group
    for i in offsets:
        if i in ignore:
            continue
        if text[i] in OPENERS:
            if depth < MAX_DEPTH:
                depth, count = depth + 1, count + 1
            else:
                deep += 1
        elif deep:
            deep -= 1
        elif depth:
            depth -= 1
    return count


def _bracket_offsets(text: str) -> list[int]:
    """Sorted offsets of every bracket character (what ``_ANY.finditer`` finds).

    ``str.find`` skips plain text many times faster than a regex with a non-ASCII class;
    the regex is kept for the rare text that holds a full-width bracket.
    """
    if not text.isascii() and any(c in text for c in _WIDE):
        return [m.start() for m in _ANY.finditer(text)]
    out: list[int] = []
    for c in "[]":
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


class _Parser:
    def __init__(self, text: str, registry: PartyRegistry) -> None:
        self.text, self.registry = text, registry
        self.diags: list[Diagnostic] = []
        self.marks: list[int] = []
        self.paren = False  # whether the text has a "(" (a postfix attribution needs one)
        self.flat: list[BracketGroup | None] = []

    def run(self) -> BracketParse:
        text = self.text
        offsets = _bracket_offsets(text)
        if not offsets:
            notes = self._notes(())
            return BracketParse((), notes=notes) if notes else _NO_BRACKETS
        # an attribution mark matters only inside a group, so never before the first bracket
        self.marks = _attribution_marks(text, offsets[0])
        self.paren = "(" in text
        skipped = self._skipped(offsets)
        if skipped:
            ignore = {s.start for s in skipped} | {s.end - 1 for s in skipped}
            offsets = [i for i in offsets if i not in ignore]
        stack: list[_Open] = []
        top = _Open(-1, 0, -1)  # holds the top-level groups
        flat = self.flat  # a slot per group, in opening order: depth first, in text order
        strays: list[int] = []
        deep: list[int] = []  # openers beyond MAX_DEPTH, not made into groups
        too_deep: list[SkippedBracket] = []
        deepest = 0
        for i in offsets:
            c = text[i]
            if c == "[" or c in OPENERS:
                depth = len(stack) + 1
                if depth <= MAX_DEPTH:
                    stack.append(_Open(i, depth, len(flat)))
                    flat.append(None)
                    if depth > deepest:
                        deepest = depth
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
                self._attach(stack[-1] if stack else top, node, i + 1, skipped, True)
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
            self._attach(stack[-1] if stack else top, node, len(text), skipped, False)
        self._flush(top)
        groups = tuple(top.children)
        if deepest > 6:
            self._diag("suspicious", f"brackets nested {deepest} deep", 0)
        self.diags.sort(key=lambda d: d.offset or 0)
        done = cast("tuple[BracketGroup, ...]", tuple(flat))  # every slot is filled by now
        notes = self._notes(done, skipped)
        return BracketParse(
            groups, tuple(skipped), tuple(self.diags), notes, tuple(strays), flat=done
        )

    def _diag(self, code: str, message: str, offset: int) -> None:
        sev = Severity.INFO if code == "suspicious" else Severity.WARNING
        self.diags.append(Diagnostic(sev, code, message, None, offset))

    def _skipped(self, offsets: list[int]) -> list[SkippedBracket]:
        """Non-negotiation pairs among the leaves: an opener whose next bracket is a closer,
        with at most 300 characters and no line break between (what ``_LEAF`` would find)."""
        out: list[SkippedBracket] = []
        text, footnote_end = self.text, -1
        for a, b in pairwise(offsets):
            if b - a > 301 or text[a] not in OPENERS or text[b] not in CLOSERS:
                continue
            inner = text[a + 1 : b]
            if "\n" in inner:
                continue
            if (
                len(inner) > 40
                and inner.lstrip()[:1] not in ("o", "O", "w", "W", "^")
                and inner.lstrip()[:3].lower() != "alt"
                and text[b + 1 : b + 2] != "("
            ):
                continue  # long: only a masthead, footnote marker, link or Alt label is skipped
            reason = skip_reason(text, a, inner, a == footnote_end)
            if reason is not None:
                out.append(SkippedBracket(a, b + 1, reason, text[a : b + 1]))
                if reason is SkipReason.FOOTNOTE_MARKER:
                    footnote_end = b + 1
        return out

    def _group(
        self, node: _Open, end: int, closed: bool, alternative: int | None, skipped: _Skips
    ) -> BracketGroup:
        if node.last is not None:
            self._flush(node)
        text = self.text
        inner_start, inner_end = node.start + 1, end - 1 if closed else end
        inner = text[inner_start:inner_end]
        children = tuple(node.children)
        wording = inner
        attrs: tuple[Attribution, ...] = ()
        marks = self.marks
        if marks:
            k = bisect_left(marks, inner_start)
            if k < len(marks) and marks[k] < inner_end:
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
        if closed and self.paren:
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

    def _attach(self, parent: _Open, node: _Open, end: int, skipped: _Skips, closed: bool) -> None:
        """Finish a group as the last child of ``parent``; adjacent ones form a run of
        alternatives.

        A run is closed groups with only whitespace between (``[shall] [should]``), none glued
        inside a word (``section[s]``). Whether a group starts a run is known only when its
        next sibling ends, so the last child is built when the next one comes or its parent is
        built (``_flush``): every group is built once, with its final ``alternative``.
        """
        text, alt = self.text, None
        prev = parent.last
        if prev is not None:
            p_node, p_end, p_closed, p_alt, p_skipped = prev
            if (
                p_closed
                and not text[p_end : node.start].strip(SPACE)
                and not glued(text, p_node.start, p_end)
                and not glued(text, node.start, end)
            ):
                if p_alt is None:
                    p_alt = 0
                alt = p_alt + 1
            self._build(parent, p_node, p_end, p_closed, p_alt, p_skipped)
        parent.last = (node, end, closed, alt, skipped)

    def _flush(self, parent: _Open) -> None:
        """Build the last child of ``parent`` still waiting (see ``_attach``)."""
        if parent.last is not None:
            self._build(parent, *parent.last)
            parent.last = None

    def _build(
        self,
        parent: _Open,
        node: _Open,
        end: int,
        closed: bool,
        alternative: int | None,
        skipped: _Skips,
    ) -> None:
        group = self._group(node, end, closed, alternative, skipped)
        parent.children.append(group)
        self.flat[node.slot] = group

    def _notes(
        self, flat: tuple[BracketGroup, ...], skipped: Sequence[SkippedBracket] = ()
    ) -> tuple[Attribution, ...]:
        """Proposal labels (``[Alt. AGN]``) and parenthesised proposals not already read as a
        group's postfix attribution, in text order."""
        out: list[Attribution] = []
        leading = leading_label(self.text, self.registry)  # "Alt. AGN: Decides …"
        if leading is not None:
            out.append(leading)
        out.extend(submission_labels(self.text, self.registry))  # "EU submission on …"
        for s in skipped:
            if s.reason is SkipReason.PROPOSAL_LABEL:
                names = alt_label_names(s.text[1:-1])
                label = label_attribution(names or "", self.registry, start=s.start, end=s.end)
                if label is not None:
                    out.append(label)
        if "(" not in self.text:
            return tuple(out)
        taken = {a.end for g in flat for a in g.attributions}
        for m in _PAREN.finditer(self.text):
            if m.end() in taken:
                continue
            att = parenthetical(
                m.group(1), self.registry, after_group=False, start=m.start(), end=m.end()
            )
            if att is not None:
                out.append(att)
        out.sort(key=lambda a: a.start)
        return tuple(out)


def _attribution_marks(text: str, lo: int) -> list[int]:
    """Sorted offsets from ``lo`` where a dash or colon could start an attribution (str.find
    is fast)."""
    marks: list[int] = []
    for needle in _MARK_NEEDLES:
        i = text.find(needle, lo)
        while i >= 0:
            marks.append(i + 1 if needle[0] in " \u00a0\t" else i)
            i = text.find(needle, i + 1)
    marks.sort()
    return marks


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
