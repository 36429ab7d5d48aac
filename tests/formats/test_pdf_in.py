"""Reading PDFs the tests make themselves: furniture, labels, notes, columns, scripts, refusals."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import time
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from tests.formats.pdf_factory import (
    Para,
    encrypted_pdf,
    make_pdf,
    make_script_pdf,
    scan_pdf,
)
from wsis_desk.core.model import Footnote, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.errors import (
    FileTooLargeError,
    InputFileError,
    UnsupportedFormatError,
)
from wsis_desk.formats import pdf_guard, pdf_in
from wsis_desk.formats.pdf_in import read_pdf
from wsis_desk.formats.pdf_layout import _join
from wsis_desk.formats.pdf_page import Line
from wsis_desk.formats.reader import parse_bytes

LONG = (
    "Recalling its resolution {n} on the outcome of the World Summit on the Information "
    "Society and the many commitments made by Member States in the Tunis Agenda for the "
    "Information Society, which remain valid today and guide the work of the United Nations,"
)


def _preamble(n: int, *, notes: bool = True) -> list[Para]:
    return [
        Para(
            LONG.format(n=i).replace(
                "Society and", f"Society{{{i}}} and" if notes else "Society and"
            ),
            label=f"PP{i}",
            notes={str(i): f"See resolution 70/{i}, annex, para. {i}."} if notes else {},
        )
        for i in range(1, n + 1)
    ]


def _strip_marks(text: str) -> str:
    return re.sub(r"\{(\d+|\*)\}", "", text)


def _read(paras: list[Para], **kw: object) -> SourceText:
    return read_pdf(make_pdf(paras, **kw))  # type: ignore[arg-type]


def test_margin_labels_notes_and_furniture_over_several_pages() -> None:
    title = Para("Promoting the Information Society for development", bold=True, centred=True)
    paras = [title, *_preamble(12)]
    data = make_pdf(paras)
    pages = len(pdfium.PdfDocument(data))
    assert pages >= 2
    src = read_pdf(data)
    assert src.format == "pdf"
    assert [b.text for b in src.blocks] == [_strip_marks(p.text) for p in paras]
    assert [b.number for b in src.blocks] == [None] + [f"PP{i}" for i in range(1, 13)]
    assert src.blocks[0].heading_level == 1
    assert all(b.heading_level is None for b in src.blocks[1:])
    for i, block in enumerate(src.blocks[1:], start=1):
        assert block.footnotes == (Footnote(str(i), f"See resolution 70/{i}, annex, para. {i}."),)
    assert src.footnotes == ()
    (furniture,) = [d for d in src.diagnostics if d.code == "pdf.furniture"]
    for kind in ("page numbers", "document symbols", "job numbers", "bar codes"):
        assert f"{kind} ({pages}×)" in furniture.message
    assert "running heads: Draft resolution" in furniture.message
    everything = " ".join(b.text for b in src.blocks)
    for junk in ("A/C.3/78/L.41", "GE.23", "2312345", f" of {pages}"):
        assert junk not in everything


def test_segmenting_a_pdf_needs_no_pdf_knowledge_in_core() -> None:
    seg = segment(_read(_preamble(4, notes=False)))
    assert [p.label for p in seg.paragraphs] == ["PP1", "PP2", "PP3", "PP4"]
    assert all(p.text.startswith("Recalling its resolution") for p in seg.paragraphs)


def test_a_paragraph_continues_across_the_page_break_and_keeps_its_note() -> None:
    long = Para(
        " ".join([LONG.format(n=99)] * 12).replace("today and", "today{1} and", 1),
        label="OP1",
        notes={"1": "A note cited on the first page."},
    )
    last = Para("Decides to remain seized of the matter.", label="OP2")
    paras = [*_preamble(8, notes=False), long, last]
    src = _read(paras)
    assert [b.number for b in src.blocks][-2:] == ["OP1", "OP2"]
    assert src.blocks[-2].text == _strip_marks(long.text)
    assert src.blocks[-2].footnotes == (Footnote("1", "A note cited on the first page."),)


def test_two_columns_read_left_column_first_and_join_across_the_column_break() -> None:
    paras = _preamble(10, notes=False)
    src = _read(paras, columns=2)
    assert [b.number for b in src.blocks] == [f"PP{i}" for i in range(1, 11)]
    assert [b.text for b in src.blocks] == [p.text for p in paras]


def test_hyphenation_at_line_ends_is_undone() -> None:
    words = "internationalization multistakeholderism telecommunications interoperability"
    text = " ".join([f"Encourages {words} across the board,"] * 6)
    src = _read([Para(text, label="OP1")], hyphenate=True)
    assert src.blocks[0].text == text


@pytest.mark.parametrize(
    ("first", "second", "words", "joined"),
    [
        ("the decision-", "making process", {"decision", "making"}, "the decision-making process"),
        ("the decision-", "making process", {"decision-making"}, "the decision-making process"),
        ("the nego-", "tiations resume", set(), "the negotiations resume"),
        ("multi-", "stakeholder", {"multistakeholder"}, "multistakeholder"),
        ("Annex I", "Parties", set(), "Annex I Parties"),
        ("联合国", "海洋法", set(), "联合国海洋法"),
    ],
)
def test_join_lines_decides_each_hyphen_by_the_words_of_the_document(
    first: str, second: str, words: set[str], joined: str
) -> None:
    lines = [Line(first, 0, 0, 0, 0, 10), Line(second, 0, 0, 0, 0, 10)]
    assert _join(lines, frozenset(words)) == joined


def test_strike_through_is_deleted_text_and_underline_inserted_text() -> None:
    para = Para(
        "Stresses the importance of digital cooperation among all stakeholders,",
        label="OP3",
        struck=frozenset({"digital"}),
        underlined=frozenset({"among", "all"}),
    )
    src = _read([para])
    block = src.blocks[0]
    assert block.text == "Stresses the importance of cooperation among all stakeholders,"
    assert block.original_text == "Stresses the importance of digital cooperation stakeholders,"
    assert any(d.code == "pdf.strike_underline" for d in src.diagnostics)


def test_underline_alone_is_not_read_as_an_insertion() -> None:
    para = Para("Welcomes the report of the Secretary-General,", underlined=frozenset({"report"}))
    block = _read([para]).blocks[0]
    assert block.text == para.text and block.original_text is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ar",
            "إن الأطراف في هذا الاتفاق، إذ تشير إلى الأحكام ذات الصلة من اتفاقية الأمم المتحدة "
            "لقانون البحار المؤرخة 10 كانون الأول / ديسمبر 1982، بما في ذلك الالتزام بحماية "
            "البيئة البحرية والحفاظ عليها،\n\nوإذ تؤكد ضرورة احترام التوازن بين الحقوق والالتزامات",
        ),
        (
            "zh",
            "本协定各缔约方，回顾一九八二年十二月十日《联合国海洋法公约》相关规定，包括保护和保全"
            "海洋环境的义务，强调需要尊重《公约》所载之权利、义务和利益的平衡，认识到需要以协调一致"
            "及合作的方式处理海洋生物多样性丧失和生态系统退化问题，\n\n第一条 用语",
        ),
    ],
)
def test_arabic_and_chinese_read_in_logical_order(language: str, text: str) -> None:
    src = read_pdf(make_script_pdf(text, language))
    assert [b.text for b in src.blocks] == [" ".join(p.split()) for p in text.split("\n\n")]


@pytest.mark.corpus
@pytest.mark.parametrize("language", ["ar", "zh", "ru", "fr", "es", "en"])
def test_bbnj_in_six_languages_reads_back_paragraph_for_paragraph(
    corpus: Path, language: str
) -> None:
    path = next(corpus.glob(f"texts/bbnj_agreement_2023_{language}_*"))
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]
    paras = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    src = read_pdf(make_script_pdf("\n\n".join(paras), language))
    assert [_same(b.text) for b in src.blocks] == [_same(p) for p in paras]


def _same(text: str) -> str:
    """What reading back cannot restore: the corpus's own OCR line-end hyphens (``обяза-
    тельство``), harakat (the pack writer draws stacked ones as shaped glyphs with no Unicode
    meaning; reading order is what is checked), curly quotes the Arabic writer mirrors, and
    which side of a bare list number (``-5``) a dash stands on in right-to-left text."""
    text = re.sub("[\u064b-\u065f\u0670]", "", unicodedata.normalize("NFD", text))
    text = re.sub(r"(?<=[^\W\d_])- (?=[^\W\d_])", "", text)
    text = re.sub(r"(?<=\s)-(\d)(?=\s)|(?<=\s)(\d)-(?=\s)", r"\1\2", text)
    return unicodedata.normalize("NFC", text).translate(str.maketrans("“”", '""'))


# -- refusals ----------------------------------------------------------------------------


def test_a_scan_is_refused_as_a_scan() -> None:
    with pytest.raises(UnsupportedFormatError, match="scan") as err:
        read_pdf(scan_pdf(), name="scan.pdf")
    assert "approximate" in str(err.value) and "\n" not in str(err.value)


def test_ocr_is_offered_only_when_tesseract_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/tesseract")
    with pytest.raises(UnsupportedFormatError, match="Tesseract is installed"):
        read_pdf(scan_pdf())
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(UnsupportedFormatError) as err:
        read_pdf(scan_pdf())
    assert "Tesseract" not in str(err.value)


def test_a_password_protected_pdf_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="password-protected"):
        parse_bytes(encrypted_pdf(), "locked.pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
    ],
)
def test_a_damaged_pdf_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(InputFileError) as err:
        parse_bytes(data, "broken.pdf")
    assert "\n" not in str(err.value) and "broken.pdf" in str(err.value)


def test_a_truncated_pdf_is_refused_or_read_never_crashes() -> None:
    whole = make_pdf(_preamble(3))
    for cut in (len(whole) // 4, len(whole) // 2, len(whole) - 40):
        try:
            parse_bytes(whole[:cut], "cut.pdf")
        except InputFileError as exc:
            assert "\n" not in str(exc)


def test_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_pdf(_preamble(14, notes=False))
    pages = len(pdfium.PdfDocument(data))
    monkeypatch.setattr(pdf_guard, "MAX_PDF_PAGES", pages - 1)
    with pytest.raises(FileTooLargeError, match=f"{pages} pages"):
        read_pdf(data, name="long.pdf")


def test_a_page_stuffed_with_characters_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_in, "MAX_PAGE_CHARS", 500)
    with pytest.raises(FileTooLargeError, match="characters"):
        read_pdf(make_pdf(_preamble(3, notes=False)))


def _hostile(body: bytes) -> bytes:
    """A one-page PDF whose content stream is ``body`` (xref offsets left to the reader)."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        + b"4 0 obj<</Length "
        + str(len(body)).encode()
        + b">>stream\n"
        + body
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        b"q " * 50_000 + b"Q " * 50_000,  # deep graphics-state nesting
        b"[" * 100_000,  # deep array nesting in the content stream
        b"BT /F1 12 Tf " + b"(x) Tj " * 20_000 + b"ET",  # text in a font that does not exist
    ],
)
def test_hostile_content_streams_end_quickly(body: bytes) -> None:
    start = time.perf_counter()
    with contextlib.suppress(InputFileError):
        read_pdf(_hostile(body), name="hostile.pdf")
    assert time.perf_counter() - start < 10


