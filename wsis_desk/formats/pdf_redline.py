"""Write a comparison as a photocopy-ready PDF redline: underline inserted, strike deleted.

Over ~400 lines because the page furniture, the paragraph flow and the word-level marking share
one drawing state; the lineage table pages are apart in ``pdf_redline_table``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.compare import Comparison, ParagraphComparison, margin_label
from wsis_desk.core.diff import Chunk, diff_paragraph
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.formats.docx_tables import TableCells
from wsis_desk.formats.fonts import FontFamily, FontSet, register_fonts
from wsis_desk.formats.pack_text import redline_spans
from wsis_desk.formats.pdf_lines import Line, Shaper, draw_line
from wsis_desk.formats.pdf_redline_table import cell_words, grid_words, layout_table

__all__ = ["write_redline_pdf"]

MARGIN = 25 * mm  # nothing is printed closer than this to any edge
GUTTER = 24 * mm  # label column, between the left margin and the text
HEADER_GAP = 11 * mm  # header baseline to the first line of text
BODY_SIZE = 10.5
LEADING = BODY_SIZE * 1.4
LABEL_SIZE = 8.5
NOTE_SIZE = 7.5
ARROW = "→"  # Noto Sans has no arrows: drawn with the CJK face, which does
_NOTES = {
    ChangeKind.ADDED: "new",
    ChangeKind.REMOVED: "deleted",
    ChangeKind.MOVED: "moved",
    ChangeKind.MERGED: "merged",
    ChangeKind.SPLIT: "split",
}
_PIECES = re.compile(r"\n|[ \t\r\f\v\u00a0]+|[\[\]]|[^\s\[\]]+")

# A word is a list of (text, font, mark) runs; mark is "", "+" (underline) or "-" (strike).
Run = tuple[str, str, str]


@dataclass
class _Page:
    texts: list[tuple[float, float, float, list[tuple[str, str]]]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    shaped: list[tuple[float, float, Line]] = field(default_factory=list)  # right-aligned


class _Layout:
    """Greedy line breaking with cached word widths, straight onto pages of draw operations."""

    def __init__(self, size: tuple[float, float], fonts: FontSet) -> None:
        self.width, self.height = size
        self.fonts = fonts
        self.left = MARGIN + GUTTER
        self.measure = self.width - MARGIN - self.left
        self.top = self.height - MARGIN - HEADER_GAP
        self.bottom = MARGIN + 8 * mm
        self.pages: list[_Page] = []
        self.y = 0.0
        self._widths: dict[tuple[str, str, float], float] = {}
        self._rtl: Shaper | None = None
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.top

    def w(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        got = self._widths.get(key)
        if got is None:
            got = self._widths[key] = stringWidth(text, font, size)
        return got

    def words(self, chunks: Sequence[Chunk], family: FontFamily, cjk: bool) -> list[list[Run]]:
        """Split chunks into words (runs glued together) and separators (" ", "\n")."""
        out: list[list[Run]] = [[]]
        previous = "="
        for chunk in chunks:
            mark = "" if chunk.op == "=" else chunk.op
            if previous == "-" and chunk.op == "+":  # "oldnew" glued is unreadable on paper
                out.extend(([(" ", family.regular, "")], []))
            previous = chunk.op
            for piece in _PIECES.findall(chunk.text):
                if piece == "\n" or piece[0] in " \t\r\f\v\u00a0":
                    out.append([("\n" if piece == "\n" else " ", family.regular, mark)])
                    out.append([])
                elif piece in "[]":
                    out[-1].append((piece, family.bold, mark))
                elif cjk:
                    for ch in piece:  # Chinese wraps between any two characters
                        out[-1].append((ch, family.regular, mark))
                        out.append([])
                else:
                    out[-1].append((piece, family.regular, mark))
        return [word for word in out if word]

    def paragraph(
        self,
        words: list[list[Run]],
        labels: Sequence[tuple[str, str, float]] = (),
        size: float = BODY_SIZE,
        leading: float = LEADING,
        after: float = 5.0,
    ) -> None:
        lines = self.wrap(words, self.measure, size)
        label_bottom = self.y
        for k, line in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            if k == 0:
                self._labels(labels)
                label_bottom = self.y - sum(lsize + 2 for _, _, lsize in labels[1:])
            self._line(line, size)
        self.y = min(self.y, label_bottom) - after  # a tall margin label never meets the next

    def wrap(self, words: list[list[Run]], measure: float, size: float) -> list[list[Run]]:
        """Greedy line breaking of words into lines no wider than ``measure``."""
        lines: list[list[Run]] = [[]]
        x = 0.0
        for word in words:
            first = word[0][0]
            if first == "\n":
                lines.append([])
                x = 0.0
                continue
            width = sum(self.w(t, f, size) for t, f, _ in word)
            if first == " ":
                if x > 0:
                    lines[-1].extend(word)
                    x += width
                continue
            if x + width > measure and x > 0:
                while lines[-1] and lines[-1][-1][0] == " ":
                    lines[-1].pop()
                lines.append([])
                x = 0.0
            lines[-1].extend(word)
            x += width
        return lines

    def rtl_paragraph(
        self, chunks: Sequence[Chunk], labels: Sequence[tuple[str, str, float]], after: float
    ) -> None:
        """An Arabic paragraph: shaped, right to left, set flush right, marks as elsewhere."""
        if self._rtl is None:
            self._rtl = Shaper(self.fonts, "ar", BODY_SIZE)
        spans = redline_spans(tuple((c.op, c.text.replace("\n", " ")) for c in chunks))
        label_bottom = self.y
        for k, line in enumerate(self._rtl.wrap(spans, self.measure)):
            if self.y - LEADING < self.bottom:
                self.new_page()
            self.y -= LEADING
            if k == 0:
                self._labels(labels)
                label_bottom = self.y - sum(lsize + 2 for _, _, lsize in labels[1:])
            self.pages[-1].shaped.append((self.left + self.measure, self.y, line))
        self.y = min(self.y, label_bottom) - after

    def _labels(self, labels: Sequence[tuple[str, str, float]]) -> None:
        page = self.pages[-1]
        y = self.y
        for text, font, size in labels:
            page.texts.append((MARGIN, y, size, [(font, text)]))
            y -= size + 2

    def _line(self, line: list[Run], size: float, x0: float | None = None) -> None:
        page = self.pages[-1]
        x = self.left if x0 is None else x0
        start = x
        segments: list[tuple[str, str]] = []
        for text, font, mark in line:
            width = self.w(text, font, size)
            if mark:  # underline just below the baseline, strike through the x-height
                dy = -1.6 if mark == "+" else size * 0.3
                page.rules.append((x, self.y + dy, x + width, self.y + dy))
            if segments and segments[-1][0] == font:
                segments[-1] = (font, segments[-1][1] + text)
            else:
                if segments:
                    page.texts.append((start, self.y, size, segments))
                segments, start = [(font, text)], x
            x += width
        if segments:
            page.texts.append((start, self.y, size, segments))


def _when(value: str | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y %H:%M")
    return value


def _fit(
    text: str, font: str, size: float, width: float = GUTTER - 2 * mm
) -> list[tuple[str, str, float]]:
    """A margin label that never runs into the text and is never cut: smaller, then wrapped
    after a "/", "(" or "." (or anywhere, for one long word)."""
    while size > 6.0 and stringWidth(text, font, size) > width:
        size -= 0.5
    lines: list[tuple[str, str, float]] = []
    rest = text
    while stringWidth(rest, font, size) > width and len(rest) > 1:
        cut = len(rest)
        while cut > 1 and stringWidth(rest[:cut], font, size) > width:
            cut -= 1
        soft = max(rest.rfind(c, 0, cut) for c in "/(.- ")
        cut = soft + 1 if soft > 0 else cut
        lines.append((rest[:cut].rstrip(), font, size))
        rest = rest[cut:].lstrip()
    lines.append((rest, font, size))
    return lines


def _labels(
    row: ParagraphComparison, old: Sequence[Paragraph], new: Sequence[Paragraph], fonts: FontSet
) -> list[tuple[str, str, float]]:
    m = row.match
    bold, regular = fonts.latin.bold, fonts.latin.regular
    new_label, old_label = margin_label(new, m.news), margin_label(old, m.olds)
    if not m.news:  # gone: never in the column of current labels
        lines = [("deleted:", regular, NOTE_SIZE)]
        for part in old_label.split(" + ") if old_label else ():
            lines += _fit(f"{part} (was)", regular, NOTE_SIZE)
        return lines
    lines = [
        line for part in new_label.split(" + ") if part for line in _fit(part, bold, LABEL_SIZE)
    ]
    if m.olds and old_label and old_label != new_label:
        for k, part in enumerate(old_label.split(" + ")):
            lines += _fit(("was " if k == 0 else "") + part, regular, NOTE_SIZE)
    note = _NOTES.get(m.change)
    if note:
        lines.append((f"({note})", regular, NOTE_SIZE))
    if row.note_chunks and m.olds:
        lines += _fit("(footnote changed)", regular, NOTE_SIZE)
    return lines


def _notes(
    row: ParagraphComparison, old: Sequence[Paragraph], new: Sequence[Paragraph]
) -> tuple[Chunk, ...]:
    """The footnotes of a row, marked like its text when their words changed (re-wrapped or
    marked another way: the new notes, unmarked)."""

    def joined(paragraphs: Sequence[Paragraph], indices: Sequence[int]) -> str:
        notes = [f for k in indices for f in paragraphs[k].footnotes]
        return "\n".join(f"{f.mark} {f.text}".strip() for f in notes)

    before, after = joined(old, row.match.olds), joined(new, row.match.news)
    if not before and not after:
        return ()
    if not row.match.news:
        return (Chunk("-", before),)
    if row.match.olds and not row.note_chunks:
        return (Chunk("=", after),)
    return diff_paragraph(before, after).chunks


def _spans(text: str, font: str, arrow_font: str) -> list[tuple[str, str]]:
    """(font, text) spans with arrows in a face that has them."""
    spans: list[tuple[str, str]] = []
    for k, part in enumerate(text.split(ARROW)):
        if k:
            spans.append((arrow_font, ARROW))
        if part:
            spans.append((font, part))
    return spans


def _front(layout: _Layout, comparison: Comparison, title: str, compared: str) -> None:
    fonts = layout.fonts
    s, b = comparison.summary, comparison.summary.brackets
    counts = (
        f"{s.changed} changed, {s.added} added, {s.removed} removed, {s.moved} moved, "
        f"{s.renumbered} renumbered, {s.merged} merged, {s.split} split, "
        f"{s.unchanged} unchanged. Brackets: {b.before} to {b.after} "
        f"({b.added} added; {b.removed} removed: {b.resolved} resolved, {b.dropped} dropped)."
    )
    f = s.footnote_brackets
    if f.before or f.after:
        counts += (
            f" Footnote brackets: {f.before} to {f.after} ({f.added} added; {f.removed} "
            f"removed: {f.resolved} resolved, {f.dropped} dropped)."
        )
    if s.notes_changed:
        counts += f" {s.notes_changed} footnote{'s' * (s.notes_changed != 1)} changed."
    if s.layout_only:
        counts += " No substantive change: the words are the same."
    head = FontFamily(fonts.latin.bold, fonts.latin.bold, fonts.latin.bold, fonts.latin.bold)
    layout.paragraph(layout.words([Chunk("=", title)], head, False), size=14, leading=18)
    for text in (compared.replace(ARROW, "to"), counts):
        layout.paragraph(layout.words([Chunk("=", text)], fonts.latin, False), size=9, leading=12)
    key = [
        Chunk("=", "Key: "),
        Chunk("+", "underlined = inserted"),
        Chunk("=", "; "),
        Chunk("-", "struck through = deleted"),
        Chunk("=", "; [ ] brackets in bold; new label in the margin, “was …” the old one."),
    ]
    layout.paragraph(layout.words(key, fonts.latin, False), size=9, leading=12, after=14)


def write_redline_pdf(
    comparison: Comparison,
    old_paragraphs: Sequence[Paragraph],
    new_paragraphs: Sequence[Paragraph],
    *,
    title: str,
    old_label: str,
    old_date: str | datetime | None,
    new_label: str,
    new_date: str | datetime | None,
    paper: str = "a4",
    tables: Sequence[TableCells] = (),
) -> bytes:
    """A PDF of the new version marked against the old one, legible in black and white.

    Inserted text is underlined, deleted text struck through, brackets bold, labels in the
    left margin ("was OP3" under a renumbered one); every page has the header
    "compared: old (date) → new (date)" (on a line of its own under a long title, never cut)
    and the footer "page n of N"; footnotes follow their paragraph; ``tables`` (rows of cells
    of new paragraph indices, from the Word file) are drawn as grids. Arabic paragraphs are
    shaped, right to left and flush right, with their letters as the text layer.
    """
    fonts = register_fonts()
    size = LETTER if paper.lower() == "letter" else A4
    if old_date or new_date:
        compared = f"compared: {old_label} ({_when(old_date)}) → {new_label} ({_when(new_date)})"
    else:
        compared = f"compared: {old_label} → {new_label}"
    layout = _Layout(size, fonts)
    _front(layout, comparison, title, compared)
    by_new = {j: row for row in comparison.paragraphs for j in row.match.news}
    bold = fonts.latin.bold
    bold_latin = FontFamily(bold, bold, bold, bold)
    table_at = {min(i for r in t for c in r for i in c): t for t in tables if any(t)}
    in_tables = {i for t in tables for r in t for c in r for i in c}
    for row in comparison.paragraphs:
        if row.match.news and row.match.news[0] in in_tables:
            grid = table_at.get(row.match.news[0])
            if grid is not None:  # the whole table at its first paragraph, as a grid
                layout_table(layout, cell_words(layout, grid, by_new, new_paragraphs))
            continue
        paragraphs = [new_paragraphs[j] for j in row.match.news] or [
            old_paragraphs[i] for i in row.match.olds
        ]
        sample = paragraphs[0].text[:400] if paragraphs else ""
        if paragraphs and paragraphs[0].kind is ParagraphKind.TABLE:  # its label, then its grid
            head = [Chunk("=", paragraphs[0].label)]
            layout.paragraph(layout.words(head, bold_latin, False), size=9, leading=12, after=2)
            layout_table(layout, grid_words(layout, row.chunks, sample))
            continue
        family = fonts.latin if sample.isascii() else fonts.for_text(sample)
        notes = _notes(row, old_paragraphs, new_paragraphs)
        labels = _labels(row, old_paragraphs, new_paragraphs, fonts)
        if family is fonts.arabic:
            layout.rtl_paragraph(row.chunks, labels, after=2.0 if notes else 5.0)
        else:
            words = layout.words(row.chunks, family, family is fonts.cjk)
            layout.paragraph(words, labels, after=2.0 if notes else 5.0)
        if notes:  # footnotes under their paragraph, smaller, marks and all
            words = layout.words(notes, family, family is fonts.cjk)
            layout.paragraph(words, size=NOTE_SIZE + 0.5, leading=NOTE_SIZE * 1.45)
    if comparison.note_chunks:  # the footnotes no paragraph cites, when their words changed
        head = [Chunk("=", "Footnotes no paragraph cites (changed)")]
        layout.paragraph(layout.words(head, bold_latin, False), size=9, leading=12, after=2)
        words = layout.words(comparison.note_chunks, fonts.latin, False)
        layout.paragraph(words, size=NOTE_SIZE + 0.5, leading=NOTE_SIZE * 1.45)
    return _draw(layout, size, fonts, title, compared)


def _draw(
    layout: _Layout, size: tuple[float, float], fonts: FontSet, title: str, compared: str
) -> bytes:
    buf = io.BytesIO()
    regular, bold = fonts.latin.regular, fonts.latin.bold
    c = Canvas(buf, pagesize=size, initialFontName=regular)
    c.setTitle(title)
    c.setSubject(compared)
    c.setCreator("wsis_desk")
    width, height = size
    total = len(layout.pages)
    header = _spans(compared, regular, fonts.cjk.regular)
    header_width = sum(stringWidth(t, f, 9) for f, t in header)
    room = width - 2 * MARGIN
    one_line = stringWidth(title, bold, 9) + header_width + 6 * mm <= room
    titles = _fit(title, bold, 9, room if not one_line else room - header_width - 6 * mm)
    for number, page in enumerate(layout.pages, start=1):
        c.setFillGray(0)
        c.setStrokeGray(0)
        y = height - MARGIN
        for k, (line, font, tsize) in enumerate(titles):
            head = c.beginText(MARGIN, y - k * (tsize + 2))
            head.setFont(font, tsize)
            head.textOut(line)
            c.drawText(head)
        y_compared = y if one_line else y - len(titles) * 11
        _text(c, width - MARGIN - min(header_width, room), y_compared, 9, header)
        rule = min(y, y_compared) - 3
        c.setLineWidth(0.5)
        c.line(MARGIN, rule, width - MARGIN, rule)
        for x, ty, tsize, segments in page.texts:
            _text(c, x, ty, tsize, segments)
        c.setLineWidth(0.6)
        for x1, y1, x2, y2 in page.rules:
            c.line(x1, y1, x2, y2)
        for x, ty, shaped_line in page.shaped:
            draw_line(c, shaped_line, x, ty, "R")
        footer = f"page {number} of {total}"
        c.setFont(regular, 9)
        c.drawCentredString(width / 2, MARGIN, footer)
        c.showPage()
    c.save()
    return buf.getvalue()


def _text(c: Canvas, x: float, y: float, size: float, segments: list[tuple[str, str]]) -> None:
    """Each font run at its own origin; textLine skips the width textOut would measure."""
    for k, (font, text) in enumerate(segments):
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.textLine(text)
        c.drawText(t)
        if k + 1 < len(segments):
            x += stringWidth(text, font, size)
