"""Write the transparency report as DOCX for teams that edit it in Word."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import Table

from wsis_desk.core.positions import CommitmentStatus
from wsis_desk.core.reports import TransparencyReport
from wsis_desk.formats.docx_fields import add_field
from wsis_desk.formats.fonts import register_fonts
from wsis_desk.formats.pdf_report import OUTCOME_WORDS, STATUS_WORDS, column_widths

__all__ = ["write_report_docx"]


def _table(doc: object, rows: list[list[str]], bold_rows: set[int] = frozenset()) -> Table:  # type: ignore[assignment]
    table: Table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            run = table.cell(r, c).paragraphs[0].add_run(value)
            run.bold = r == 0 or r in bold_rows
    return table


def _page(doc: object, report: TransparencyReport) -> None:
    """A4 like the PDF, 25 mm margins; the document in the header, page x of y in the footer."""
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    head = section.header.paragraphs[0]
    title = f"Transparency report — {report.document}"
    head.add_run(title + (f" ({report.symbol})" if report.symbol else "")).font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    foot.add_run(f"generated {report.generated_at}\t\tpage ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "1")
    for run in foot.runs:
        run.font.size = Pt(8)


def _fixed_widths(table: Table, head: list[str]) -> None:
    """Column widths from the header words (as the PDF), so no word is broken in two."""
    fonts = register_fonts()
    size, widths = column_widths(head, fonts.latin.bold, Mm(160).pt, size=9.0, pad=11.0)
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Pt(width)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
                if cell is not row.cells[0]:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def write_report_docx(report: TransparencyReport) -> bytes:
    """The report as DOCX bytes, in the same order as the PDF."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    _page(doc, report)
    doc.add_heading("How stakeholder inputs were considered", level=0)
    title = report.document + (f" ({report.symbol})" if report.symbol else "")
    doc.add_paragraph().add_run(title).bold = True
    doc.add_paragraph(f"Scope: {report.scope}. Generated {report.generated_at}.")
    doc.add_paragraph(
        f"{len(report.inputs)} inputs; {len(report.commitments)} commitments. "
        "São Paulo Multistakeholder Guidelines, steps 8 and 11."
    )
    doc.add_heading("Totals by stakeholder group and outcome", level=1)
    order = [d for d, _ in report.by_outcome]
    rows = [["Stakeholder group", *(OUTCOME_WORDS[d] for d in order), "Total"]]
    for group, counts in report.by_group:
        values = [n for _, n in counts]
        rows.append([group, *map(str, values), str(sum(values))])
    totals = [n for _, n in report.by_outcome]
    rows.append(["All inputs", *map(str, totals), str(sum(totals))])
    _fixed_widths(_table(doc, rows, {len(rows) - 1}), rows[0])
    doc.add_heading("Each input: what was asked, where it landed, outcome and reason", level=1)
    for n, line in enumerate(report.inputs, start=1):
        who = f"{line.submitter} ({line.group})" if line.group else line.submitter
        when = f", {line.submitted_on}" if line.submitted_on else ""
        doc.add_heading(f"{n}. {line.title} — {who}{when}", level=2)
        for label, value in (
            ("Asked", line.asked or "(no text recorded)"),
            ("Paragraphs", ", ".join(line.targets) or "none named"),
            ("Landed", line.landed or "no evidence recorded"),
        ):
            p = doc.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
        p = doc.add_paragraph()
        p.add_run(f"Outcome: {OUTCOME_WORDS[line.disposition].upper()}").bold = True
        if line.reason:
            p = doc.add_paragraph()
            p.add_run("Reason: ").bold = True
            p.add_run(line.reason)
    if not report.inputs:
        doc.add_paragraph("No inputs have been recorded.")
    doc.add_heading("Commitments (step 11)", level=1)
    if report.commitments:
        rows = [["", "Who", "What", "Due", "Status", "Paragraphs"]]
        late: set[int] = set()
        for i, c in enumerate(report.commitments, start=1):
            overdue = c.status is CommitmentStatus.OVERDUE
            if overdue:
                late.add(i)
            rows.append(
                [
                    "!!" if overdue else "",
                    c.who,
                    c.what,
                    c.due_on or "—",
                    STATUS_WORDS[c.status],
                    ", ".join(c.paragraphs),
                ]
            )
        _table(doc, rows, late)
    else:
        doc.add_paragraph("No commitments have been recorded.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
