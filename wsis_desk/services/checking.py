"""Check a file without a database: read, segment, report (kept light for a fast CLI start)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wsis_desk.core.brackets.census import VersionCensus
from wsis_desk.core.model import Diagnostic, Footnote, Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file
from wsis_desk.services.census import compute_census


@dataclass(frozen=True, slots=True)
class CheckReport:
    """A file parsed and segmented without storing anything."""

    name: str
    format: str
    sha256: str
    paragraphs: tuple[Paragraph, ...]
    diagnostics: tuple[Diagnostic, ...]
    census: VersionCensus
    uncited_footnotes: tuple[Footnote, ...] = ()  # whose mark no paragraph cites


def check_file(path: Path, *, ocr: bool = False) -> CheckReport:
    """Read and segment ``path``; nothing is stored and no database is opened.

    ``ocr``: read a scanned PDF by OCR (approximate) instead of refusing it.
    """
    loaded = load_file(path, ocr=ocr)
    segmented = segment(loaded.source)
    return CheckReport(
        name=loaded.name,
        format=loaded.source.format,
        sha256=loaded.sha256,
        paragraphs=segmented.paragraphs,
        diagnostics=loaded.source.diagnostics + segmented.diagnostics,
        census=compute_census(segmented.paragraphs, segmented.footnotes),
        uncited_footnotes=segmented.footnotes,
    )
