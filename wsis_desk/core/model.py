"""Plain frozen dataclasses that cross every layer: source blocks, paragraphs, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How much a diagnostic matters to the person reading the text."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class ParagraphKind(StrEnum):
    """What a paragraph is in the structure of a negotiated text."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    HEADING = "heading"
    ARTICLE = "article"
    OPTION = "option"
    NOTE = "note"
    TABLE = "table"  # a table kept whole: its text is the grid (see core.tables)
    OTHER = "other"


class StatusMarker(StrEnum):
    """Status markers written into the text by facilitators."""

    AGREED_AD_REF = "agreed_ad_ref"
    SUGGESTED_FOR_CLOSURE = "suggested_for_closure"
    AGREED = "agreed"
    STAYS = "stays"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something odd found in a text, with where it is (paragraph index, char offset)."""

    severity: Severity
    code: str
    message: str
    paragraph: int | None = None
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote: its mark as printed (``"1"``, ``"*"``) and its text."""

    mark: str
    text: str


@dataclass(frozen=True, slots=True)
class Comment:
    """A Word comment with the text it is anchored to."""

    id: str
    author: str
    text: str
    anchor: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class SourceBlock:
    """One paragraph of source text as a reader found it, before labelling.

    Every reader hands core the same records, so core never asks where a text came from:
    ``text`` is one whole paragraph (lines joined, hyphenation undone, page furniture and
    markup removed), ``footnotes`` the notes cited in it, and the rest style hints; or,
    with ``table``, one whole data table whose ``text`` is its grid as core.tables writes it
    (a Word table, a Markdown pipe table).
    ``text`` is the accepted view of tracked changes; ``original_text`` the original view
    when it differs. ``number`` is a list number Word prints (``"1."``, ``"(a)"``) or a
    margin label a PDF prints beside the text (``"Pp1"``), not part of ``text``;
    ``margin`` a label printed on a line of its own above the text (plain text), the text
    empty when a column of labels came apart from its texts; ``level`` Word's list level;
    ``heading_level`` a heading (Word style, Markdown ``#``, bold PDF line); ``italic`` the
    whole paragraph is set in italics; ``nested`` a list item indented under the one above
    (a Markdown sub-list); ``breaks`` where a wrapped line ended a sentence and the next began
    one: (offset in ``text``, how far across the page that line reached); ``blank_before`` a
    blank line, not removed furniture, came before it; ``line`` where it starts (a line
    number in a text file, a paragraph number otherwise).
    """

    text: str
    original_text: str | None = None
    number: str | None = None
    level: int | None = None
    style: str | None = None
    heading_level: int | None = None
    in_table: bool = False
    footnotes: tuple[Footnote, ...] = ()
    comments: tuple[Comment, ...] = ()
    line: int | None = None
    italic: bool = False
    margin: str | None = None
    nested: bool = False
    breaks: tuple[tuple[int, int], ...] = ()
    blank_before: bool = False
    table: bool = False


@dataclass(frozen=True, slots=True)
class SourceText:
    """What a reader returns: paragraph blocks in document order plus reading diagnostics.

    ``format`` names the file's kind for people ("docx", "pdf", "text", "markdown");
    core never reads it. ``diagnostics`` say what the reader did (encoding, furniture dropped,
    footnotes it could not link); ``footnotes`` are notes not linked to any block; ``head``
    the first lines as printed, furniture kept (what a draft calls itself), when the reader
    has lines.
    """

    format: str
    blocks: tuple[SourceBlock, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    head: tuple[
        str, ...
    ] = ()  # the first lines as printed (furniture kept): what a draft calls itself


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A labelled paragraph of a version.

    ``label`` is what the room calls it (``PP3``, ``OP5bis``, ``OP12(b)``, ``Art. 6``);
    ``number`` the number as printed (``"5bis"``, ``"(b)"``, ``"3.1"``) or None;
    ``text`` the paragraph as written with brackets kept and its number removed;
    ``parent`` the index of the paragraph this one is a sub-paragraph or option of.
    """

    index: int
    label: str
    kind: ParagraphKind
    text: str
    number: str | None = None
    parent: int | None = None
    status: StatusMarker | None = None
    original_text: str | None = None
    footnotes: tuple[Footnote, ...] = ()
    comments: tuple[Comment, ...] = ()


def labelled_by_its_words(p: Paragraph) -> bool:
    """Whether ``p`` is a heading with no number, labelled by its own first words (the room
    names it by them: ``Draft decision -/CMA.6``), so its label repeats its text."""
    base = p.label.split("#", 1)[0]
    return p.kind is ParagraphKind.HEADING and p.number is None and p.text.startswith(base)


@dataclass(frozen=True, slots=True)
class SegmentedText:
    """The result of segmenting a source text: paragraphs and diagnostics."""

    paragraphs: tuple[Paragraph, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    footnotes: tuple[Footnote, ...] = field(default=())  # footnotes not attached anywhere


@dataclass(frozen=True, slots=True)
class TextSummary:
    """Counts reported by ``check`` and ``show``."""

    paragraphs: int
    preambular: int
    operative: int
    headings: int
    articles: int
    options: int
    footnotes: int
    status_markers: dict[str, int]
    tables: int = 0


def summarize(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> TextSummary:
    """Count paragraphs by kind, footnotes and status markers."""
    kinds = {k: 0 for k in ParagraphKind}
    markers: dict[str, int] = {}
    footnotes = 0
    for p in paragraphs:
        kinds[p.kind] += 1
        footnotes += len(p.footnotes)
        if p.status is not None:
            markers[p.status.value] = markers.get(p.status.value, 0) + 1
    return TextSummary(
        paragraphs=len(paragraphs),
        preambular=kinds[ParagraphKind.PREAMBULAR],
        operative=kinds[ParagraphKind.OPERATIVE],
        headings=kinds[ParagraphKind.HEADING],
        articles=kinds[ParagraphKind.ARTICLE],
        options=kinds[ParagraphKind.OPTION],
        footnotes=footnotes,
        status_markers=markers,
        tables=kinds[ParagraphKind.TABLE],
    )
