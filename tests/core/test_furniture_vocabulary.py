"""The one page-furniture vocabulary both text readers and the PDF reader name furniture with."""

from __future__ import annotations

import pytest

from wsis_desk.core.furniture import dropped_note, furniture_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("3 of 54", "page numbers"),
        ("  Page 9 of 20  ", "page numbers"),
        ("página 2 de 7", "page numbers"),
        ("12/19", "page numbers"),
        ("- 7 -", "page numbers"),
        ("– 7 –", "page numbers"),
        ("FCCC/ADP/2015/L.6", "document symbols"),
        ("A/C.3/78/L.41", "document symbols"),
        ("FCCC/CP/2015/10/Add.1", "document symbols"),
        ("GE.15-19473 (E)", "job numbers"),
        ("23-21227", "job numbers"),
        ("2/9 23-21227", "job numbers"),
        ("*1519473*", "bar codes"),
        ("Recalling its resolution 70/1,", None),
        ("1.", None),
        ("12", None),  # a margin label or a note mark in a line of text
        ("Page 4", None),
        ("15-123456 more", None),
        ("2015-2030 Agenda", None),
    ],
)
def test_a_line_of_text_names_its_furniture(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("12", "page numbers"),  # at a page's foot a bare number is its number
        ("Page 4", "page numbers"),
        ("-3-", "page numbers"),
        ("*!1519473!*", "bar codes"),  # a bar code font's text between asterisks
        ("GE.15-19473", "job numbers"),
        ("Recalling", None),
        ("1234567", None),
    ],
)
def test_at_a_page_edge_position_says_more(line: str, kind: str | None) -> None:
    assert furniture_kind(line, edge=True) == kind
    if kind in ("page numbers", "bar codes") and line not in ("-3-",):
        assert furniture_kind(line) is None  # the same line in running text is text


def test_the_note_lists_each_kind_with_its_count() -> None:
    note = dropped_note({"page numbers": 3, "job numbers": 2, "running heads: ADP": 3})
    assert note == (
        "page furniture dropped: job numbers (2×); page numbers (3×); running heads: ADP (3×)"
    )
