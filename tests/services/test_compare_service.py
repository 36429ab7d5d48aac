"""Compare use cases on a real SQLite workspace: versions, files, redlines, lineage, history."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.segment import segment
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.docx_revisions import rejected_or_accepted_docx
from wsis_desk.services import compare as svc
from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.preferences import author_name, os_user_name, set_author_name
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import ParagraphRow

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    load_demo(workspace)
    yield workspace
    workspace.close()


def _lineage_ids(ws: Workspace, version: str) -> dict[str, str]:
    vt = show_version(ws, DEMO_SYMBOL, version)
    with ws.db.sessions() as session:
        rows = session.scalars(
            select(ParagraphRow)
            .where(ParagraphRow.version_id == vt.version.id)
            .order_by(ParagraphRow.ordinal)
        )
        return {row.label: str(row.lineage_id) for row in rows}


def test_compare_versions_finds_the_move_and_the_bracket_changes(ws: Workspace) -> None:
    result = svc.compare_versions(ws, DEMO_DOCUMENT, "Rev.1", "Rev.2")
    assert (result.old.label, result.new.label) == ("Rev.1", "Rev.2")
    assert result.document.symbol == DEMO_SYMBOL and DEMO_SYMBOL in result.title
    assert len(result.old_paragraphs) == result.old.paragraphs
    s = result.comparison.summary
    assert s.moved == 1 and s.removed == 1
    assert s.brackets.before > s.brackets.after  # Rev.2 burned brackets down
    assert s.brackets.removed == s.brackets.resolved + s.brackets.dropped
    moved = next(r for r in result.comparison.paragraphs if r.match.moved)
    assert (moved.old_label, moved.new_label) == ("OP2bis", "OP3bis")
    same = svc.compare_versions(ws, DEMO_SYMBOL, "2", "latest")  # numbers and "latest" work
    assert same.comparison.summary == s


def test_lineage_ids_carry_op2bis_to_op3bis(ws: Workspace) -> None:
    rev1, rev2 = _lineage_ids(ws, "Rev.1"), _lineage_ids(ws, "Rev.2")
    assert rev1["OP2bis"] == rev2["OP3bis"]
    assert rev1["OP1"] == rev2["OP1"] and rev1["OP1"] != rev1["OP2"]
    table = svc.lineage(ws, DEMO_DOCUMENT)
    assert table.versions == ("Zero draft", "Rev.1", "Rev.2")
    row = next(r for r in table.rows if r.cells[-1] and r.cells[-1].label == "OP3bis")
    assert row.cells[0] is None
    assert row.cells[1] is not None and row.cells[1].label == "OP2bis"
    assert row.cells[2] is not None and row.cells[2].change is ChangeKind.MOVED


def test_relink_recomputes_without_orphaning_ids(ws: Workspace) -> None:
    before = _lineage_ids(ws, "Rev.2")
    report = svc.relink(ws, DEMO_DOCUMENT)
    assert (report.documents, report.versions) == (1, 3) and report.carried > 20
    assert _lineage_ids(ws, "Rev.2") == before  # same alignment, same ids: nothing orphaned
    assert svc.relink(ws).documents == 1
    with pytest.raises(NotFoundError):
        svc.relink(ws, "No such document")


def test_paragraph_history_follows_the_lineage(ws: Workspace) -> None:
    lineage_id = _lineage_ids(ws, "Rev.2")["OP3bis"]
    history = svc.paragraph_history(ws, DEMO_SYMBOL, lineage_id)
    assert [e.version.label for e in history] == ["Zero draft", "Rev.1", "Rev.2"]
    absent, added, changed = history
    assert absent.label is None and absent.change is None and not absent.chunks
    assert added.label == "OP2bis" and added.change is ChangeKind.ADDED
    assert [c.op for c in added.chunks] == ["+"]
    assert changed.label == "OP3bis" and changed.renumbered and changed.previous_label == "OP2bis"
    assert changed.change is ChangeKind.CHANGED
    assert ("+", "mutually agreed terms - US, EU") in [tuple(c) for c in changed.chunks]
    vt = show_version(ws, DEMO_SYMBOL, "Rev.2")
    index = next(p.index for p in vt.paragraphs if p.label == "OP3bis")
    assert svc.history_of_paragraph(ws, DEMO_SYMBOL, "Rev.2", index) == history
    with pytest.raises(NotFoundError):
        svc.paragraph_history(ws, DEMO_SYMBOL, "no-such-lineage")


def test_history_marks_a_removed_paragraph(ws: Workspace) -> None:
    lineage_id = _lineage_ids(ws, "Rev.1")["OP5bis"]  # the placement note, gone in Rev.2
    history = svc.paragraph_history(ws, DEMO_SYMBOL, lineage_id)
    assert history[-1].change is ChangeKind.REMOVED and history[-1].previous_label == "OP5bis"
    assert [c.op for c in history[-1].chunks] == ["-"]


def test_docx_redline_has_tracked_changes_by_the_person(ws: Workspace) -> None:
    assert set_author_name(ws, "  Amina   Diallo ") == "Amina Diallo"
    result = svc.compare_versions(ws, DEMO_DOCUMENT, "Rev.1", "Rev.2")
    data = svc.redline_docx(ws, result)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    inserted = root.findall(f".//{W}ins")
    deleted = root.findall(f".//{W}del")
    assert inserted and deleted
    marks = inserted + deleted + root.findall(f".//{W}moveFrom") + root.findall(f".//{W}moveTo")
    assert {m.get(f"{W}author") for m in marks} == {"Amina Diallo"}
    # dated by the circulation of Rev.2 (2025-11-20 22:15 New York = 2025-11-21 03:15 UTC)
    assert {m.get(f"{W}date") for m in marks} == {"2025-11-21T03:15:00Z"}
    deleted_words = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    assert "favourable" in deleted_words
    assert root.findall(f".//{W}moveFrom") and root.findall(f".//{W}moveTo")
    lines = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Compared: Rev.1 (14 Oct 2025 09:30) → Rev.2 (20 Nov 2025 22:15)" in lines


def test_pdf_redline_contains_inserted_and_deleted_words(ws: Workspace) -> None:
    result = svc.compare_versions(ws, DEMO_DOCUMENT, "Rev.1", "Rev.2")
    reader = PdfReader(io.BytesIO(svc.redline_pdf(ws, result)))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "favourable" in text  # deleted from OP3bis
    assert "mutually agreed terms" in text  # inserted
    assert "Rev.1" in text and "Rev.2" in text and "14 Oct 2025 09:30" in text
    assert "page 1 of" in text


def test_save_redline_writes_the_file_or_one_clear_error(ws: Workspace, tmp_path: Path) -> None:
    result = svc.compare_versions(ws, DEMO_DOCUMENT, "Zero draft", "Rev.2")
    out = svc.save_redline(ws, result, tmp_path / "r.pdf", kind="pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    out = svc.save_redline(ws, result, tmp_path / "r.docx", kind="docx")
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(WsisDeskError, match="does not exist"):
        svc.save_redline(ws, result, tmp_path / "missing" / "r.pdf", kind="pdf")


def test_compare_files_stores_nothing(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("1. Decides to [enhance] support;\n\n2. Requests a report.\n", encoding="utf-8")
    b.write_text(
        "1. Decides to enhance support;\n\n2. Requests a short report.\n", encoding="utf-8"
    )
    result = svc.compare_files(a, b)
    assert (result.old_name, result.new_name) == ("a.txt", "b.txt")
    s = result.comparison.summary
    assert s.changed == 2 and s.brackets.resolved == 1
    assert not (tmp_path / "home").exists()


def test_lineage_csv_and_pdf(ws: Workspace) -> None:
    csv = svc.lineage_csv(ws, DEMO_SYMBOL).decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("Rev.2,Zero draft label,Rev.1 label,Rev.1 change")
    assert "OP3bis,,OP2bis,added,OP3bis,moved" in csv
    pdf = PdfReader(io.BytesIO(svc.lineage_pdf(ws, DEMO_SYMBOL)))
    assert "OP2bis" in pdf.pages[0].extract_text()


def test_unknown_version_says_which_exist(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match=r"Zero draft, Rev\.1, Rev\.2"):
        svc.compare_versions(ws, DEMO_DOCUMENT, "Rev.1", "Rev.9")


def test_the_author_is_the_os_users_full_name_until_one_is_set(ws: Workspace) -> None:
    assert author_name(ws) == os_user_name() != ""
    set_author_name(ws, "Amina Diallo")
    assert author_name(ws) == "Amina Diallo"
    assert set_author_name(ws, "") == os_user_name()
    with pytest.raises(WsisDeskError, match="shorter"):
        set_author_name(ws, "x" * 201)


CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "docx"


def test_redline_of_two_imported_word_versions_is_the_newer_file_tracked(
    tmp_path: Path,
) -> None:
    old = CORPUS / "art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
    new = CORPUS / "art62_cma6_draft_party_inputs_working_copy.docx"
    if not (old.exists() and new.exists()):
        pytest.skip("the Art. 6.2 corpus drafts are not here")
    workspace = open_workspace(tmp_path / "home")
    try:
        import_file(workspace, old, document="Art. 6.2", label="SBSTA 61")
        import_file(workspace, new, document="Art. 6.2", label="CMA 6")
        set_author_name(workspace, "Amina Diallo")
        result = svc.compare_versions(workspace, "Art. 6.2", "SBSTA 61", "CMA 6")
        data = svc.redline_docx(workspace, result)
    finally:
        workspace.close()
    package = zipfile.ZipFile(io.BytesIO(data))
    assert package.namelist() == zipfile.ZipFile(new).namelist()
    root = etree.fromstring(package.read("word/document.xml"))
    assert {el.get(f"{W}author") for el in root.iter(f"{W}ins")} == {"Amina Diallo"}
    assert len(root.findall(f".//{W}footnoteReference")) == 4
    accepted = rejected_or_accepted_docx(data, "accept")
    labels = [(p.label, p.text) for p in segment(read_docx(accepted)).paragraphs]
    assert labels == [(p.label, p.text) for p in result.new_paragraphs]
