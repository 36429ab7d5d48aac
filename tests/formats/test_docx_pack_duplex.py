"""Duplex DOCX packs: every item starts on a recto and every copy ends on an even page."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from pypdf import PdfReader

from tests.formats.pack_factory import make_pack, six_language_pack, statement, tool
from wsis_desk.core.packs import Pack
from wsis_desk.formats.docx_pack import write_pack_docx

BLANK = "This page intentionally left blank"


def _doc(pack: Pack):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(write_pack_docx(pack)))


def _section_types(pack: Pack) -> list[str]:
    """``w:type`` of every section, read from the XML (``nextPage`` when absent)."""
    types = []
    for section in _doc(pack).sections:
        el = section._sectPr.find(qn("w:type"))
        types.append("nextPage" if el is None else el.get(qn("w:val")))
    return types


@pytest.mark.parametrize("repeat", [1, 12])
def test_each_item_starts_on_a_recto_and_the_pack_ends_on_an_even_page(repeat: int) -> None:
    pack = make_pack((statement("en", repeat=repeat), statement("ar", repeat=repeat)), duplex=True)
    assert _section_types(pack) == ["nextPage", "oddPage", "oddPage", "evenPage"]
    doc = _doc(pack)
    end = doc.sections[-1]
    # the last section holds only the blank-page note, in the furniture of the last item
    assert end._sectPr.find(qn("w:lnNumType")) is None
    assert doc.paragraphs[-1].text == BLANK
    assert "Language: Arabic (ar)" in "\n".join(p.text for p in end.header.paragraphs)


def test_simplex_packs_get_no_padding() -> None:
    pack = six_language_pack()
    assert _section_types(pack) == ["nextPage"] * 10
    assert BLANK not in [p.text for p in _doc(pack).paragraphs]


def test_the_blank_page_note_speaks_the_pack_language() -> None:
    from dataclasses import replace

    pack = six_language_pack(duplex=True)
    for lang in ("fr", "ar", "zh"):
        translated = replace(pack, options=replace(pack.options, language=lang))
        doc = _doc(translated)
        note = doc.paragraphs[-1]
        assert note.text and note.text != BLANK
        assert (note._p.pPr.find(qn("w:bidi")) is not None) is (lang == "ar")
        assert doc.sections[-1].start_type is WD_SECTION.EVEN_PAGE


@pytest.mark.parametrize("repeat", [1, 12])  # the last item ends on an odd page, then an even one
def test_libreoffice_lays_every_copy_out_on_an_even_page_count(tmp_path: Path, repeat: int) -> None:
    soffice = tool("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pack = make_pack((statement("en", repeat=repeat),), duplex=True)
    src = tmp_path / "pack.docx"
    src.write_bytes(write_pack_docx(pack))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    # the blank pages LibreOffice inserts for odd/even section starts are kept in the PDF
    keep_blanks = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
    cmd = [soffice, profile, "--headless", "--convert-to", keep_blanks, "--outdir", str(tmp_path)]
    subprocess.run([*cmd, str(src)], check=True, capture_output=True, timeout=120)
    pages = [p.extract_text() for p in PdfReader(tmp_path / "pack.pdf").pages]
    assert len(pages) % 2 == 0
    assert "Statement (en)" in pages[2]  # the cover, its blank back, then the item on a recto
    assert BLANK in pages[-1]
    assert f"page {len(pages)} of {len(pages)}" in pages[-1]
    assert sum(BLANK in text for text in pages) == 1
