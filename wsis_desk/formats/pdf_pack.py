"""Write an interpreter pack as a photocopy-ready PDF (reportlab canvas, six UN languages)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from wsis_desk.core.packs import (
    GlossaryItem,
    Pack,
    PackItem,
    Paper,
    ParagraphsItem,
    RedlineItem,
    StatementItem,
    fingerprint,
)
from wsis_desk.core.tables import grid_of
from wsis_desk.formats import pack_text as txt
from wsis_desk.formats.fonts import FontSet, register_fonts
from wsis_desk.formats.pack_text import BOLD, PLAIN, Span, Style
from wsis_desk.formats.pack_words import is_rtl, word
from wsis_desk.formats.pdf_lines import Line, Shaper, draw_line

MM = 72 / 25.4
PAGE_SIZES = {Paper.A4: (595.276, 841.89), Paper.LETTER: (612.0, 792.0)}
START_MARGIN = 32 * MM  # holds the bold paragraph labels
END_MARGIN = 25 * MM  # holds the line numbers
BODY_TOP = 33 * MM  # from the top edge; the running header sits above it
BODY_BOTTOM = 27 * MM  # lowest baseline; the footer sits below it
STATEMENT_SIZE = 14.0
BODY_SIZE = 13.0
LEADING = 1.5
NUMBER_SIZE = 7.5
LABEL_SIZE = 10.5
LABEL_ROOM = START_MARGIN - 15 * MM  # the label column, clear of the page edge
HEADER_SIZE = 9.0
TABLE_SIZE = 10.0  # a table of more than three columns: its cells stay readable across the page
CELL_PAD = 3.0


@dataclass(slots=True)
class _Page:
    header: txt.Header
    rtl: bool
    ops: list[tuple[object, ...]] = field(default_factory=list)
    lines: int = 0


class _Composer:
    """Lays items out into pages of drawing operations; page numbers are known at the end."""

    def __init__(self, pack: Pack, fonts: FontSet) -> None:
        self.pack = pack
        self.lang = pack.options.language  # of the furniture; each item's text has its own
        self.fonts = fonts
        self.width, self.height = PAGE_SIZES[pack.options.paper]
        self.pages: list[_Page] = []
        self.y = 0.0
        self.rtl = False
        self._shapers: dict[tuple[str, float], Shaper] = {}

    def shaper(self, language: str, size: float) -> Shaper:
        key = (language.lower()[:2], size)
        if key not in self._shapers:
            self._shapers[key] = Shaper(self.fonts, key[0], size)
        return self._shapers[key]

    def new_page(self, header: txt.Header) -> None:
        self.pages.append(_Page(header, self.rtl))
        self.y = self.height - BODY_TOP

    def blank_page(self, header: txt.Header) -> None:
        self.new_page(header)
        line = self.shaper(self.lang, 12).line([(word(self.lang, "blank"), PLAIN)])
        self.pages[-1].ops.append(("line", self.width / 2, self.height / 2, line, "C"))

    def space(self, points: float) -> None:
        self.y -= points

    def para(
        self,
        spans: list[Span],
        *,
        language: str,
        size: float,
        label: str | None = None,
        numbered: bool = True,
        after: float = 0.0,
    ) -> None:
        """Add one paragraph: wrapped, numbered in the margin, its label beside the first line."""
        x0, x1 = _frame(self.width, self.rtl)
        leading = size * LEADING
        for i, line in enumerate(self.shaper(language, size).wrap(spans, x1 - x0)):
            if self.y - leading < BODY_BOTTOM - size * 0.3:
                self.new_page(self.pages[-1].header)
            baseline = self.y - (leading - size) / 2 - size * 0.9
            self.y -= leading
            page = self.pages[-1]
            rtl = line.rtl
            page.ops.append(("line", x1 if rtl else x0, baseline, line, "R" if rtl else "L"))
            if numbered:
                page.lines += 1
                page.ops.append(("number", baseline, page.lines))
            if i == 0 and label:  # a Latin label keeps its order on an Arabic page: ¶3, not 3¶
                page.ops.append(("label", baseline, label, txt.lang_of(label)))
        self.y -= after

    # --- items -------------------------------------------------------------------------------

    def statement(self, item: StatementItem) -> None:
        lang = item.language
        title_lang = txt.lang_of(item.title)  # a Latin title in an Arabic item reads LTR
        self.para([(item.title, BOLD)], language=title_lang, size=16, numbered=False, after=4)
        timing = txt.timing_line(item, self.lang)
        self.para([(timing, PLAIN)], language=self.lang, size=10, numbered=False)
        pace = txt.pace_line(item, self.lang)
        self.para([(pace, PLAIN)], language=self.lang, size=10, numbered=False, after=10)
        for block in txt.text_blocks(item.text):
            self.para(
                [(block, PLAIN)], language=lang, size=STATEMENT_SIZE, after=STATEMENT_SIZE * 0.6
            )

    def paragraphs(self, item: ParagraphsItem) -> None:
        lang = item.language
        self.para([(item.document_title, BOLD)], language=lang, size=14, numbered=False, after=2)
        subtitle = txt.paragraphs_subtitle(item, self.lang)
        self.para([(subtitle, PLAIN)], language=self.lang, size=10, numbered=False)
        self.space(10)
        for p in item.paragraphs:
            if p.kind.value == "table":
                self.table(p.text, p.label, language=lang)
                continue
            self.para(
                txt.bracket_spans(p.text, heading=p.kind.value == "heading"),
                language=lang,
                size=BODY_SIZE,
                label=p.label,
                after=BODY_SIZE * 0.6,
            )

    def table(self, text: str, label: str, *, language: str) -> None:
        """A table paragraph as a ruled grid: its label beside the first row, each line of
        text numbered in the margin, a row never split across pages."""
        rows = grid_of(text)
        columns = max(len(r) for r in rows)
        size = BODY_SIZE if columns <= 3 else TABLE_SIZE
        leading = size * 1.3
        x0, x1 = _frame(self.width, self.rtl)
        width = (x1 - x0) / columns
        shaper = self.shaper(language, size)
        self.space(size * 0.4)
        top_rule = True
        for k, cells in enumerate(rows):
            wrapped = [
                shaper.wrap(txt.bracket_spans(c, heading=False), width - 2 * CELL_PAD) if c else []
                for c in cells
            ]
            height = max(1, *(len(w) for w in wrapped)) * leading + 2 * CELL_PAD
            if self.y - height < BODY_BOTTOM - size * 0.3:
                self.new_page(self.pages[-1].header)
                top_rule = True
            page, top = self.pages[-1], self.y
            if top_rule:
                page.ops.append(("rule", x0, top, x1, top))
                top_rule = False
            for j in range(max(1, *(len(w) for w in wrapped))):
                baseline = top - CELL_PAD - j * leading - size * 0.95
                page.lines += 1
                page.ops.append(("number", baseline, page.lines))
                if k == 0 and j == 0 and label:
                    page.ops.append(("label", baseline, label, txt.lang_of(label)))
            for c, lines in enumerate(wrapped):  # the first cell at the start side
                left = x1 - (c + 1) * width if self.rtl else x0 + c * width
                for j, line in enumerate(lines):
                    baseline = top - CELL_PAD - j * leading - size * 0.95
                    x, align = (
                        (left + width - CELL_PAD, "R") if line.rtl else (left + CELL_PAD, "L")
                    )
                    page.ops.append(("line", x, baseline, line, align))
            bottom = top - height
            page.ops.append(("rule", x0, bottom, x1, bottom))
            for c in range(columns + 1):
                page.ops.append(("rule", x0 + c * width, top, x0 + c * width, bottom))
            self.y = bottom
        self.space(BODY_SIZE * 0.6)

    def redline(self, item: RedlineItem) -> None:
        lang = item.language
        self.para([(item.document_title, BOLD)], language=lang, size=14, numbered=False, after=2)
        note = txt.text_language_note(item.language, self.lang)
        for line in (txt.redline_subtitle(item), note, word(self.lang, "legend")):
            if line:
                self.para([(line, PLAIN)], language=self.lang, size=10, numbered=False)
        legend = [
            (word(self.lang, "inserted"), Style(underline=True)),
            ("  ", PLAIN),
            (word(self.lang, "deleted"), Style(strike=True)),
        ]
        self.para(legend, language=self.lang, size=10, numbered=False, after=10)
        for label, ops in item.rows:
            self.para(txt.redline_spans(ops), language=lang, size=BODY_SIZE, label=label, after=8)

    def glossary(self, item: GlossaryItem) -> None:
        self.para([(item.title, BOLD)], language=item.language, size=14, numbered=False, after=10)
        for term, explanation in item.entries:
            spans = [(term, BOLD), (" — " + explanation, PLAIN)]
            self.para(spans, language=item.language, size=12, after=6)

    def item(self, item: PackItem) -> None:
        self.rtl = item.language.lower()[:2] == "ar"
        self.new_page(txt.item_header(self.pack, item))
        if isinstance(item, StatementItem):
            self.statement(item)
        elif isinstance(item, ParagraphsItem):
            self.paragraphs(item)
        elif isinstance(item, RedlineItem):
            self.redline(item)
        else:
            self.glossary(item)
        self.rtl = False


def _layout(pack: Pack, fonts: FontSet) -> tuple[_Composer, list[tuple[int, int]]]:
    comp = _Composer(pack, fonts)
    cover_header = txt.pack_header(pack)
    comp.new_page(cover_header)  # the cover is drawn once page ranges are known
    ranges: list[tuple[int, int]] = []
    for item in pack.items:
        if pack.options.duplex and len(comp.pages) % 2 == 1:
            comp.blank_page(cover_header if not ranges else comp.pages[-1].header)
        first = len(comp.pages) + 1
        comp.item(item)
        ranges.append((first, len(comp.pages)))
    if pack.options.duplex and len(comp.pages) % 2 == 1:
        comp.blank_page(comp.pages[-1].header)  # every copy ends on the back of a sheet
    return comp, ranges


def _cover(comp: _Composer, ranges: list[tuple[int, int]]) -> None:
    pack = comp.pack
    lang = comp.lang
    comp.pages[0].ops.clear()
    comp.pages[0].rtl = comp.rtl = is_rtl(lang)
    comp.y = comp.height - BODY_TOP
    saved, comp.pages = comp.pages, comp.pages[:1]
    comp.para([(pack.title, BOLD)], language=txt.lang_of(pack.title), size=18, numbered=False)
    comp.para([(pack.meeting, PLAIN)], language=txt.lang_of(pack.meeting), size=12, numbered=False)
    comp.space(10)
    comp.para([(word(lang, "copy desk"), BOLD)], language=lang, size=13, numbered=False, after=4)
    for name, value in txt.copy_desk_rows(pack, len(saved)):
        comp.para([(name + ": ", BOLD), (value, PLAIN)], language=lang, size=12, numbered=False)
    comp.space(10)
    comp.para([(word(lang, "contents"), BOLD)], language=lang, size=13, numbered=False, after=4)
    for n, (item, (first, last)) in enumerate(zip(pack.items, ranges, strict=True), start=1):
        pages = txt.page_range(first, last, lang)
        spans = [(f"{n}. ", BOLD), (txt.describe(item, lang), PLAIN), ("  —  " + pages, BOLD)]
        comp.para(spans, language=lang, size=11, numbered=False, after=3)
    comp.pages = saved
    comp.rtl = False


def layout_pages(pack: Pack, *, fonts: FontSet | None = None) -> tuple[int, list[tuple[int, int]]]:
    """How many pages the PDF of ``pack`` has, and the first and last page of every item."""
    comp, ranges = _layout(pack, fonts or register_fonts())
    return len(comp.pages), ranges


def write_pack_pdf(pack: Pack, *, fonts: FontSet | None = None) -> bytes:
    """Render ``pack`` to PDF bytes: cover sheet, then each item from a new (recto) page."""
    fonts = fonts or register_fonts()
    comp, ranges = _layout(pack, fonts)
    _cover(comp, ranges)
    buf = io.BytesIO()
    canvas = Canvas(
        buf,
        pagesize=(comp.width, comp.height),
        pageCompression=1,
        initialFontName=fonts.latin.regular,
    )
    canvas.setTitle(pack.title)
    canvas.setSubject(pack.meeting)
    canvas.setCreator("wsis_desk")
    fp = fingerprint(pack)
    total = len(comp.pages)
    for number, page in enumerate(comp.pages, start=1):
        _draw_furniture(canvas, comp, page.header, number, total, fp)
        # body lines first, margin furniture after: extracted text reads as one flow
        for op in sorted(page.ops, key=lambda o: o[0] != "line"):
            _draw_op(canvas, comp, page, op)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _frame(width: float, rtl: bool) -> tuple[float, float]:
    """Left and right edges of the text: labels go on the start side, numbers on the end."""
    if rtl:
        return END_MARGIN, width - START_MARGIN
    return START_MARGIN, width - END_MARGIN


def _draw_furniture(
    canvas: Canvas, comp: _Composer, header: txt.Header, number: int, total: int, fp: str
) -> None:
    """Running header (banner, meeting, speaker, language, references) and footer."""
    w, h = comp.width, comp.height
    left, right = END_MARGIN, w - END_MARGIN
    lang, rtl = comp.lang, is_rtl(comp.lang)
    banner = comp.shaper(lang, 12).line([(header.banner, BOLD)])
    y = h - 12 * MM - 12
    draw_line(canvas, banner, w / 2, y, "C")
    canvas.setLineWidth(0.8)
    canvas.rect(w / 2 - banner.width / 2 - 6, y - 4, banner.width + 12, 12 + 6, stroke=1, fill=0)
    lines = _header_lines(comp, header.lines(), right - left)
    for line in lines:
        y -= line.size * (1.45 if len(lines) <= 2 else 1.2)
        draw_line(canvas, line, right if rtl else left, y, "R" if rtl else "L")
    canvas.setLineWidth(0.6)
    canvas.line(left, h - 29 * MM, right, h - 29 * MM)
    canvas.line(left, 21 * MM, right, 21 * MM)
    small = comp.shaper(lang, 8.5)
    y = 16 * MM
    start, end = (right, "R") if rtl else (left, "L")
    other, other_align = (left, "L") if rtl else (right, "R")
    draw_line(canvas, small.line([(txt.page_of(number, total, lang), BOLD)]), start, y, end)
    generated = txt.generated_line(comp.pack.options.generated_at, lang)
    draw_line(canvas, small.line([(generated, PLAIN)]), w / 2, y, "C")
    stamp = small.line([(f"{word(lang, 'fingerprint')} {fp}", PLAIN)])
    draw_line(canvas, stamp, other, y, other_align)


def _header_lines(comp: _Composer, texts: tuple[str, ...], room: float) -> list[Line]:
    """The header's lines, never cut: smaller first, then wrapped, within the header band."""
    band = 2 * HEADER_SIZE * 1.45 + 8
    lines: list[Line] = []
    size = HEADER_SIZE
    while size >= 5:
        shaper = comp.shaper(comp.lang, size)
        lines = []
        for text in texts:  # one line as written (its wide gaps kept), wrapped if too long
            whole = shaper.line([(text, PLAIN)])
            lines += [whole] if whole.width <= room else shaper.wrap([(text, PLAIN)], room)
        step = size * (1.45 if len(lines) <= 2 else 1.2)
        if len(lines) * step <= band:
            break
        size -= 0.5
    return lines


