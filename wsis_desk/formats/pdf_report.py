"""Write the transparency report (SPMG steps 8 and 11) as a photocopy-ready PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wsis_desk.core.positions import CommitmentStatus, Disposition
from wsis_desk.core.reports import CommitmentLine, InputLine, TransparencyReport
from wsis_desk.formats.fonts import FontSet, register_fonts
from wsis_desk.formats.pack_text import BOLD, PLAIN, Span
from wsis_desk.formats.pdf_counted import counted_canvas
from wsis_desk.formats.pdf_lines import Shaper, actual_text

__all__ = ["OUTCOME_WORDS", "column_widths", "styles", "write_report_pdf"]

MARGIN = 25 * mm
OUTCOME_WORDS = {
    Disposition.PENDING: "Pending",
    Disposition.REFLECTED: "Reflected",
    Disposition.PARTIALLY_REFLECTED: "Partially reflected",
    Disposition.NOT_REFLECTED: "Not reflected",
    Disposition.WITHDRAWN: "Withdrawn",
}
STATUS_WORDS = {
    CommitmentStatus.OPEN: "open",
    CommitmentStatus.DONE: "done",
    CommitmentStatus.DROPPED: "dropped",
    CommitmentStatus.OVERDUE: "OVERDUE",
}


def styles(fonts: FontSet, size: float = 10.0) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded faces: black on white, no fills."""
    latin = fonts.latin
    base = ParagraphStyle("body", fontName=latin.regular, fontSize=size, leading=size * 1.35)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=size * 1.2),
        "bold": ParagraphStyle("bold", parent=base, fontName=latin.bold),
        "title": ParagraphStyle(
            "title", parent=base, fontName=latin.bold, fontSize=size + 8, leading=size * 2.2
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=latin.bold,
            fontSize=size + 3,
            leading=size * 1.7,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "item": ParagraphStyle(
            "item", parent=base, fontName=latin.bold, spaceBefore=7, keepWithNext=True
        ),
        "field": ParagraphStyle("field", parent=base, leftIndent=8 * mm),
    }


def _p(text: str, style: ParagraphStyle, fonts: FontSet) -> Paragraph:
    family = fonts.for_text(text)
    if family is not fonts.latin:
        style = ParagraphStyle(style.name + family.regular, parent=style, fontName=family.regular)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _field(label: str, value: str, st: dict[str, ParagraphStyle], fonts: FontSet) -> Paragraph:
    family = fonts.for_text(value)
    body = escape(value).replace("\n", "<br/>")
    if family is not fonts.latin:
        body = f'<font name="{family.regular}">{body}</font>'
    return Paragraph(f"<b>{escape(label)}:</b> {body}", st["field"])


