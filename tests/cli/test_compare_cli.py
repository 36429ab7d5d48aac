"""The compare commands end to end: diff, diff-files, lineage, relink, on a real database."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from wsis_desk.cli import main

DEMO = "WSIS+20 outcome document (demo)"
SUMMARY_KEYS = {
    "added",
    "removed",
    "changed",
    "moved",
    "renumbered",
    "unchanged",
    "merged",
    "split",
    "layout_only",
    "brackets",
    "footnote_brackets",
    "notes_changed",
}
BRACKET_KEYS = {"before", "after", "added", "removed", "resolved", "dropped"}
ROW_KEYS = {"old", "new", "change", "similarity", "diff", "notes_diff"}


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_diff_json_has_exactly_the_issue_shape(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["diff", DEMO, "Rev.1", "Rev.2", "--json"])
    assert code == 0
    data = json.loads(text)
    assert set(data) == {"summary", "paragraphs", "notes_diff"}
    assert set(data["summary"]) == SUMMARY_KEYS
    assert set(data["summary"]["brackets"]) == BRACKET_KEYS
    assert set(data["summary"]["footnote_brackets"]) == BRACKET_KEYS
    assert isinstance(data["summary"]["layout_only"], bool)
    assert all(set(row) == ROW_KEYS for row in data["paragraphs"])
    ops = {op for row in data["paragraphs"] for op, _ in row["diff"]}
    assert ops == {"=", "-", "+"}
    moved = next(r for r in data["paragraphs"] if r["change"] == "moved")
    assert (moved["old"], moved["new"]) == ("OP2bis", "OP3bis")
    removed = next(r for r in data["paragraphs"] if r["change"] == "removed")
    assert removed["new"] is None and removed["similarity"] == 0.0


def test_diff_prints_a_readable_redline_and_writes_docx_and_pdf(
    data_dir: Path, tmp_path: Path
) -> None:
    run(["demo"])
    docx_out, pdf_out = tmp_path / "redline.docx", tmp_path / "redline.pdf"
    outputs = ["--docx", str(docx_out), "--pdf", str(pdf_out)]
    code, text = run(["diff", "A/80/L.99-DEMO", "Rev.1", "latest", *outputs])
    assert code == 0
    assert text.startswith(f"{DEMO} (A/80/L.99-DEMO): Rev.1 (2025-10-14T09:30-05:00) -> Rev.2")
    assert "OP2bis -> OP3bis  moved" in text
    assert "[-favourable-]{+mutually agreed terms - US, EU+}" in text
    assert f"Wrote {docx_out}" in text and f"Wrote {pdf_out}" in text
    assert b"<w:ins " in zipfile.ZipFile(docx_out).read("word/document.xml")
    pdf_text = "".join(p.extract_text() for p in PdfReader(pdf_out).pages)
    assert "favourable" in pdf_text and "mutually agreed terms" in pdf_text


def test_bad_version_label_is_one_line_and_exit_1(data_dir: Path, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(["demo"])
    out = tmp_path / "never.docx"
    assert run(["diff", DEMO, "Rev.1", "Rev.9", "--docx", str(out)])[0] == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no version 'Rev.9'" in err and "Rev.1, Rev.2" in err
    assert not out.exists()
    assert run(["diff", "Nothing", "1", "2"])[0] == 1
    assert "wsis-desk docs" in capsys.readouterr().err
    code, _ = run(["diff", DEMO, "Rev.1", "Rev.2", "--pdf", str(tmp_path / "no" / "x.pdf")])
    assert code == 1 and "does not exist" in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["diff", DEMO])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["lineage", DEMO, "--json", "--csv", "x.csv"])
    assert exc.value.code == 2


def test_diff_files_compares_two_files_and_stores_nothing(data_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("1. Decides to [enhance] support;\n\n2. Requests a report.\n", encoding="utf-8")
    b.write_text(
        "1. Decides to enhance support;\n\n1 bis. Invites views;\n\n2. Requests a report.\n"
    )
    code, text = run(["diff-files", str(a), str(b), "--json"])
    assert code == 0
    data = json.loads(text)
    assert data["summary"]["added"] == 1 and data["summary"]["brackets"]["resolved"] == 1
    code, text = run(["diff-files", str(a), str(b)])
    assert code == 0 and text.startswith("a.txt -> b.md\n") and "{+Invites views;+}" in text
    assert not data_dir.exists()
    assert run(["diff-files", str(a), str(tmp_path / "missing.txt")])[0] == 1


def test_lineage_table_text_json_csv_pdf(data_dir: Path, tmp_path: Path) -> None:
    run(["demo"])
    code, text = run(["lineage", DEMO])
    assert code == 0
    assert text.splitlines()[0].split() == ["Zero", "draft", "Rev.1", "Rev.2"]
    assert any(
        line.split() == ["-", "OP2bis", "(added)", "OP3bis", "(moved)"]
        for line in text.splitlines()
    )
    code, text = run(["lineage", DEMO, "--json"])
    data = json.loads(text)
    assert data["versions"] == ["Zero draft", "Rev.1", "Rev.2"]
    row = next(p for p in data["paragraphs"] if p["label"] == "OP3bis")
    assert row["history"][0] is None
    assert row["history"][1] == {"version": "Rev.1", "label": "OP2bis", "change": "added"}
    csv_out, pdf_out = tmp_path / "lineage.csv", tmp_path / "lineage.pdf"
    assert run(["lineage", DEMO, "--csv", str(csv_out)]) == (0, f"Wrote {csv_out}\n")
    assert "OP3bis,,OP2bis,added,OP3bis,moved" in csv_out.read_text(encoding="utf-8-sig")
    assert run(["lineage", DEMO, "--pdf", str(pdf_out)])[0] == 0
    assert "OP2bis" in PdfReader(pdf_out).pages[0].extract_text()


def test_relink_and_reparse_are_independent(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["relink"])
    assert code == 0 and text.startswith("Relinked 3 versions of 1 document;")
    code, text = run(["relink", DEMO])
    assert code == 0 and "carried their lineage forward" in text
    code, text = run(["reparse"])
    assert code == 0 and "3 versions; 0 changed" in text


@pytest.mark.corpus
def test_diff_files_on_the_paris_v4_to_v5_pair(corpus: Path) -> None:
    v4 = next(corpus.glob("texts/unfccc_paris_agreement_v4_*"))
    v5 = next(corpus.glob("texts/unfccc_paris_agreement_v5_*"))
    code, text = run(["diff-files", str(v4), str(v5), "--json"])
    assert code == 0
    s = json.loads(text)["summary"]
    assert (s["added"], s["removed"], s["moved"], s["merged"], s["split"]) == (0, 0, 0, 0, 0)
    assert 35 <= s["changed"] <= 45  # a handful of editorial corrections, not a rewrite
    code, text = run(["diff-files", str(v4), str(v5)])
    assert code == 0 and "[-nonmarket-]{+non-market+}" in text


def test_author_is_set_once_and_signs_the_word_redline(data_dir: Path, tmp_path: Path) -> None:
    run(["demo"])
    code, text = run(["author", "Amina Diallo"])
    assert code == 0 and text == "Tracked changes are by: Amina Diallo\n"
    assert run(["author"])[1] == "Tracked changes are by: Amina Diallo\n"
    target = tmp_path / "r.docx"
    assert run(["diff", DEMO, "Rev.1", "Rev.2", "--docx", str(target)])[0] == 0
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert 'w:author="Amina Diallo"' in xml
    code, text = run(["author", "--clear"])
    assert code == 0 and "Amina" not in text


def test_diff_files_writes_the_newer_word_file_with_tracked_changes(tmp_path: Path) -> None:
    import docx

    paths = []
    for name, text in (
        ("a.docx", "Decides to enhance support;"),
        ("b.docx", "Decides to enhance the support;"),
    ):
        document = docx.Document()
        document.add_paragraph(text, style="List Number")
        document.add_paragraph("Requests a report.", style="List Number")
        document.save(tmp_path / name)
        paths.append(str(tmp_path / name))
    target = tmp_path / "redline.docx"
    code, text = run(["diff-files", *paths, "--docx", str(target), "--author", "Amina Diallo"])
    assert code == 0 and f"Wrote {target}" in text
    root = etree.fromstring(zipfile.ZipFile(target).read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    inserted = root.findall(f".//{w}ins")
    assert {el.get(f"{w}author") for el in inserted} == {"Amina Diallo"}
    assert "".join(t.text or "" for el in inserted for t in el.iter(f"{w}t")).strip() == "the"
    assert zipfile.ZipFile(target).namelist() == zipfile.ZipFile(paths[1]).namelist()
