"""``wsis-desk diff`` on two versions whose paragraphs are the same and whose footnote's
words differ: the row is listed with the note's word diff under it, the JSON says so, the pair
is not "layout only", and the PDF and Word redlines print the note's change under the row."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from lxml import etree

from wsis_desk.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

BODY = "The General Assembly,\n\n1. Decides to report every year.[^1]\n\n2. Requests action.\n\n"
OLD_NOTE = "The European Union reserves its position on this paragraph."
NEW_NOTE = "The European Union supports\n    this paragraph."  # words changed, and re-wrapped


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def _versions(tmp_path: Path, new_note: str) -> None:
    for label, note in (("v1", OLD_NOTE), ("v2", new_note)):
        path = tmp_path / f"{label}.md"
        path.write_text(BODY + f"[^1]: {note}\n", encoding="utf-8")
        assert run(["import", str(path), "--doc", "Notes", "--label", label])[0] == 0


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _docx_paragraphs(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return list(root.iter(W + "p"))


def _text(el: etree._Element, tag: str) -> str:
    return "".join(t.text or "" for t in el.iter(W + tag))


def test_diff_lists_a_row_whose_footnote_changed(data_dir: Path, tmp_path: Path) -> None:
    _versions(tmp_path, NEW_NOTE)
    pdf, docx = tmp_path / "redline.pdf", tmp_path / "redline.docx"
    code, text = run(["diff", "Notes", "v1", "v2", "--pdf", str(pdf), "--docx", str(docx)])
    assert code == 0
    assert "1 footnote changed" in text
    assert "no substantive change" not in text
    assert "OP1  unchanged (footnote changed)" in text
    assert "footnote: The European Union [-reserves its position on-]{+supports+} this" in text
    assert "OP2" not in text  # the row with nothing changed stays hidden
    words = " ".join(_pdf_text(pdf).split())
    assert "1 footnote changed" in words and "(footnote changed)" in words
    assert "reserves its position on" in words and "supports" in words
    notes = [p for p in _docx_paragraphs(docx) if _text(p, "t").startswith("Footnote: ")]
    assert len(notes) == 1  # under OP1, as tracked changes Word can accept or reject
    assert _text(notes[0], "delText") == "reserves its position on"
    assert "".join(_text(ins, "t") for ins in notes[0].iter(W + "ins")) == "supports"
    assert _text(notes[0], "t") == "Footnote: The European Union supports this paragraph."

    code, out = run(["diff", "Notes", "v1", "v2", "--json"])
    data = json.loads(out)
    assert data["summary"]["notes_changed"] == 1 and data["summary"]["layout_only"] is False
    row = next(r for r in data["paragraphs"] if r["new"] == "OP1")
    assert ["-", "reserves its position on"] in row["notes_diff"]
    assert ["+", "supports"] in row["notes_diff"]
    assert all(not r["notes_diff"] for r in data["paragraphs"] if r["new"] != "OP1")


def test_diff_of_a_rewrapped_footnote_is_layout_only(data_dir: Path, tmp_path: Path) -> None:
    _versions(tmp_path, OLD_NOTE.replace(" its ", "\n    its "))
    code, text = run(["diff", "Notes", "v1", "v2"])
    assert code == 0
    assert "no substantive change (same words; only layout differs)" in text
    assert "footnote" not in text
