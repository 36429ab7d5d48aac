"""Word styles and automatic list numbering: the numbers Word prints, from numbering.xml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_VAL = W + "val"
_STYLE = W + "style"
_NAME = W + "name"
_BASED_ON = W + "basedOn"
_PPR = W + "pPr"
_NUMPR = W + "numPr"
_ILVL = W + "ilvl"
_NUMID = W + "numId"
_OUTLINE = W + "outlineLvl"
_ABSTRACT = W + "abstractNum"
_ABSTRACT_ID = W + "abstractNumId"
_NUM = W + "num"
_LVL = W + "lvl"
_START = W + "start"
_NUMFMT = W + "numFmt"
_LVLTEXT = W + "lvlText"
_LVLRESTART = W + "lvlRestart"
_ISLGL = W + "isLgl"
_PSTYLE = W + "pStyle"
_STYLE_LINK = W + "styleLink"
_NUM_STYLE_LINK = W + "numStyleLink"
_LVL_OVERRIDE = W + "lvlOverride"
_START_OVERRIDE = W + "startOverride"

_HEADING_NAME = re.compile(r"heading\s*([1-9])$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"%([1-9])")
_LEVELS = 9


def _int(el: Any, default: int | None = None) -> int | None:
    """The integer ``w:val`` of ``el``, or ``default`` when absent or not a number."""
    if el is None:
        return default
    raw = el.get(W_VAL)
    try:
        return int(raw)
    except (TypeError, ValueError):
        return default


def _on(el: Any) -> bool:
    """An OOXML on/off property: present and not explicitly false."""
    return el is not None and el.get(W_VAL, "true") not in ("0", "false", "off")


@dataclass(slots=True)
class StyleInfo:
    """What we need of one paragraph or numbering style."""

    name: str
    based_on: str | None = None
    num_id: int | None = None
    ilvl: int | None = None
    outline: int | None = None


class Styles:
    """styles.xml: style names, ``basedOn`` chains, inherited numbering and outline levels."""

    def __init__(self, root: Any | None) -> None:
        self.by_id: dict[str, StyleInfo] = {}
        self.default_paragraph: str | None = None
        self._num_pr: dict[str | None, tuple[int | None, int | None]] = {}
        self._heading: dict[tuple[str | None, int | None], int | None] = {}
        if root is None:
            return
        for st in root.iterchildren(_STYLE):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            info = StyleInfo(name=sid)
            for child in st:
                tag = child.tag
                if tag == _NAME:
                    info.name = child.get(W_VAL) or sid
                elif tag == _BASED_ON:
                    info.based_on = child.get(W_VAL) or None
                elif tag == _PPR:
                    for prop in child:
                        if prop.tag == _NUMPR:
                            info.num_id = _int(prop.find(_NUMID))
                            info.ilvl = _int(prop.find(_ILVL))
                        elif prop.tag == _OUTLINE:
                            info.outline = _int(prop)
            self.by_id[sid] = info
            is_default = st.get(W + "default") in ("1", "true", "on")
            if is_default and st.get(W + "type", "paragraph") == "paragraph":
                self.default_paragraph = sid

    def chain(self, style_id: str | None) -> list[StyleInfo]:
        """The style and its ``basedOn`` ancestors, nearest first (cycle-safe)."""
        out: list[StyleInfo] = []
        seen: set[str] = set()
        sid = style_id if style_id is not None else self.default_paragraph
        while sid is not None and sid not in seen and sid in self.by_id:
            seen.add(sid)
            info = self.by_id[sid]
            out.append(info)
            sid = info.based_on
        return out

    def name(self, style_id: str | None) -> str | None:
        """The display name of a style id (the paragraph default when ``None``)."""
        sid = style_id if style_id is not None else self.default_paragraph
        if sid is None:
            return None
        info = self.by_id.get(sid)
        return info.name if info is not None else sid

    def num_pr(self, style_id: str | None) -> tuple[int | None, int | None]:
        """``(numId, ilvl)`` inherited through the chain; each found independently."""
        cached = self._num_pr.get(style_id)
        if cached is not None:
            return cached
        num_id: int | None = None
        ilvl: int | None = None
        for info in self.chain(style_id):
            if num_id is None and info.num_id is not None:
                num_id = info.num_id
            if ilvl is None and info.ilvl is not None:
                ilvl = info.ilvl
        self._num_pr[style_id] = (num_id, ilvl)
        return num_id, ilvl

    def heading_level(self, style_id: str | None, direct_outline: int | None) -> int | None:
        """1-based heading level from an outline level (direct or styled) or a "heading N" name."""
        key = (style_id, direct_outline)
        if key not in self._heading:
            self._heading[key] = self._heading_level(style_id, direct_outline)
        return self._heading[key]

    def _heading_level(self, style_id: str | None, direct_outline: int | None) -> int | None:
        outline = direct_outline
        chain = self.chain(style_id)
        if outline is None:
            outline = next((s.outline for s in chain if s.outline is not None), None)
        if outline is not None:
            return outline + 1 if 0 <= outline < _LEVELS else None
        for info in chain:
            m = _HEADING_NAME.match(info.name.strip())
            if m:
                return int(m.group(1))
        return None


@dataclass(frozen=True, slots=True)
class Level:
    """One list level: start value, number format, text template, restart rule, legal flag."""

    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    pstyle: str | None = None


def _level(el: Any) -> Level:
    """Parse one ``w:lvl`` with a single pass over its children."""
    start, fmt, text, restart, legal, pstyle = 0, "decimal", "", None, False, None
    for child in el:
        tag = child.tag
        if tag == _START:
            start = _int(child, 0) or 0
        elif tag == _NUMFMT:
            fmt = child.get(W_VAL) or "decimal"
        elif tag == _LVLTEXT:
            text = child.get(W_VAL) or ""
        elif tag == _LVLRESTART:
            restart = _int(child)
        elif tag == _ISLGL:
            legal = _on(child)
        elif tag == _PSTYLE:
            pstyle = child.get(W_VAL)
    return Level(start=start, fmt=fmt, text=text, restart=restart, legal=legal, pstyle=pstyle)


@dataclass(slots=True)
class _Num:
    abstract: int
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


class Numbering:
    """numbering.xml resolved against styles: which levels a numId uses and where it counts."""

    def __init__(self, root: Any | None, styles: Styles) -> None:
        self.styles = styles
        self._abstract_els: dict[int, Any] = {}
        self._abstracts: dict[int, dict[int, Level]] = {}
        self._resolved: dict[int, _Resolved | None] = {}
        self._num_style_link: dict[int, str] = {}
        self._style_link: dict[str, int] = {}
        self.nums: dict[int, _Num] = {}
        if root is None:
            return
        for ab in root.iterchildren(_ABSTRACT):
            aid = _int_attr(ab, _ABSTRACT_ID)
            if aid is None:
                continue
            self._abstract_els[aid] = ab
            if (link := ab.find(_NUM_STYLE_LINK)) is not None and link.get(W_VAL):
                self._num_style_link[aid] = link.get(W_VAL)
            if (link := ab.find(_STYLE_LINK)) is not None and link.get(W_VAL):
                self._style_link[link.get(W_VAL)] = aid
        for num in root.iterchildren(_NUM):
            nid = _int_attr(num, _NUMID)
            aid = _int(num.find(_ABSTRACT_ID))
            if nid is None or aid is None:
                continue
            entry = _Num(abstract=aid)
            for ov in num.iterchildren(_LVL_OVERRIDE):
                lv = _int_attr(ov, _ILVL)
                if lv is None:
                    continue
                start = _int(ov.find(_START_OVERRIDE))
                if start is not None:
                    entry.starts[lv] = start
                if (lvl_el := ov.find(_LVL)) is not None:
                    entry.levels[lv] = _level(lvl_el)
            self.nums[nid] = entry

    def abstract_for(self, num_id: int) -> int | None:
        """The abstractNum that really defines ``num_id``'s levels (following numStyleLink)."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        aid = num.abstract
        for _ in range(4):
            link = self._num_style_link.get(aid)
            if link is None:
                break
            target = self._style_link.get(link)
            if target is None:
                linked_num, _ilvl = self.styles.num_pr(link)
                linked = self.nums.get(linked_num) if linked_num is not None else None
                target = linked.abstract if linked is not None else None
            if target is None or target == aid:
                break
            aid = target
        return aid if aid in self._abstract_els else None

    def abstract(self, aid: int) -> dict[int, Level]:
        """The levels of abstractNum ``aid`` (parsed on first use)."""
        levels = self._abstracts.get(aid)
        if levels is None:
            el = self._abstract_els.get(aid)
            children = el.iterchildren(_LVL) if el is not None else ()
            levels = {lv: _level(c) for c in children if (lv := _int_attr(c, _ILVL)) is not None}
            self._abstracts[aid] = levels
        return levels

    def resolve(self, num_id: int) -> _Resolved | None:
        """Levels and start values in force for ``num_id`` (None when it is not defined)."""
        if num_id in self._resolved:
            return self._resolved[num_id]
        num = self.nums.get(num_id)
        aid = self.abstract_for(num_id) if num is not None else None
        out = None
        if num is not None and aid is not None:
            abstract = self.abstract(aid)
            levels = tuple(num.levels.get(i) or abstract.get(i) or Level() for i in range(_LEVELS))
            out = _Resolved(
                abstract=aid,
                defined=frozenset(abstract) | frozenset(num.levels),
                levels=levels,
                starts=tuple(num.starts.get(i, levels[i].start) for i in range(_LEVELS)),
                overrides=tuple(sorted(num.starts)),
            )
        self._resolved[num_id] = out
        return out


