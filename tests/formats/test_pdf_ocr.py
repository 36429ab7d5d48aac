"""OCR of scanned PDFs through the tesseract command (a stand-in script when it is absent)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.formats.pdf_factory import scan_pdf
from wsis_desk.cli import main
from wsis_desk.core.model import Severity
from wsis_desk.errors import Remedy, UnsupportedFormatError
from wsis_desk.formats.reader import parse_bytes


def test_a_scan_is_read_by_ocr_when_asked_and_marked_approximate(fake_tesseract: Path) -> None:
    source = parse_bytes(scan_pdf(), "scan.pdf", ocr=True)
    assert [b.text for b in source.blocks if b.text] == [
        "Recalling its resolution 70/125,",
        "1. Decides to hold [two] informal consultations;",
    ]
    (warning,) = [d for d in source.diagnostics if d.code == "pdf.ocr"]
    assert warning.severity is Severity.WARNING and "approximate" in warning.message
    assert "eng+fra" in warning.message  # the installed UN languages, in the UN order
    call = fake_tesseract.read_text().split()
    assert call[1:] == ["stdout", "-l", "eng+fra"] and call[0].endswith(".pgm")


def test_without_asking_a_scan_is_refused_with_the_ocr_offer(fake_tesseract: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="again, read by OCR") as err:
        parse_bytes(scan_pdf(), "scan.pdf")
    assert "approximate" in str(err.value)
    assert err.value.remedy is Remedy.OCR
    assert not fake_tesseract.exists()


def test_check_ocr_from_the_command_line(
    fake_tesseract: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    assert main(["check", str(scan)], out=io.StringIO()) == 1
    assert "--ocr" in capsys.readouterr().err
    out = io.StringIO()
    assert main(["check", str(scan), "--ocr"], out=out) == 0
    assert "pdf.ocr" in out.getvalue() and "approximate" in out.getvalue()
