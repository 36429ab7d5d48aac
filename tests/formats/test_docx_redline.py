"""DOCX redline: real w:ins/w:del/w:moveFrom/w:moveTo that python-docx and LibreOffice read."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.formats.redline_pair import pair
from wsis_desk.formats.docx_numbering_out import NUM_ID
from wsis_desk.formats.docx_redline import write_redline_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = datetime(2025, 11, 14, 23, 40, tzinfo=UTC)


def redline() -> bytes:
    old, new, comparison = pair()
    return write_redline_docx(
        comparison,
        old,
        new,
        title="Draft resolution A/80/L.1",
        old_label="Rev.1",
        new_label="Rev.2",
        author="CSO caucus",
        when=WHEN,
    )


def body() -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(redline())) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def text_of(el: etree._Element | None) -> str:
    assert el is not None
    return "".join(
        "\t" if t.tag == f"{W}tab" else t.text or ""
        for t in el.iter(f"{W}t", f"{W}delText", f"{W}tab")
    )


def test_python_docx_opens_it_and_sees_title_and_labels() -> None:
    document = docx.Document(io.BytesIO(redline()))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Draft resolution A/80/L.1"
    assert texts[1] == "Compared: Rev.1 → Rev.2"
    assert any(t.startswith("PP1\tRecalling its resolution") for t in texts)


def test_insertions_and_deletions_carry_author_and_date() -> None:
    root = body()
    ins = root.findall(f".//{W}ins")
    dels = root.findall(f".//{W}del")
    assert ins and dels
    for el in ins + dels:
        assert el.get(f"{W}author") == "CSO caucus"
        assert el.get(f"{W}date") == "2025-11-14T23:40:00Z"
    inserted = " ".join(text_of(e) for e in ins)
    deleted = " ".join(text_of(e) for e in dels)
    assert "deep " in inserted and "artificial intelligence" in inserted
    assert "Welcomes the offer" in inserted  # the added paragraph OP3bis
    assert "data governance" in deleted and "Invites the regional commissions" in deleted
    assert all(e.find(f"{W}r/{W}t") is None for e in dels)  # deleted text is w:delText only
    ids = [e.get(f"{W}id") for e in root.iter(f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")]
    assert len(ids) == len(set(ids))


def _num_ids(p: etree._Element) -> list[str | None]:
    return [n.get(f"{W}val") for n in p.findall(f"{W}pPr/{W}numPr/{W}numId")]


def test_renumbering_is_word_numbering_not_a_text_change() -> None:
    root = body()
    for p in root.iter(f"{W}p"):
        if "Requests the Secretary-General" in text_of(p):  # OP2 -> OP3
            assert p.find(f"{W}del") is None and p.find(f"{W}ins") is None
            assert _num_ids(p) == [NUM_ID]
            assert not text_of(p).startswith("OP")
            break
    else:
        pytest.fail("paragraph not found")
    numbering = zipfile.ZipFile(io.BytesIO(redline())).read("word/numbering.xml").decode()
    assert f'w:abstractNumId="{NUM_ID}"' in numbering and 'w:val="%1."' in numbering


def test_labels_word_cannot_number_stay_typed_and_tracked() -> None:
    root = body()
    for p in root.iter(f"{W}p"):
        if "Welcomes the offer" in text_of(p):  # OP3bis: typed, inserted with its paragraph
            assert text_of(p).startswith("OP3bis\t") and _num_ids(p) == []
            break
    else:
        pytest.fail("paragraph not found")


def test_whole_paragraph_added_or_removed_tracks_the_paragraph_mark() -> None:
    root = body()
    marks = root.findall(f".//{W}pPr/{W}rPr/*")
    kinds = sorted(etree.QName(m).localname for m in marks)
    assert kinds.count("ins") == 1 and kinds.count("del") == 1


def test_moved_paragraph_is_a_move_from_and_move_to_pair() -> None:
    root = body()
    starts_from = root.findall(f".//{W}moveFromRangeStart")
    starts_to = root.findall(f".//{W}moveToRangeStart")
    assert len(starts_from) == len(starts_to) == 1
    assert starts_from[0].get(f"{W}name") == starts_to[0].get(f"{W}name")
    moved_from = text_of(root.find(f".//{W}p/{W}moveFrom"))
    moved_to = text_of(root.find(f".//{W}p/{W}moveTo"))
    assert "Encourages all stakeholders" in moved_from and "Encourages all stakeholders" in moved_to
    paragraphs = list(root.iter(f"{W}p"))
    to_at = next(k for k, p in enumerate(paragraphs) if p.find(f"{W}moveTo") is not None)
    from_at = next(k for k, p in enumerate(paragraphs) if p.find(f"{W}moveFrom") is not None)
    # the move goes from the end of the old text to the top of the operative part, numbered
    assert to_at < from_at
    assert _num_ids(paragraphs[to_at]) == _num_ids(paragraphs[from_at]) == [NUM_ID]


def test_brackets_are_bold_runs() -> None:
    root = body()
    bracket_runs = [r for r in root.iter(f"{W}r") if text_of(r) in ("[", "]")]
    assert bracket_runs
    assert all(r.find(f"{W}rPr/{W}b") is not None for r in bracket_runs)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_with_the_tracked_changes(tmp_path: Path) -> None:
    src = tmp_path / "redline.docx"
    src.write_bytes(redline())
    profile = f"file:///tmp/lo_{os.getpid()}_redline"
    for target in ("pdf", "txt:Text (encoded):UTF8"):
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation={profile}",
                "--convert-to",
                target,
                "--outdir",
                str(tmp_path),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    assert (tmp_path / "redline.pdf").stat().st_size > 1000
    text = (tmp_path / "redline.txt").read_text(encoding="utf-8-sig")
    # LibreOffice's text export shows the document with changes shown: both sides present
    assert "deep" in text and "Welcomes the offer" in text
    assert "data governance" in text and "Invites the regional commissions" in text
    # round trip through LibreOffice's own docx writer keeps the revisions
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with zipfile.ZipFile(tmp_path / "redline.odt") as zf:
        content = zf.read("content.xml").decode()
    assert content.count("<text:changed-region") >= 8
    assert "<text:insertion>" in content and "<text:deletion>" in content


def test_paragraphs_carry_word_styles_with_a_hanging_label() -> None:
    document = docx.Document(io.BytesIO(redline()))
    styles = {p.style.name for p in document.paragraphs if "\t" in p.text}
    assert styles == {"Redline Paragraph"}
    style = document.styles["Redline Paragraph"]
    assert style.paragraph_format.first_line_indent < 0 < style.paragraph_format.left_indent


def test_only_numbers_words_list_would_print_become_list_numbering() -> None:
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.formats.docx_numbering_out import auto_numbered

    K = ParagraphKind
    items = [
        ("PP1", K.PREAMBULAR, "1", None),
        ("OP1", K.OPERATIVE, "1.", None),
        ("OP1(a)", K.OPERATIVE, "(a)", 1),
        ("OP1(b)", K.OPERATIVE, "(b)", 1),
        ("OP1(b)(i)", K.OPERATIVE, "(i)", 3),
        ("OP1bis", K.OPERATIVE, "1bis", None),
        ("OP2", K.OPERATIVE, "2.", None),
        ("OP2(a)", K.OPERATIVE, "(a)", 6),
        ("OP4", K.OPERATIVE, "4.", None),  # a gap: Word would print 3.
    ]
    paragraphs = [
        Paragraph(i, label, kind, "text", number=number, parent=parent)
        for i, (label, kind, number, parent) in enumerate(items)
    ]
    assert auto_numbered(paragraphs) == {1: 0, 2: 1, 3: 1, 4: 2, 6: 0, 7: 1}
