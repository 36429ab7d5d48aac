"""The PDF redline as a copy desk reads it: deleted rows apart, labels and headers never cut,
footnotes printed with their marks, Chinese marked by character."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from tests.formats.redline_pair import pair
from wsis_desk.core.compare import compare
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind
from wsis_desk.formats.pdf_redline import write_redline_pdf

K = ParagraphKind


def _pdf(old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], title: str = "Outcome") -> str:
    data = write_redline_pdf(
        compare(old, new),
        old,
        new,
        title=title,
        old_label="Rev.1",
        old_date=None,
        new_label="Rev.2",
        new_date=None,
    )
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_a_deleted_paragraph_is_labelled_apart_from_the_current_ones() -> None:
    old, new, _ = pair()
    text = _pdf(old, new)
    assert "deleted:" in text and "OP3 (was)" in text
    current = re.findall(r"^OP3$", text, re.MULTILINE)
    assert len(current) <= 1  # the old OP3 is never printed as a second bare "OP3"


def test_long_labels_and_titles_wrap_instead_of_being_cut() -> None:
    label = "Opt.2/Art.6/OP12(b)(iii)bis"
    old = (Paragraph(0, label, K.OPERATIVE, "Decides to act;"),)
    new = (Paragraph(0, label, K.OPERATIVE, "Decides to act now;"),)
    title = "Paris Agreement Article 6, paragraph 2: cooperative approaches " * 3
    text = _pdf(old, new, title=title.strip())
    flat = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", label) in flat
    assert re.sub(r"\s+", "", title) in flat
    assert not re.search(r"\w…", text)  # nothing shortened with an ellipsis
    assert "compared:Rev.1→Rev.2" in flat


def test_footnotes_are_printed_under_their_paragraph_with_changes_marked() -> None:
    old = (
        Paragraph(
            0, "OP1", K.OPERATIVE, "Decides to act;", footnotes=(Footnote("a", "As in 2/CMA.3."),)
        ),
    )
    new = (
        Paragraph(
            0,
            "OP1",
            K.OPERATIVE,
            "Decides to act;",
            footnotes=(Footnote("a", "As in 2/CMA.3 and 6/CMA.4."),),
        ),
    )
    text = _pdf(old, new)
    assert "a As in 2/CMA.3" in text and "6/CMA.4." in text


def test_chinese_changes_are_marked_by_character() -> None:
    old = (Paragraph(0, "OP1", K.OPERATIVE, "缔约方应开展合作，养护海洋生物。"),)
    new = (Paragraph(0, "OP1", K.OPERATIVE, "缔约方应加强合作，养护海洋生物。"),)
    row = compare(old, new).paragraphs[0]
    assert [c.text for c in row.chunks if c.op != "="] == ["开展", "加强"]


def test_arabic_paragraphs_are_shaped_right_to_left_and_searchable(tmp_path: Path) -> None:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    old = (Paragraph(0, "OP1", K.OPERATIVE, "تتعاون الأطراف من أجل حفظ التنوع البيولوجي"),)
    new = (Paragraph(0, "OP1", K.OPERATIVE, "تتعاون الأطراف من أجل حفظ التنوع البيولوجي البحري"),)
    data = write_redline_pdf(
        compare(old, new),
        old,
        new,
        title="Outcome",
        old_label="Rev.1",
        old_date=None,
        new_label="Rev.2",
        new_date=None,
    )
    path = tmp_path / "ar.pdf"
    path.write_bytes(data)
    text = subprocess.run([exe, str(path), "-"], capture_output=True, text=True).stdout
    assert "تتعاون الأطراف من أجل حفظ التنوع البيولوجي البحري" in text
    raw = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert any("\ufb50" <= ch <= "\ufeff" for ch in raw)  # joined forms are drawn


def _table_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Decides to adopt the reporting table below;")
    table = document.add_table(rows=2, cols=2)
    for r, values in enumerate((("Party", "Version"), ("European Union", "X.Z"))):
        for c, value in enumerate(values):
            table.cell(r, c).paragraphs[0].text = value
    document.add_paragraph("Requests the secretariat to publish it.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_word_table_is_drawn_as_a_table_with_its_changes() -> None:
    from wsis_desk.formats.docx_tables import paragraph_tables

    texts = [
        "Decides to adopt the reporting table below;",
        "Party",
        "Version",
        "European Union",
        "X.Z",
        "Requests the secretariat to publish it.",
    ]
    new = tuple(Paragraph(i, f"¶{i + 1}", K.OTHER, t) for i, t in enumerate(texts))
    old = tuple(
        Paragraph(i, f"¶{i + 1}", K.OTHER, "X.Y" if t == "X.Z" else t) for i, t in enumerate(texts)
    )
    tables = paragraph_tables(_table_docx(), texts)
    assert tables == [(((1,), (2,)), ((3,), (4,)))]
    data = write_redline_pdf(
        compare(old, new),
        old,
        new,
        title="Outcome",
        old_label="Rev.1",
        old_date=None,
        new_label="Rev.2",
        new_date=None,
        tables=tables,
    )
    spots: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            spots.setdefault(text.strip(), (tm[4], tm[5]))

    pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert spots["Party"][1] == spots["Version"][1] and spots["Party"][0] < spots["Version"][0]
    changed = next(k for k in spots if "X.Y" in k and "X.Z" in k)  # marked inside its cell
    assert spots["European Union"][1] == spots[changed][1] < spots["Party"][1]
    assert spots[changed][0] == spots["Version"][0]
