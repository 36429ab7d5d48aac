"""The bracket census of a version with the bundled parties registry (no database)."""

from __future__ import annotations

from collections.abc import Sequence

from wsis_desk.core.brackets.census import VersionCensus, census_of_parses, version_census
from wsis_desk.core.brackets.scan import BracketParse, parse_brackets
from wsis_desk.core.model import Footnote, Paragraph
from wsis_desk.formats.parties_in import load_registry


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
