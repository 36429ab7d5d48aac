"""Write an interpreter pack as DOCX (python-docx): same content and structure as the PDF."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from wsis_desk.core.packs import (
    Pack,
    PackItem,
    Paper,
    ParagraphsItem,
    RedlineItem,
    StatementItem,
    fingerprint,
)
from wsis_desk.core.tables import grid_of
from wsis_desk.formats import pack_text as txt
from wsis_desk.formats.docx_fields import add_field
from wsis_desk.formats.pack_text import BOLD, PLAIN, Span, Style
from wsis_desk.formats.pack_words import is_rtl, pack_language, word

LATIN_FONT = "Noto Sans"
ARABIC_FONT = "Noto Naskh Arabic"
CJK_FONT = "WenQuanYi Micro Hei"
PAPER_MM = {Paper.A4: (210, 297), Paper.LETTER: (215.9, 279.4)}
BODY_PT = 13
TABLE_PT = 10  # a table of more than three columns: its cells stay readable across the page
STATEMENT_PT = 14
LANG_TAGS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ru": "ru-RU",
    "ar": "ar-SA",
    "zh": "zh-CN",
}
STYLES = {  # paragraph style: (size, bold, space after)
    "Pack Title": (16, True, 4),
    "Pack Subtitle": (10, False, 2),
    "Pack Body": (BODY_PT, False, 8),
    "Pack Statement": (STATEMENT_PT, False, 8),
    "Pack Furniture": (12, False, 0),
}


def _fonts(rpr: BaseOxmlElement) -> None:
    """Name a face for every script slot: Latin, East Asian and complex (Arabic)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot, name in (
        ("w:ascii", LATIN_FONT),
        ("w:hAnsi", LATIN_FONT),
        ("w:eastAsia", CJK_FONT),
        ("w:cs", ARABIC_FONT),
    ):
        fonts.set(qn(slot), name)


def _set_defaults(doc: DocumentObject) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(BODY_PT)
    rpr = normal.element.get_or_add_rPr()
    _fonts(rpr)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(BODY_PT * 2))
    rpr.append(size_cs)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def _add_styles(doc: DocumentObject) -> None:
    """Word paragraph styles the pack's paragraphs use, so Word's style pane names them."""
    from docx.enum.style import WD_STYLE_TYPE

    for name, (size, bold, after) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.line_spacing = 1.5
    label = doc.styles.add_style("Pack Label", WD_STYLE_TYPE.CHARACTER)
    label.font.bold = True


def _lang(rpr: BaseOxmlElement, language: str, text: str) -> None:
    """``w:lang`` of a run: the Latin/Cyrillic slot, ``w:eastAsia`` for Chinese and ``w:bidi``
    for Arabic, so Word spell-checks, hyphenates and picks fonts by the right language."""
    short = pack_language(language)
    el = OxmlElement("w:lang")
    latin = short if short not in ("ar", "zh") else txt.lang_of(text)
    el.set(qn("w:val"), LANG_TAGS.get(latin, "en-GB") if latin not in ("ar", "zh") else "en-GB")
    if short == "zh" or txt.lang_of(text) == "zh":
        el.set(qn("w:eastAsia"), LANG_TAGS["zh"])
    if short == "ar" or txt.lang_of(text) == "ar":
        el.set(qn("w:bidi"), LANG_TAGS["ar"])
    rpr.append(el)


def _add_run(
    p: DocxParagraph, text: str, style: Style, *, size: float, rtl: bool, language: str = "en"
) -> None:
    run = p.add_run(text)
    run.font.size = Pt(size)
    rpr = run._r.get_or_add_rPr()
    if style.bold:
        run.bold = True
        rpr.append(OxmlElement("w:bCs"))  # bold for Arabic (complex script) text too
    if style.underline:
        run.underline = True
    if style.strike:
        run.font.strike = True
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(round(size * 2)))
    rpr.append(size_cs)
    if rtl:
        rpr.append(OxmlElement("w:rtl"))
    _lang(rpr, language, text)


