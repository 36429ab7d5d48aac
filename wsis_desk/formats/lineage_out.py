"""Write a lineage table (newest label ← labels in earlier versions) as CSV and as a PDF table."""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph

from wsis_desk.core.compare import LineageCell, LineageTable
from wsis_desk.formats.fonts import register_fonts
from wsis_desk.formats.pack_text import PLAIN
from wsis_desk.formats.pdf_counted import counted_canvas
from wsis_desk.formats.pdf_shaped import ShapedParagraph, needs_shaping

__all__ = ["lineage_csv", "lineage_pdf", "lineage_rows"]

MARGIN = 25 * mm


def _cell(cell: LineageCell | None) -> tuple[str, str]:
    if cell is None:
        return "", ""
    return cell.label, cell.change.value if cell.change is not None else ""


def lineage_rows(table: LineageTable) -> list[list[str]]:
    """Header + one row per paragraph: newest label first, then label and change per version."""
    newest = table.versions[-1] if table.versions else ""
    header = [newest]
    for k, name in enumerate(table.versions):
        header.append(f"{name} label")
        if k:
            header.append(f"{name} change")
    rows = [header]
    for row in table.rows:
        newest_cell = row.cells[-1] if row.cells else None
        if newest_cell is not None and newest_cell.label:
            first = newest_cell.label
        else:  # deleted on the way: named by its last label, apart from the current ones
            last = next((c.label for c in reversed(row.cells) if c is not None and c.label), "")
            first = f"deleted: {last} (was)"
        out = [first]
        for k, cell in enumerate(row.cells):
            label, change = _cell(cell)
            out.append(label)
            if k:
                out.append(change)
        rows.append(out)
    return rows


def lineage_csv(table: LineageTable) -> bytes:
    """The table as CSV, UTF-8 with a BOM so Excel reads accents and Arabic correctly."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lineage_rows(table))
    return buf.getvalue().encode("utf-8-sig")


def lineage_pdf(table: LineageTable, *, title: str, paper: str = "a4") -> bytes:
    """The table as a black-and-white PDF (landscape), header row repeated on every page."""
    fonts = register_fonts()
    size = landscape(LETTER if paper.lower() == "letter" else A4)
    regular, bold = fonts.latin.regular, fonts.latin.bold
    body = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=bold, fontSize=8, leading=10)
    rows = lineage_rows(table)

    def cell(value: str, style: ParagraphStyle) -> Any:
        if needs_shaping(value):  # Arabic labels: joined, right to left, searchable
            return ShapedParagraph([(value, PLAIN)], fonts, style.fontSize, style.leading)
        return PdfParagraph(_esc(value), style)

    data = [[cell(v, head) for v in rows[0]]]
    data += [[cell(v, body) for v in r] for r in rows[1:]]
    width = size[0] - 2 * MARGIN
    cols = len(rows[0])
    grid = LongTable(data, colWidths=[width / cols] * cols, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, (0, 0, 0)),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), regular),  # else cells reference Helvetica
            ]
        )
    )

    def furniture(c: Canvas, n: int, total: int) -> None:
        """The title on every page and "page x of y"."""
        c.setFont(bold, 10)
        c.drawString(MARGIN, size[1] - MARGIN + 4 * mm, title)
        c.setFont(regular, 8)
        c.drawRightString(size[0] - MARGIN, MARGIN - 6 * mm, f"page {n} of {total}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 8 * mm,
        bottomMargin=MARGIN,
        title=title,
        author="wsis_desk",
    )
    doc.build([grid], canvasmaker=counted_canvas(regular, furniture))
    return buf.getvalue()


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
