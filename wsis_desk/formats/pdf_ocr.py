"""OCR of a scanned PDF with the tesseract command, when installed: text marked as approximate."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium

from wsis_desk.core.model import Diagnostic, Severity, SourceText
from wsis_desk.errors import InputFileError
from wsis_desk.formats.text_in import read_text

__all__ = ["UN_LANGUAGES", "ocr_available", "ocr_pdf"]

UN_LANGUAGES = ("eng", "fra", "spa", "rus", "ara", "chi_sim")  # tesseract's codes
DPI = 300
PAGE_TIMEOUT_S = 180


def ocr_available() -> bool:
    """Whether the ``tesseract`` command is on the PATH."""
    return shutil.which("tesseract") is not None


def _languages(tesseract: str) -> list[str]:
    try:
        done = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    have = {line.strip() for line in (done.stdout + done.stderr).splitlines()}
    return [code for code in UN_LANGUAGES if code in have]


def _pgm(page: pdfium.PdfPage) -> bytes:
    """The page rendered in grey at ``DPI`` as a binary PGM image (tesseract reads it)."""
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    rows = b"".join(buffer[y * stride : y * stride + width] for y in range(height))
    return f"P5\n{width} {height}\n255\n".encode() + rows


def ocr_pdf(doc: pdfium.PdfDocument, name: str) -> SourceText:
    """Recognise the text of every page; a page break between pages, a warning on top."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise InputFileError(f"{name}: OCR needs the tesseract command, which is not installed.")
    languages = _languages(tesseract)
    pages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wsis-ocr-") as tmp:
        image = Path(tmp) / "page.pgm"
        for index in range(len(doc)):
            image.write_bytes(_pgm(doc[index]))
            cmd = [tesseract, str(image), "stdout"]
            if languages:
                cmd += ["-l", "+".join(languages)]
            try:
                done = subprocess.run(cmd, capture_output=True, timeout=PAGE_TIMEOUT_S, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise InputFileError(
                    f"{name}: OCR of page {index + 1} failed ({exc}). Ask for the text version."
                ) from exc
            if done.returncode != 0:
                raise InputFileError(
                    f"{name}: OCR of page {index + 1} failed (tesseract exit {done.returncode}). "
                    "Ask for the text version."
                )
            pages.append(done.stdout.decode("utf-8", errors="replace"))
    source = read_text("\f".join(pages).encode())
    used = "+".join(languages) or "tesseract's default language"
    warning = Diagnostic(
        Severity.WARNING,
        "pdf.ocr",
        f"read by OCR ({used}): the text is approximate — check every number, bracket and "
        "label against the original",
    )
    return replace(source, diagnostics=(warning, *source.diagnostics))
