"""A table paragraph in an interpreter pack is printed as a table: a ruled grid in the PDF,
a Word table in the DOCX, its cells' words in order and its brackets bold."""

from __future__ import annotations

import io
import zipfile

import pypdfium2 as pdfium
from lxml import etree
from pypdf import PdfReader

from tests.formats.pack_factory import make_pack
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.packs import ParagraphsItem
from wsis_desk.core.tables import grid_text
from wsis_desk.formats.docx_pack import write_pack_docx
from wsis_desk.formats.pdf_pack import write_pack_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROWS = [
    ["Party", "Party"],
    ["Reported year", "[Year]"],
    ["Date of submission", "dd/mm/yyyy"],
]


def _pack():  # type: ignore[no-untyped-def]
    paragraphs = (
        Paragraph(0, "OP1", ParagraphKind.OPERATIVE, "Decides to adopt the tables in the annex;"),
        Paragraph(1, "Annex I Table 1", ParagraphKind.TABLE, grid_text(ROWS)),
    )
    item = ParagraphsItem("Art. 6.2 draft", "FCCC/PA/CMA/2024/L.15", "Rev.1", "en", paragraphs)
    return make_pack((item,))


def test_the_pdf_pack_prints_a_table_as_a_ruled_grid_with_its_label() -> None:
    data = write_pack_pdf(_pack())
    text = PdfReader(io.BytesIO(data)).pages[1].extract_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    start = lines.index("Party Party")  # each row is one line, its cells in order
    assert lines[start : start + 3] == [
        "Party Party",
        "Reported year [Year]",
        "Date of submission dd/mm/yyyy",
    ]
    assert "2Annex I Table 1" in lines  # the label in the margin beside its first row's number
    # the grid: a rule above and below each of the three rows, and the column rules
    page = pdfium.PdfDocument(data)[1]
    boxes = [
        obj.get_bounds() for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH
    ]
    across = {round(b[1]) for b in boxes if b[3] - b[1] < 2 and b[2] - b[0] > 300}
    down = {round(b[0]) for b in boxes if b[2] - b[0] < 2 and b[3] - b[1] > 10}
    assert len(across) == 4 + 2  # the grid's four, the header's and the footer's rules
    assert len(down) == 3  # two columns: left edge, middle, right edge


def test_the_docx_pack_prints_a_table_as_a_word_table() -> None:
    data = write_pack_docx(_pack())
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    [tbl] = root.iter(f"{W}tbl")
    got = [["".join(tc.itertext()) for tc in tr.iter(f"{W}tc")] for tr in tbl.iter(f"{W}tr")]
    assert got == ROWS
    year = [r for r in tbl.iter(f"{W}r") if "".join(r.itertext()) == "["]
    assert year and year[0].find(f"{W}rPr/{W}b") is not None  # brackets bold, as in the text
    label = tbl.getprevious()
    assert "".join(label.itertext()).strip() == "Annex I Table 1"
