"""Packs of the BBNJ Agreement in its six authentic languages, read back from PDF and DOCX."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.conftest import CORPUS
from tests.formats.pack_factory import (
    arabic_runs,
    body_lines,
    make_pack,
    pdffonts,
    statement,
    tool,
    words,
)
from wsis_desk.core.packs import Pack
from wsis_desk.formats.docx_pack import write_pack_docx
from wsis_desk.formats.pdf_pack import write_pack_pdf

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
pytestmark = pytest.mark.corpus


def _texts(corpus: Path) -> dict[str, str]:
    out = {}
    for lang in LANGS:
        path = next((corpus / "texts").glob(f"bbnj_agreement_2023_{lang}_*.txt"), None)
        if path is None:
            pytest.skip(f"the BBNJ {lang} text is absent from the corpus")
        # the first line is the corpus provenance note, not the treaty
        out[lang] = path.read_text(encoding="utf-8").split("\n", 1)[1].strip()
    return out


@pytest.fixture(scope="module")
def corpus() -> Path:
    """The conftest ``corpus`` fixture at module scope, so the pack is built once."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


@pytest.fixture(scope="module")
def bbnj(corpus: Path) -> tuple[dict[str, str], Pack, list[str], bytes]:
    texts = _texts(corpus)
    pack = make_pack(tuple(statement(lang, texts[lang]) for lang in LANGS))
    pdf = write_pack_pdf(pack)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    return texts, pack, pages, pdf


def _item_body(pages: list[str], lang: str) -> list[str]:
    start = next(i for i, t in enumerate(pages) if body_lines(t)[:1] == [f"Statement ({lang})"])
    lines: list[str] = []
    for text in pages[start:]:
        body = body_lines(text)
        if text is not pages[start] and body[0].startswith("Statement ("):
            break
        lines += body
    return lines[3:]  # title, timing line and interpretable pace


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_latin_and_cyrillic_treaty_text_round_trips(bbnj: tuple, lang: str) -> None:  # type: ignore[type-arg]
    texts, _, pages, _ = bbnj
    expected = " ".join(" ".join(line.split()) for line in texts[lang].splitlines() if line.strip())
    assert " ".join(_item_body(pages, lang)) == expected


def test_arabic_treaty_words_in_reading_order(bbnj: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """Read through pdftotext, which takes each line's /ActualText: words with harakat are
    drawn glyph by glyph (HarfBuzz), which pypdf cannot put back together."""
    exe = tool("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    texts, _, _, pdf = bbnj
    path = tmp_path / "bbnj.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    first = next(i for i, t in enumerate(pages) if i and "Statement (ar" in t)
    end = next(i for i, t in enumerate(pages) if i and "Statement (zh)" in t)
    source = words(texts["ar"])
    marks = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
    lines = [line.translate(marks) for page in pages[first:end] for line in page.splitlines()]
    runs = [run for line in lines for run in arabic_runs(line)]
    assert sum(len(r) for r in runs) > 800
    misplaced = [r for r in runs if len(r) >= 2 and " " + " ".join(r) + " " not in source]
    assert misplaced == []


def test_chinese_treaty_text_round_trips(bbnj: tuple) -> None:  # type: ignore[type-arg]
    texts, _, pages, _ = bbnj
    got = "".join("".join(_item_body(pages, "zh")).split())
    assert got == "".join(texts["zh"].split())


def test_treaty_pack_embeds_every_font(bbnj: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    if tool("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    _, _, pages, pdf = bbnj
    path = tmp_path / "bbnj.pdf"
    path.write_bytes(pdf)
    fonts = pdffonts(path)
    assert fonts and all(emb == "yes" for _, emb in fonts)
    for n, text in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in text


def test_treaty_pack_as_docx_keeps_every_paragraph(bbnj: tuple) -> None:  # type: ignore[type-arg]
    texts, pack, _, _ = bbnj
    doc = Document(io.BytesIO(write_pack_docx(pack)))
    paras = {p.text for p in doc.paragraphs}
    for lang in LANGS:
        for line in texts[lang].splitlines():
            if line.strip():
                assert " ".join(line.split()) in paras
