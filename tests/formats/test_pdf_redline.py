"""PDF redline: extractable inserted and deleted words, header, page count, embedded fonts only."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from tests.formats.redline_pair import pair
from wsis_desk.core.compare import compare
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.formats.pdf_redline import write_redline_pdf


def redline(paper: str = "a4") -> bytes:
    old, new, comparison = pair()
    return write_redline_pdf(
        comparison,
        old,
        new,
        title="Draft resolution A/80/L.1",
        old_label="Rev.1",
        old_date=datetime(2025, 11, 12, 18, 0),
        new_label="Rev.2",
        new_date="14 Nov 2025 23:40",
        paper=paper,
    )


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_extracted_text_has_inserted_and_deleted_words_and_header() -> None:
    text = text_of(redline())
    assert "deep" in text and "artificial" in text and "intelligence" in text  # inserted
    assert "data governance" in text and "Invites the regional commissions" in text  # deleted
    assert "Welcomes the offer" in text
    assert "compared: Rev.1 (12 Nov 2025 18:00)" in text and "Rev.2 (14 Nov 2025 23:40)" in text
    assert "page 1 of 1" in text
    assert "was OP2" in text  # renumbered label in the margin
    assert "data governance artificial" in text  # deletion and insertion kept apart


def test_page_size_and_count() -> None:
    a4 = pypdf.PdfReader(io.BytesIO(redline()))
    letter = pypdf.PdfReader(io.BytesIO(redline("letter")))
    assert round(float(a4.pages[0].mediabox.width)) == 595
    assert round(float(letter.pages[0].mediabox.width)) == 612
    assert len(a4.pages) == 1


def test_long_comparison_paginates_with_page_n_of_total() -> None:
    texts = [f"Decides that paragraph {i} shall [enhance] cooperation " * 12 for i in range(60)]
    old = tuple(
        Paragraph(index=i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=t)
        for i, t in enumerate(texts)
    )
    new = tuple(
        Paragraph(index=i, label=p.label, kind=p.kind, text=p.text.replace("[enhance]", "enhance"))
        for i, p in enumerate(old)
    )
    data = write_redline_pdf(
        compare(old, new),
        old,
        new,
        title="Long",
        old_label="A",
        old_date=None,
        new_label="B",
        new_date=None,
    )
    reader = pypdf.PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    assert n > 3
    assert f"page {n} of {n}" in reader.pages[-1].extract_text()
    assert "compared: A" in reader.pages[2].extract_text()


def test_only_embedded_truetype_fonts(tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(redline()))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        names |= {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}
    assert names and not any("Helvetica" in n or "Times" in n for n in names)
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "redline.pdf"
    path.write_bytes(redline())
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)  # emb column
