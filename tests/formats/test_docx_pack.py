"""Interpreter pack DOCX: sections, fields, line numbering, fonts, RTL, bold brackets, redline."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from pypdf import PdfReader

from tests.formats.pack_factory import (
    MEETING,
    SAMPLES,
    SPEAKER,
    make_pack,
    paragraphs_item,
    redline_item,
    six_language_pack,
    statement,
    tool,
)
from wsis_desk.core.packs import fingerprint
from wsis_desk.formats.docx_pack import ARABIC_FONT, CJK_FONT, LATIN_FONT, write_pack_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _doc(duplex: bool = False):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(write_pack_docx(six_language_pack(duplex=duplex))))


def test_cover_then_one_section_per_item_on_a_new_page() -> None:
    doc = _doc()
    assert len(doc.sections) == 1 + 9
    assert all(s.start_type is WD_SECTION.NEW_PAGE for s in doc.sections[1:])
    duplex = _doc(duplex=True)
    assert len(duplex.sections) == 1 + 9 + 1  # and the even-page end (test_docx_pack_duplex)
    assert all(s.start_type is WD_SECTION.ODD_PAGE for s in duplex.sections[1:-1])


def test_header_and_footer_carry_the_furniture_and_page_fields() -> None:
    pack = six_language_pack()
    doc = Document(io.BytesIO(write_pack_docx(pack)))
    for section in doc.sections:
        head = "\n".join(p.text for p in section.header.paragraphs)
        assert "CHECK AGAINST DELIVERY" in head
        assert MEETING in head and SPEAKER in head and "A/80/L.1" in head
        footer = section.footer.paragraphs[0]
        instructions = [t.text.strip() for t in footer._p.iter(f"{W}instrText")]
        assert instructions == ["PAGE", "NUMPAGES"]
        assert footer.text.startswith("page 1 of 1")  # field results until Word updates them
        assert "Generated 2025-05-02 14:03 UTC+02:00" in footer.text
        assert f"fingerprint {fingerprint(pack)}" in footer.text
    arabic = doc.sections[5].header.paragraphs
    assert any("Language: Arabic (ar)" in p.text for p in arabic)


def test_item_sections_number_their_lines_and_the_cover_does_not() -> None:
    doc = _doc()
    assert doc.sections[0]._sectPr.find(qn("w:lnNumType")) is None
    for section in doc.sections[1:]:
        ln = section._sectPr.find(qn("w:lnNumType"))
        assert ln is not None and ln.get(qn("w:restart")) == "newPage"


def test_body_text_sizes_margins_and_fonts() -> None:
    doc = _doc()
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == 13
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == LATIN_FONT
    assert fonts.get(qn("w:eastAsia")) == CJK_FONT
    assert fonts.get(qn("w:cs")) == ARABIC_FONT
    for section in doc.sections:
        for margin in (section.left_margin, section.right_margin, section.top_margin):
            assert margin.mm >= 25 - 0.01
    statement_runs = [p.runs[0] for p in doc.paragraphs if p.text == SAMPLES["fr"]]
    assert statement_runs and statement_runs[0].font.size.pt >= 13


def test_text_round_trips_in_every_language() -> None:
    texts = [p.text for p in _doc().paragraphs]
    for sample in SAMPLES.values():
        assert sample in texts


def test_arabic_paragraphs_are_right_to_left() -> None:
    doc = _doc()
    para = next(p for p in doc.paragraphs if p.text == SAMPLES["ar"])
    assert para._p.pPr.find(qn("w:bidi")) is not None
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in para.runs)
    english = next(p for p in doc.paragraphs if p.text == SAMPLES["en"])
    assert english._p.pPr.find(qn("w:bidi")) is None


def test_labels_and_brackets_bold_redline_underlined_and_struck() -> None:
    doc = Document(io.BytesIO(write_pack_docx(make_pack((paragraphs_item(), redline_item())))))
    op1 = next(p for p in doc.paragraphs if p.text.startswith("OP1"))
    bold = [r.text for r in op1.runs if r.bold]
    assert bold[0] == "OP1"
    assert set(bold[1:]) == {"[", "]"}
    assert op1.text == "OP1\t" + paragraphs_item().paragraphs[0].text
    op3 = next(p for p in doc.paragraphs if p.text.startswith("OP3"))
    assert [r.text for r in op3.runs if r.font.strike] == ["establish"]
    assert [r.text for r in op3.runs if r.underline] == ["create"]


def test_libreoffice_renders_the_docx_with_page_numbers(tmp_path: Path) -> None:
    soffice = tool("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = tmp_path / "pack.docx"
    src.write_bytes(write_pack_docx(make_pack((statement("en"), statement("ar")))))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    cmd = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
    subprocess.run([*cmd, str(src)], check=True, capture_output=True, timeout=120)
    reader = PdfReader(tmp_path / "pack.pdf")
    assert len(reader.pages) == 3
    assert "page 2 of 3" in reader.pages[1].extract_text()
