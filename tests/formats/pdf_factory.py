"""Make small PDFs laid out like UN drafts (reportlab): furniture, margin labels, notes, columns."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from wsis_desk.formats.fonts import register_fonts
from wsis_desk.formats.pack_text import PLAIN
from wsis_desk.formats.pdf_lines import Shaper

WIDTH, HEIGHT = A4
BODY, SIZE, PITCH = "Times-Roman", 11.0, 14.0
_MARK = re.compile(r"\{(\d+|\*)\}")


@dataclass
class Para:
    """A paragraph to draw: its text (``{1}`` cites note 1), margin label, look and notes.

    ``struck`` / ``underlined`` are words drawn with a rule through / under them.
    """

    text: str
    label: str = ""
    bold: bool = False
    italic: bool = False
    centred: bool = False
    struck: frozenset[str] = frozenset()
    underlined: frozenset[str] = frozenset()
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class _Word:
    text: str
    mark: str = ""  # a footnote mark drawn raised right after the word
    rule: str = ""  # "strike" | "under" | ""


def _width(text: str) -> float:
    return float(stringWidth(text, BODY, SIZE))


def _words(p: Para) -> list[_Word]:
    out: list[_Word] = []
    for raw in p.text.split():
        m = _MARK.search(raw)
        word = _MARK.sub("", raw)
        rule = "strike" if word in p.struck else "under" if word in p.underlined else ""
        out.append(_Word(word, m.group(1) if m else "", rule))
    return out


class _Writer:
    def __init__(
        self, columns: int, head: str, symbol: str, job: str, hyphenate: bool, total: int
    ) -> None:
        self.spacing = 8.0  # the space between paragraphs (0: set solid, as many drafts are)
        self.total = total
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.columns, self.head, self.symbol, self.job = columns, head, symbol, job
        self.hyphenate = hyphenate
        self.page = 1
        self.col = 0
        self.notes: list[tuple[str, str]] = []
        self.gutter = 24.0
        self.left0, self.right0 = 72.0, WIDTH - 72.0
        self.width = (self.right0 - self.left0 - (columns - 1) * self.gutter) / columns
        self.y = HEIGHT - 110

    @property
    def left(self) -> float:
        return float(self.left0 + self.col * (self.width + self.gutter))

    def finish_page(self) -> None:
        c = self.c
        total = self.total
        c.setFont(BODY, 9)
        c.drawString(self.left0, HEIGHT - 50, self.head)
        c.drawRightString(self.right0, HEIGHT - 50, self.symbol)
        c.drawCentredString(WIDTH / 2, 40, f"{self.page} of {total}")
        c.drawString(self.left0, 40, self.job)
        c.drawRightString(self.right0, 40, "*2312345*")
        if self.notes:
            y = 62.0 + 11 * (len(self.notes) - 1)
            c.line(self.left0, y + 11, self.left0 + 144, y + 11)
            for mark, text in self.notes:
                c.setFont(BODY, 6)
                c.drawString(self.left0, y + 3, mark)
                c.setFont(BODY, 9)
                c.drawString(self.left0 + 8, y, text)
                y -= 11
        self.notes = []
        c.showPage()

    def next_column(self) -> None:
        if self.col + 1 < self.columns:
            self.col += 1
        else:
            self.finish_page()
            self.page += 1
            self.col = 0
        self.y = HEIGHT - 110

    def lines(self, words: list[_Word], width: float) -> list[list[_Word]]:
        lines: list[list[_Word]] = [[]]
        used = 0.0
        for w in words:
            ww = stringWidth(w.text, BODY, SIZE)
            gap = stringWidth(" ", BODY, SIZE) if lines[-1] else 0.0
            if lines[-1] and used + gap + ww > width:
                if self.hyphenate and len(w.text) >= 9:
                    cut = len(w.text) - 3
                    while cut > 3 and used + gap + _width(w.text[:cut] + "-") > width:
                        cut -= 1
                    if cut > 3:
                        lines[-1].append(_Word(w.text[:cut] + "-"))
                        w = _Word(w.text[cut:], w.mark, w.rule)
                        ww = stringWidth(w.text, BODY, SIZE)
                lines.append([])
                used, gap = 0.0, 0.0
            lines[-1].append(w)
            used += gap + ww
        return lines

    def draw(self, p: Para) -> None:
        c = self.c
        font = "Times-Bold" if p.bold else "Times-Italic" if p.italic else BODY
        for i, line in enumerate(self.lines(_words(p), self.width)):
            if self.y < 100 + 11 * (len(self.notes) + 1):
                self.next_column()
            if i == 0 and p.label:
                c.setFont(BODY, 7)
                c.drawString(self.left - (30 if self.col == 0 else 22), self.y + 1, p.label)
            text = " ".join(w.text for w in line)
            x = self.left
            if p.centred:
                x = self.left + (self.width - stringWidth(text, font, SIZE)) / 2
            for w in line:
                c.setFont(font, SIZE)
                c.drawString(x, self.y, w.text)
                ww = stringWidth(w.text, font, SIZE)
                if w.rule == "strike":
                    c.line(x, self.y + 3.5, x + ww, self.y + 3.5)
                elif w.rule == "under":
                    c.line(x, self.y - 1.5, x + ww, self.y - 1.5)
                x += ww
                if w.mark:
                    c.setFont(BODY, 7)
                    c.drawString(x + 0.5, self.y + 4, w.mark)
                    x += stringWidth(w.mark, BODY, 7) + 0.5
                    self.notes.append((w.mark, p.notes[w.mark]))
                x += stringWidth(" ", font, SIZE)
            self.y -= PITCH
        self.y -= self.spacing


def make_pdf(
    paras: list[Para],
    *,
    columns: int = 1,
    head: str = "Draft resolution",
    symbol: str = "A/C.3/78/L.41",
    job: str = "GE.23-12345(E)",
    hyphenate: bool = False,
    spacing: float = 8.0,
) -> bytes:
    """A PDF of ``paras`` with page furniture on every page and notes at each page foot."""
    # two passes: the first counts pages for the "N of M" page numbers
    total = 0
    for _ in range(2):
        w = _Writer(columns, head, symbol, job, hyphenate, total)
        w.spacing = spacing
        for p in paras:
            w.draw(p)
        w.finish_page()
        total = w.page
    w.c.save()
    return w.buf.getvalue()


def make_script_pdf(text: str, language: str, *, size: float = 12.0) -> bytes:
    """A PDF of ``text`` (paragraphs split on blank lines) set like the app sets Arabic/Chinese."""
    fonts = register_fonts()
    shaper = Shaper(fonts, language, size)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    left, right = 72.0, WIDTH - 72.0
    y = HEIGHT - 90
    for para in [p for p in text.split("\n\n") if p.strip()]:
        for line in shaper.wrap([(" ".join(para.split()), PLAIN)], right - left):
            if y < 80:
                c.showPage()
                y = HEIGHT - 90
            x = right - line.width if line.rtl else left
            for piece in line.pieces:
                c.setFont(piece.font, piece.size)
                c.drawString(x, y, piece.text)
                x += piece.width
            y -= size * 1.5
        y -= size
    c.showPage()
    c.save()
    return buf.getvalue()


def scan_pdf() -> bytes:
    """A one-page 'scan': a picture of text and no text layer."""
    from reportlab.lib.utils import ImageReader

    from wsis_desk.formats.png import encode_png

    png = encode_png(bytes([200]) * (200 * 100 * 3), 200, 100, 600)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(png)), 72, 400, 400, 200)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(text: str = "Recalling its resolution 70/1,") -> bytes:
    """A PDF that needs a password to open."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt="secret")
    c.setFont(BODY, SIZE)
    c.drawString(72, 700, text)
    c.showPage()
    c.save()
    return buf.getvalue()
