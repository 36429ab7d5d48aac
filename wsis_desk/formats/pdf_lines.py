"""Break styled text into PDF lines: a face per script, Arabic shaped RTL, CJK by character."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as _bidi_algorithm
from reportlab.pdfbase import pdfmetrics

from wsis_desk.core.scripts import RTL as _RTL
from wsis_desk.formats.arabic_marks import Glyph, has_marks, shape_word
from wsis_desk.formats.fonts import FontSet
from wsis_desk.formats.pack_text import PLAIN, Span, Style

_bidi: Any = _bidi_algorithm  # untyped pure-Python UAX #9; its steps are called one by one
# Harakat are kept (the text stays what was written). A word that has them is drawn from
# HarfBuzz's glyphs and positions instead (arabic_marks), which put each mark on its letter.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "shift_harakat_position": False})

_NO_LINE_START = set("，。、；：！？）》」』】〕〉”’…·%),.;:!?]}")
_NO_LINE_END = set("（《「『【〔〈“‘([{")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run drawn in one face and style, in visual (left-to-right drawing) order."""

    text: str
    font: str
    size: float
    style: Style
    fake_bold: bool  # the face has no bold: stroke the outline (CJK)
    glyphs: tuple[Glyph, ...] = ()  # placed one by one (an Arabic word with harakat)

    @property
    def width(self) -> float:
        """Advance width in points (measured on demand: left-aligned lines never need it)."""
        if self.glyphs:
            return sum(g[3] for g in self.glyphs)
        return float(pdfmetrics.stringWidth(self.text, self.font, self.size))


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: its pieces left to right, total width, and base direction."""

    pieces: tuple[Piece, ...]
    size: float
    rtl: bool
    letters: str = ""  # bidi lines: the letters as written (not joined forms), in visual order

    @property
    def width(self) -> float:
        """Total advance width in points."""
        return sum(p.width for p in self.pieces)

    @property
    def decorated(self) -> bool:
        """Whether a piece is underlined or struck through (drawn as rules)."""
        return any(p.style.underline or p.style.strike for p in self.pieces)


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffee]"
)
_SPACES = re.compile(r"(\s+)")


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and not ch.isspace()


@functools.lru_cache(maxsize=65536)
def _shape_word(word: str) -> str:
    return str(_RESHAPER.reshape(word))


def shape(text: str) -> str:
    """Arabic letters replaced by their joined presentation forms (logical order kept).

    Spaces end every joining context, so words are reshaped one by one (and cached).
    """
    if _RTL.search(text) is None:
        return text
    return " ".join(_shape_word(w) if _RTL.search(w) else w for w in text.split(" "))


def visual_order(
    chars: str, tags: Sequence[object], rtl: bool, *, mirror: bool = True
) -> list[tuple[str, object]]:
    """Reorder one line for display (UAX #9, mirrored brackets), carrying a tag per character."""
    if not rtl and _RTL.search(chars) is None:
        return list(zip(chars, tags, strict=True))
    storage = _bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(chars, storage)
    for entry, tag in zip(storage["chars"], tags, strict=True):
        entry["tag"] = tag
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    _bidi.reorder_resolved_levels(storage, False)
    if mirror:
        _bidi.apply_mirroring(storage, False)
    return [(entry["ch"], entry["tag"]) for entry in storage["chars"]]


class Shaper:
    """Measures and breaks text for one language at one size, picking a face per character."""

    def __init__(self, fonts: FontSet, language: str, size: float) -> None:
        self.fonts = fonts
        self.size = size
        self.rtl = language.lower()[:2] == "ar"
        primary = fonts.for_language(language)
        others = [f for f in (fonts.latin, fonts.arabic, fonts.cjk) if f != primary]
        self._order = [primary, *others]
        self._face_cache: dict[tuple[str, bool], tuple[str, bool]] = {}
        self._width_cache: dict[tuple[str, bool], float] = {}

    def face(self, ch: str, bold: bool) -> tuple[str, bool]:
        """(font name, needs fake bold) for a character."""
        key = (ch, bold)
        hit = self._face_cache.get(key)
        if hit is not None:
            return hit
        chosen = self._order[0]
        if not ch.isspace():
            for family in self._order:
                if ord(ch) in pdfmetrics.getFont(family.regular).face.charToGlyph:
                    chosen = family
                    break
        name = chosen.bold if bold else chosen.regular
        result = (name, bold and name == chosen.regular)
        self._face_cache[key] = result
        return result

    def runs(self, text: str, style: Style) -> Iterable[tuple[str, str, bool]]:
        """Split shaped text into (text, font, fake bold) runs of one face."""
        start = 0
        current: tuple[str, bool] | None = None
        for i, ch in enumerate(text):
            f = self.face(ch, style.bold)
            if f != current:
                if current is not None and i > start:
                    yield text[start:i], current[0], current[1]
                start, current = i, f
        if current is not None:
            yield text[start:], current[0], current[1]

    def width(self, text: str, style: Style = PLAIN) -> float:
        """Width in points of logical text once shaped."""
        key = (text, style.bold)
        w = self._width_cache.get(key)
        if w is None:
            w = sum(
                pdfmetrics.stringWidth(t, font, self.size)
                for t, font, _ in self.runs(shape(text), style)
            )
            self._width_cache[key] = w
        return w

    def wrap(self, spans: Sequence[Span], width: float) -> list[Line]:
        """Break spans (logical order) into lines no wider than ``width``."""
        tokens = _tokens(spans)
        lines: list[list[Span]] = []
        cur: list[Span] = []
        used = 0.0
        pending: Span | None = None
        for tok in tokens:
            if tok[0][0].isspace():
                pending = (" ", tok[0][1])
                continue
            tw = sum(self.width(t, s) for t, s in tok)
            sw = self.width(" ", pending[1]) if pending and cur else 0.0
            if cur and used + sw + tw > width:
                lines.append(cur)
                cur, used, sw = [], 0.0, 0.0
            if tw > width:  # a word longer than the line: break it by character
                for piece in self._split_long(tok, width):
                    if cur:
                        lines.append(cur)
                    cur, used = list(piece), sum(self.width(t, s) for t, s in piece)
                pending = None
                continue
            if pending is not None and cur:
                cur.append(pending)
            cur.extend(tok)
            used += sw + tw
            pending = None
        if cur:
            lines.append(cur)
        return [self.line(spans_) for spans_ in lines]

    def _split_long(self, tok: list[Span], width: float) -> list[list[Span]]:
        out: list[list[Span]] = [[]]
        used = 0.0
        for text, style in tok:
            for ch in text:
                w = self.width(ch, style)
                if out[-1] and used + w > width:
                    out.append([])
                    used = 0.0
                out[-1].append((ch, style))
                used += w
        return out

    def line(self, spans: Sequence[Span]) -> Line:
        """Lay out one line (no breaking): shape, reorder for display, split into faces."""
        if not self.rtl and not any(_RTL.search(text) for text, _ in spans):
            return self._ltr_line(spans)
        chars: list[str] = []
        tags: list[Style] = []
        for text, style in spans:
            shaped = shape(text)
            chars.append(shaped)
            tags.extend([style] * len(shaped))
        ordered = visual_order("".join(chars), tags, self.rtl)
        pieces: list[Piece] = []
        buf: list[str] = []
        key: tuple[str, bool, Style] | None = None
        i = 0
        while i < len(ordered):
            j = i
            while (
                j < len(ordered) and _ARABIC.match(ordered[j][0]) and ordered[j][1] is ordered[i][1]
            ):
                j += 1
            word = "".join(ch for ch, _ in ordered[i:j])
            if j > i and has_marks(word):  # harakat: HarfBuzz places each mark on its letter
                first_tag = ordered[i][1]
                style = first_tag if isinstance(first_tag, Style) else PLAIN
                font, fake = self.face(word[-1], style.bold)
                letters = unicodedata.normalize("NFKC", word[::-1])
                glyphs = shape_word(letters, font, self.size)
                if glyphs:
                    if buf and key is not None:
                        pieces.append(self._piece("".join(buf), key))
                    buf, key = [], None
                    text = "".join(g[0] for g in glyphs)
                    pieces.append(Piece(text, font, self.size, style, fake, glyphs))
                    i = j
                    continue
            for ch, tag in ordered[i : max(j, i + 1)]:
                style = tag if isinstance(tag, Style) else PLAIN
                font, fake = self.face(ch, style.bold)
                k = (font, fake, style)
                if k != key and buf and key is not None:
                    pieces.append(self._piece("".join(buf), key))
                    buf = []
                key = k
                buf.append(ch)
            i = max(j, i + 1)
        if buf and key is not None:
            pieces.append(self._piece("".join(buf), key))
        logical = "".join(text for text, _ in spans)
        visual = "".join(
            ch for ch, _ in visual_order(logical, [None] * len(logical), self.rtl, mirror=False)
        )
        return Line(tuple(pieces), self.size, self.rtl, visual)

    def _ltr_line(self, spans: Sequence[Span]) -> Line:
        """The common case: no right-to-left text, so logical order is drawing order."""
        runs: list[tuple[str, tuple[str, bool, Style]]] = []
        for text, style in spans:
            for run, font, fake in self.runs(text, style):
                key = (font, fake, style)
                if runs and runs[-1][1] == key:
                    runs[-1] = (runs[-1][0] + run, key)
                else:
                    runs.append((run, key))
        pieces = [self._piece(text, key) for text, key in runs]
        return Line(tuple(pieces), self.size, False)

    def _piece(self, text: str, key: tuple[str, bool, Style]) -> Piece:
        font, fake, style = key
        return Piece(text, font, self.size, style, fake)


def _tokens(spans: Sequence[Span]) -> list[list[Span]]:
    """Unbreakable tokens (lists of styled pieces) and single-space tokens, in logical order."""
    tokens: list[list[Span]] = []
    cur: list[Span] = []
    prev = ""

    def add(ch: str, style: Style) -> None:
        if cur and cur[-1][1] == style:
            cur[-1] = (cur[-1][0] + ch, style)
        else:
            cur.append((ch, style))

    for text, style in spans:
        if _WIDE.search(text) is None and (prev == "" or not _is_cjk(prev)):
            # no CJK: only spaces break (the fast path for alphabetic scripts)
            for part in _SPACES.split(text):
                if not part:
                    continue
                if part[0].isspace():
                    if cur:
                        tokens.append(cur)
                        cur = []
                    if not tokens or not tokens[-1][0][0].isspace():
                        tokens.append([(" ", style)])
                else:
                    add(part, style)
            prev = text[-1] if text else prev
            continue
        for ch in text:
            if ch.isspace():
                if cur:
                    tokens.append(cur)
                    cur = []
                if not tokens or not tokens[-1][0][0].isspace():
                    tokens.append([(" ", style)])
                prev = " "
                continue
            cjk = _is_cjk(ch)
            breakable = (cjk or (prev != "" and _is_cjk(prev))) and prev not in _NO_LINE_END
            if cur and breakable and ch not in _NO_LINE_START:
                tokens.append(cur)
                cur = []
            add(ch, style)
            prev = ch
    if cur:
        tokens.append(cur)
    return tokens


def actual_text(letters: str) -> str:
    """The marked-content operator that gives a bidi line the letters it stands for.

    The glyphs are joined presentation forms; text extraction, search and copying
    (``pdftotext``, viewers) read the ``/ActualText`` instead: the letters as written, in the
    visual order a PDF's text is in (readers apply the bidi algorithm to get reading order).
    """
    hexed = ("\ufeff" + letters).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{hexed}>>> BDC"


def draw_line(canvas: Any, line: Line, x: float, y: float, align: str = "L") -> None:
    """Draw a laid-out line at ``x`` (its left, right or centre by ``align``) on baseline ``y``:
    faces, fake bold, HarfBuzz glyphs, underline and strike rules, /ActualText for bidi."""
    if align == "R":
        x -= line.width
    elif align == "C":
        x -= line.width / 2
    text = canvas.beginText(x, y)
    if line.letters:
        text._code.append(actual_text(line.letters))
    fake = False
    pen = x
    for piece in line.pieces:
        text.setFont(piece.font, line.size)
        if piece.fake_bold != fake:
            text.setTextRenderMode(2 if piece.fake_bold else 0)
            fake = piece.fake_bold
        if piece.glyphs:  # each glyph where HarfBuzz puts it (marks on their letters)
            for code, dx, dy, advance in piece.glyphs:
                text.setTextOrigin(pen + dx, y + dy)
                text.textOut(code)
                pen += advance
            text.setTextOrigin(pen, y)
            continue
        text.textOut(piece.text)
        pen += piece.width if any(p.glyphs for p in line.pieces) else 0.0
    if fake:
        text.setTextRenderMode(0)
    if line.letters:
        text._code.append("EMC")
    canvas.setLineWidth(line.size * 0.035)
    canvas.drawText(text)
    if not line.decorated:
        return
    for piece in line.pieces:
        thickness = max(0.6, line.size * 0.06)
        if piece.style.underline:
            canvas.setLineWidth(thickness)
            canvas.line(x, y - line.size * 0.14, x + piece.width, y - line.size * 0.14)
        if piece.style.strike:
            canvas.setLineWidth(thickness)
            canvas.line(x, y + line.size * 0.3, x + piece.width, y + line.size * 0.3)
        x += piece.width
