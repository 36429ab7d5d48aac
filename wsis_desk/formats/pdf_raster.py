"""The pages of a PDF the app made, as pixels plus their text runs, for printing them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium

from wsis_desk.errors import InputFileError

__all__ = ["PageImage", "TextRun", "page_count", "raster_pages"]


@dataclass(frozen=True, slots=True)
class TextRun:
    """A line of text on a page, in points from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float
    text: str


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page: its size in points, and its pixels as 32-bit BGRX rows (``stride`` bytes each).

    ``runs`` is the page's text where it is drawn, so a printed copy to a PDF file stays
    searchable (the printer draws it invisibly over the picture).
    """

    index: int
    width_pt: float
    height_pt: float
    pixels_wide: int
    pixels_high: int
    stride: int
    pixels: bytes
    runs: tuple[TextRun, ...]


def _open(pdf: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise InputFileError(f"This PDF cannot be read for printing: {exc}") from exc


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has."""
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def raster_pages(
    pdf: bytes, *, dpi: float, pages: Sequence[int] | None = None
) -> Iterator[PageImage]:
    """Render ``pages`` (0-based; all when None) at ``dpi``, one at a time (a page at 600 dpi
    is ~35 MB: only one is held)."""
    doc = _open(pdf)
    try:
        wanted = range(len(doc)) if pages is None else pages
        for index in wanted:
            page = doc[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, may_draw_forms=False)
            yield PageImage(
                index=index,
                width_pt=width,
                height_pt=height,
                pixels_wide=bitmap.width,
                pixels_high=bitmap.height,
                stride=bitmap.stride,
                pixels=bytes(bitmap.buffer),
                runs=_runs(page, height),
            )
            bitmap.close()
            page.close()
    finally:
        doc.close()


def _runs(page: pdfium.PdfPage, height: float) -> tuple[TextRun, ...]:
    text = page.get_textpage()
    try:
        runs = []
        for i in range(text.count_rects()):
            left, bottom, right, top = text.get_rect(i)
            words = text.get_text_bounded(left, bottom, right, top).strip()
            if words:
                runs.append(TextRun(left, height - top, right, height - bottom, words))
        return tuple(runs)
    finally:
        text.close()
