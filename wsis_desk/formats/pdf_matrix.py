"""Write the "state of play" PDF: paragraph, brackets, who holds them, our position, all rows."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from wsis_desk.core.positions import STANCE_GLYPHS, Stance
from wsis_desk.core.reports import StateOfPlay, StateRow
from wsis_desk.formats.fonts import FontSet, register_fonts
from wsis_desk.formats.pack_text import BOLD, PLAIN
from wsis_desk.formats.pdf_counted import counted_canvas
from wsis_desk.formats.pdf_shaped import ShapedParagraph, needs_shaping

__all__ = ["LEGEND", "write_state_pdf"]

MARGIN = 15 * mm  # landscape: narrower than reports, still clear of printer edges
SIZE = 8.5  # never under 8 pt: photocopied twice it must still read
LEGEND = (
    (Stance.SUPPORT, "supports"),
    (Stance.OPPOSE, "opposes"),
    (Stance.AMEND, "amends"),
    (Stance.RESERVE, "reservation"),
    (Stance.RED_LINE, "red line"),
    (Stance.FLEXIBLE, "flexible"),
    (Stance.UNKNOWN, "unknown / bracket holder"),
)


def _glyph(stance: Stance, fonts: FontSet) -> str:
    # Noto Sans lacks ✔ ✘ ≈; the CJK face has them. Bold marks the strong stances.
    glyph = escape(STANCE_GLYPHS[stance])
    face = fonts.cjk.regular if stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.FLEXIBLE) else None
    text = f'<font name="{face}">{glyph}</font>' if face else glyph
    return f"<b>{text}</b>" if stance in (Stance.RED_LINE, Stance.OPPOSE, Stance.AMEND) else text


def _row(row: StateRow, st: ParagraphStyle, bold: ParagraphStyle, fonts: FontSet) -> list[Any]:
    holders = ", ".join(f"{escape(name)} {_glyph(s, fonts)}" for name, s in row.holders)
    ours = ""
    if row.ours is not None:
        ours = f"{_glyph(row.ours, fonts)} {escape(row.ours.value.replace('_', ' '))}"
        if row.ours_wording:
            ours += f": {escape(row.ours_wording[:120])}"
    label = escape(row.label) + (" <b>(contested)</b>" if row.contested else "")
    cells = [
        Paragraph(label, bold),
        Paragraph(escape(row.brackets), st),
        Paragraph(holders or "—", st),
        Paragraph(ours or "—", st),
        Paragraph(escape(row.latest_change) or "—", st),
    ]
    plain = (
        row.label + (" (contested)" if row.contested else ""),
        row.brackets,
        ", ".join(f"{name} {STANCE_GLYPHS[s]}" for name, s in row.holders),
        f"{STANCE_GLYPHS[row.ours]} {row.ours_wording[:120]}" if row.ours is not None else "",
        row.latest_change,
    )
    for k, text in enumerate(plain):  # Arabic: joined, right to left, searchable
        if needs_shaping(text):
            style = BOLD if k == 0 else PLAIN
            cells[k] = ShapedParagraph([(text, style)], fonts, st.fontSize, st.leading)
    return cells


def _table(
    state: StateOfPlay, rows: list[StateRow], size: float, fonts: FontSet, width: float
) -> LongTable:
    st = ParagraphStyle("c", fontName=fonts.latin.regular, fontSize=size, leading=size * 1.25)
    bold = ParagraphStyle("b", parent=st, fontName=fonts.latin.bold)
    head = [
        "Paragraph",
        "Brackets",
        "Who holds brackets or positions (stance)",
        "Our position",
        "Latest change",
    ]
    data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", st) for h in head]]
    data += [_row(r, st, bold, fonts) for r in rows]
    widths = [width * f for f in (0.11, 0.09, 0.46, 0.2, 0.14)]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.latin.regular),  # else cells cite Helvetica
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def write_state_pdf(state: StateOfPlay, *, fonts: FontSet | None = None) -> bytes:
    """Landscape A4 pages at 8.5 pt with every paragraph: the title, summary and key on every
    page, the header row repeated, the paragraph column first on every row, "page x of y"."""
    faces: FontSet = fonts or register_fonts()
    page_w, page_h = landscape(A4)
    width = page_w - 2 * MARGIN
    table = _table(state, list(state.rows), SIZE, faces, width)
    title = f"State of play — {state.document}"
    if state.symbol:
        title += f" ({state.symbol})"
    summary = (
        f"{state.version_label} · {state.paragraphs} paragraphs · {state.bracketed} with open "
        f"brackets · {state.contested} contested · our position: {state.ours or 'not set'} · "
        f"generated {state.generated_at}"
    )
    legend = "   ".join(f"{_glyph(s, faces)} {w}" for s, w in LEGEND)
    key = Paragraph(
        f"<b>Key:</b> {legend}",
        ParagraphStyle("k", fontName=faces.latin.regular, fontSize=8, leading=10),
    )

    def furniture(c: Canvas, n: int, total: int) -> None:
        """Title, summary and key on every page, and "page x of y"."""
        c.setFont(faces.latin.bold, 13)
        c.drawString(MARGIN, page_h - MARGIN - 4 * mm, title)
        c.setFont(faces.latin.regular, 8.5)
        c.drawString(MARGIN, page_h - MARGIN - 10 * mm, summary)
        key.wrapOn(c, width, 12 * mm)
        key.drawOn(c, MARGIN, page_h - MARGIN - 17 * mm)
        c.setFont(faces.latin.regular, 8)
        c.drawRightString(page_w - MARGIN, MARGIN - 2 * mm, f"page {n} of {total}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 20 * mm,
        bottomMargin=MARGIN + 4 * mm,
        title=f"State of play — {state.document} {state.version_label}",
        author="WSIS Desk",
    )
    doc.build([table], canvasmaker=counted_canvas(faces.latin.regular, furniture))
    return buf.getvalue()
