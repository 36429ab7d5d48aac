"""read_docx on synthetic Word files, hostile and broken inputs, and the real UNFCCC drafts."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.docx_factory import (
    comment,
    comment_end,
    comment_start,
    del_run,
    footnote_ref,
    ins_run,
    make_docx,
    para,
    run,
    style,
    table,
)
from wsis_desk.core.model import Severity, SourceBlock
from wsis_desk.core.tables import grid_of
from wsis_desk.errors import CorruptFileError, UnsupportedFormatError
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.safezip import OLE2_MAGIC


def texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx(data).blocks]


# --- text -----------------------------------------------------------------------------------


def test_text_of_runs_tabs_breaks_hyphens_and_symbols() -> None:
    body = para(
        run("Recalling\tits"),
        '<w:r><w:t xml:space="preserve"> non</w:t><w:noBreakHyphen/><w:t>binding</w:t>'
        "<w:softHyphen/></w:r>",
        '<w:r><w:br/><w:t>next</w:t><w:br w:type="page"/><w:sym w:font="Symbol" w:char="00A7"/>'
        '<w:sym w:font="Wingdings" w:char="F0E8"/></w:r>',
    )
    assert texts(make_docx([body])) == ["Recalling\tits non-binding\nnext§"]


def test_field_codes_are_not_text_but_results_are() -> None:
    body = para(
        run("See "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("paragraph 3"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run(" and "),
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>',
    )
    assert texts(make_docx([body])) == ["See paragraph 3 and 7"]


def test_hyperlinks_smart_tags_content_controls_are_descended() -> None:
    body = [
        para(
            '<w:hyperlink r:id="rId9"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
            '<w:smartTag w:element="place"><w:r><w:t> Paris</w:t></w:r></w:smartTag>',
            '<w:customXml w:element="x"><w:r><w:t> Agreement</w:t></w:r></w:customXml>',
            '<w:sdt><w:sdtPr><w:alias w:val="ignored"/></w:sdtPr><w:sdtContent><w:r><w:t> inline'
            "</w:t></w:r></w:sdtContent></w:sdt>",
        ),
        "<w:sdt><w:sdtPr/><w:sdtContent>" + para("Block in a control") + "</w:sdtContent></w:sdt>",
    ]
    assert texts(make_docx(body)) == ["link Paris Agreement inline", "Block in a control"]


def test_text_boxes_do_not_leak_into_the_paragraph() -> None:
    box = (
        "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox>"
        "<w:txbxContent>" + para("boxed") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    assert texts(make_docx([para("before ", box, "after")])) == ["before after"]


def test_empty_paragraphs_are_skipped_and_lines_count_blocks() -> None:
    got = read_docx(make_docx(["First", para(), para(run("   \t")), "Second"])).blocks
    assert [(b.text, b.line) for b in got] == [("First", 1), ("Second", 2)]


def test_style_names_and_heading_levels() -> None:
    styles = "".join(
        [
            style("Normal", "Normal", default=True),
            style("Heading2", "heading 2", based_on="Normal"),
            style("Chap", "Chapter", ppr='<w:outlineLvl w:val="0"/>'),
            style("SubChap", "Sub chapter", based_on="Chap"),
        ]
    )
    body = [
        para("plain"),
        para("h2", style="Heading2"),
        para("chapter", style="SubChap"),
        para("outlined", ppr='<w:outlineLvl w:val="2"/>'),
        para("body text level", ppr='<w:outlineLvl w:val="9"/>'),
    ]
    got = read_docx(make_docx(body, styles=styles)).blocks
    assert [(b.style, b.heading_level) for b in got] == [
        ("Normal", None),
        ("heading 2", 2),
        ("Sub chapter", 1),
        ("Normal", 3),
        ("Normal", None),
    ]


# --- tracked changes ------------------------------------------------------------------------


def test_tracked_changes_give_accepted_and_original_views() -> None:
    body = [
        para(run("Parties "), del_run("shall"), ins_run("should"), run(" report")),
        para("Unchanged"),
        para(
            run("Move "),
            '<w:moveFrom w:id="5" w:author="A"><w:r><w:t>old place </w:t></w:r></w:moveFrom>',
            '<w:moveTo w:id="6" w:author="A"><w:r><w:t>new place</w:t></w:r></w:moveTo>',
        ),
    ]
    got = read_docx(make_docx(body))
    first, second, third = got.blocks
    assert (first.text, first.original_text) == ("Parties should report", "Parties shall report")
    assert (second.text, second.original_text) == ("Unchanged", None)
    assert (third.text, third.original_text) == ("Move new place", "Move old place")
    [diag] = [d for d in got.diagnostics if d.code == "docx.tracked_changes"]
    assert diag.severity is Severity.INFO and diag.message.startswith("4 tracked changes")


def test_paragraph_deleted_with_its_mark_is_gone_but_inserted_one_is_kept() -> None:
    deleted_mark = '<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>'
    body = [
        para(del_run("Whole paragraph removed"), ppr=deleted_mark),
        para(ins_run("Brand new paragraph")),
    ]
    [block] = read_docx(make_docx(body)).blocks
    assert (block.text, block.original_text) == ("Brand new paragraph", "")


# --- tables ---------------------------------------------------------------------------------


def test_a_data_table_is_one_block_of_rows_and_cells_with_nested_tables_in_their_cell() -> None:
    nested = table([["inner 1", "inner 2"]])
    body = ["Before", table([["a1", "b1"], ["a2", para("b2 top") + nested]]), "After"]
    got = read_docx(make_docx(body)).blocks
    assert [(b.text, b.table) for b in got] == [
        ("Before", False),
        ("a1\tb1\na2\tb2 top inner 1 inner 2", True),
        ("After", False),
    ]


def test_merged_cells_keep_the_columns_in_line_and_empty_cells_keep_their_place() -> None:
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}{para(text)}</w:tc>"

    rows = [
        "<w:tr>" + cell("ID") + cell("Date") + cell("Party") + "</w:tr>",
        "<w:tr>" + cell("Authorization") + cell("Authorization details", '<w:gridSpan w:val="2"/>'),
        '</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + cell("GHG") + "</w:tr>",
    ]
    xml = "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"
    [block] = read_docx(make_docx([xml])).blocks
    assert block.text.split("\n") == [
        "ID\tDate\tParty",
        "Authorization\tAuthorization details\t",
        "\tGHG\t",
    ]


def test_cells_in_content_controls_and_custom_xml_keep_their_place_in_the_grid() -> None:
    def sdt(inner: str) -> str:
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"

    row1 = "<w:tr><w:tc>" + para("Party") + "</w:tc>" + sdt("<w:tc>" + para("[X]") + "</w:tc>")
    row2 = sdt("<w:tr><w:tc>" + para("Version") + "</w:tc><w:tc>" + para("X.Y") + "</w:tc></w:tr>")
    xml = "<w:tbl><w:tblPr/><w:tblGrid/>" + row1 + "</w:tr>" + row2 + "</w:tbl>"
    [block] = read_docx(make_docx([xml])).blocks
    assert (block.table, block.text) == (True, "Party\t[X]\nVersion\tX.Y")


def test_tracked_changes_in_cells_give_the_table_its_original_grid() -> None:
    body = [
        table([["Party", para("Reported year", ins_run("B"))], ["Date", para(del_run("dd/mm"))]])
    ]
    [block] = read_docx(make_docx(body)).blocks
    assert block.table
    assert block.text == "Party\tReported yearB\nDate\t"
    assert block.original_text == "Party\tReported year\nDate\tdd/mm"


def test_a_table_laying_out_numbered_paragraphs_keeps_its_paragraphs() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    rows = [
        ["PP1", para("Recalling its resolution 70/125,")],
        ["OP1", para("Decides to convene a high-level meeting;", num=(1, 0))],
    ]
    got = read_docx(make_docx([table(rows)], numbering=numbering)).blocks
    assert [(b.text, b.number, b.table) for b in got] == [
        ("PP1", None, False),
        ("Recalling its resolution 70/125,", None, False),
        ("OP1", None, False),
        ("Decides to convene a high-level meeting;", "1.", False),
    ]


def test_a_one_column_table_is_a_box_of_paragraphs_not_a_grid() -> None:
    got = read_docx(make_docx([table([["Note: first"], ["Second paragraph"]])])).blocks
    assert [(b.text, b.table) for b in got] == [("Note: first", False), ("Second paragraph", False)]


# --- footnotes and endnotes -----------------------------------------------------------------


def test_footnotes_are_numbered_in_reference_order_and_marks_stay_out_of_text() -> None:
    body = [
        para(run("Recalling decision 2/CMA.3"), footnote_ref("7"), run(",")),
        para(run("Noting"), footnote_ref("3"), run(" and"), footnote_ref("5", kind="endnote")),
    ]
    notes = {"3": "Second note.", "7": "Decision 2/CMA.3, paras. 14–15.", "9": "Never cited."}
    got = read_docx(make_docx(body, footnotes=notes, endnotes={"5": "An endnote."}))
    first, second = got.blocks
    assert first.text == "Recalling decision 2/CMA.3,"
    assert [(f.mark, f.text) for f in first.footnotes] == [("1", "Decision 2/CMA.3, paras. 14–15.")]
    assert [(f.mark, f.text) for f in second.footnotes] == [
        ("2", "Second note."),
        ("i", "An endnote."),
    ]
    assert [f.text for f in got.footnotes] == ["Never cited."]


def test_custom_footnote_mark_and_section_restart_with_settings_format() -> None:
    custom = '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'
    restart = '<w:sectPr><w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr></w:sectPr>'
    body = [
        para(run("Starred"), custom),
        para(run("one"), footnote_ref("3")),
        para(run("two"), footnote_ref("4"), ppr=restart),
        para(run("three"), footnote_ref("5")),
        restart,  # the last section's properties sit at the end of the body
    ]
    settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>'
    notes = {"2": "star", "3": "x", "4": "y", "5": "z"}
    got = read_docx(make_docx(body, footnotes=notes, settings=settings)).blocks
    assert got[0].text == "Starred"
    assert [f.mark for b in got for f in b.footnotes] == ["*", "a", "b", "a"]


def test_reference_to_a_missing_footnote_is_diagnosed() -> None:
    got = read_docx(make_docx([para(run("x"), footnote_ref("4"))], footnotes={}))
    assert got.blocks[0].footnotes == ()
    assert [d.code for d in got.diagnostics] == ["docx.note_missing"]


# --- comments -------------------------------------------------------------------------------


def test_comments_with_single_and_cross_paragraph_anchors() -> None:
    body = [
        para(run("Decides that "), comment_start("1"), run("Parties"), comment_end("1"), run(".")),
        para(run("Intro "), comment_start("2"), run("spans this")),
        para(""),
        para(run("and that"), comment_end("2"), run(" end")),
        para(run("Point"), '<w:r><w:commentReference w:id="3"/></w:r>'),
    ]
    comments = [
        comment(
            "1", "US: Clarifies not decides", author="Note-taker 3", date="2024-11-19T08:48:00Z"
        ),
        comment("2", "LMDC: Delete whole section\nwill not accept"),
        comment("3", "EU: fine"),
        comment("4", "orphan, anchored nowhere"),
    ]
    got = read_docx(make_docx(body, comments=comments))
    first, second, third, fourth = got.blocks
    [c1] = first.comments
    assert (c1.id, c1.author, c1.date, c1.text, c1.anchor) == (
        "1",
        "Note-taker 3",
        "2024-11-19T08:48:00Z",
        "US: Clarifies not decides",
        "Parties",
    )
    [c2] = second.comments
    assert c2.text == "LMDC: Delete whole section\nwill not accept"
    assert c2.anchor == "spans this\nand that"
    assert third.comments == () and third.text == "and that end"
    assert [(c.text, c.anchor) for c in fourth.comments] == [("EU: fine", "")]
    assert any(d.code == "docx.comments" and "4" in d.message for d in got.diagnostics)


# --- packaging ------------------------------------------------------------------------------


def test_main_part_found_through_package_relationships() -> None:
    data = make_docx(["Custom location"], main_part="content/main.xml")
    assert texts(data) == ["Custom location"]


def test_python_docx_document_reads(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Draft decision", level=1)
    doc.add_paragraph("Decides one", style="List Number")
    doc.add_paragraph("Decides two", style="List Number")
    buf = io.BytesIO()
    doc.save(buf)
    got = read_docx(buf.getvalue(), name="made.docx").blocks
    assert [(b.text, b.heading_level, b.style) for b in got] == [
        ("Draft decision", 1, "heading 1"),
        ("Decides one", None, "List Number"),
        ("Decides two", None, "List Number"),
    ]
    assert [b.number for b in got[1:]] == ["1.", "2."]


# --- bad input ------------------------------------------------------------------------------


def _zip(parts: Mapping[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, raw in parts.items():
            zf.writestr(name, raw)
    return buf.getvalue()


def _ole2(*stream_names: str) -> bytes:
    directory = b"".join(n.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64 for n in stream_names)
    return OLE2_MAGIC + b"\0" * 504 + directory


def _one_line(err: pytest.ExceptionInfo[Exception]) -> str:
    msg = str(err.value)
    assert "\n" not in msg and "draft.docx" in msg
    return msg


def test_random_bytes_are_not_a_docx() -> None:
    with pytest.raises(CorruptFileError) as err:
        read_docx(bytes(range(256)) * 8, name="draft.docx")
    assert "not a zip" in _one_line(err)


def test_truncated_zip() -> None:
    data = make_docx(["x" * 5000])
    with pytest.raises(CorruptFileError) as err:
        read_docx(data[: len(data) // 2], name="draft.docx")
    assert "damaged" in _one_line(err)


def test_corrupt_member_fails_crc() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", make_docx_document_xml("Original words"))
    data = buf.getvalue().replace(b"Original words", b"Tampered words")
    with pytest.raises(CorruptFileError) as err:
        read_docx(data, name="draft.docx")
    assert "damaged" in _one_line(err)


def make_docx_document_xml(text: str) -> str:
    with zipfile.ZipFile(io.BytesIO(make_docx([text]))) as zf:
        return zf.read("word/document.xml").decode()


def test_zip_without_main_document() -> None:
    with pytest.raises(CorruptFileError) as err:
        read_docx(_zip({"[Content_Types].xml": "<Types/>", "other.txt": "x"}), name="draft.docx")
    assert "word/document.xml" in _one_line(err)


def test_opendocument_and_spreadsheet_are_unsupported() -> None:
    odt = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
    with pytest.raises(UnsupportedFormatError, match="OpenDocument"):
        read_docx(odt, name="draft.docx")
    with pytest.raises(UnsupportedFormatError, match="Excel"):
        read_docx(_zip({"xl/workbook.xml": "<x/>"}), name="draft.docx")


def test_malformed_xml() -> None:
    data = _zip({"word/document.xml": "<w:document><w:body><w:p></w:body>"})
    with pytest.raises(CorruptFileError) as err:
        read_docx(data, name="draft.docx")
    assert "not well-formed" in _one_line(err)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_doctype_is_refused(document: str) -> None:
    with pytest.raises(CorruptFileError) as err:
        read_docx(_zip({"word/document.xml": document}), name="draft.docx")
    assert "DOCTYPE" in _one_line(err)


def test_doctype_in_a_secondary_part_is_refused_too() -> None:
    good = make_docx(["fine"], comments=[comment("1", "x")])
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/comments.xml"] = XXE.encode()
    with pytest.raises(CorruptFileError, match="DOCTYPE"):
        read_docx(_zip(parts), name="draft.docx")


def test_password_protected_word_file() -> None:
    data = _ole2("Root Entry", "EncryptionInfo", "EncryptedPackage")
    with pytest.raises(UnsupportedFormatError) as err:
        read_docx(data, name="draft.docx")
    assert "password-protected" in _one_line(err) and "Protect Document" in str(err.value)


def test_old_binary_doc() -> None:
    with pytest.raises(UnsupportedFormatError) as err:
        read_docx(_ole2("Root Entry", "WordDocument", "1Table"), name="draft.docx")
    assert "old binary .doc" in _one_line(err) and "save it as .docx" in str(err.value)


def test_pdf_and_rtf_are_named() -> None:
    with pytest.raises(UnsupportedFormatError, match="PDF"):
        read_docx(b"%PDF-1.7\n...", name="draft.docx")
    with pytest.raises(UnsupportedFormatError, match="RTF"):
        read_docx(b"{\\rtf1\\ansi ...}", name="draft.docx")


def test_zip_bomb_is_refused_by_declared_and_actual_size() -> None:
    data = make_docx(["A" * 2_000_000])
    assert len(data) < 50_000  # highly compressible
    with pytest.raises(CorruptFileError) as err:
        read_docx(data, name="draft.docx", max_uncompressed=1_000_000)
    assert "unpacks to more than" in _one_line(err)
    assert read_docx(data, name="draft.docx", max_uncompressed=3_000_000).blocks


def test_zip_bomb_with_lying_declared_size_is_still_bounded() -> None:
    data = make_docx(["A" * 2_000_000])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        real = info.file_size
    # Rewrite the declared size in the central directory to a small number.
    tampered = data.replace(real.to_bytes(4, "little"), (1000).to_bytes(4, "little"))
    with pytest.raises((CorruptFileError, UnsupportedFormatError)):
        read_docx(tampered, name="draft.docx", max_uncompressed=500_000)


# --- the real corpus ------------------------------------------------------------------------

SBSTA = "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
WORKING = "docx/art62_cma6_draft_party_inputs_working_copy.docx"

# (start of the paragraph text, the number Word prints) — checked against LibreOffice.
SBSTA_NUMBERS = [
    ("Scope and definition of a cooperative approach", "I."),
    ("Decides that a cooperative approach is the voluntary participation", "1."),
    ("The voluntary participation of a Party or Parties", "(a)"),
    ("The relationship of the cooperative approach with any underlying", "(b)"),
    ("[Further guidance on initial reports] [Additional upfront", "II."),
    ("Metrics and units and methods for its measurement", "(a)"),
    ("Application of first transfer", "IV."),
    ("Further guidance on first transfer", "A."),
    ("Other first transfer specifications", "B."),
    ("Agreed electronic format", "V."),
    ("Adoption of the agreed electronic format", "A."),
    ("They must be addressed and internationally transfe", "(i)"),
    ("For significant inconsistencies, such as an intern", "(b)"),
    ("Other matters", "XIV."),
    ("Requests that the actions of the secretariat called for in this decision", "169."),
]
WORKING_NUMBERS = [
    ("Scope and definition of a cooperative approach", "I."),
    ("Decides that a cooperative approach", "1."),
    ("Application of first transfer", "IV."),
    ("Process for identifying, notifying and correcting inconsiste", "VIII."),
    ("Checks performed on the information submitted by the partici", "(a)"),
    ("Other matters", "XII."),
    ("Requests that the actions of the secretariat called for in this decision", "71."),
]


def _number_of(blocks: tuple[SourceBlock, ...], prefix: str) -> str | None:
    hits = [b for b in blocks if b.text.startswith(prefix)]
    assert hits, prefix
    return hits[0].number


@pytest.mark.corpus
def test_real_sbsta_draft_numbers(corpus: Path) -> None:
    got = read_docx((corpus / SBSTA).read_bytes(), name="sbsta.docx")
    for prefix, number in SBSTA_NUMBERS:
        assert _number_of(got.blocks, prefix) == number, prefix
    operative = [b.number for b in got.blocks if b.level == 5 and b.number]
    assert operative == [f"{i}." for i in range(1, 170)]
    assert sum(1 for b in got.blocks if b.number) == 406
    first_note = next(b for b in got.blocks if b.footnotes)
    assert first_note.footnotes[0].mark == "1"
    assert first_note.footnotes[0].text == "Decision 2/CMA.3, paras. 14–15."
    assert not any(d.severity is Severity.WARNING for d in got.diagnostics)


@pytest.mark.corpus
def test_real_working_copy_numbers_comments_and_changes(corpus: Path) -> None:
    data = (corpus / WORKING).read_bytes()
    got = read_docx(data, name="working.docx")
    for prefix, number in WORKING_NUMBERS:
        assert _number_of(got.blocks, prefix) == number, prefix
    assert [b.number for b in got.blocks if b.level == 5 and b.number] == [
        f"{i}." for i in range(1, 72)
    ]

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        declared = zf.read("word/comments.xml").count(b"<w:comment ")
    found = [c for b in got.blocks for c in b.comments]
    assert len(found) == declared == 95
    by_text = {c.text: (c, b) for b in got.blocks for c in b.comments}
    clarifies, block = by_text["US: Clarifies not decides"]
    assert clarifies.anchor == "Decides" and block.number == "1."
    assert block.text.startswith("Decides that a cooperative approach")
    lmdc, block = by_text["LMDC: Delete whole section in its entirety – will not accept"]
    assert lmdc.anchor == "approach" and block.number == "I."
    spanning = next(c for c in found if c.text.startswith("US: Addressed in Sharm TER guidance"))
    assert spanning.anchor.startswith("Also decides that all inconsistencies shall be notated")
    assert "\nClarifies that a Party shall respond" in spanning.anchor

    # the changes made inside the annex tables' cells, cell by cell of both grids
    changed = {
        new: old
        for b in got.blocks
        if b.table and b.original_text is not None
        for new, old in zip(
            (c for row in grid_of(b.text) for c in row),
            (c for row in grid_of(b.original_text) for c in row),
            strict=True,
        )
        if new != old
    }
    assert changed["Vintager"] == "Vintages"
    assert changed["Additional explanatory informationz"] == "Additional explanatory informationaa"
    assert any(d.code == "docx.tracked_changes" for d in got.diagnostics)


def test_parts_without_relationships_are_found_at_their_usual_names() -> None:
    good = make_docx(
        [para("Decides", num=(1, 0))],
        numbering='<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist() if "_rels" not in n}
    assert [b.number for b in read_docx(_zip(parts)).blocks] == ["1."]


_CELL_WORDS = st.lists(st.sampled_from(["Party", "[Year]", "X.Y", "dd/mm", "GHG"]), max_size=3)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A Word table of random shape (spans, content controls, a nested table) and its words."""
    words: list[str] = []
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        cells = []
        for _ in range(draw(st.integers(1, 4))):
            text = draw(_CELL_WORDS)
            words += text
            inner = para(" ".join(text)) if text else "<w:p/>"
            if draw(st.booleans()) and text:  # a nested table after the cell's paragraph
                nested = draw(_CELL_WORDS)
                words += nested
                inner += table([[" ".join(nested) or "GHG"]])
                words += [] if nested else ["GHG"]
            props = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' if draw(st.booleans()) else ""
            cell = f"<w:tc>{props}{inner}</w:tc>"
            cells.append(
                f"<w:sdt><w:sdtContent>{cell}</w:sdtContent></w:sdt>"
                if draw(st.booleans())
                else cell
            )
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>", words


@settings(max_examples=60, deadline=None)
@given(_tables())
def test_every_word_of_any_table_is_read_once_in_order(case: tuple[str, list[str]]) -> None:
    xml, words = case
    blocks = read_docx(make_docx(["Before", xml, "After"])).blocks
    assert " ".join(b.text for b in blocks).split() == ["Before", *words, "After"]
