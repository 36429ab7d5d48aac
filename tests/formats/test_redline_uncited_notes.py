"""The PDF and Word redlines print the change of a footnote no paragraph cites, after the
paragraphs, marked like the text (read back from the files)."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pypdfium2 as pdfium
from lxml import etree

from wsis_desk.core.compare import compare
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind
from wsis_desk.formats.docx_redline import write_redline_docx
from wsis_desk.formats.pdf_redline import write_redline_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARAS = [Paragraph(0, "OP1", ParagraphKind.OPERATIVE, "1. Decides to act.")]
NOTES = (
    (Footnote("*", "Issued without formal editing."),),
    (Footnote("*", "Issued after editing."),),
)


def test_an_uncited_notes_change_is_printed_in_both_redlines() -> None:
    c = compare(PARAS, PARAS, notes=NOTES)
    assert c.summary.notes_changed == 1 and not c.summary.layout_only
    names = {"title": "Decision", "old_label": "v1", "new_label": "v2"}
    data = write_redline_docx(
        c, PARAS, PARAS, **names, author="Desk", when=datetime(2026, 1, 1, tzinfo=UTC)
    )
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    last = list(root.iter(W + "p"))[-1]
    assert "".join(t.text or "" for t in last.iter(W + "t")).startswith(
        "Footnotes no paragraph cites: Issued"
    )
    assert "".join(t.text or "" for t in last.iter(W + "delText")).split() == ["without", "formal"]
    assert "".join(t.text or "" for i in last.iter(W + "ins") for t in i.iter(W + "t")) == "after"

    pdf = pdfium.PdfDocument(
        write_redline_pdf(c, PARAS, PARAS, **names, old_date=None, new_date=None)
    )
    try:
        words = " ".join(" ".join(p.get_textpage().get_text_range() for p in pdf).split())
    finally:
        pdf.close()
    assert "1 footnote changed." in words
    assert "Footnotes no paragraph cites (changed) Issued without formal after editing." in words
