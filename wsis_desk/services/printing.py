"""What File › Print… prints: the PDFs the views export, as bytes, and their pages as pixels.

The window imports this module at start-up: what it uses (reportlab, pdfium, the comparison
and pack services) is imported when something is printed, not before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from wsis_desk.services.workspace import Workspace

if TYPE_CHECKING:
    from wsis_desk.formats.pdf_raster import PageImage
    from wsis_desk.services.compare import VersionComparison
    from wsis_desk.services.packs import PackRequest

__all__ = [
    "pack_pdf",
    "page_count",
    "raster_pages",
    "redline_pdf_of",
    "report_pdf",
    "state_of_play_pdf",
]


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has."""
    from wsis_desk.formats import pdf_raster

    return pdf_raster.page_count(pdf)


def raster_pages(
    pdf: bytes, *, dpi: float, pages: Sequence[int] | None = None
) -> Iterator[PageImage]:
    """The pages of ``pdf`` as pixels at ``dpi``, with their text runs, one at a time."""
    from wsis_desk.formats import pdf_raster

    return pdf_raster.raster_pages(pdf, dpi=dpi, pages=pages)


def pack_pdf(ws: Workspace, request: PackRequest) -> bytes:
    """The interpreter pack as the pack builder would export it, recording nothing."""
    from wsis_desk.services.packs import preview_pack

    return preview_pack(ws, request).pdf


def redline_pdf_of(ws: Workspace, result: VersionComparison) -> bytes:
    """The photocopy-ready redline of a comparison (as Compare › Export PDF writes it)."""
    from wsis_desk.services.compare import redline_pdf

    return redline_pdf(ws, result)


def report_pdf(ws: Workspace, document: str) -> bytes:
    """The transparency report (SPMG step 8) of ``document`` (as the inputs view exports it)."""
    from wsis_desk.formats.pdf_report import write_report_pdf
    from wsis_desk.services.reports import transparency_report

    return write_report_pdf(transparency_report(ws, document, None))


def state_of_play_pdf(
    ws: Workspace, document: str, *, version: str | None = None, ours: str | None = None
) -> bytes:
    """The state of play of the positions matrix (as the matrix view exports it)."""
    from wsis_desk.formats.pdf_matrix import write_state_pdf
    from wsis_desk.services.matrix import state_of_play

    return write_state_pdf(state_of_play(ws, document, version, ours=ours))