def _para(
    container: DocumentObject,
    spans: list[Span],
    *,
    language: str,
    size: float,
    label: str | None = None,
    numbered: bool = True,
    after: float = 4,
    style: str = "Pack Body",
) -> DocxParagraph:
    rtl = language.lower()[:2] == "ar"
    p = container.add_paragraph(style=style)
    fmt = p.paragraph_format
    fmt.line_spacing = 1.5
    fmt.space_after = Pt(after)
    ppr = p._p.get_or_add_pPr()
    if rtl:
        ppr.append(OxmlElement("w:bidi"))
    if not numbered:
        ppr.append(OxmlElement("w:suppressLineNumbers"))
    if label:
        fmt.left_indent = Mm(18)
        fmt.first_line_indent = Mm(-18)
        _add_run(p, label, BOLD, size=size - 2, rtl=False, language=language)
        p.runs[-1].style = "Pack Label"
        p.add_run("\t")
    for text, span_style in spans:
        if text:
            _add_run(p, text, span_style, size=size, rtl=rtl, language=language)
    return p


def _table(doc: DocumentObject, text: str, label: str, *, language: str) -> None:
    """A table paragraph as a ruled Word table under its label, brackets bold in the cells."""
    rows = grid_of(text)
    columns = max(len(r) for r in rows)
    size = BODY_PT if columns <= 3 else TABLE_PT
    _para(doc, [], language=language, size=size, label=label, after=2)
    table = doc.add_table(rows=len(rows), cols=columns)
    table.style = doc.styles["Table Grid"]  # ruled: it reads on a black-and-white copy
    rtl = language.lower()[:2] == "ar"
    for cells, row in zip(rows, table.rows, strict=True):
        for cell_text, cell in zip(cells, row.cells, strict=False):
            p = cell.paragraphs[0]
            if rtl:
                p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for piece, span_style in txt.bracket_spans(cell_text, heading=False):
                if piece:
                    _add_run(p, piece, span_style, size=size, rtl=rtl, language=language)
    _para(doc, [], language=language, size=size, numbered=False)  # Word: between two tables


def _line_numbers(section_pr: BaseOxmlElement, on: bool) -> None:
    existing = section_pr.find(qn("w:lnNumType"))
    if existing is not None:
        section_pr.remove(existing)
    if on:
        ln = OxmlElement("w:lnNumType")
        ln.set(qn("w:countBy"), "1")
        ln.set(qn("w:restart"), "newPage")
        ln.set(qn("w:distance"), str(int(Mm(4).twips)))
        # schema order: lnNumType comes after pgMar (and pgBorders) in sectPr
        anchor = section_pr.find(qn("w:pgMar"))
        if anchor is not None:
            anchor.addnext(ln)
        else:
            section_pr.append(ln)


def _furniture(doc: DocumentObject, header: txt.Header, pack: Pack, fp: str) -> None:
    section = doc.sections[-1]
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    head = section.header
    banner = head.paragraphs[0]
    banner.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lang = header.furniture
    rtl = is_rtl(lang)
    banner.style = "Pack Furniture"
    _add_run(banner, header.banner, BOLD, size=12, rtl=rtl, language=lang)
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    banner._p.get_or_add_pPr().append(borders)
    for line in header.lines():
        p = head.add_paragraph(style="Pack Furniture")
        _add_run(p, line, PLAIN, size=9, rtl=rtl, language=lang)
    foot = section.footer.paragraphs[0]
    foot.style = "Pack Furniture"
    for p in [*head.paragraphs, foot]:  # LibreOffice numbers header lines unless told not to
        ppr = p._p.get_or_add_pPr()
        if rtl:
            ppr.append(OxmlElement("w:bidi"))
        ppr.append(OxmlElement("w:suppressLineNumbers"))
    # "page {n} of {total}" with PAGE and NUMPAGES fields (Word updates these by itself)
    template = word(lang, "page of", n="\0", total="\1")
    for k, part in enumerate(template.replace("\1", "\0").split("\0")):
        if k:
            add_field(foot, "PAGE" if k == 1 else "NUMPAGES", "1", bold=True)
        if part:
            foot.add_run(part).bold = True
    generated = txt.generated_line(pack.options.generated_at, lang)
    foot.add_run(f"     {generated}     {word(lang, 'fingerprint')} {fp}")
    for run in foot.runs:
        run.font.size = Pt(8.5)


