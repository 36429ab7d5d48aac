"""Interpreter pack PDFs: furniture, fonts, six languages read back, photocopy-friendly pages."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from bidi.algorithm import get_display
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from tests.formats.pack_factory import (
    GENERATED,
    MEETING,
    SAMPLES,
    SPEAKER,
    arabic_runs,
    body_lines,
    make_pack,
    normalize,
    paragraphs_item,
    pdffonts,
    redline_item,
    six_language_pack,
    statement,
    tool,
    words,
)
from wsis_desk.core.packs import Banner, Pack, PackOptions, Paper, fingerprint
from wsis_desk.formats.fonts import register_fonts
from wsis_desk.formats.pack_text import BOLD, PLAIN
from wsis_desk.formats.pdf_lines import Shaper, visual_order
from wsis_desk.formats.pdf_pack import write_pack_pdf


@pytest.fixture(scope="module")
def six() -> tuple[Pack, PdfReader, list[str]]:
    pack = six_language_pack(repeat=14)
    reader = PdfReader(io.BytesIO(write_pack_pdf(pack)))
    return pack, reader, [p.extract_text() for p in reader.pages]


def _pages_of(texts: list[str], title: str) -> list[int]:
    """Indexes of the pages of the item whose heading is ``title`` (until the next heading)."""
    start = next(i for i, t in enumerate(texts) if i > 0 and title in body_lines(t)[:1])
    end = start + 1
    heads = ("Statement", "Outcome", "Glossary")
    while end < len(texts) and not body_lines(texts[end])[0].startswith(heads):
        end += 1
    return list(range(start, end))


def _body(texts: list[str], pages: list[int]) -> list[str]:
    lines: list[str] = []
    for i in pages:
        lines += body_lines(texts[i])
    return lines[3:]  # title, timing line and interpretable pace


def test_every_page_has_header_and_footer(six: tuple[Pack, PdfReader, list[str]]) -> None:
    pack, reader, texts = six
    total = len(reader.pages)
    assert total > 10
    for n, text in enumerate(texts, start=1):
        assert "CHECK AGAINST DELIVERY" in text
        assert f"Meeting: {MEETING}" in text
        assert f"Speaker: {SPEAKER}" in text
        assert "Refers to: A/80/L.1, Rev.2" in text
        assert f"page {n} of {total}" in text
        assert "Generated 2025-05-02 14:03 UTC+02:00" in text
        assert f"fingerprint {fingerprint(pack)}" in text
    assert "page 2 of" in texts[1]


def test_header_names_the_language_of_each_item(six: tuple[Pack, PdfReader, list[str]]) -> None:
    _, _, texts = six
    for lang, name in (("ar", "Arabic (ar)"), ("zh", "Chinese (zh)"), ("ru", "Russian (ru)")):
        for i in _pages_of(texts, f"Statement ({lang})"):
            assert f"Language: {name}" in texts[i]


def test_cover_sheet_lists_contents_with_page_ranges(
    six: tuple[Pack, PdfReader, list[str]],
) -> None:
    _, reader, texts = six
    cover = texts[0]
    assert f"Total pages: {len(reader.pages)}" in cover
    assert "Copies wanted: 12" in cover
    assert "Printing: single-sided" in cover
    assert "Paper: A4" in cover
    pages = _pages_of(texts, "Statement (ru)")
    first, last = pages[0] + 1, pages[-1] + 1
    assert f"Russian (ru)) — pages {first}–{last}" in normalize(cover)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_latin_and_cyrillic_round_trip_exactly(
    six: tuple[Pack, PdfReader, list[str]], lang: str
) -> None:
    _, _, texts = six
    pages = _pages_of(texts, f"Statement ({lang})")
    assert len(pages) >= 2  # the statement runs over a page break
    expected = " ".join([SAMPLES[lang]] * 14)
    assert " ".join(_body(texts, pages)) == expected


def test_arabic_words_come_out_in_reading_order(six: tuple[Pack, PdfReader, list[str]]) -> None:
    """What extraction gives for Arabic: pypdf returns presentation forms (NFKC folds them back
    to letters) and puts each run of Arabic words in reading order, while a run of digits or
    Latin inside the line keeps its visual place. So every run of Arabic words read back must
    occur, in order, in the source; words drawn in the wrong order would not."""
    _, _, texts = six
    source = words(SAMPLES["ar"]).split()
    lines = _body(texts, _pages_of(texts, "Statement (ar)"))
    runs = [run for line in lines for run in arabic_runs(line)]
    assert sum(len(r) for r in runs) >= 14 * 18
    joined = " " + " ".join(source) + " "
    for run in runs:
        if len(run) >= 2:
            assert " " + " ".join(run) + " " in joined, run
    first = normalize(lines[0]).split()
    assert first[:4] == source[:4]  # the first line starts with the first words


def test_chinese_round_trips_and_wraps_by_character(
    six: tuple[Pack, PdfReader, list[str]],
) -> None:
    _, _, texts = six
    lines = _body(texts, _pages_of(texts, "Statement (zh)"))
    expected = "".join([SAMPLES["zh"]] * 14)
    assert "".join("".join(lines).split()) == expected
    # lines break inside the running text, which has no spaces
    assert sum(1 for line in lines if " " not in line) >= 10


def test_all_fonts_are_embedded_truetype(tmp_path: Path) -> None:
    if tool("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "pack.pdf"
    path.write_bytes(write_pack_pdf(six_language_pack()))
    fonts = pdffonts(path)
    names = " ".join(name for name, _ in fonts)
    for face in ("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic", "WenQuanYi"):
        assert face in names
    assert all(emb == "yes" for _, emb in fonts), fonts


def test_letter_paper_and_banner_option() -> None:
    pack = Pack(
        "Pack",
        MEETING,
        (statement("en"),),
        PackOptions(generated_at=GENERATED, paper=Paper.LETTER, banner=Banner.READ_OUT_VERBATIM),
    )
    reader = PdfReader(io.BytesIO(write_pack_pdf(pack)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert all("READ OUT VERBATIM" in p.extract_text() for p in reader.pages)


def test_duplex_starts_every_item_on_a_recto() -> None:
    pack = make_pack((statement("en"), statement("fr", repeat=30), paragraphs_item()), duplex=True)
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(write_pack_pdf(pack))).pages]
    heads = ("Statement", "Outcome")
    starts = [
        n for n, t in enumerate(texts, start=1) if n > 1 and body_lines(t)[0].startswith(heads)
    ]
    assert len(starts) == 3
    assert all(n % 2 == 1 for n in starts)
    assert sum("This page intentionally left blank" in t for t in texts) >= 2
    assert "double-sided" in texts[0]


def test_paragraph_labels_and_redline_words_are_printed() -> None:
    pack = make_pack((paragraphs_item(), redline_item()))
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(write_pack_pdf(pack))).pages]
    assert "OP1" in texts[1] and "OP2" in texts[1]
    assert "Decides to [establish][create] an [intergovernmental] working group" in texts[1]
    assert "Decides to establish create a working group;" in texts[2]
    assert "OP3" in texts[2]


def test_brackets_are_bold_and_changes_are_underlined_and_struck() -> None:
    fonts = register_fonts()
    shaper = Shaper(fonts, "en", 13)
    line = shaper.line([("a ", PLAIN), ("[", BOLD), ("b", PLAIN)])
    assert [(p.text, p.font) for p in line.pieces] == [
        ("a ", fonts.latin.regular),
        ("[", fonts.latin.bold),
        ("b", fonts.latin.regular),
    ]
    raw = write_pack_pdf(make_pack((redline_item(),)))
    page = PdfReader(io.BytesIO(raw)).pages[1]
    content = page.get_contents()
    assert content is not None
    strokes = re.findall(rb" l\s*\nS|\sl S", content.get_data())
    # two rules of furniture plus one strike and one underline
    assert len(strokes) >= 4


def test_lines_never_overflow_the_text_width() -> None:
    fonts = register_fonts()
    for lang, text in SAMPLES.items():
        shaper = Shaper(fonts, lang, 14)
        lines = shaper.wrap([(text * 3, PLAIN)], 200)
        assert len(lines) > 3
        assert all(line.width <= 200.01 for line in lines), lang
    long_word = Shaper(fonts, "en", 14).wrap([("x" * 200, PLAIN)], 100)
    assert all(line.width <= 100.01 for line in long_word)


def test_arabic_is_drawn_in_visual_order_like_python_bidi() -> None:
    text = "في عام 2025 (UDHR) [نص]"
    ordered = visual_order(text, [0] * len(text), rtl=True)
    assert "".join(ch for ch, _ in ordered) == get_display(text, base_dir="R")
    line = Shaper(register_fonts(), "ar", 13).line([(text, PLAIN)])
    drawn = "".join(p.text for p in line.pieces)
    assert drawn.startswith("[")  # the last logical word is drawn first, at the left
    assert "2025" in drawn and "(UDHR)" in drawn


def _render(pdf: Path, page: int) -> Image.Image:
    """A page at 60 dpi without anti-aliasing: text is pure black, fills keep their grey."""
    exe = tool("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    args = [exe, "-r", "60", "-f", str(page), "-l", str(page), "-aa", "no", "-aaVector", "no"]
    out = pdf.parent / f"page{page}"
    subprocess.run([*args, "-png", "-singlefile", str(pdf), str(out)], check=True)
    return Image.open(f"{out}.png").convert("RGB")


def photocopy_problems(img: Image.Image) -> list[str]:
    """Why a page would not photocopy cleanly: colour, grey fills, or solid black areas."""
    problems = []
    r, g, b = img.split()
    if (
        max(
            ImageChops.difference(r, g).getextrema()[1], ImageChops.difference(g, b).getextrema()[1]
        )
        > 8
    ):
        problems.append("colour")
    hist = img.convert("L").histogram()
    if sum(hist[40:250]) > 0:  # neither black ink nor white paper
        problems.append("grey")
    if img.convert("L").filter(ImageFilter.MaxFilter(11)).getextrema()[0] < 128:
        problems.append("solid area")  # an 11x11 px (4.7 mm) block that is all ink
    return problems


def test_pages_are_black_on_white(tmp_path: Path) -> None:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(write_pack_pdf(six_language_pack(repeat=3)))
    for page in range(1, len(PdfReader(pdf).pages) + 1):
        assert photocopy_problems(_render(pdf, page)) == [], page


@pytest.mark.parametrize(
    ("fill", "problem"),
    [("grey", "grey"), ("colour", "colour"), ("black", "solid area")],
)
def test_photocopy_check_catches_fills(tmp_path: Path, fill: str, problem: str) -> None:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    if fill == "grey":
        canvas.setFillGray(0.85)
    elif fill == "colour":
        canvas.setFillColorRGB(1.0, 1.0, 0.6)
    else:
        canvas.setFillGray(0.0)
    canvas.rect(100, 600, 200, 60, stroke=0, fill=1)
    canvas.setFillGray(0.0)
    canvas.drawString(110, 620, "Text on a box")
    canvas.showPage()
    canvas.save()
    pdf = tmp_path / "box.pdf"
    pdf.write_bytes(buf.getvalue())
    assert problem in photocopy_problems(_render(pdf, 1))