def test_a_deflate_bomb_is_not_inflated_without_bound() -> None:
    import zlib

    bomb = zlib.compress(b"0 0 m 1 1 l S\n" * 3_000_000, 6)  # 42 MB of drawing in 40 kB
    data = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length "
        + str(len(bomb)).encode()
        + b"/Filter/FlateDecode>>stream\n"
        + bomb
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(FileTooLargeError, match="inflates"):
        read_pdf(data, name="bomb.pdf")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_after_a_pdf_header_give_a_clear_error_or_text(tail: bytes) -> None:
    try:
        parse_bytes(b"%PDF-1.4\n" + tail, "fuzz.pdf")
    except InputFileError as exc:
        assert "\n" not in str(exc)


def test_a_real_pdf_mutated_byte_by_byte_never_crashes() -> None:
    whole = bytearray(make_pdf(_preamble(2)))
    for i in range(0, len(whole), max(1, len(whole) // 40)):
        mutated = bytes(whole[:i]) + b"\xff\x00(" + bytes(whole[i + 3 :])
        try:
            parse_bytes(mutated, "mutated.pdf")
        except InputFileError as exc:
            assert "\n" not in str(exc)


def test_pdf_bytes_with_another_extension_are_still_read_as_pdf() -> None:
    data = make_pdf(_preamble(1, notes=False))
    assert parse_bytes(data, "draft.txt").format == "pdf"


def test_canvas_text_without_fonts_embedded_is_read() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "1.")
    c.drawString(100, 700, "Decides to convene a high-level meeting in 2025;")
    c.showPage()
    c.save()
    block = read_pdf(buf.getvalue()).blocks[0]
    assert (block.number, block.text) == ("1.", "Decides to convene a high-level meeting in 2025;")


def test_a_paragraph_set_in_italics_is_an_editors_note() -> None:
    paras = [
        Para("Recalling its resolution 70/125,", label="PP1"),
        Para("[Further definitions may be required at a later stage.]", italic=True),
        Para("Decides to convene a high-level meeting;", label="1."),
    ]
    src = _read(paras, head="")
    assert [b.italic for b in src.blocks] == [False, True, False]
    kinds = [p.kind.value for p in segment(src).paragraphs]
    assert kinds == ["preambular", "note", "operative"]
