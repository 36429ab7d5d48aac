"""Every problem the fuzzers and the hostile inputs found, kept as a test with its minimal input."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from tests.formats.docx_factory import make_docx
from tests.hardening.hostile import hang_guard
from wsis_desk.core.brackets.census import census_of_parse
from wsis_desk.core.brackets.scan import MAX_DEPTH, SkipReason, parse_brackets
from wsis_desk.core.paragraphs import MAX_PARAGRAPH_CHARS
from wsis_desk.core.segment import segment
from wsis_desk.errors import CorruptFileError
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.reader import parse_bytes


def test_wrapped_lines_join_in_linear_time() -> None:
    # Found: joining a wrapped paragraph with ``cur.text += line`` copied the paragraph for
    # every line: 4 MB of wrapped text took 17 s, 20 MB would take minutes. Now ~1 s.
    # The text reader joins the lines (and reports the cut); core labels the paragraphs.
    line = b"development cooperation and the digital divide in the\n"
    with hang_guard(30):
        source = parse_bytes(b"Decides that the\n" + line * 80_000, "wrapped.txt")
        result = segment(source)
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in result.paragraphs)
    assert "paragraph_split" in {d.code for d in source.diagnostics + result.diagnostics}


def test_deep_nesting_is_capped_not_quadratic() -> None:
    # Found: every group copies its inner text, so 100,000 nested brackets cost 10^10 copies
    # (minutes); a million, hours. Groups deeper than MAX_DEPTH are now skipped, reported:
    # about 1 s per million brackets.
    for text in ("[" * 100_000 + "x" + "]" * 100_000, "[" * 200_000):
        with hang_guard(30):
            parse = parse_brackets(text)
            census = census_of_parse(parse)
        assert parse.max_depth == MAX_DEPTH and census.max_depth == MAX_DEPTH
        assert {s.reason for s in parse.skipped} == {SkipReason.TOO_DEEP}
        assert any("over 64 deep" in d.message for d in parse.diagnostics)


def test_a_million_stray_closers_give_a_bounded_number_of_diagnostics() -> None:
    parse = parse_brackets("]" * 1_000_000)
    assert len(parse.stray_close) == 1_000_000 and len(parse.diagnostics) <= 101
    assert "999900 more" in parse.diagnostics[-1].message


def test_a_paragraph_over_a_million_characters_is_cut_at_spaces() -> None:
    text = b"Decides " + b"word " * 500_000  # 2.5 MB, one line
    result = segment(parse_bytes(text, "long.txt"))
    assert [len(p.text) <= MAX_PARAGRAPH_CHARS for p in result.paragraphs] == [True] * 3
    assert all(not p.text.startswith(" ") and "wor d" not in p.text for p in result.paragraphs)


def test_a_central_directory_offset_past_its_place_is_damage_not_a_crash() -> None:
    # Found by atheris: a zip whose end record puts the central directory further on than it
    # is makes zipfile seek to a negative offset (ValueError) when a member is opened.
    data = bytearray(make_docx(["Decides [to act];"]))
    end = data.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, end + 16)[0]
    struct.pack_into("<I", data, end + 16, offset + 50_000)
    with pytest.raises(CorruptFileError, match="damaged"):
        read_docx(bytes(data), name="draft.docx")


def test_a_member_with_an_empty_name_is_not_a_crash() -> None:
    # Found by atheris: ZipInfo.is_dir() raises IndexError on a member named "".
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo(""), b"x")
    with pytest.raises(CorruptFileError, match="no main document part"):
        read_docx(buf.getvalue(), name="draft.docx")


def test_an_impossible_zip_version_is_damage_not_a_crash() -> None:
    # Found by atheris: a central directory entry needing "zip version 10.4" makes zipfile
    # raise NotImplementedError while listing the archive.
    data = bytearray(make_docx(["Decides [to act];"]))
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 6, 104)
    with pytest.raises(CorruptFileError, match="damaged"):
        read_docx(bytes(data), name="draft.docx")
