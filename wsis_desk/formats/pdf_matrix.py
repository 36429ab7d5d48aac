"""Write the one-page "state of play" PDF: paragraph, brackets, who holds them, our position."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from wsis_desk.core.positions import STANCE_GLYPHS, Stance
from wsis_desk.core.reports import StateOfPlay, StateRow
from wsis_desk.formats.fonts import FontSet, register_fonts

__all__ = ["LEGEND", "write_state_pdf"]

MARGIN = 15 * mm  # one landscape page: narrower than reports, still clear of printer edges
SIZES = (8.5, 7.5, 6.5)
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
    return [
        Paragraph(label, bold),
        Paragraph(escape(row.brackets), st),
        Paragraph(holders or "—", st),
        Paragraph(ours or "—", st),
        Paragraph(escape(row.latest_change) or "—", st),
    ]


def _table(
    state: StateOfPlay, rows: list[StateRow], size: float, fonts: FontSet, width: float
) -> Table:
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
    table = Table(data, colWidths=widths, repeatRows=1)
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


def _priority(rows: tuple[StateRow, ...]) -> list[StateRow]:
    ranked = sorted(
        range(len(rows)),
        key=lambda i: (
            not rows[i].contested,
            rows[i].brackets == "clean",
            -len(rows[i].holders),
            i,
        ),
    )
    return [rows[i] for i in ranked]


def write_state_pdf(state: StateOfPlay, *, fonts: FontSet | None = None) -> bytes:
    """One landscape A4 page; when paragraphs do not all fit, contested ones come first."""
    fonts = fonts or register_fonts()
    page_w, page_h = landscape(A4)
    width = page_w - 2 * MARGIN
    top = page_h - MARGIN - 20 * mm
    room = top - MARGIN - 10 * mm
    chosen: list[StateRow] = list(state.rows)
    table = None
    for size in SIZES:
        table = _table(state, chosen, size, fonts, width)
        if table.wrap(width, room)[1] <= room:
            break
    else:
        ranked = _priority(state.rows)
        lo, hi = 0, len(ranked)
        while lo < hi:  # most rows that fit at the smallest size, in document order
            mid = (lo + hi + 1) // 2
            keep = set(map(id, ranked[:mid]))
            trial = _table(state, [r for r in state.rows if id(r) in keep], SIZES[-1], fonts, width)
            if trial.wrap(width, room - 12)[1] <= room - 12:
                lo = mid
            else:
                hi = mid - 1
        keep = set(map(id, ranked[:lo]))
        chosen = [r for r in state.rows if id(r) in keep]
        table = _table(state, chosen, SIZES[-1], fonts, width)
    assert table is not None
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(page_w, page_h), initialFontName=fonts.latin.regular)
    canvas.setTitle(f"State of play — {state.document} {state.version_label}")
    canvas.setAuthor("WSIS Desk")
    title = f"State of play — {state.document}"
    if state.symbol:
        title += f" ({state.symbol})"
    canvas.setFont(fonts.latin.bold, 13)
    canvas.drawString(MARGIN, page_h - MARGIN - 4 * mm, title)
    canvas.setFont(fonts.latin.regular, 8.5)
    summary = (
        f"{state.version_label} · {state.paragraphs} paragraphs · {state.bracketed} with open "
        f"brackets · {state.contested} contested · our position: {state.ours or 'not set'} · "
        f"generated {state.generated_at}"
    )
    canvas.drawString(MARGIN, page_h - MARGIN - 10 * mm, summary)
    legend = "   ".join(f"{_glyph(s, fonts)} {w}" for s, w in LEGEND)
    lp = Paragraph(
        f"<b>Key:</b> {legend}",
        ParagraphStyle("k", fontName=fonts.latin.regular, fontSize=8, leading=10),
    )
    lp.wrapOn(canvas, width, 12 * mm)
    lp.drawOn(canvas, MARGIN, page_h - MARGIN - 17 * mm)
    _, h = table.wrap(width, room)
    table.drawOn(canvas, MARGIN, top - h)
    left_out = len(state.rows) - len(chosen)
    canvas.setFont(fonts.latin.regular, 8)
    if left_out:
        canvas.setFont(fonts.latin.bold, 8)
        canvas.drawString(
            MARGIN,
            MARGIN + 4 * mm,
            f"… and {left_out} more paragraphs with brackets or positions: see the matrix or CSV.",
        )
    canvas.setFont(fonts.latin.regular, 8)
    canvas.drawRightString(page_w - MARGIN, MARGIN - 2 * mm, "page 1 of 1")
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