def _page_setup(doc: DocumentObject, pack: Pack, rtl: bool) -> None:
    section = doc.sections[-1]
    width, height = PAPER_MM[pack.options.paper]
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(33), Mm(27)
    start, end = Mm(32), Mm(25)
    section.left_margin, section.right_margin = (end, start) if rtl else (start, end)
    section.header_distance, section.footer_distance = Mm(12), Mm(12)


def _item(doc: DocumentObject, item: PackItem, number: int, pack_lang: str) -> None:
    lang = item.language
    first: DocxParagraph
    title = {"numbered": False, "style": "Pack Title"}
    sub = {"numbered": False, "style": "Pack Subtitle", "size": 10, "language": pack_lang}
    if isinstance(item, StatementItem):
        title_lang = txt.lang_of(item.title)
        first = _para(doc, [(item.title, BOLD)], language=title_lang, size=16, **title)  # type: ignore[arg-type]
        _para(doc, [(txt.timing_line(item, pack_lang), PLAIN)], **sub)  # type: ignore[arg-type]
        _para(doc, [(txt.pace_line(item, pack_lang), PLAIN)], **sub)  # type: ignore[arg-type]
        for block in txt.text_blocks(item.text):
            _para(doc, [(block, PLAIN)], language=lang, size=STATEMENT_PT, style="Pack Statement")
    elif isinstance(item, ParagraphsItem):
        first = _para(doc, [(item.document_title, BOLD)], language=lang, size=14, **title)  # type: ignore[arg-type]
        _para(doc, [(txt.paragraphs_subtitle(item, pack_lang), PLAIN)], **sub)  # type: ignore[arg-type]
        for p in item.paragraphs:
            if p.kind.value == "table":
                _table(doc, p.text, p.label, language=lang)
                continue
            spans = txt.bracket_spans(p.text, heading=p.kind.value == "heading")
            _para(doc, spans, language=lang, size=BODY_PT, label=p.label, after=8)
    elif isinstance(item, RedlineItem):
        first = _para(doc, [(item.document_title, BOLD)], language=lang, size=14, **title)  # type: ignore[arg-type]
        note = txt.text_language_note(item.language, pack_lang)
        for line in (txt.redline_subtitle(item), note, word(pack_lang, "legend")):
            if line:
                _para(doc, [(line, PLAIN)], **sub)  # type: ignore[arg-type]
        for label, ops in item.rows:
            _para(doc, txt.redline_spans(ops), language=lang, size=BODY_PT, label=label, after=8)
    else:
        first = _para(doc, [(item.title, BOLD)], language=lang, size=14, **title)  # type: ignore[arg-type]
        for term, explanation in item.entries:
            _para(doc, [(term, BOLD), (" — " + explanation, PLAIN)], language=lang, size=12)
    _bookmark(first, f"item{number}", number)


