"""A table paragraph in the redlines: a real Word table with its changes tracked in the cells,
and a ruled grid in the PDF with the changed words marked."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pypdf
from lxml import etree

from wsis_desk.core.compare import compare
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.tables import grid_text
from wsis_desk.formats.docx_redline import write_redline_docx
from wsis_desk.formats.pdf_redline import write_redline_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
OLD_ROWS = [["Party", "Party"], ["Reported year", "Year"], ["Submission date", "dd/mm/yyyy"]]
NEW_ROWS = [["Party", "Party"], ["Reported yearB", "Year"], ["Date of submission", "dd/mm/yyyy"]]


def _version(rows: list[list[str]]) -> list[Paragraph]:
    return [
        Paragraph(0, "OP1", ParagraphKind.OPERATIVE, "Decides to adopt the annex;", number="1."),
        Paragraph(1, "Annex I Table 1", ParagraphKind.TABLE, grid_text(rows)),
        Paragraph(2, "OP2", ParagraphKind.OPERATIVE, "Requests the secretariat;", number="2."),
    ]


def _pair() -> tuple[list[Paragraph], list[Paragraph]]:
    return _version(OLD_ROWS), _version(NEW_ROWS)


def _cell_text(tc: etree._Element, view: str) -> str:
    """A cell's text with its tracked changes accepted ("new") or rejected ("old")."""
    if view == "new":
        return "".join(tc.xpath(".//w:t[not(ancestor::w:del)]/text()", namespaces=NS))
    return "".join(
        tc.xpath(".//w:r[not(ancestor::w:ins)]/w:t/text() | .//w:delText/text()", namespaces=NS)
    )


def test_the_word_redline_writes_the_table_as_a_table_with_changes_in_its_cells() -> None:
    old, new = _pair()
    data = write_redline_docx(
        compare(old, new),
        old,
        new,
        title="Art. 6.2",
        old_label="Rev.1",
        new_label="Rev.2",
        author="Amina Diallo",
        when=datetime(2024, 11, 20, 9, tzinfo=UTC),
    )
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    [tbl] = root.iter(f"{W}tbl")
    rows = tbl.findall(f"{W}tr")
    for view, want in (("new", NEW_ROWS), ("old", OLD_ROWS)):
        got = [[_cell_text(tc, view).strip() for tc in tr.findall(f"{W}tc")] for tr in rows]
        assert got == want, view
    inserted = ["".join(el.itertext()) for el in tbl.iter(f"{W}ins")]
    deleted = [
        "".join(el.xpath(".//w:delText/text()", namespaces=NS)) for el in tbl.iter(f"{W}del")
    ]
    assert inserted == ["yearB", "Date of submission"]
    assert deleted == ["year", "Submission date"]
    assert not [p for p in tbl.iter(f"{W}p") if "\t" in "".join(p.itertext())]
    # the label sits on its own line just above the table
    above = tbl.getprevious()
    assert "".join(above.itertext()).strip() == "Annex I Table 1"


def test_the_pdf_redline_draws_the_table_as_a_ruled_grid_with_the_changed_words() -> None:
    old, new = _pair()
    data = write_redline_pdf(
        compare(old, new),
        old,
        new,
        title="Art. 6.2",
        old_label="Rev.1",
        old_date=None,
        new_label="Rev.2",
        new_date=None,
    )
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Annex I Table 1" in lines
    # the cells in the newer table's reading order, the changed words in their cells
    start = lines.index("Annex I Table 1") + 1
    assert lines[start : start + 6] == [
        "Party",
        "Party",
        "Reported year yearB",
        "Year",
        "Submission date Date of submission",
        "dd/mm/yyyy",
    ]
