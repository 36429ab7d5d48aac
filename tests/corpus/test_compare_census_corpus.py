"""The Art. 6.2 draft against its successor: compare's bracket tally is the census's, in the
CLI (text and JSON), the Word and PDF redlines and the compare view, as the brackets board.

Counted by reading the files, not by the tool: the draft's ``word/document.xml`` holds 420
``[`` (none a footnote mark or editorial note: each is a group, 12 of them closing in a later
paragraph and 9 never closed), its endnotes 4, 5, 6, 7 and 8 (the notes under Annex I Tables
1, 3 and 4, which the reader attaches to those tables: endnote 7 from a cell holding only its
mark) hold 2 + 2 + 1 + 25 + 10 = 40; the working copy holds none. Before this, compare said
399: it left out the 21 groups not closed in their own paragraph, and every footnote.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from wsis_desk.cli import main
from wsis_desk.core.compare import compare
from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.compare_view import CompareView

pytestmark = pytest.mark.corpus

DRAFT = "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
NEXT = "docx/art62_cma6_draft_party_inputs_working_copy.docx"
ENDNOTES_WITH_BRACKETS = {"4": 2, "5": 2, "6": 1, "7": 25, "8": 10}  # in word/endnotes.xml


def run(argv: list[str]) -> str:
    out = io.StringIO()
    assert main(argv, out=out) == 0
    return out.getvalue()


def test_the_files_hold_what_the_docstring_says(corpus: Path) -> None:
    with zipfile.ZipFile(corpus / DRAFT) as z:
        assert z.read("word/document.xml").decode().count("[") == 420
        notes = z.read("word/endnotes.xml").decode()
    for note_id, n in ENDNOTES_WITH_BRACKETS.items():
        body = re.search(rf'<w:endnote w:id="{note_id}">(.*?)</w:endnote>', notes, re.S)
        assert body is not None and body.group(1).count("[") == n
    with zipfile.ZipFile(corpus / NEXT) as z:
        assert all(z.read(f"word/{part}.xml").count(b"[") == 0 for part in ("document", "endnotes"))


def test_compare_counts_420_groups_and_40_in_footnotes(corpus: Path) -> None:
    draft, after = (segment(load_file(corpus / name).source) for name in (DRAFT, NEXT))
    old, new = draft.paragraphs, after.paragraphs
    assert draft.footnotes == ()  # endnote 7 is cited by Annex I Table 3 cont.
    c = compare(old, new, (draft.footnotes, after.footnotes))
    b, f = c.summary.brackets, c.summary.footnote_brackets
    assert (b.before, b.after, b.added, b.removed) == (420, 0, 0, 420)
    assert b.removed == b.resolved + b.dropped
    assert (f.before, f.after, f.added, f.removed) == (40, 0, 0, 40)
    assert sum(r.footnote_brackets.before for r in c.paragraphs) == 40  # on the tables' rows
    # "[[Decides][Clarifies] that … shall in…" opens the group that closes at the end of
    # OP4: 3 groups on OP3's row, none of them counted again on OP4's
    op3 = next(r for r in c.paragraphs if r.old_label == "OP3")
    assert op3.brackets.before == 3


def test_every_front_end_shows_the_census_numbers(
    corpus: Path, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    run(["import", str(corpus / DRAFT), "--doc", "A62"])
    run(["import", str(corpus / NEXT), "--doc", "A62"])
    board = json.loads(run(["brackets", "A62", "--version", "1", "--json"]))
    census = board.get("summary", board)
    assert census["groups"] == 420 and census["footnote_groups"] == 40

    pdf = tmp_path / "r.pdf"  # (the Word redline of two Word files is tracked changes only)
    text = run(["diff", "A62", "1", "2", "--pdf", str(pdf)])
    assert "brackets: 420 -> 0 (+0 added, -420 removed" in text
    assert "footnote brackets: 40 -> 0 (+0 added, -40 removed" in text
    summary = json.loads(run(["diff", "A62", "1", "2", "--json"]))["summary"]
    assert (summary["brackets"]["before"], summary["brackets"]["after"]) == (420, 0)
    assert summary["footnote_brackets"]["before"] == 40
    assert summary["footnote_brackets"]["after"] == 0

    front = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "Brackets: 420 to 0" in front and "Footnote brackets: 40 to 0" in front

    ws = open_workspace(data_dir)
    try:
        view = CompareView(ws, SyncTaskRunner())
        qtbot.addWidget(view)
        view.set_versions("A62", ["Version 1", "Version 2"], "Version 1", "Version 2")
        shown = view.summary.text()
        assert "Brackets 420 → 0" in shown and "Footnote brackets 40 → 0" in shown
    finally:
        ws.close()


def test_the_word_redline_of_two_texts_says_what_check_says(corpus: Path, tmp_path: Path) -> None:
    """Paris Agreement drafts of 6 November and 4 December 2015 (text files): the Word
    redline's summary line gives each file's census, as ``check`` prints it."""
    old, new = (
        next(corpus.glob(f"texts/unfccc_paris_agreement_{v}_*_adp_draft.txt")) for v in ("v1", "v2")
    )
    counts = [
        json.loads(run(["check", str(p), "--json"]))["summary"]["brackets"] for p in (old, new)
    ]
    word = tmp_path / "paris.docx"
    run(["diff-files", str(old), str(new), "--docx", str(word)])
    head = "\n".join(p.text for p in docx.Document(str(word)).paragraphs[:4])
    assert f"Brackets {counts[0]['groups']} → {counts[1]['groups']}." in head
    fn = f"Footnote brackets {counts[0]['footnote_groups']} → {counts[1]['footnote_groups']}."
    assert fn in head and counts[1]["footnote_groups"] > 0  # v2 has brackets in footnotes
