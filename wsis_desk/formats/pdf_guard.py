"""Guards around PDFium: deflate bombs, passwords, damage, page counts, scans; one clear line."""

from __future__ import annotations

import re
import zlib

import pypdfium2 as pdfium

from wsis_desk.errors import CorruptFileError, FileTooLargeError, UnsupportedFormatError
from wsis_desk.formats.pdf_ocr import ocr_available

__all__ = ["MAX_PDF_PAGES", "check_streams", "open_pdf", "scan_message"]

MAX_PDF_PAGES = 2_000  # a long negotiation text has a few hundred pages
MAX_STREAM_BYTES = 32 * 1024 * 1024  # one page's drawing; a dense page of text is ~100 kB
MAX_INFLATED_BYTES = 512 * 1024 * 1024
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_NOT_CONTENT = re.compile(rb"/Length[123]|/Subtype\s*/(?!Form)")


def check_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed page content would inflate beyond reason (a bomb).

    PDFium inflates a page's content stream whole when it loads the page; a few hundred
    kilobytes of deflated zeros can become gigabytes. Content streams (and form XObjects)
    are inflated here in bounded steps first; fonts and images, which PDFium does not
    need whole to read text, are skipped.
    """
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 512) : m.start()]
        head = head[head.rfind(b"obj") + 1 :]
        if b"FlateDecode" not in head or _NOT_CONTENT.search(head):
            continue
        end = data.find(b"endstream", m.end())
        inflater = zlib.decompressobj()
        pending = data[m.end() : end if end != -1 else len(data)]
        produced = 0
        try:
            while pending:
                out = inflater.decompress(pending, 1 << 20)
                produced += len(out)
                if produced > MAX_STREAM_BYTES or total + produced > MAX_INFLATED_BYTES:
                    raise FileTooLargeError(
                        f"{name} holds a compressed stream that inflates beyond "
                        f"{MAX_STREAM_BYTES // 1048576} MB, far more than any page of text: "
                        "the file is damaged or hostile and is not read."
                    )
                pending = inflater.unconsumed_tail
                if not out:
                    break
        except zlib.error:
            pass  # damaged data: PDFium decides
        total += produced


def open_pdf(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise UnsupportedFormatError(
                f"{name} is a password-protected PDF. Open it with its password, save an "
                "unprotected copy (or save it as .docx), and import that."
            ) from exc
        raise CorruptFileError(
            f"{name} is a damaged PDF that cannot be read ({exc}). Download or export it "
            "again, or save it as .docx from the program that made it."
        ) from exc
    count = len(doc)
    if count > MAX_PDF_PAGES:
        doc.close()
        raise FileTooLargeError(
            f"{name} has {count:,} pages, over the {MAX_PDF_PAGES:,}-page limit for a "
            "negotiation text. Check it is the right file, or split it."
        )
    if count == 0:
        doc.close()
        raise CorruptFileError(f"{name} is a PDF with no pages. Export it again and re-import.")
    return doc


def scan_message(name: str, images: int) -> str:
    what = "a scan: its pages are pictures" if images else "a PDF without any text"
    ocr = (
        " Tesseract is installed: import it again, read by OCR, to get its text in the six UN "
        "languages; OCR text is approximate and must be checked against the original."
        if ocr_available()
        else " Ask for the Word or text version, or run it through OCR software first and "
        "check the recognised text against the original (OCR is approximate)."
    )
    return f"{name} is {what}, with no text layer to read.{ocr}"
