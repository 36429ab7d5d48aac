"""The inputs report on paper: A4 in both formats, header and page x of y in the DOCX, and a
totals table whose header words are never broken in two."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.formats.test_pdf_report import _report
from wsis_desk.core.positions import Disposition, Stance
from wsis_desk.formats.docx_report import write_report_docx
from wsis_desk.formats.fonts import register_fonts
from wsis_desk.formats.pdf_report import OUTCOME_WORDS, column_widths, write_report_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _full_report():  # type: ignore[no-untyped-def]
    counts = tuple((d, k + 1) for k, d in enumerate(Disposition))
    groups = ("Civil Society", "Member and observer States", "Private sector")
    return replace(_report(3), by_group=tuple((g, counts) for g in groups), by_outcome=counts)


def test_the_docx_is_a4_with_header_and_page_x_of_y() -> None:
    data = write_report_docx(_full_report())
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert "Transparency report — WSIS+20 outcome (A/80/L.1)" in section.header.paragraphs[0].text
    footer = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/footer1.xml"))
    fields = " ".join(t.text or "" for t in footer.iter(f"{W}instrText"))
    assert "PAGE" in fields and "NUMPAGES" in fields


def test_totals_header_words_fit_their_columns_in_both_formats() -> None:
    report = _full_report()
    head = ["Stakeholder group", *(OUTCOME_WORDS[d] for d, _ in report.by_outcome), "Total"]
    bold = register_fonts().latin.bold
    size, widths = column_widths(head, bold, 453.5)
    assert size >= 7
    for word_list, width in zip((h.split() for h in head[1:]), widths[1:], strict=True):
        assert max(stringWidth(w, bold, size) for w in word_list) < width - 4
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(write_report_pdf(report))).pages)
    assert re.search(r"\bReflected\b", text) and "Withdrawn" in text
    assert not re.search(r"Reflecte\s+d|Withdraw\s+n", text)
    table = docx.Document(io.BytesIO(write_report_docx(report))).tables[0]
    assert not table.autofit
    cells = table.rows[0].cells
    for cell, word_list in zip(cells[1:], (h.split() for h in head[1:]), strict=True):
        run_size = cell.paragraphs[0].runs[0].font.size.pt
        longest = max(stringWidth(w, bold, run_size) for w in word_list)
        assert cell.width is not None and longest + 7.2 < cell.width.pt  # cell margins


def test_arabic_in_the_matrix_and_lineage_pdfs_is_shaped_and_searchable(tmp_path: Path) -> None:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from tests.formats.test_pdf_report import _state
    from wsis_desk.core.compare import lineage_table
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.core.reports import StateRow
    from wsis_desk.formats.lineage_out import lineage_pdf
    from wsis_desk.formats.pdf_matrix import write_state_pdf

    state = _state(3)
    arabic = StateRow(
        label="الفقرة 3",
        brackets="1 open",
        holders=(("المجموعة العربية", Stance.OPPOSE),),
        ours=Stance.AMEND,
        ours_wording="حذف الأقواس",
        latest_change="changed in Rev.3",
        contested=True,
    )
    state = replace(state, rows=(*state.rows, arabic))
    versions = [
        ("Rev.1", (Paragraph(0, "الفقرة 1", ParagraphKind.OPERATIVE, "تتعاون الأطراف"),)),
        ("Rev.2", (Paragraph(0, "الفقرة 2", ParagraphKind.OPERATIVE, "تتعاون الأطراف"),)),
    ]
    for name, pdf in (
        ("matrix", write_state_pdf(state)),
        ("lineage", lineage_pdf(lineage_table(versions), title="Lineage")),
    ):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        text = subprocess.run([exe, str(path), "-"], capture_output=True, text=True).stdout
        expected = ("المجموعة العربية", "حذف الأقواس") if name == "matrix" else ("الفقرة",)
        for words in expected:
            assert words in text, (name, words)
        assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)  # letters, not joined forms
