"""Table paragraphs: the grid in the text, a word diff laid on the grid, and their labels."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.diff import DELETE, INSERT, diff_paragraph
from wsis_desk.core.model import ParagraphKind, SourceBlock, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.core.tables import grid_chunks, grid_of, grid_text, table_caption
from wsis_desk.formats.text_in import read_text

CELL = st.text(alphabet="ab [](),.\t\n\u00a0Xé", max_size=12)
GRID = st.integers(1, 4).flatmap(
    lambda width: st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=5)
)


def _squashed(cell: str) -> str:
    return " ".join(cell.split())


@given(GRID)
def test_the_grid_comes_back_from_the_text_with_each_cell_squashed(rows: list[list[str]]) -> None:
    got = grid_of(grid_text(rows))
    assert got == tuple(tuple(_squashed(c) for c in row) for row in rows)


@given(GRID, GRID)
def test_a_word_diff_laid_on_the_grid_gives_the_newer_cells_and_keeps_the_older_text(
    old_rows: list[list[str]], new_rows: list[list[str]]
) -> None:
    old, new = grid_text(old_rows), grid_text(new_rows)
    laid = grid_chunks(diff_paragraph(old, new).chunks)
    newer = tuple(
        tuple("".join(t for op, t in cell if op != DELETE) for cell in row) for row in laid
    )
    assert newer == grid_of(new)
    older = "".join(t for row in laid for cell in row for op, t in cell if op != INSERT)
    assert "".join(older.split()) == "".join(old.split())  # every older letter, in order


def test_captions_as_the_art62_drafts_print_them() -> None:
    assert table_caption("Table 1\nSubmissions") == ("1", False)
    assert table_caption("[Table 5\nAuthorized entities") == ("5", False)
    assert table_caption("Table 3 (Continued)\nActions") == ("3", True)
    assert table_caption("Table 6 Option 2: Summary information") == ("6 Opt.2", False)
    assert table_caption("(Table continues)") == ("", True)
    assert table_caption("Tables for submitting the agreed electronic format") is None


def _labels(*blocks: SourceBlock) -> list[tuple[str, str]]:
    result = segment(SourceText(format="docx", blocks=blocks))
    return [(p.label, p.kind.value) for p in result.paragraphs]


def _table(*rows: tuple[str, ...]) -> SourceBlock:
    return SourceBlock(text=grid_text(rows), table=True)


def test_a_table_takes_its_caption_and_annex_and_parts_go_on_as_cont() -> None:
    got = _labels(
        SourceBlock("Requests the secretariat to publish the tables;", number="1."),
        SourceBlock("[Annex I"),
        SourceBlock("Table 1\nSubmissions"),
        _table(("Party", "Party"), ("Version", "X.Y")),
        SourceBlock("Table 3 (Continued)\nActions"),
        _table(("ITMO (continues)", "", "Action details")),
        _table(("Metric", "[Quantity]", "")),
        SourceBlock("]"),
        SourceBlock("Annex II"),
        _table(("Table 2: Authorizations", "", ""), ("ID", "Date", "Party")),
    )
    assert got[3:7] == [
        ("Annex I Table 1", "table"),
        ("¶5", "other"),
        ("Annex I Table 3 cont.", "table"),
        ("Annex I Table 3 cont. 2", "table"),
    ]
    assert got[-1] == ("Annex II Table 2", "table")


def test_cells_keep_their_tabs_and_a_table_is_never_split_or_joined() -> None:
    rows = (("", "Authorization", ""), ("Recalling", "Decides that", "(a) and (b)"))
    result = segment(SourceText(format="docx", blocks=(_table(*rows),)))
    [table] = result.paragraphs
    assert table.kind is ParagraphKind.TABLE
    assert grid_of(table.text) == rows


def _text_paragraphs(text: str, *, markdown: bool = False) -> list[tuple[str, str, str]]:
    source = read_text(text.encode("utf-8"), markdown=markdown)
    return [(p.label, p.kind.value, p.text) for p in segment(source).paragraphs]


WITH_TABLE = """\
1. Decides that each participating Party shall report the information in the annex;
Annex I
\t| Table 1: Submission |  |
\t| Party | Party |
\t| Reported yearb | [Year] |
\t| Date of submission | dd/mm/yyyy |
\tb  The annual period from 1 January to 31 December.
"""


def test_a_pipe_table_of_a_text_is_one_table_paragraph_never_joined_to_a_line() -> None:
    got = _text_paragraphs(WITH_TABLE)
    assert [label for label, _, _ in got] == ["OP1", "Annex I", "Annex I Table 1", "¶4"]
    assert grid_of(got[2][2]) == (
        ("Table 1: Submission", ""),
        ("Party", "Party"),
        ("Reported yearb", "[Year]"),
        ("Date of submission", "dd/mm/yyyy"),
    )
    assert got[3][2] == "b The annual period from 1 January to 31 December."


def test_a_markdown_table_drops_its_rule_row() -> None:
    text = "# Annex II\n\n| Reported year | Sector(s) |\n|---|:---:|\n| [2025] | Energy |\n"
    [*_, table] = _text_paragraphs(text, markdown=True)
    assert table[:2] == ("Annex II Table 1", "table")
    assert grid_of(table[2]) == (("Reported year", "Sector(s)"), ("[2025]", "Energy"))
