"""PDFium's hot calls bound with integer handles give what pypdfium2's own API gives."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.pdfgen import canvas

from wsis_desk.formats.pdf_calls import Calls, handle

Opened = tuple[Any, Any, Any]  # document, page, text page


def _pdf() -> bytes:
    """One page: a bold 14 pt line, an italic 9 pt line, a plain 11 pt line, a rule."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 760, "Decides to convene")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(90, 700, "Recalling its resolution")
    c.setFont("Helvetica", 11)
    c.drawString(100, 640, "co-operation and well-being")
    c.setLineWidth(0.5)
    c.line(100, 600, 300, 600)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def page() -> Iterator[Opened]:
    doc = pdfium.PdfDocument(_pdf())
    page = doc[0]
    text = page.get_textpage()
    yield doc, page, text
    text.close()
    page.close()
    doc.close()


def test_objects_bounds_sizes_and_faces_match_pypdfium2(page: Opened) -> None:
    _, pg, _ = page
    calls = Calls()
    p = handle(pg.raw)
    assert calls.count_objects(p) == pdfium_c.FPDFPage_CountObjects(pg.raw) == 4
    faces = []
    for k, obj in enumerate(pg.get_objects()):
        mine = calls.get_object(p, k)
        assert mine == handle(obj.raw)
        assert calls.object_type(mine) == obj.type
        assert calls.object_bounds(mine) == pytest.approx(obj.get_bounds(), abs=1e-4)
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            size = pdfium_c.ctypes.c_float()
            pdfium_c.FPDFTextObj_GetFontSize(obj.raw, size)
            assert calls.text_size(mine) == size.value
            face = calls.font_face(calls.text_font(mine) or 0)
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            angle = pdfium_c.ctypes.c_int(0)
            pdfium_c.FPDFFont_GetItalicAngle(font, angle)
            assert face[1:] == (pdfium_c.FPDFFont_GetWeight(font), angle.value)
            faces.append(face[0])
    assert faces == ["helvetica-bold", "helvetica-oblique", "helvetica"]
    assert calls.font_face(0) == ("", -1, 0)


def test_char_boxes_sizes_positions_and_hyphens_match_pypdfium2(page: Opened) -> None:
    _, _, text = page
    calls = Calls()
    t = handle(text.raw)
    all_text = text.get_text_range()
    for i, ch in enumerate(all_text):
        left, bottom, right, top = text.get_charbox(i)
        assert calls.char_box(t, i) == (left, bottom, right, top)
        assert calls.char_size(t, i) == pdfium_c.FPDFText_GetFontSize(text.raw, i)
        assert calls.is_hyphen(t, i) == pdfium_c.FPDFText_IsHyphen(text.raw, i)
        if not ch.isspace() and ch not in "\r\n":
            x, y = (left + right) / 2, (bottom + top) / 2
            assert calls.char_at(t, x, y) == text.get_index(x, y, 2.0, 2.0) == i
    assert calls.char_size(t, all_text.index("D")) == pytest.approx(14.0)
    assert calls.char_at(t, 10.0, 10.0) == -1  # nothing near the page's corner
