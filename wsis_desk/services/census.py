"""The bracket census of a version with the bundled parties registry (no database), and the
footnotes no paragraph cites read again from a stored source file."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wsis_desk.core.brackets.census import VersionCensus, census_of_parses, version_census
from wsis_desk.core.brackets.scan import BracketParse, count_groups, parse_brackets
from wsis_desk.core.model import Footnote, Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.errors import WsisDeskError
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.reader import parse_bytes


def compute_census(
    paragraphs: Sequence[Paragraph], footnotes: Sequence[Footnote] = ()
) -> VersionCensus:
    """The census of a version's paragraphs (and of its ``footnotes`` cited by no paragraph)
    with the bundled parties registry."""
    return version_census(paragraphs, load_registry(), footnotes)


def census_and_parses(
    paragraphs: Sequence[Paragraph], footnotes: Sequence[Footnote] = ()
) -> tuple[VersionCensus, list[BracketParse]]:
    """The census and each paragraph's parse, parsing once (import stores both)."""
    registry = load_registry()
    parses = [parse_brackets(p.text, registry) for p in paragraphs]
    return census_of_parses(paragraphs, parses, registry, footnotes), parses


def _bare(text: str) -> str:
    """A note's text without spaces and brackets, to find it inside a note stored whole."""
    return re.sub(r"[\s\[\]]+", "", text)


def uncited_from_source(
    data: bytes, name: str, paragraphs: Sequence[Paragraph]
) -> tuple[Footnote, ...] | None:
    """The footnotes no stored paragraph carries in the file ``data`` (called ``name``) a
    version was imported from: those no paragraph cites, leaving out any note its stored
    ``paragraphs`` already carry, and those a paragraph cites today that the stored paragraphs
    (read by an older reader) do not hold, even inside a note they hold whole (the stored
    paragraphs stay as they are); None when the file cannot be read again (e.g. a scanned
    PDF imported by OCR)."""
    try:
        result = segment(parse_bytes(data, name))
    except WsisDeskError:
        return None
    held = {(n.mark, n.text) for p in paragraphs for n in p.footnotes}
    marks: dict[str, set[str]] = {}  # a stored paragraph's text → the marks it cites
    blobs: dict[str, list[str]] = {}  # … and its notes, bare
    for p in paragraphs:
        marks.setdefault(p.text, set()).update(n.mark for n in p.footnotes)
        blobs.setdefault(p.text, []).extend(_bare(n.text) for n in p.footnotes)

    def carried(text: str, note: Footnote) -> bool:
        if (note.mark, note.text) in held or note.mark in marks.get(text, ()):
            return True
        return _bare(note.text) in "\x00".join(blobs.get(text, ()))

    missing = [n for p in result.paragraphs for n in p.footnotes if not carried(p.text, n)]
    return tuple(missing) + tuple(n for n in result.footnotes if (n.mark, n.text) not in held)


def footnote_groups(notes: Sequence[Footnote]) -> list[int]:
    """How many bracket groups each footnote holds (as the census counts them)."""
    return [count_groups(n.text) for n in notes]
