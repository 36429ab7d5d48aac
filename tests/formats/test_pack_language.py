"""Packs speak the pack's language: every fixed string in six languages, RTL for Arabic, duplex
padding, copies on new sheets, bold bracket changes, and DOCX language tags and styles."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from tests.formats.pack_factory import (
    make_pack,
    normalize,
    paragraphs_item,
    redline_item,
    statement,
    tool,
)
from wsis_desk.core.packs import Pack, text_language
from wsis_desk.formats.docx_pack import write_pack_docx
from wsis_desk.formats.pack_text import redline_spans
from wsis_desk.formats.pack_words import PACK_LANGUAGES, word
from wsis_desk.formats.pdf_pack import write_pack_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BANNERS = {
    "en": "CHECK AGAINST DELIVERY",
    "fr": "SEUL LE TEXTE PRONONCÉ FAIT FOI",
    "es": "COTÉJESE CON EL DISCURSO PRONUNCIADO",
    "ru": "СВЕРИТЬ С ПРОИЗНЕСЕННЫМ ТЕКСТОМ",
    "zh": "请以实际发言为准",
}


def _in(pack: Pack, lang: str) -> Pack:
    return dataclasses.replace(pack, options=dataclasses.replace(pack.options, language=lang))


def _texts(pack: Pack) -> list[str]:
    reader = PdfReader(io.BytesIO(write_pack_pdf(pack)))
    return [normalize(p.extract_text()) for p in reader.pages]


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_every_fixed_string_of_a_pack_is_in_the_packs_language(lang: str) -> None:
    pack = _in(make_pack((statement(lang), paragraphs_item(lang)), duplex=True, copies=3), lang)
    texts = _texts(pack)
    every = " ".join(texts)
    for n, text in enumerate(texts, start=1):
        assert normalize(BANNERS[lang]) in text
        assert normalize(word(lang, "page of", n=n, total=len(texts))) in text
    for key in ("copy desk", "contents", "blank", "duplex", "new sheet", "referenced"):
        assert normalize(word(lang, key)) in every, key
    if lang != "en":
        assert "CHECK AGAINST DELIVERY" not in every and "Contents" not in every


def test_every_key_exists_in_all_six_languages() -> None:
    for lang in PACK_LANGUAGES:
        assert word(lang, "timing", units=1, unit="u", clock="00:01", pace="p")
        assert word(lang, "page of", n=1, total=2) != word("en", "page of", n=1, total=2) or (
            lang == "en"
        )


def test_the_texts_language_comes_from_the_text_and_is_named_when_it_differs() -> None:
    assert text_language([paragraphs_item().paragraphs[0].text]) == "en"
    assert text_language(["Les Parties coopèrent à la mise en œuvre de l'Accord"]) == "fr"
    assert text_language(["Las Partes cooperarán en la conservación de la diversidad"]) == "es"
    assert text_language(["Стороны сотрудничают"]) == "ru"
    assert text_language(["تتعاون الأطراف (UDHR)"]) == "ar"
    assert text_language(["缔约方应开展合作"]) == "zh"
    texts = _texts(_in(make_pack((paragraphs_item("en"),)), "fr"))
    assert "Texte en anglais (en)" in texts[1]
    assert "Langue: anglais (en)" in texts[1]


def test_duplex_packs_have_an_even_page_count_so_copies_start_on_a_new_sheet() -> None:
    for repeat in (1, 2, 3, 5):
        pack = make_pack((statement("en", repeat=repeat * 7),), duplex=True, copies=3)
        texts = _texts(pack)
        assert len(texts) % 2 == 0, repeat
        assert "Copies wanted: 3 — each copy starts on a new sheet" in texts[0]
        assert f"Total pages: {len(texts)} ({len(texts) // 2} sheets a copy)" in texts[0]


def test_arabic_pack_furniture_runs_right_to_left_and_labels_keep_their_order() -> None:
    pack = _in(make_pack((paragraphs_item("ar"),)), "ar")
    reader = PdfReader(io.BytesIO(write_pack_pdf(pack)))
    page = reader.pages[1]
    xs: list[tuple[float, str]] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            xs.append((tm[4], text))

    page.extract_text(visitor_text=visit)
    width = float(page.mediabox.width)
    labels = [x for x, t in xs if t.strip() in ("OP1", "OP2")]
    assert labels and all(x > width / 2 for x in labels)  # labels in the right margin
    assert "OP1" in page.extract_text() and "1PO" not in page.extract_text()


def test_brackets_added_or_dropped_in_a_redline_are_bold() -> None:
    spans = redline_spans((("=", "Decides to "), ("+", "[create]"), ("-", "[establish]")))
    marks = {(text, style.bold, style.underline, style.strike) for text, style in spans}
    assert ("[", True, True, False) in marks and ("]", True, False, True) in marks
    assert ("create", False, True, False) in marks


def _docx_xml(pack: Pack) -> etree._Element:
    data = write_pack_docx(pack)
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def test_pack_docx_uses_word_styles_language_tags_and_no_unfilled_fields() -> None:
    pack = make_pack((statement("ar"), statement("zh"), paragraphs_item("en"), redline_item()))
    root = _docx_xml(_in(pack, "fr"))
    styles = {el.get(f"{W}val") for el in root.iter(f"{W}pStyle")}
    assert {"PackBody", "PackTitle", "PackStatement"} <= styles
    langs = list(root.iter(f"{W}lang"))
    assert any(el.get(f"{W}bidi") == "ar-SA" for el in langs)
    assert any(el.get(f"{W}eastAsia") == "zh-CN" for el in langs)
    assert any(el.get(f"{W}val") == "fr-FR" for el in langs)
    shown = "".join(t.text or "" for t in root.iter(f"{W}t"))
    assert "?" not in shown
    assert "Table des matières" in shown and "Pour le service de reprographie" in shown


@pytest.mark.skipif(tool("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_arabic_is_searchable_and_copyable_in_reading_order(tmp_path: Path) -> None:
    pack = _in(make_pack((statement("ar"), paragraphs_item("ar"))), "ar")
    target = tmp_path / "ar.pdf"
    target.write_bytes(write_pack_pdf(pack))
    exe = tool("pdftotext")
    assert exe is not None
    text = subprocess.run([exe, str(target), "-"], capture_output=True, text=True).stdout
    assert "الأطراف" in text and "البيولوجي البحري" in text
    assert "يُرجى المراجعة أثناء الإلقاء" in text  # the banner, in the pack's language
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)  # no presentation forms


def test_arabic_marks_are_placed_on_their_letter_by_the_fonts_anchors() -> None:
    from wsis_desk.formats.fonts import register_fonts
    from wsis_desk.formats.pack_text import PLAIN
    from wsis_desk.formats.pdf_lines import Shaper

    line = Shaper(register_fonts(), "ar", 20).line([("إنَّ الأطراف", PLAIN)])
    glyphs = [g for piece in line.pieces for g in piece.glyphs]
    assert glyphs, "a word with harakat is drawn from HarfBuzz's glyphs"
    marks = [k for k, g in enumerate(glyphs) if g[3] == 0 and g[1] != 0]
    assert marks
    for k in marks:  # over the next glyph drawn (its base), not beside it
        base = glyphs[k + 1]
        assert 0 < glyphs[k][1] < base[3]
    plain = [p for p in line.pieces if not p.glyphs and "\ufe8d" <= max(p.text) <= "\ufefc"]
    assert plain, "a word without harakat keeps its presentation forms"


def test_long_labels_and_headers_are_never_cut_in_a_pack() -> None:
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.core.packs import ParagraphsItem

    label = "Opt.2/Art.6/OP12(b)(iii)bis"
    paras = (Paragraph(0, label, ParagraphKind.OPERATIVE, "Decides to act;"),)
    many = tuple(f"OP{k}" for k in range(1, 40))
    item = ParagraphsItem(
        "Paris Agreement Article 6 paragraph 2", "FCCC/PA/CMA/2024/L.15", "Rev.3", "en", paras
    )
    st = dataclasses.replace(statement("en"), paragraph_labels=many)
    texts = _texts(make_pack((st, item)))
    flat = "".join("".join(texts).split())
    assert "".join(label.split()) in flat
    assert "…" not in "".join(texts)
    assert "OP38,OP39" in flat  # the whole "Refers to" line, wrapped if need be
