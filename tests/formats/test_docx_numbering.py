"""Word automatic list numbers as read_docx computes them from numbering.xml and styles.xml."""

from __future__ import annotations

import pytest

from tests.formats.docx_factory import (
    abstract_num,
    level,
    make_docx,
    num,
    numbering,
    para,
    style,
)
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.docx_numbering import format_value, letters, roman

OUTLINE = abstract_num(
    0,
    [
        ("upperRoman", "%1."),
        ("upperLetter", "%2."),
        ("decimal", "%3."),
        ("lowerLetter", "(%4)"),
        ("lowerRoman", "(%5)"),
    ],
)


def numbers(data: bytes) -> list[str | None]:
    return [b.number for b in read_docx(data).blocks]


def test_multilevel_template_and_restart_when_shallower_level_advances() -> None:
    nb = numbering([abstract_num(0, [("decimal", "%1."), ("decimal", "%1.%2")])], [num(1, 0)])
    levels = [0, 1, 1, 0, 1, 1, 1, 0]
    body = [para(f"p{i}", num=(1, lv)) for i, lv in enumerate(levels)]
    got = read_docx(make_docx(body, numbering=nb)).blocks
    assert [b.number for b in got] == ["1.", "1.1", "1.2", "2.", "2.1", "2.2", "2.3", "3."]
    assert [b.level for b in got] == levels


def test_formats_letters_and_romans() -> None:
    nb = numbering([OUTLINE], [num(1, 0)])
    body = [para("h", num=(1, 0)), para("s", num=(1, 1))]
    body += [para(f"op{i}", num=(1, 2)) for i in range(2)]
    body += [para(f"sub{i}", num=(1, 3)) for i in range(3)]
    body += [para(f"subsub{i}", num=(1, 4)) for i in range(4)]
    body += [para("h2", num=(1, 0)), para("h3", num=(1, 0)), para("h4", num=(1, 0))]
    assert numbers(make_docx(body, numbering=nb)) == [
        *("I.", "A.", "1.", "2.", "(a)", "(b)", "(c)"),
        *("(i)", "(ii)", "(iii)", "(iv)", "II.", "III.", "IV."),
    ]


def test_roman_with_closing_parenthesis_and_start_value() -> None:
    lv = level(0, "lowerRoman", "%1)", start=8)
    nb = numbering([abstract_num(0, [lv])], [num(1, 0)])
    body = [para(f"p{i}", num=(1, 0)) for i in range(3)]
    assert numbers(make_docx(body, numbering=nb)) == ["viii)", "ix)", "x)"]


def test_letters_past_z_repeat_the_letter() -> None:
    lv = level(0, "lowerLetter", "(%1)", start=26)
    nb = numbering([abstract_num(0, [lv])], [num(1, 0)])
    body = [para(f"p{i}", num=(1, 0)) for i in range(3)]
    assert numbers(make_docx(body, numbering=nb)) == ["(z)", "(aa)", "(bb)"]


def test_separate_nums_of_one_abstract_continue_one_list() -> None:
    nb = numbering([abstract_num(0, [("decimal", "%1.")])], [num(1, 0), num(2, 0)])
    body = [para("a", num=(1, 0)), para("b", num=(2, 0)), para("c", num=(1, 0))]
    assert numbers(make_docx(body, numbering=nb)) == ["1.", "2.", "3."]


def test_start_override_restarts_the_list_where_that_num_begins() -> None:
    nb = numbering(
        [abstract_num(0, [("decimal", "%1.")])],
        [num(1, 0), num(2, 0, start_overrides={0: 1}), num(3, 0, start_overrides={0: 10})],
    )
    body = [para(t, num=(n, 0)) for t, n in [("a", 1), ("b", 1), ("c", 2), ("d", 2), ("e", 3)]]
    assert numbers(make_docx(body, numbering=nb)) == ["1.", "2.", "1.", "2.", "10."]


def test_override_num_for_sub_headings_still_restarts_under_each_chapter() -> None:
    # The UNFCCC pattern: chapters on num 1, sections on num 8 (same abstract, startOverride).
    overrides = dict.fromkeys(range(9), 1)
    nb = numbering([OUTLINE], [num(1, 0), num(8, 0, start_overrides=overrides)])
    body = [
        para("Chapter", num=(1, 0)),
        para("Chapter", num=(1, 0)),
        para("Section", num=(8, 1)),
        para("Section", num=(8, 1)),
        para("Chapter", num=(1, 0)),
        para("Section", num=(8, 1)),
    ]
    assert numbers(make_docx(body, numbering=nb)) == ["I.", "II.", "A.", "B.", "III.", "A."]


def test_is_lgl_shows_every_level_as_decimal() -> None:
    ab = abstract_num(
        0, [level(0, "upperRoman", "%1."), level(1, "lowerLetter", "%1.%2", legal=True)]
    )
    nb = numbering([ab], [num(1, 0)])
    body = [para("a", num=(1, 0)), para("b", num=(1, 1)), para("c", num=(1, 1))]
    body += [para("d", num=(1, 0)), para("e", num=(1, 1))]
    assert numbers(make_docx(body, numbering=nb)) == ["I.", "1.1", "1.2", "II.", "2.1"]


