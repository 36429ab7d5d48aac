"""Read a PDF's text layer with PDFium: lines with positions, sizes and styles; refuse the rest.

Over ~400 lines because the calls into PDFium for one page (characters, boxes, fonts, rules,
raised note marks) share one scratch buffer and one loop, which is the reader's hot path; the
layout above the page (``pdf_layout``, ``pdf_lines``, ``pdf_page``) is apart.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from wsis_desk.core.model import SourceText
from wsis_desk.errors import CorruptFileError, FileTooLargeError, Remedy, UnsupportedFormatError
from wsis_desk.formats.pdf_guard import check_streams, open_pdf, scan_message
from wsis_desk.formats.pdf_layout import assemble
from wsis_desk.formats.pdf_ocr import ocr_available, ocr_pdf
from wsis_desk.formats.pdf_page import Line, Page, Rule

__all__ = ["read_pdf"]

MAX_PAGE_CHARS = 200_000  # a dense A4 page holds about 6,000 characters
MAX_PAGE_OBJECTS = 100_000
_LOCK = threading.Lock()  # PDFium is not thread-safe
_BREAK = re.compile(r"[^\r\n]+")
_GAP = 4.0  # points (and half an em) between a margin label and its text: a tab, not a space
_ORDINAL = re.compile(r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.?(?= )")
_LABEL = re.compile(
    r"^(?:[PpOo][Pp]\s?\d+[a-z]{0,12}|\d{1,3}(?:\.\d{1,3})*[a-z]{0,12}\.?"
    r"|\(?(?:[a-z]{1,3}|[ivxlc]{1,6}|\d{1,3}[a-z]{0,12})\)|[A-Za-z]\.|[IVXLC]{1,6}\.|[ivxlc]{1,6}\."
    r"|[a-z](?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.?)$"
)
_SUPERSCRIPT = frozenset("0123456789*†‡")


@dataclass
class _Font:
    bold: bool
    italic: bool


@dataclass
class _Run:
    """A text object: its box, size and face; ``raised`` when it sits above its neighbours."""

    left: float
    bottom: float
    right: float
    top: float
    size: float
    bold: bool
    italic: bool


@dataclass
class _Scratch:
    l: ctypes.c_double = field(default_factory=ctypes.c_double)  # noqa: E741
    r: ctypes.c_double = field(default_factory=ctypes.c_double)
    b: ctypes.c_double = field(default_factory=ctypes.c_double)
    t: ctypes.c_double = field(default_factory=ctypes.c_double)
    fl: ctypes.c_float = field(default_factory=ctypes.c_float)
    fb: ctypes.c_float = field(default_factory=ctypes.c_float)
    fr: ctypes.c_float = field(default_factory=ctypes.c_float)
    ft: ctypes.c_float = field(default_factory=ctypes.c_float)
    fs: ctypes.c_float = field(default_factory=ctypes.c_float)
    name: Any = field(default_factory=lambda: ctypes.create_string_buffer(256))


def read_pdf(data: bytes, *, name: str = "document.pdf", ocr: bool = False) -> SourceText:
    """Read a PDF with a text layer into paragraph blocks; one clear error for anything else.

    A scan (no text layer) is refused, or with ``ocr`` read by tesseract and marked as
    approximate.
    """
    check_streams(data, name)
    with _LOCK:
        doc = open_pdf(data, name)
        try:
            pages = _pages(doc, name)
            if not any(p.lines for p in pages):
                if ocr and ocr_available():
                    return ocr_pdf(doc, name)
                raise UnsupportedFormatError(
                    scan_message(name, sum(p.images for p in pages)),
                    remedy=Remedy.OCR if ocr_available() else None,
                )
        finally:
            doc.close()
    return assemble(pages)


def _pages(doc: pdfium.PdfDocument, name: str) -> list[Page]:
    fonts: dict[int, _Font] = {}
    scratch = _Scratch()
    out = []
    for index in range(len(doc)):
        page = pdfium_c.FPDF_LoadPage(doc.raw, index)
        if not page:
            raise CorruptFileError(
                f"{name}: page {index + 1} of the PDF is damaged and cannot be read. "
                "Export the PDF again, or save it as .docx."
            )
        text_page = pdfium_c.FPDFText_LoadPage(page)
        try:
            out.append(_page(page, text_page, index, fonts, scratch, name))
        finally:
            if text_page:
                pdfium_c.FPDFText_ClosePage(text_page)
            pdfium_c.FPDF_ClosePage(page)
    return out


def _font(handle: Any, fonts: dict[int, _Font], scratch: _Scratch) -> _Font:
    key = ctypes.c_void_p.from_buffer(handle).value or 0  # its address (ctypes.cast: 2x slower)
    found = fonts.get(key)
    if found is None:
        n = pdfium_c.FPDFFont_GetBaseFontName(handle, scratch.name, 256) if handle else 0
        face = scratch.name.raw[: max(0, n - 1)].decode("latin-1").lower()
        weight = pdfium_c.FPDFFont_GetWeight(handle) if handle else -1
        angle = ctypes.c_int(0)
        pdfium_c.FPDFFont_GetItalicAngle(handle, angle) if handle else None
        bold = "bold" in face or "black" in face or "heavy" in face or weight >= 600
        italic = "italic" in face or "oblique" in face or angle.value != 0
        found = fonts[key] = _Font(bold, italic)
    return found


def _page(
    page: Any, text_page: Any, index: int, fonts: dict[int, _Font], s: _Scratch, name: str
) -> Page:
    width = pdfium_c.FPDF_GetPageWidthF(page)
    height = pdfium_c.FPDF_GetPageHeightF(page)
    runs: list[_Run] = []
    rules: list[Rule] = []
    images = 0
    n_objects = pdfium_c.FPDFPage_CountObjects(page)
    if n_objects > MAX_PAGE_OBJECTS:
        raise FileTooLargeError(
            f"{name}: page {index + 1} holds {n_objects:,} drawing objects, far more than a "
            "page of text; the file cannot be read as a negotiation text."
        )
    for k in range(n_objects):
        obj = pdfium_c.FPDFPage_GetObject(page, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH):
            images += kind == pdfium_c.FPDF_PAGEOBJ_IMAGE
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, s.fl, s.fb, s.fr, s.ft):
            continue
        left, bottom, right, top = s.fl.value, s.fb.value, s.fr.value, s.ft.value
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            if top - bottom <= 2.5 and right - left > 3.0:
                rules.append(Rule(left, right, (top + bottom) / 2))
            continue
        if right - left < 0.5:
            continue  # an empty run (Word writes one at each line end)
        pdfium_c.FPDFTextObj_GetFontSize(obj, s.fs)
        font = _font(pdfium_c.FPDFTextObj_GetFont(obj), fonts, s)
        runs.append(_Run(left, bottom, right, top, s.fs.value, font.bold, font.italic))
    runs.sort(key=lambda r: r.bottom)
    rules.sort(key=lambda r: r.y)
    lines = _lines(text_page, runs, rules, s, (index, name), (width, height)) if text_page else []
    return Page(index, width, height, lines, rules, images)


def _page_text(text_page: Any, index: int, name: str) -> str:
    count = pdfium_c.FPDFText_CountChars(text_page)
    if count <= 0:
        return ""
    if count > MAX_PAGE_CHARS:
        raise FileTooLargeError(
            f"{name}: page {index + 1} holds {count:,} characters, far more than a page of "
            "text; the file cannot be read as a negotiation text."
        )
    buf = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(
        text_page, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
    )
    return buf.raw[: count * 2].decode("utf-16-le", errors="replace")


def _box(text_page: Any, i: int, s: _Scratch) -> tuple[float, float, float, float]:
    pdfium_c.FPDFText_GetCharBox(text_page, i, s.l, s.r, s.b, s.t)
    return s.l.value, s.b.value, s.r.value, s.t.value


def _segments(text: str, text_page: Any) -> list[tuple[int, int]]:
    """(start, end) of each printed line: PDFium's lines, cut again after a line-end hyphen.

    PDFium glues a word hyphenated at a line end to the next line; the layout reader
    decides itself whether the hyphen stays, so the physical lines are restored here.
    """
    out = []
    for m in _BREAK.finditer(text):
        a, b = m.span()
        at = text.find("-", a, b)
        while at != -1:
            if pdfium_c.FPDFText_IsHyphen(text_page, at) == 1:
                out.append((a, at + 1))
                a = at + 1
            at = text.find("-", at + 1, b)
        out.append((a, b))
    return out


def _split_wide(text: str, a: int, b: int, text_page: Any, s: _Scratch) -> list[tuple[int, int]]:
    """Cut a header or footer line where its parts stand far apart (head left, symbol right)."""
    out = []
    size = pdfium_c.FPDFText_GetFontSize(text_page, a) or 10.0
    at = text.find(" ", a, b)
    while at != -1:
        inside = a < at < b - 1 and text[at - 1] != " " and text[at + 1] != " "
        if inside and _box(text_page, at + 1, s)[0] - _box(text_page, at - 1, s)[2] > 3 * size:
            out.append((a, at))
            a = at + 1
        at = text.find(" ", at + 1, b)
    out.append((a, b))
    return out


@dataclass
class _Seg:
    """A stretch of page text that PDFium put on one line, measured."""

    first: int
    last: int
    box: tuple[float, float, float, float]  # left, bottom, right, top
    size: float
    runs: list[_Run]
    gutter: tuple[float, float] | None  # (x of a wide gap, x just right of it)


def _measure(text: str, a: int, b: int, ctx: _Page) -> _Seg | None:
    raw = text[a:b]
    if not raw.strip():
        return None
    first = a + (len(raw) - len(raw.lstrip()))
    last = a + len(raw.rstrip()) - 1
    left, bottom, right0, top = _box(ctx.text_page, first, ctx.s)
    left1, bottom1, right, top1 = _box(ctx.text_page, last, ctx.s)
    left, right = min(left, left1), max(right, right0)  # a right-to-left line runs backwards
    bottom, top = min(bottom, bottom1), max(top, top1)  # the first may be a small margin label
    size = max(
        pdfium_c.FPDFText_GetFontSize(ctx.text_page, first),
        pdfium_c.FPDFText_GetFontSize(ctx.text_page, last),
    )
    on_line = _runs_on(ctx, (left, bottom, right, top), size)
    gutter = None
    wide, third = max(12.0, 1.2 * size), ctx.width / 3
    for before, after in itertools.pairwise(on_line):
        gap = after.left - before.right
        centre = (after.left + before.right) / 2
        if gap >= wide and third < centre < 2 * third:
            gutter = (centre, after.left + min(1.5, (after.right - after.left) / 4))
            break
    return _Seg(first, last, (left, bottom, right, top), size, on_line, gutter)


@dataclass
class _Page:
    text_page: Any
    runs: list[_Run]  # sorted by bottom
    rules: list[Rule]  # sorted by y
    s: _Scratch
    width: float
    # the sort keys above, searched with bisect once per line (a key function is called
    # once per probe: about 60,000 calls on an 86-page PDF)
    bottoms: list[float] = field(init=False)
    ys: list[float] = field(init=False)

    def __post_init__(self) -> None:
        self.bottoms = [r.bottom for r in self.runs]
        self.ys = [r.y for r in self.rules]


def _lines(
    text_page: Any,
    runs: list[_Run],
    rules: list[Rule],
    s: _Scratch,
    where: tuple[int, str],
    dims: tuple[float, float],
) -> list[Line]:
    index, name = where
    width, height = dims
    ctx = _Page(text_page, runs, rules, s, width)
    text = _page_text(text_page, index, name).replace("\ufffe", "-")  # PDFium's line-end hyphen
    segments = []
    for a, b in _segments(text, text_page):
        y = _box(text_page, a, s)[1] if a < b else 0.0
        if y > height * 0.88 or y < height * 0.1:
            segments += _split_wide(text, a, b, text_page, s)
        else:
            segments.append((a, b))
    measured = [m for a, b in segments if (m := _measure(text, a, b, ctx)) is not None]
    # a gutter is a gap shared by several lines: two columns PDFium read as one line
    gutters = Counter(round(m.gutter[0] / 8) for m in measured if m.gutter)
    shared = {k for k, n in gutters.items() if n + gutters[k - 1] + gutters[k + 1] >= 5}
    out: list[Line] = []
    for m in measured:
        if m.gutter and round(m.gutter[0] / 8) in shared:
            mid = (m.box[1] + m.box[3]) / 2
            cut = pdfium_c.FPDFText_GetCharIndexAtPos(text_page, m.gutter[1], mid, 2.0, 2.0)
            if m.first < cut <= m.last:
                parts = [_measure(text, m.first, cut, ctx), _measure(text, cut, m.last + 1, ctx)]
                out += [_line(text, p, ctx) for p in parts if p is not None]
                continue
        out.append(_line(text, m, ctx))
    return out


def _line(text: str, m: _Seg, ctx: _Page) -> Line:
    left, bottom, right, top = m.box
    stripped = text[m.first : m.last + 1]
    label = ""
    body = stripped
    space = stripped.find(" ")
    if 0 < space <= 6 and (more := _ORDINAL.match(stripped, space + 1)):
        space = more.end()  # "16.5 quater." is one label
    if 0 < space <= 20 and _LABEL.match(stripped[:space].replace(" ", "")):
        after = m.first + space + (len(stripped[space:]) - len(stripped[space:].lstrip()))
        token_end = _box(ctx.text_page, m.first + space - 1, ctx.s)[2]
        start = _box(ctx.text_page, after, ctx.s)[0]
        if start - token_end >= max(_GAP, 0.5 * m.size):
            label, body = stripped[:space], stripped[space:].lstrip()
            left = start
    line = Line(body, left, bottom, right, top, m.size, label=label)
    body_start = m.first + (len(stripped) - len(body))
    for run in _style(line, m.runs):
        _mark_raised(line, run, ctx.text_page, body_start, text, ctx.s)
    if ctx.rules:
        _decorations(line, ctx, body_start)
    return line


def _decorations(line: Line, ctx: _Page, start: int) -> None:
    """Record which characters a rule strikes through or underlines."""
    rules, text_page = ctx.rules, ctx.text_page
    size = line.size or 10.0
    mid = (line.bottom + line.top) / 2
    low = bisect.bisect_left(ctx.ys, line.bottom - 0.35 * size)
    high = bisect.bisect_right(ctx.ys, line.bottom + 0.6 * size)
    for rule in rules[low:high]:
        if rule.left < line.left - 2 or rule.right > line.right + 2:
            continue
        if line.bottom + 0.15 * size < rule.y < line.bottom + 0.6 * size:
            spans = line.struck
        elif line.bottom - 0.35 * size < rule.y < line.bottom + 0.1 * size:
            spans = line.underlined
        else:
            continue
        a = pdfium_c.FPDFText_GetCharIndexAtPos(text_page, rule.left + 1, mid, 2.0, 2.0)
        b = pdfium_c.FPDFText_GetCharIndexAtPos(text_page, rule.right - 1, mid, 2.0, 2.0)
        if a >= 0 and b >= a:
            lo, hi = max(0, a - start), min(len(line.text), b - start + 1)
            if lo < hi:
                spans.append((lo, hi))


def _runs_on(ctx: _Page, box: tuple[float, float, float, float], size: float) -> list[_Run]:
    """The runs on a line, left to right: centred inside its height, or small and starting
    inside it (a superscript stands above the middle of the line it belongs to)."""
    left, bottom, right, top = box
    runs = ctx.runs
    end = bisect.bisect_right(ctx.bottoms, top + 1)
    begin = bisect.bisect_left(ctx.bottoms, bottom - 3 * size, hi=end)
    on_line = [
        r
        for r in runs[begin:end]
        if r.right > left - 1
        and r.left < right + 1
        and (
            bottom - 1 <= (r.bottom + r.top) / 2 <= top + 1
            or (r.size < 0.8 * size and bottom - 1 <= r.bottom <= top + 1)
        )
    ]
    return sorted(on_line, key=lambda r: r.left)


def _style(line: Line, on_line: list[_Run]) -> list[_Run]:
    """Set bold/italic/size of ``line`` from its runs; return its raised (superscript) runs."""
    if not on_line:
        return []
    widths: dict[float, float] = {}
    for r in on_line:
        key = round(r.size, 1)
        widths[key] = widths.get(key, 0.0) + r.right - r.left
    body = max(widths, key=lambda k: widths[k])  # the size most of the line is set in
    main = [r for r in on_line if r.size >= 0.8 * body]
    line.bold = all(r.bold for r in main)
    line.italic = all(r.italic for r in main)
    line.size = body
    base = min(r.bottom for r in main)
    return [r for r in on_line if r.size < 0.8 * body and r.bottom > base + 0.15 * body]


def _mark_raised(line: Line, run: _Run, text_page: Any, start: int, text: str, s: _Scratch) -> None:
    """Record which characters of ``line.text`` a raised run covers (footnote marks)."""
    x, y = run.left + min(1.5, (run.right - run.left) / 4), (run.bottom + run.top) / 2
    i = pdfium_c.FPDFText_GetCharIndexAtPos(text_page, x, y, 2.0, 2.0)
    if i < start or i >= start + len(line.text) or text[i] not in _SUPERSCRIPT:
        return
    a = i
    while (
        a > start and text[a - 1] in _SUPERSCRIPT and _box(text_page, a - 1, s)[0] >= run.left - 0.5
    ):
        a -= 1
    b = i + 1
    while b < start + len(line.text) and text[b] in _SUPERSCRIPT:
        if _box(text_page, b, s)[2] > run.right + 0.5:
            break
        b += 1
    line.raised.append((a - start, b - start))