def _grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], fonts: FontSet) -> Table:
    table = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.latin.regular, 9),
                ("FONT", (0, 0), (-1, 0), fonts.latin.bold, 9),
                ("FONT", (0, -1), (-1, -1), fonts.latin.bold, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _totals(report: TransparencyReport, fonts: FontSet, width: float) -> list[Flowable]:
    order = [d for d, _ in report.by_outcome]
    head = ["Stakeholder group", *(OUTCOME_WORDS[d] for d in order), "Total"]
    rows: list[list[Any]] = [head]
    for group, counts in report.by_group:
        values = [n for _, n in counts]
        rows.append([group, *values, sum(values)])
    totals = [n for _, n in report.by_outcome]
    rows.append(["All inputs", *totals, sum(totals)])
    size, widths = column_widths(head, fonts.latin.bold, width)
    st = styles(fonts, size)
    rows[0] = [Paragraph(f"<b>{escape(h)}</b>", st["small"]) for h in head]
    return [_grid(rows, widths, fonts)]


def column_widths(
    head: Sequence[str], bold: str, width: float, size: float = 8.5, pad: float = 8.0
) -> tuple[float, list[float]]:
    """(font size, column widths) for a totals table whose header words never break: every
    number column is as wide as its longest header word, the first takes the rest."""
    while True:
        needs = [max(stringWidth(w, bold, size) for w in h.split()) + pad for h in head[1:]]
        first = width - sum(needs)
        if first >= width * 0.22 or size <= 6.5:
            break
        size -= 0.5
    spare = max(0.0, first - width * 0.3)  # a wide page: give the numbers some air
    needs = [n + spare / len(needs) for n in needs]
    return size, [width - sum(needs), *needs]


class _InputBlock(Flowable):  # type: ignore[misc]
    """One input: bold heading, then labelled fields, drawn as text lines.

    Cheaper than six platypus Paragraphs (the 500-input budget): Latin text is broken greedily
    with cached word widths; other scripts go through the shared line breaker (``Shaper``).
    """

    def __init__(self, rows: list[tuple[list[Span], float]], shaper: Shaper, fast: _Fast) -> None:
        super().__init__()
        self._rows = rows
        self._shaper = shaper
        self._fast = fast
        self._lines: list[tuple[list[tuple[str, str]], float, str]] = []
        self._leading = shaper.size * 1.35
        self._laid_for = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._laid_for:  # platypus asks again after a page break
            self._laid_for = avail_width
            self._lines = []
            for spans, indent in self._rows:
                room = avail_width - indent
                fast = self._fast.wrap(spans, room)
                if fast is not None:
                    self._lines.extend((pieces, indent, "") for pieces in fast)
                    continue
                for line in self._shaper.wrap(spans, room):
                    pieces = [(p.text, p.font) for p in line.pieces]
                    shift = room - line.width if line.rtl else 0.0
                    self._lines.append((pieces, indent + shift, line.letters))
        self.width = avail_width
        self.height = len(self._lines) * self._leading + 7
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = self._shaper.size
        y = self.height - 7 - size
        for pieces, x, letters in self._lines:
            text = canvas.beginText(x, y)
            if letters:  # joined Arabic forms: extraction reads the letters as written
                text._code.append(actual_text(letters))
            for chunk, font in pieces:
                text.setFont(font, size)
                text.textOut(chunk)
            if letters:
                text._code.append("EMC")
            canvas.drawText(text)
            y -= self._leading


class _Fast:
    """Greedy word wrap for text the Latin face covers, with word widths cached."""

    def __init__(self, fonts: FontSet, size: float) -> None:
        self.size = size
        self.fonts = fonts
        self._cmap = set(pdfmetrics.getFont(fonts.latin.regular).face.charToGlyph)
        self._widths: dict[tuple[str, str], float] = {}

    def _w(self, word: str, font: str) -> float:
        key = (word, font)
        got = self._widths.get(key)
        if got is None:
            got = self._widths[key] = stringWidth(word, font, self.size)
        return got

    def wrap(self, spans: list[Span], width: float) -> list[list[tuple[str, str]]] | None:
        words: list[tuple[str, str]] = []
        for text, style in spans:
            if any(ord(ch) not in self._cmap for ch in text if ch != " "):
                return None
            font = self.fonts.latin.bold if style.bold else self.fonts.latin.regular
            words.extend((w, font) for w in text.split(" ") if w)
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        space = self._w(" ", self.fonts.latin.regular)
        for word, font in words:
            w = self._w(word, font)
            if lines[-1] and used + space + w > width:
                lines.append([])
                used = 0.0
            if lines[-1]:
                last, last_font = lines[-1][-1]
                if last_font == font:
                    lines[-1][-1] = (f"{last} {word}", font)
                else:
                    lines[-1][-1] = (last + " ", last_font)
                    lines[-1].append((word, font))
                used += space + w
            else:
                lines[-1].append((word, font))
                used = w
        return lines


def _input(n: int, line: InputLine, shaper: Shaper, fast: _Fast) -> Flowable:
    who = f"{line.submitter} ({line.group})" if line.group else line.submitter
    when = f", {line.submitted_on}" if line.submitted_on else ""
    indent = 8 * mm
    rows: list[tuple[list[Span], float]] = [([(f"{n}. {line.title} — {who}{when}", BOLD)], 0)]
    for label, value in (
        ("Asked", line.asked or "(no text recorded)"),
        ("Paragraphs", ", ".join(line.targets) or "none named"),
        ("Landed", line.landed or "no evidence recorded"),
    ):
        rows.append(([(f"{label}: ", BOLD), (" ".join(value.split()), PLAIN)], indent))
    rows.append(([(f"Outcome: {OUTCOME_WORDS[line.disposition].upper()}", BOLD)], indent))
    if line.reason:
        rows.append(([("Reason: ", BOLD), (" ".join(line.reason.split()), PLAIN)], indent))
    return _InputBlock(rows, shaper, fast)


def _commitments(lines: Sequence[CommitmentLine], fonts: FontSet, width: float) -> list[Flowable]:
    st = styles(fonts, 9)
    rows: list[list[Any]] = [["", "Who", "What", "Due", "Status", "Paragraphs"]]
    overdue_rows = []
    for i, c in enumerate(lines, start=1):
        late = c.status is CommitmentStatus.OVERDUE
        style = st["bold"] if late else st["body"]
        rows.append(
            [
                Paragraph("<b>!!</b>" if late else "", st["body"]),
                _p(c.who, style, fonts),
                _p(c.what, style, fonts),
                _p(c.due_on or "—", style, fonts),
                _p(STATUS_WORDS[c.status], style, fonts),
                _p(", ".join(c.paragraphs), style, fonts),
            ]
        )
        if late:
            overdue_rows.append(i)
    widths = [8 * mm, width * 0.15, width * 0.36, width * 0.14, width * 0.13]
    widths.append(width - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.latin.regular),  # else cells cite Helvetica
        ("FONT", (0, 0), (-1, 0), fonts.latin.bold, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r in overdue_rows:  # overdue: boxed and bold, never colour alone
        commands.append(("BOX", (0, r), (-1, r), 1.2, "black"))
    table.setStyle(TableStyle(commands))
    return [table]


def _footer(report: TransparencyReport, fonts: FontSet) -> type[Canvas]:
    def furniture(c: Canvas, n: int, total: int) -> None:
        """The document in the header, "page n of N" and the generation time in the footer."""
        c.setFont(fonts.latin.regular, 8)
        w, _ = c._pagesize
        head = f"Transparency report — {report.document}"
        if report.symbol:
            head += f" ({report.symbol})"
        c.drawString(MARGIN, c._pagesize[1] - 15 * mm, head)
        c.drawRightString(w - MARGIN, 12 * mm, f"page {n} of {total}")
        c.drawString(MARGIN, 12 * mm, f"generated {report.generated_at}")

    return counted_canvas(fonts.latin.regular, furniture)


def write_report_pdf(report: TransparencyReport, *, fonts: FontSet | None = None) -> bytes:
    """The report as PDF bytes: summary totals, each input, then commitments."""
    fonts = fonts or register_fonts()
    st = styles(fonts)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Transparency report — {report.document}",
        author="WSIS Desk",
    )
    width = A4[0] - 2 * MARGIN
    title = report.document + (f" ({report.symbol})" if report.symbol else "")
    story: list[Flowable] = [
        Paragraph("How stakeholder inputs were considered", st["title"]),
        _p(title, st["bold"], fonts),
        _p(f"Scope: {report.scope}. Generated {report.generated_at}.", st["body"], fonts),
        _p(
            f"{len(report.inputs)} inputs; {len(report.commitments)} commitments. "
            "São Paulo Multistakeholder Guidelines, steps 8 and 11.",
            st["body"],
            fonts,
        ),
        Spacer(1, 4 * mm),
        Paragraph("Totals by stakeholder group and outcome", st["h2"]),
        *_totals(report, fonts, width),
        Paragraph("Each input: what was asked, where it landed, outcome and reason", st["h2"]),
    ]
    shaper, fast = Shaper(fonts, "en", 10.0), _Fast(fonts, 10.0)
    for n, line in enumerate(report.inputs, start=1):
        story.append(_input(n, line, shaper, fast))
    if not report.inputs:
        story.append(Paragraph("No inputs have been recorded.", st["body"]))
    story.append(Paragraph("Commitments (step 11)", st["h2"]))
    if report.commitments:
        late = sum(1 for c in report.commitments if c.status is CommitmentStatus.OVERDUE)
        if late:
            story.append(
                Paragraph(f"<b>!! {late} overdue</b> — boxed and in bold below.", st["body"])
            )
        story.extend(_commitments(report.commitments, fonts, width))
    else:
        story.append(Paragraph("No commitments have been recorded.", st["body"]))
    doc.build(story, canvasmaker=_footer(report, fonts))
    return buf.getvalue()
