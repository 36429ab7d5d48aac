"""Open any supported input file safely: size limit, format sniffing, one clear error."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from wsis_desk.core.model import SourceText
from wsis_desk.errors import (
    FileTooLargeError,
    InputFileError,
    UnsupportedFormatError,
)
from wsis_desk.formats.text_in import read_text

MAX_FILE_BYTES = 200 * 1024 * 1024
# A 1,000-page negotiation text is about 5 MB of text; far beyond that is not one, and
# segmenting, storing and indexing it would take minutes.
MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 20_000_000
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
RTF_MAGIC = b"{\\rtf"
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """A read input file: its name, bytes, content hash and parsed source text."""

    name: str
    data: bytes
    sha256: str
    source: SourceText


def read_bytes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, or an InputFileError that says what is wrong with it."""
    if not path.exists():
        raise InputFileError(f"{path}: no such file. Check the path and try again.")
    if path.is_dir():
        raise InputFileError(f"{path} is a folder, not a file. Give the path of one draft file.")
    size = path.stat().st_size
    if size > max_bytes:
        raise FileTooLargeError(
            f"{path.name} is {size / 1048576:.0f} MB, over the {max_bytes // 1048576} MB limit "
            "for a negotiation text. Check it is the right file, or save the text alone as .docx."
        )
    if size == 0:
        raise InputFileError(f"{path.name} is empty (0 bytes). Save the draft again and re-import.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Cannot read {path}: {exc.strerror}.") from exc


# The Word and PDF readers are imported when a file of their kind comes: each pulls in a large
# library (lxml, PDFium) that a one-shot ``check`` of the other kind would load for nothing.
def _read_docx(data: bytes, name: str) -> SourceText:
    from wsis_desk.formats.docx_in import read_docx

    return read_docx(data, name=name)


def _read_pdf(data: bytes, name: str, ocr: bool) -> SourceText:
    from wsis_desk.formats.pdf_in import read_pdf

    return read_pdf(data, name=name, ocr=ocr)


def parse_bytes(data: bytes, name: str, *, ocr: bool = False) -> SourceText:
    """Parse the bytes of a file called ``name`` by its content and extension.

    ``ocr`` lets a scanned PDF be read by OCR (tesseract) instead of refused.
    """
    suffix = Path(name).suffix.lower()
    head = data[:8]
    if head.startswith(OLE_MAGIC) or suffix == ".doc":
        # read_docx knows OLE containers: an encrypted .docx or an old binary .doc
        return _read_docx(data, name)
    if head.startswith(PDF_MAGIC) or suffix == ".pdf":
        return _bounded(_read_pdf(data, name, ocr), name)
    if head.startswith(RTF_MAGIC) or suffix == ".rtf":
        raise UnsupportedFormatError(f"{name} is an RTF file. Save it as .docx and import that.")
    if suffix == ".docx" or head.startswith(ZIP_MAGIC):
        return _bounded(_read_docx(data, name), name)
    is_text = suffix in MARKDOWN_SUFFIXES or suffix in TEXT_SUFFIXES or suffix == ""
    if is_text and len(data) > MAX_TEXT_BYTES:
        raise FileTooLargeError(
            f"{name} holds {len(data) / 1048576:.0f} MB of text, over the "
            f"{MAX_TEXT_BYTES // 1048576} MB limit (a 1,000-page negotiation text is about "
            "5 MB). Check it is the right file."
        )
    if suffix in MARKDOWN_SUFFIXES:
        return read_text(data, markdown=True)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return read_text(data, markdown=None)  # a .txt file may be a Markdown transcription
    raise UnsupportedFormatError(
        f"{name}: files of type '{suffix}' are not supported. "
        "Import a .docx, .pdf, .txt or .md file."
    )


def _bounded(source: SourceText, name: str) -> SourceText:
    chars = sum(len(b.text or "") for b in source.blocks)
    if chars > MAX_TEXT_CHARS:
        raise FileTooLargeError(
            f"{name} holds {chars / 1e6:.0f} million characters of text, over the "
            f"{MAX_TEXT_CHARS // 1_000_000} million limit (a 1,000-page negotiation text holds "
            "about 5 million). Check it is the right file."
        )
    return source


def load_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES, ocr: bool = False) -> LoadedFile:
    """Read and parse ``path``; raises an InputFileError subclass with one clear line."""
    data = read_bytes(path, max_bytes=max_bytes)
    source = parse_bytes(data, path.name, ocr=ocr)
    return LoadedFile(
        name=path.name, data=data, sha256=hashlib.sha256(data).hexdigest(), source=source
    )
