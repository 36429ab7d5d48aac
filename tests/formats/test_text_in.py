"""Reading text bytes: encodings, line ends, blank lines, never raising; lines into paragraphs."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import Severity
from wsis_desk.formats.text_in import read_lines, read_text


def _texts(data: bytes) -> list[str]:
    return read_lines(data)[0]


def test_utf8_with_bom_and_crlf_becomes_clean_lines() -> None:
    lines, diags = read_lines(codecs.BOM_UTF8 + "Pp1\r\n\r\nRecalling décisions,\r\n".encode())
    assert lines == ["Pp1", "", "Recalling décisions,"]
    assert diags == []
    src = read_text(codecs.BOM_UTF8 + "Pp1\r\n\r\nRecalling décisions,\r\n".encode())
    assert [(b.margin, b.text, b.line) for b in src.blocks] == [("Pp1", "Recalling décisions,", 3)]
    assert src.format == "text"
    assert src.diagnostics == ()


def test_lone_cr_line_ends_and_markdown_flag() -> None:
    assert _texts(b"## Preamble\r*Being* Parties\r") == ["## Preamble", "*Being* Parties"]
    src = read_text(b"## Preamble\r*Being* Parties\r", markdown=True)
    assert src.format == "markdown"
    assert [(b.text, b.heading_level) for b in src.blocks] == [
        ("Preamble", 2),
        ("Being Parties", None),
    ]


def test_blank_lines_form_feeds_and_tabs_are_kept() -> None:
    assert _texts(b"a\n\n\n\x0cAD HOC\n\t1.\tDecides") == [
        "a",
        "",
        "",
        "\x0cAD HOC",
        "\t1.\tDecides",
    ]


def test_no_break_spaces_become_spaces() -> None:
    assert _texts("10\u00a0December\u202f1982".encode()) == ["10 December 1982"]


def test_utf16_with_bom_decodes_with_a_warning() -> None:
    assert _texts("Статья 1\nRecalling".encode("utf-16")) == ["Статья 1", "Recalling"]
    src = read_text("Статья 1\nRecalling".encode("utf-16"))
    assert [d.code for d in src.diagnostics] == ["encoding_fallback"]
    assert src.diagnostics[0].severity is Severity.WARNING


def test_utf16_without_bom_is_guessed_le_and_be() -> None:
    text = "The General Assembly,\nRecalling its resolutions,\n"
    for enc in ("utf-16-le", "utf-16-be"):
        src = read_text(text.encode(enc))
        want = ["The General Assembly,", "Recalling its resolutions,"]
        assert _texts(text.encode(enc)) == want
        assert [b.text for b in src.blocks] == want
        assert src.diagnostics[0].code == "encoding_fallback"
        assert enc in src.diagnostics[0].message


def test_cp1252_falls_back_with_a_warning() -> None:
    src = read_text("“Option 1” – Parties’ views".encode("cp1252"))
    assert [b.text for b in src.blocks] == ["“Option 1” – Parties’ views"]
    assert src.diagnostics[0].code == "encoding_fallback"
    assert "1252" in src.diagnostics[0].message


def test_undefined_cp1252_bytes_do_not_raise() -> None:
    src = read_text(b"\x81\x8d\x8f\x90\x9d\xff")
    assert len(src.blocks) == 1


def test_empty_input_gives_one_empty_line_and_no_paragraph() -> None:
    assert _texts(b"") == [""]
    assert read_text(b"").blocks == ()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_read_text_never_raises(data: bytes, markdown: bool) -> None:
    lines, _ = read_lines(data)
    src = read_text(data, markdown=markdown)
    assert all("\r" not in t and "\n" not in t for t in lines)
    assert all("\r" not in b.text and "\n" not in b.text for b in src.blocks)
    starts = [b.line for b in src.blocks if b.line is not None]
    assert starts == sorted(starts) and all(1 <= n <= len(lines) for n in starts)
    assert src.head == tuple(lines[: len(src.head)])


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=500)
)
def test_utf8_text_round_trips_line_by_line(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    expected = expected.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    got = "\n".join(_texts(text.encode("utf-8")))
    assert got == expected.removesuffix("\n") or got == expected


def test_yaml_front_matter_is_blanked_and_reported() -> None:
    data = b"---\ntitle: Draft [zero]\ntags: [wsis, draft]\n---\nThe General Assembly,\n"
    assert _texts(data) == ["", "", "", "", "The General Assembly,"]
    src = read_text(data, markdown=True)
    assert [(b.text, b.line) for b in src.blocks] == [("The General Assembly,", 5)]  # line kept
    (diag,) = src.diagnostics
    assert (diag.severity, diag.code) == (Severity.INFO, "front_matter")
    assert "lines 1–4" in diag.message


def test_a_rule_or_text_after_three_dashes_is_not_front_matter() -> None:
    for data in (
        b"---\nThe General Assembly,\n---\n",  # prose: not YAML
        b"---\ntitle: x\n",  # never closed
        b"Text\n---\ntitle: x\n---\n",  # not at the start
    ):
        assert _texts(data) == data.decode().rstrip("\n").split("\n")
        assert read_text(data, markdown=True).diagnostics == ()


PAGES = """FCCC/ADP/2015/L.6
The Conference of the Parties,
Recalling decision 1/CP.17 on the establishment of the Ad Hoc Working Group on
the Durban Platform for Enhanced Action,
GE.15-19473 (E)
1 of 3
\fFCCC/ADP/2015/L.6
Recalling also decisions 2/CP.18, 1/CP.19 and 1/CP.20, and the work of the
working group on the Durban Platform,
2 of 3
\fFCCC/ADP/2015/L.6
1. Decides to adopt the Paris Agreement under the United Nations Framework
Convention on Climate Change as contained in the annex;
3 of 3
"""


def test_pdf_text_furniture_is_dropped_and_listed() -> None:
    src = read_text(PAGES.encode())
    assert [b.text for b in src.blocks] == [
        "FCCC/ADP/2015/L.6",  # the first page's head, before any page break, stays
        "The Conference of the Parties,",
        "Recalling decision 1/CP.17 on the establishment of the Ad Hoc Working Group on the "
        "Durban Platform for Enhanced Action,",
        "Recalling also decisions 2/CP.18, 1/CP.19 and 1/CP.20, and the work of the working "
        "group on the Durban Platform,",
        "1. Decides to adopt the Paris Agreement under the United Nations Framework Convention "
        "on Climate Change as contained in the annex;",
    ]
    (note,) = [d for d in src.diagnostics if d.code == "text.furniture"]
    assert note.severity is Severity.INFO
    assert note.message == (
        "page furniture dropped: job numbers (1×); page numbers (3×); "
        "running heads: FCCC/ADP/2015/L.6 (2×)"
    )
    assert src.head[0] == "FCCC/ADP/2015/L.6"  # what the draft calls itself is kept


def test_a_text_without_furniture_says_nothing_of_it() -> None:
    src = read_text(b"The General Assembly,\n\nRecalling its resolution 70/1,\n")
    assert src.diagnostics == ()