@dataclass(frozen=True, slots=True)
class _Resolved:
    abstract: int
    defined: frozenset[int]
    levels: tuple[Level, ...]
    starts: tuple[int, ...]
    overrides: tuple[int, ...]


def _int_attr(el: Any, attr: str) -> int | None:
    try:
        return int(el.get(attr))
    except (TypeError, ValueError):
        return None


_ROMAN = tuple(
    zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    )
)


def roman(n: int) -> str:
    """Lower-case roman numeral; decimal for values roman cannot write."""
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def ordinal(n: int) -> str:
    """English ordinal: 1st, 2nd, 3rd, 4th, 11th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_value(n: int, fmt: str) -> str:
    """One counter value in a Word ``numFmt``; unknown formats fall back to decimal."""
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        return ordinal(n)
    if fmt == "none":
        return ""
    if fmt == "chicago":  # *, †, ‡, §, then doubled, tripled…
        return "*†‡§"[(n - 1) % 4] * ((n - 1) // 4 + 1) if n > 0 else str(n)
    return str(n)


class ListCounter:
    """Walks numbered paragraphs in document order and returns the number Word prints."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._counters: dict[int, list[int | None]] = {}  # per abstractNum
        self._started: set[int] = set()
        self.unresolved: dict[int, int] = {}  # numId -> first paragraph index using it

    def next(
        self, num_id: int, ilvl: int | None, style_id: str | None, para: int
    ) -> tuple[str | None, int | None]:
        """Advance the list of ``num_id`` at ``ilvl``: ``(printed number or None, level)``."""
        res = self.numbering.resolve(num_id)
        if res is None:
            self.unresolved.setdefault(num_id, para)
            return None, None
        if ilvl is None:
            ilvl = next((lv for lv in res.defined if res.levels[lv].pstyle == style_id), 0)
        ilvl = max(0, min(ilvl, _LEVELS - 1))
        if ilvl not in res.defined:
            return None, ilvl
        levels, starts = res.levels, res.starts
        counters = self._counters.setdefault(res.abstract, [None] * _LEVELS)
        if res.overrides and num_id not in self._started:
            for lv in res.overrides:  # a num with startOverride restarts the list where it begins
                if ilvl <= lv < _LEVELS:
                    counters[lv] = None
        self._started.add(num_id)
        for shallower in range(ilvl):  # skipped shallower levels count as started
            if counters[shallower] is None:
                counters[shallower] = starts[shallower]
        current = counters[ilvl]
        counters[ilvl] = starts[ilvl] if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            limit = levels[deeper].restart
            if limit is None or (limit != 0 and ilvl < limit):
                counters[deeper] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            return None, ilvl

        def sub(m: re.Match[str]) -> str:
            ref = int(m.group(1)) - 1
            value = counters[ref]
            shown = starts[ref] if value is None else value
            fmt = "decimal" if level.legal and levels[ref].fmt != "none" else levels[ref].fmt
            return format_value(shown, fmt)

        text = _PLACEHOLDER.sub(sub, level.text).strip()
        return text or None, ilvl
