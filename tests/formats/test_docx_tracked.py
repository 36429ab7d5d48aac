"""The redline written into the delegation's own .docx: read back, accepted and rejected."""

from __future__ import annotations

import functools
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from wsis_desk.core.segment import segment
from wsis_desk.core.tables import cell_texts, is_table
from wsis_desk.errors import CorruptFileError
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.docx_revisions import rejected_or_accepted_docx
from wsis_desk.formats.docx_tracked import write_tracked_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = datetime(2025, 11, 21, 3, 15, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "docx"
OLD_DRAFT = CORPUS / "art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
NEW_DRAFT = CORPUS / "art62_cma6_draft_party_inputs_working_copy.docx"


@functools.cache
def _template() -> bytes:
    """A python-docx document with a running header (made once: python-docx is slow)."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Running header"
    document.add_paragraph("x", style="List Number")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _make(paragraphs: list[str]) -> bytes:
    """A Word file of paragraphs in the "List Number" style (Word numbers them);
    "**word**" spans become bold runs."""
    package = zipfile.ZipFile(io.BytesIO(_template()))
    xml = package.read("word/document.xml").decode()
    body = []
    for text in paragraphs:
        runs = "".join(
            f"<w:r>{'<w:rPr><w:b/></w:rPr>' if k % 2 else ''}"
            f'<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
            for k, part in enumerate(text.split("**"))
            if part
        )
        body.append(f'<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>{runs}</w:p>')
    start, end = xml.index("<w:body>") + len("<w:body>"), xml.index("<w:sectPr")
    xml = xml[:start] + "".join(body) + xml[end:]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in package.infolist():
            data = xml.encode() if info.filename == "word/document.xml" else None
            dst.writestr(info, data or package.read(info))
    return buf.getvalue()


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx(data).blocks if b.text]


def _root(data: bytes) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def _redline(old: bytes, new: bytes) -> bytes:
    return write_tracked_docx(new, old_docx=old, author="Amina Diallo", when=WHEN)


def _accept_reject(out: bytes) -> tuple[list[str], list[str]]:
    accepted = rejected_or_accepted_docx(out, "accept")
    rejected = rejected_or_accepted_docx(out, "reject")
    return _texts(accepted), _texts(rejected)


OLD = [
    "Recalls its resolution 70/125 on the **high-level** review;",
    "Decides to [enhance][strengthen] cooperation on [data governance];",
    "Requests the Secretary-General to submit a report at its eighty-first session;",
    "Invites the regional commissions to hold consultations on financing;",
    "Encourages all stakeholders to contribute to the preparatory process;",
]
NEW = [
    "Recalls its resolution 70/125 on the **high-level** review of the Summit;",
    "Welcomes the offer of the Government of Brazil to host the meeting;",
    "Encourages all stakeholders to contribute actively to the preparatory process;",
    "Decides to [enhance][strengthen] cooperation on [data governance];",
    "Requests the Secretary-General to submit a report at its eighty-first session;",
]


def test_accept_all_gives_the_new_text_and_reject_all_the_old() -> None:
    old, new = _make(OLD), _make(NEW)
    accepted, rejected = _accept_reject(_redline(old, new))
    assert accepted == _texts(new)
    assert rejected == _texts(old)


def test_renumbering_by_word_numbering_is_not_a_change() -> None:
    old, new = _make(OLD), _make([NEW[1], *OLD])  # a paragraph added: all the others renumber
    out = _redline(old, new)
    root = _root(out)
    inserted = ["".join(t.text or "" for t in el.iter(f"{W}t")) for el in root.iter(f"{W}ins")]
    assert "".join(inserted) == NEW[1]
    assert not list(root.iter(f"{W}delText"))
    numbers = [b.number for b in read_docx(out).blocks]
    assert (
        numbers == [b.number for b in read_docx(new).blocks] == ["1.", "2.", "3.", "4.", "5.", "6."]
    )


def test_changes_sit_in_the_documents_own_runs_keeping_their_formatting() -> None:
    out = _redline(_make(OLD), _make(NEW))
    root = _root(out)
    first = root.find(f".//{W}body/{W}p")
    bold = [r for r in first.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert "".join(t.text or "" for r in bold for t in r.iter(f"{W}t")) == "high-level"
    ins = first.find(f"{W}ins")
    assert ins is not None and ins.get(f"{W}author") == "Amina Diallo"
    assert ins.get(f"{W}date") == "2025-11-21T03:15:00Z"
    assert "of the Summit" in "".join(t.text or "" for t in ins.iter(f"{W}t"))
    styles = {p.style.name for p in docx.Document(io.BytesIO(out)).paragraphs}
    assert "List Number" in styles
    header = docx.Document(io.BytesIO(out)).sections[0].header.paragraphs[0].text
    assert header == "Running header"


def test_a_moved_paragraph_shows_the_edits_made_inside_the_move() -> None:
    root = _root(_redline(_make(OLD), _make(NEW)))
    moved_from = "".join(t.text or "" for el in root.iter(f"{W}moveFrom") for t in el.iter())
    assert "Encourages all stakeholders" in moved_from
    move_to = [el for el in root.iter(f"{W}moveTo") if el.getparent().tag != f"{W}rPr"]
    dest = move_to[0].getparent()
    assert "actively" in "".join(t.text or "" for el in dest.iter(f"{W}ins") for t in el.iter())
    names = {el.get(f"{W}name") for el in root.iter(f"{W}moveFromRangeStart")}
    assert names and names == {el.get(f"{W}name") for el in root.iter(f"{W}moveToRangeStart")}


def test_tracked_changes_already_in_the_file_are_taken_as_accepted() -> None:
    new = _make(NEW)
    package = zipfile.ZipFile(io.BytesIO(new))
    xml = package.read("word/document.xml").decode()
    xml = xml.replace(
        "<w:t>Welcomes",
        '<w:t>Welcomes</w:t></w:r><w:del w:id="900" w:author="X"><w:r>'
        '<w:delText xml:space="preserve"> warmly</w:delText></w:r></w:del><w:r><w:t>',
        1,
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in package.infolist():
            body = xml.encode() if info.filename == "word/document.xml" else None
            dst.writestr(info, body or package.read(info))
    accepted, rejected = _accept_reject(_redline(_make(OLD), buf.getvalue()))
    assert accepted == _texts(new)
    assert rejected == _texts(_make(OLD))


def test_an_older_version_that_was_not_a_word_file_comes_from_its_texts() -> None:
    plain = [t.replace("**", "") for t in OLD]
    out = write_tracked_docx(
        _make(NEW), old_docx=None, old_texts=plain, author="Amina Diallo", when=WHEN
    )
    accepted, rejected = _accept_reject(out)
    assert accepted == _texts(_make(NEW))
    assert rejected == plain


_WORDS = st.sampled_from(["[Decides]", "to", "strengthen", "data", "cooperation", "the", "on,"])
_PARAS = st.lists(st.lists(_WORDS, min_size=1, max_size=7).map(" ".join), min_size=1, max_size=7)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=_PARAS, new=_PARAS)
def test_any_pair_of_versions_accepts_to_the_new_and_rejects_to_the_old(
    old: list[str], new: list[str]
) -> None:
    accepted, rejected = _accept_reject(_redline(_make(old), _make(new)))
    assert accepted == new
    assert rejected == old


@pytest.fixture(scope="module")
def art62() -> tuple[bytes, bytes, bytes]:
    if not (OLD_DRAFT.exists() and NEW_DRAFT.exists()):
        pytest.skip("the Art. 6.2 corpus drafts are not here")
    old, new = OLD_DRAFT.read_bytes(), NEW_DRAFT.read_bytes()
    return old, new, _redline(old, new)


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in segment(read_docx(data)).paragraphs]


def test_the_real_art62_drafts_accept_to_the_new_and_reject_to_the_old(
    art62: tuple[bytes, bytes, bytes],
) -> None:
    old, new, out = art62
    assert _paragraphs(rejected_or_accepted_docx(out, "accept")) == _paragraphs(new)
    # The changes are written into the newer file's structure: where the older draft had a
    # table caption above the table and a paragraph per cell the newer one does not have,
    # rejecting gives the older words back, in order, in the newer table layout. So the
    # decision's paragraphs are compared one by one and the annex tables word by word.
    rejected = segment(read_docx(rejected_or_accepted_docx(out, "reject"))).paragraphs
    older = segment(read_docx(old)).paragraphs
    first_table = next(i for i, p in enumerate(older) if is_table(p)) - 1
    assert [p.text for p in rejected[:first_table]] == [p.text for p in older[:first_table]]
    assert [w for p in rejected for c in cell_texts(p) for w in c.split()] == [
        w for p in older for c in cell_texts(p) for w in c.split()
    ]


def test_the_real_art62_redline_keeps_the_whole_word_file(
    art62: tuple[bytes, bytes, bytes],
) -> None:
    _, new, out = art62
    before, after = zipfile.ZipFile(io.BytesIO(new)), zipfile.ZipFile(io.BytesIO(out))
    assert before.namelist() == after.namelist()
    for name in before.namelist():  # styles, numbering, notes, headers, footers, comments
        if name != "word/document.xml":
            assert before.read(name) == after.read(name), name
    old_root, new_root = _root(new), _root(out)
    for tag in ("footnoteReference", "tbl", "tc", "sectPr", "commentRangeStart", "hdr"):
        assert len(new_root.findall(f".//{W}{tag}")) == len(old_root.findall(f".//{W}{tag}"))
    assert {el.get(f"{W}author") for el in new_root.iter(f"{W}ins")} == {"Amina Diallo"}
    numbered = [p for p in docx.Document(io.BytesIO(out)).paragraphs if p._p.pPr is not None]
    assert sum(p._p.pPr.numPr is not None for p in numbered) >= 149


def _with_table(paragraphs: list[str], cells: list[str]) -> bytes:
    """``_make`` plus a one-row table whose cells hold ``cells`` (several runs each)."""
    data = _make(paragraphs)
    package = zipfile.ZipFile(io.BytesIO(data))
    xml = package.read("word/document.xml").decode()
    row = "".join(
        "<w:tc><w:p>"
        + "".join(f'<w:r><w:t xml:space="preserve">{escape(w)} </w:t></w:r>' for w in c.split())
        + "</w:p></w:tc>"
        for c in cells
    )
    table = f"<w:tbl><w:tblPr/><w:tblGrid/><w:tr>{row}</w:tr></w:tbl>"
    xml = xml.replace("<w:sectPr", table + "<w:p/><w:sectPr", 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in package.infolist():
            body = xml.encode() if info.filename == "word/document.xml" else None
            dst.writestr(info, body or package.read(info))
    return buf.getvalue()


def test_changes_inside_table_cells_accept_and_reject_cleanly() -> None:
    old = _with_table(OLD[:2], ["Party", "Reported year", "Submission date"])
    new = _with_table(NEW[:2], ["Party", "Reported yearB", "Date of submission"])
    out = _redline(old, new)
    accepted, rejected = _accept_reject(out)
    assert accepted == _texts(new) and rejected == _texts(old)
    root = _root(out)
    cell_changes = [
        el
        for el in root.iter(f"{W}ins", f"{W}del")
        if el.xpath("ancestor::w:tc", namespaces={"w": W[1:-1]})
    ]
    assert cell_changes and len(root.findall(f".//{W}tc")) == 3


_STYLED = st.lists(
    st.lists(
        st.sampled_from(
            ["**[Decides]**", "to", "**strengthen**", "data", "co**op**eration", "on,"]
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=_STYLED, new=_STYLED)
def test_runs_of_mixed_formatting_accept_and_reject_cleanly(old: list[str], new: list[str]) -> None:
    accepted, rejected = _accept_reject(_redline(_make(old), _make(new)))
    assert accepted == [t.replace("**", "") for t in new]
    assert rejected == [t.replace("**", "") for t in old]


def test_a_damaged_older_file_falls_back_to_its_texts_and_a_damaged_newer_one_says_so() -> None:
    plain = [t.replace("**", "") for t in OLD]
    out = write_tracked_docx(
        _make(NEW), old_docx=b"PK\x03\x04 not a zip", old_texts=plain, author="A", when=WHEN
    )
    assert _accept_reject(out)[1] == plain
    with pytest.raises(CorruptFileError, match="import it again"):
        write_tracked_docx(
            b"PK\x03\x04 nope", old_docx=None, old_texts=plain, author="A", when=WHEN
        )
