"""The same paragraphs handed in as Markdown, as plain text and as Word give the same structure.

Every reader hands core the same records (``SourceBlock``: text, style hints, footnotes
attached), so where a text came from cannot change its labels, kinds or census. Each corpus
text is read by its own reader; its paragraphs are then written out again as a Markdown file,
a plain-text file and a real .docx, each saying what that format can say (a heading as ``##``
or a Heading style, italics as ``*…*``, a footnote as ``[^n]`` or a Word footnote, a margin
label on a line of its own, a table as pipe rows or a Word table), and each file read back
through its reader must give the same labels, kinds, footnotes per paragraph and bracket
census. A format that cannot say a hint the text uses (Word has no margin label, plain text
no heading or italics) is skipped for that text, with the reason.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.formats.docx_factory import footnote_ref, make_docx, para, style, table
from wsis_desk.core.model import SourceBlock, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.core.tables import grid_of
from wsis_desk.formats.reader import parse_bytes
from wsis_desk.services.census import compute_census

TEXTS = CORPUS / "texts"
FILES = sorted(TEXTS.glob("*.txt")) if TEXTS.is_dir() else []
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason="../shared/corpus is absent"),
]
IDS = [p.name[:48] for p in FILES]
Facts = tuple[object, ...]
# characters Markdown would read as its own syntax inside a paragraph
_MD_SYNTAX = ("*", "<", "\\", "[^")


@cache
def source(path: Path) -> SourceText:
    data = path.read_bytes()
    if data.startswith(b"CORPUS-SOURCE:"):
        data = data.split(b"\n", 1)[1]
    return parse_bytes(data, path.name)


def facts(src: SourceText) -> Facts:
    result = segment(src)
    census = compute_census(result.paragraphs)
    return (
        tuple((p.label, p.kind.value, len(p.footnotes)) for p in result.paragraphs),
        len(result.footnotes),
        census.groups,
        census.max_depth,
        census.placeholders,
        census.alternatives,
        census.empty,
        tuple(sorted(census.proponents.items())),
        census.bracketed_paragraphs,
    )


def _unsayable(src: SourceText, fmt: str) -> str | None:
    """Why ``src``'s paragraphs cannot be written faithfully as ``fmt``, or None."""
    blocks = src.blocks
    if any(b.breaks for b in blocks):
        return "its paragraphs came from wrapped PDF lines: the joiner's own case"
    hints = {
        "heading": any(b.heading_level is not None for b in blocks),
        "italics": any(b.italic for b in blocks),
        "a nested list": any(b.nested for b in blocks),
        "a margin label": any(b.margin for b in blocks),
        "footnotes": any(b.footnotes for b in blocks) or bool(src.footnotes),
        "a list number": any(b.number for b in blocks),
    }
    cannot = {
        "markdown": {"a list number"},
        "text": {"heading", "italics", "a nested list", "footnotes", "a list number"},
        "docx": {"italics", "a nested list", "a margin label"},
    }[fmt]
    said = [hint for hint in cannot if hints[hint]]
    if said:
        return f"{fmt} cannot say {', '.join(sorted(said))}"
    if fmt == "markdown" and any(x in b.text for b in blocks for x in _MD_SYNTAX):
        return "its text holds characters Markdown reads as syntax"
    if fmt == "docx" and src.footnotes:
        return "footnotes cited nowhere have no place in Word"
    if any(b.table and b.footnotes for b in blocks):
        return "a table cites a footnote"
    return None


def _lines(b: SourceBlock, text: str) -> list[str]:
    if b.table:  # a pipe table, one row a line (plain text and Markdown read it alike)
        return ["", *("| " + " | ".join(row) + " |" for row in grid_of(b.text))]
    return ["", *([b.margin] if b.margin else []), *([text] if b.text else [])]


def as_markdown(src: SourceText) -> bytes:
    out: list[str] = []
    notes: list[str] = []
    for b in src.blocks:
        refs = ""
        for note in b.footnotes:
            notes.append(f"[^{len(notes) + 1}]: {note.text}")
            refs += f"[^{len(notes)}]"
        text = b.text + refs
        if b.italic:
            text = f"*{text}*"
        if b.heading_level is not None:
            text = "#" * b.heading_level + " " + text
        if b.nested:
            text = "  " + text
        out += _lines(b, text)
    notes += [f"[^spare{i}]: {n.text}" for i, n in enumerate(src.footnotes, 1)]  # cited nowhere
    return "\n".join([*out[1:], "", *notes]).encode()


def as_text(src: SourceText) -> bytes:
    out: list[str] = []
    for b in src.blocks:
        out += _lines(b, b.text)
    return "\n".join(out[1:]).encode()


def as_docx(src: SourceText) -> bytes:
    body: list[str] = []
    notes: dict[str, str] = {}
    for b in src.blocks:
        refs = []
        for note in b.footnotes:
            notes[str(len(notes) + 1)] = note.text
            refs.append(footnote_ref(str(len(notes))))
        heading = f"Heading{b.heading_level}" if b.heading_level is not None else None
        if b.table:
            body.append(table(grid_of(b.text)))
            continue
        body.append(para(b.text, *refs, style=heading))
    styles = "".join(style(f"Heading{n}", f"heading {n}") for n in range(1, 7))
    return make_docx(body, styles=styles, footnotes=notes)


WRITERS = {
    "markdown": (as_markdown, "same.md"),
    "text": (as_text, "same.txt"),
    "docx": (as_docx, "same.docx"),
}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_same_paragraphs_through_another_reader(path: Path, fmt: str) -> None:
    src = source(path)
    why = _unsayable(src, fmt)
    if why is not None:
        pytest.skip(why)
    write, name = WRITERS[fmt]
    again = parse_bytes(write(src), name)
    assert again.format == ("markdown" if fmt == "markdown" else fmt)
    assert [b.text for b in again.blocks] == [b.text for b in src.blocks]
    assert facts(again) == facts(src)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_core_never_asks_where_a_text_came_from(path: Path) -> None:
    src = source(path)
    want = segment(src)
    for fmt in ("docx", "pdf", "text", "markdown", "anything"):
        assert segment(replace(src, format=fmt)) == want