def _bookmark(p: DocxParagraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p._p.insert(1 if p._p.pPr is not None else 0, start)
    p._p.append(end)


def _cover(doc: DocumentObject, pack: Pack, pages: tuple[int, list[tuple[int, int]]]) -> None:
    """The cover; page numbers are the PDF layout's (same paper, margins and fonts), shown as
    the results of Word fields, so nothing reads "?" before Word updates them."""
    lang = pack.options.language
    total, ranges = pages
    cover = {"numbered": False, "language": lang}
    _para(doc, [(pack.title, BOLD)], language=txt.lang_of(pack.title), size=18, numbered=False)
    _para(doc, [(pack.meeting, PLAIN)], language=txt.lang_of(pack.meeting), size=12, numbered=False)
    _para(doc, [(word(lang, "copy desk"), BOLD)], size=13, **cover)  # type: ignore[arg-type]
    for k, (name, value) in enumerate(txt.copy_desk_rows(pack, total)):
        p = _para(doc, [(name + ": ", BOLD)], size=12, after=0, **cover)  # type: ignore[arg-type]
        if k == 0:
            add_field(p, "NUMPAGES", str(total), bold=False)  # Word counts the pages itself
            value = value[len(str(total)) :]
        _add_run(p, value, PLAIN, size=12, rtl=is_rtl(lang), language=lang)
    _para(doc, [(word(lang, "contents"), BOLD)], size=13, **cover)  # type: ignore[arg-type]
    for n, item in enumerate(pack.items, start=1):
        first = ranges[n - 1][0] if n - 1 < len(ranges) else 1
        head, _, tail = word(lang, "page", n="\0").partition("\0")
        spans = [(f"{n}. ", BOLD), (txt.describe(item, lang) + "  —  " + head, PLAIN)]
        p = _para(doc, spans, size=11, after=2, **cover)  # type: ignore[arg-type]
        add_field(p, f"PAGEREF item{n} \\h", str(first), bold=True)
        if tail:
            _add_run(p, tail, PLAIN, size=11, rtl=is_rtl(lang), language=lang)


def _even_page_end(doc: DocumentObject, pack: Pack, fp: str) -> None:
    """End a duplex pack on an even page, so each copy of a print job starts on a new sheet.

    Word and LibreOffice paginate the items themselves, so the page the last item ends on is
    not known here: a last section that starts on an even page (``w:type="evenPage"``) holds
    the "intentionally left blank" note. After an odd page it is the back of that sheet; after
    an even one the application first inserts a blank front, so a sheet is spent: the price of
    an even count whatever the pagination.
    """
    lang = pack.options.language
    header = txt.item_header(pack, pack.items[-1]) if pack.items else txt.pack_header(pack)
    doc.add_section(WD_SECTION.EVEN_PAGE)
    _page_setup(doc, pack, rtl=is_rtl(lang))
    _furniture(doc, header, pack, fp)
    _line_numbers(doc.sections[-1]._sectPr, on=False)
    note = _para(doc, [(word(lang, "blank"), PLAIN)], language=lang, size=12, numbered=False)
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note.paragraph_format.space_before = Mm(100)


def write_pack_docx(pack: Pack) -> bytes:
    """Render ``pack`` to DOCX bytes: a cover section, then one section per item."""
    from wsis_desk.formats.pdf_pack import layout_pages

    doc = Document()
    _set_defaults(doc)
    _add_styles(doc)
    fp = fingerprint(pack)
    lang = pack.options.language
    _page_setup(doc, pack, rtl=is_rtl(lang))
    _furniture(doc, txt.pack_header(pack), pack, fp)
    _line_numbers(doc.sections[-1]._sectPr, on=False)
    _cover(doc, pack, layout_pages(pack))
    start = WD_SECTION.ODD_PAGE if pack.options.duplex else WD_SECTION.NEW_PAGE
    for n, item in enumerate(pack.items, start=1):
        doc.add_section(start)
        _page_setup(doc, pack, rtl=item.language.lower()[:2] == "ar")
        _furniture(doc, txt.item_header(pack, item), pack, fp)
        _line_numbers(doc.sections[-1]._sectPr, on=True)
        _item(doc, item, n, lang)
    if pack.options.duplex:
        _even_page_end(doc, pack, fp)
    doc.core_properties.title = pack.title
    doc.core_properties.subject = pack.meeting
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
