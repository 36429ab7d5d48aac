"""Reparse of a Word version stored by an older note reader: the notes its stored paragraphs
do not carry are read again from the source file and kept as not cited, never lost or doubled."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from tests.formats.docx_factory import W_NS, footnote_ref, make_docx, para, run, table
from wsis_desk.core.model import Footnote
from wsis_desk.services.brackets import census_of_version, reparse
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.workspace import open_workspace

DOC = "Annex tables"
_SUP = '<w:vertAlign w:val="superscript"/>'


def _draft(tmp_path: Path) -> Path:
    """A table whose last header cell holds only the endnote mark; the endnote holds the
    authors' notes a and b (b typed in superscript, its mark typed in another cell)."""
    rows = [
        [
            para(run("Date")),
            para(run("Action"), run("b", rpr=_SUP)),
            para(run("\u00a0"), footnote_ref("7", kind="endnote")),
        ],
        [para(run("2024")), para(run("[transfer]")), para(run("yes"))],
    ]
    sect = '<w:sectPr><w:endnotePr><w:numFmt w:val="lowerLetter"/></w:endnotePr></w:sectPr>'
    data = make_docx([table(rows), para(run("After the table."), ppr=sect)], endnotes={"0": "x"})
    notes = (
        f'<w:endnotes xmlns:w="{W_NS}"><w:endnote w:id="7">'
        + para("<w:r><w:endnoteRef/></w:r>", run(" [Date on which the action was executed.]"))
        + para(run("b", rpr=_SUP), run("  Action type [as per decision 2/CMA.3]."))
        + "</w:endnote></w:endnotes>"
    )
    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            raw = src.read(item.filename)
            out.writestr(item, notes.encode() if item.filename.endswith("endnotes.xml") else raw)
    path = tmp_path / "annex.docx"
    path.write_bytes(buf.getvalue())
    return path


NOTE_A = Footnote("a", "[Date on which the action was executed.]")
NOTE_B = Footnote("b", "Action type [as per decision 2/CMA.3].")


def test_a_fresh_import_cites_both_notes_on_the_table(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    try:
        import_file(ws, _draft(tmp_path), document=DOC)
        text = show_version(ws, DOC)
        cited = [n for p in text.paragraphs for n in p.footnotes]
        assert cited == [NOTE_A, NOTE_B]  # as printed under the table
        assert text.uncited_footnotes == ()
        reparse(ws)
        assert show_version(ws, DOC).uncited_footnotes == ()
        assert census_of_version(ws, DOC)[1].footnote_groups == 2
    finally:
        ws.close()


def test_a_version_stored_by_the_older_reader_gets_its_notes_back_on_reparse(
    tmp_path: Path,
) -> None:
    ws = open_workspace(tmp_path / "ws")
    try:
        import_file(ws, _draft(tmp_path), document=DOC)
        merged = [["", NOTE_A.text + "\nb  " + NOTE_B.text]]  # one note, mark unknown
        with ws.db.engine.begin() as conn:  # what the older reader stored: the table cites none
            conn.exec_driver_sql("UPDATE paragraph SET footnotes_json = '[]'")
            conn.exec_driver_sql(
                "UPDATE version SET uncited_footnotes_json = ?", (json.dumps(merged),)
            )
        reparse(ws)
        got = show_version(ws, DOC).uncited_footnotes
        assert got == (NOTE_A, NOTE_B)  # split, none lost
        assert census_of_version(ws, DOC)[1].footnote_groups == 2
    finally:
        ws.close()