def _label_lines(comp: _Composer, label: str, language: str, room: float) -> list[Line]:
    """A margin label, never cut: smaller down to 6 pt, then broken into lines that fit."""
    size = LABEL_SIZE
    shaper = comp.shaper(language, size)
    while shaper.line([(label, BOLD)]).width > room and size > 6:
        size -= 0.5
        shaper = comp.shaper(language, size)
    lines: list[Line] = []
    rest = label
    while rest:
        cut = len(rest)
        while cut > 1 and shaper.line([(rest[:cut], BOLD)]).width > room:
            cut -= 1
        lines.append(shaper.line([(rest[:cut], BOLD)]))
        rest = rest[cut:]
    return lines


def _draw_op(canvas: Canvas, comp: _Composer, page: _Page, op: tuple[object, ...]) -> None:
    x0, x1 = _frame(comp.width, page.rtl)
    if op[0] == "line":
        _, x, y, line, align = op
        assert isinstance(line, Line) and isinstance(x, float) and isinstance(y, float)
        draw_line(canvas, line, x, y, str(align))
    elif op[0] == "rule":
        _, rx0, ry0, rx1, ry1 = op
        assert isinstance(rx0, float) and isinstance(ry0, float)
        assert isinstance(rx1, float) and isinstance(ry1, float)
        canvas.setLineWidth(0.5)
        canvas.line(rx0, ry0, rx1, ry1)
    elif op[0] == "number":
        _, y, n = op
        assert isinstance(y, float)
        num = comp.shaper("en", NUMBER_SIZE).line([(str(n), PLAIN)])
        if page.rtl:
            draw_line(canvas, num, x0 - 4 * MM, y, "R")
        else:
            draw_line(canvas, num, x1 + 4 * MM, y, "L")
    elif op[0] == "label":
        _, y, label, language = op
        assert isinstance(y, float)
        for k, line in enumerate(_label_lines(comp, str(label), str(language), LABEL_ROOM)):
            ly = y - k * line.size * 1.15
            if page.rtl:
                draw_line(canvas, line, x1 + 4 * MM, ly, "L")
            else:
                draw_line(canvas, line, x0 - 4 * MM, ly, "R")
