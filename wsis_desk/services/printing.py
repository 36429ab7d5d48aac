"""What File › Print… prints: the PDFs the views export, as bytes, and their pages as pixels."""

from __future__ import annotations

from wsis_desk.formats.pdf_matrix import write_state_pdf
from wsis_desk.formats.pdf_raster import PageImage, TextRun, page_count, raster_pages
from wsis_desk.formats.pdf_report import write_report_pdf
from wsis_desk.services.compare import VersionComparison, redline_pdf
from wsis_desk.services.matrix import state_of_play
from wsis_desk.services.packs import PackRequest, preview_pack
from wsis_desk.services.reports import transparency_report
from wsis_desk.services.workspace import Workspace

__all__ = [
    "PageImage",
    "TextRun",
    "pack_pdf",
    "page_count",
    "raster_pages",
    "redline_pdf_of",
    "report_pdf",
    "state_of_play_pdf",
]


def pack_pdf(ws: Workspace, request: PackRequest) -> bytes:
    """The interpreter pack as the pack builder would export it, recording nothing."""
    return preview_pack(ws, request).pdf


def redline_pdf_of(ws: Workspace, result: VersionComparison) -> bytes:
    """The photocopy-ready redline of a comparison (as Compare › Export PDF writes it)."""
    return redline_pdf(ws, result)


def report_pdf(ws: Workspace, document: str) -> bytes:
    """The transparency report (SPMG step 8) of ``document`` (as the inputs view exports it)."""
    return write_report_pdf(transparency_report(ws, document, None))


def state_of_play_pdf(
    ws: Workspace, document: str, *, version: str | None = None, ours: str | None = None
) -> bytes:
    """The state of play of the positions matrix (as the matrix view exports it)."""
    return write_state_pdf(state_of_play(ws, document, version, ours=ours))