def test_lvl_restart_zero_never_restarts() -> None:
    ab = abstract_num(0, [level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)", restart=0)])
    nb = numbering([ab], [num(1, 0)])
    body = [para("a", num=(1, 0)), para("b", num=(1, 1)), para("c", num=(1, 0))]
    body += [para("d", num=(1, 1))]
    assert numbers(make_docx(body, numbering=nb)) == ["1.", "(a)", "2.", "(b)"]


def test_skipped_shallower_level_counts_as_started() -> None:
    # Seen in the real SBSTA draft: (i), (ii) at level 7, then (b) at level 6.
    ab = abstract_num(0, [("decimal", f"%{i + 1}.") for i in range(6)] + [("lowerLetter", "(%7)")])
    ab = ab.replace("</w:abstractNum>", level(7, "lowerRoman", "(%8)") + "</w:abstractNum>")
    nb = numbering([ab], [num(1, 0)])
    body = [para("x", num=(1, 7)), para("y", num=(1, 7)), para("z", num=(1, 6))]
    assert numbers(make_docx(body, numbering=nb)) == ["(i)", "(ii)", "(b)"]


def test_numbering_inherited_from_style_chain_and_removed_by_num_id_zero() -> None:
    nb = numbering([abstract_num(0, [("decimal", "%1."), ("lowerLetter", "(%2)")])], [num(4, 0)])
    styles = "".join(
        [
            style("Normal", "Normal", default=True),
            style("OP", "Op para", ppr='<w:numPr><w:numId w:val="4"/></w:numPr>'),
            style("Sub", "Sub para", based_on="OP", ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr>'),
            style("Plain", "Plain", based_on="OP", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>'),
        ]
    )
    body = [
        para("Decides", style="OP"),
        para("first", style="Sub"),
        para("second", style="Sub"),
        para("no number", style="Plain"),
        para("Requests", style="OP"),
        para("direct zero", style="OP", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>'),
    ]
    got = read_docx(make_docx(body, numbering=nb, styles=styles)).blocks
    assert [b.number for b in got] == ["1.", "(a)", "(b)", None, "2.", None]
    assert [b.style for b in got] == [
        "Op para",
        "Sub para",
        "Sub para",
        "Plain",
        "Op para",
        "Op para",
    ]


def test_level_found_through_lvl_pstyle_link() -> None:
    ab = abstract_num(
        0, [level(0, "decimal", "%1.", pstyle="H1"), level(1, "decimal", "%1.%2", pstyle="H2")]
    )
    nb = numbering([ab], [num(1, 0)])
    styles = style("H1", "heading 1", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>') + style(
        "H2", "heading 2", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>'
    )
    body = [para("A", style="H1"), para("B", style="H2"), para("C", style="H2")]
    got = read_docx(make_docx(body, numbering=nb, styles=styles)).blocks
    assert [b.number for b in got] == ["1.", "1.1", "1.2"]
    assert [b.heading_level for b in got] == [1, 2, 2]


def test_num_style_link_uses_the_linked_list_definition() -> None:
    placeholder = abstract_num(1, [], extra='<w:numStyleLink w:val="LegalList"/>')
    real = abstract_num(
        2,
        [("decimal", "Article %1"), ("decimal", "%1.%2")],
        extra='<w:styleLink w:val="LegalList"/>',
    )
    nb = numbering([placeholder, real], [num(5, 2), num(3, 1)])
    styles = style(
        "LegalList", "Legal list", kind="numbering", ppr='<w:numPr><w:numId w:val="5"/></w:numPr>'
    )
    body = [para("a", num=(3, 0)), para("b", num=(3, 1)), para("c", num=(3, 0))]
    assert numbers(make_docx(body, numbering=nb, styles=styles)) == [
        "Article 1",
        "1.1",
        "Article 2",
    ]


def test_bullets_have_no_number_but_keep_their_level() -> None:
    nb = numbering([abstract_num(0, [("bullet", "•"), ("bullet", "o")])], [num(1, 0)])
    got = read_docx(make_docx([para("x", num=(1, 0)), para("y", num=(1, 1))], numbering=nb))
    assert [(b.number, b.level) for b in got.blocks] == [(None, 0), (None, 1)]


def test_unresolvable_num_id_and_missing_numbering_part_are_diagnosed() -> None:
    nb = numbering([abstract_num(0, [("decimal", "%1.")])], [num(1, 0)])
    got = read_docx(make_docx([para("a", num=(1, 0)), para("b", num=(7, 0))], numbering=nb))
    assert [b.number for b in got.blocks] == ["1.", None]
    [diag] = [d for d in got.diagnostics if d.code == "docx.numbering_unresolved"]
    assert diag.paragraph == 1 and "7" in diag.message
    missing = read_docx(make_docx([para("a", num=(1, 0))]))
    assert missing.blocks[0].number is None
    assert any(d.code == "docx.numbering_missing" for d in missing.diagnostics)


def test_empty_numbered_paragraph_keeps_its_number_and_counts() -> None:
    nb = numbering([abstract_num(0, [("decimal", "%1.")])], [num(1, 0)])
    body = [para("a", num=(1, 0)), para(num=(1, 0)), para("  "), para("c", num=(1, 0))]
    got = read_docx(make_docx(body, numbering=nb)).blocks
    assert [(b.text, b.number) for b in got] == [("a", "1."), ("", "2."), ("c", "3.")]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1994, "upperRoman", "MCMXCIV"),
        (4, "lowerRoman", "iv"),
        (3, "decimalZero", "03"),
        (12, "decimalZero", "12"),
        (2, "ordinal", "2nd"),
        (13, "ordinal", "13th"),
        (28, "upperLetter", "BB"),
        (5, "none", ""),
        (7, "cardinalText", "7"),
    ],
)
def test_format_value(n: int, fmt: str, expected: str) -> None:
    assert format_value(n, fmt) == expected


def test_helpers_fall_back_to_decimal_where_letters_and_romans_cannot_write() -> None:
    assert roman(0) == "0" and roman(4000) == "4000"
    assert letters(0) == "0" and letters(52) == "zz" and letters(53) == "aaa"
