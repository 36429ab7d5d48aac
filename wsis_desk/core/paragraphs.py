"""Turn a reader's paragraph blocks into raw paragraphs before labelling.

Every reader in ``formats`` hands core the same records (``SourceBlock``: a whole paragraph,
its style hints, footnotes attached, furniture already dropped); here they become the
mutable ``RawParagraph`` the segmenter works on, cut where a paragraph is absurdly long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wsis_desk.core.model import Comment, Diagnostic, Footnote, Severity, SourceBlock, SourceText

__all__ = ["MAX_PARAGRAPH_CHARS", "RawParagraph", "bound_length", "raw_paragraphs", "squash"]

MAX_PARAGRAPH_CHARS = 1_000_000

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class RawParagraph:
    """A paragraph before labelling: its text plus what the layout told us about it
    (the fields of ``SourceBlock``, which documents them)."""

    text: str
    line: int | None = None
    heading_level: int | None = None
    indent: int = 0
    margin: str | None = None
    number: str | None = None
    style: str | None = None
    italic: bool = False
    nested: bool = False
    original_text: str | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    comments: tuple[Comment, ...] = ()
    breaks: list[tuple[int, int]] = field(default_factory=list)
    blank_before: bool = False
    table: bool = False  # a whole table: ``text`` is its grid (core.tables), kept as it is


def squash(text: str) -> str:
    """Collapse runs of spaces/tabs to one space, drop control characters and soft hyphens."""
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return _WS.sub(" ", text).strip()


def bound_length(p: RawParagraph, diags: list[Diagnostic]) -> list[RawParagraph]:
    """``p``, or ``p`` cut at spaces into parts of at most MAX_PARAGRAPH_CHARS, reported.

    No negotiated paragraph comes near a million characters; bounding them keeps every later
    step (labels, brackets, alignment, display) fast on a hostile or broken file.
    """
    text = p.text
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return [p]
    pieces: list[str] = []
    start = 0
    while len(text) - start > MAX_PARAGRAPH_CHARS:
        cut = text.rfind(" ", start + MAX_PARAGRAPH_CHARS // 2, start + MAX_PARAGRAPH_CHARS)
        cut = cut if cut > start else start + MAX_PARAGRAPH_CHARS
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    where = f" at line {p.line}" if p.line is not None else ""
    diags.append(
        Diagnostic(
            Severity.WARNING,
            "paragraph_split",
            f"a paragraph{where} is {len(text):,} characters long; it was cut into "
            f"{len(pieces)} parts of at most {MAX_PARAGRAPH_CHARS:,} characters",
        )
    )
    out = [replace(p, text=pieces[0])]
    out += [RawParagraph(text=piece, line=p.line, indent=p.indent) for piece in pieces[1:]]
    return out


def raw_paragraphs(
    source: SourceText,
) -> tuple[list[RawParagraph], list[Footnote], list[Diagnostic]]:
    """Raw paragraphs of a source's blocks, its unattached footnotes and diagnostics."""
    diags: list[Diagnostic] = []
    paras: list[RawParagraph] = []
    for block in source.blocks:
        raw = _raw(block)
        if raw is not None:
            paras.extend(bound_length(raw, diags))
    return paras, list(source.footnotes), diags


def _raw(b: SourceBlock) -> RawParagraph | None:
    """The raw paragraph of a block, or None when it carries nothing at all."""
    if b.table:  # the grid's tabs and newlines are its cells and rows: not squashed
        return RawParagraph(
            text=b.text,
            line=b.line,
            original_text=b.original_text,
            footnotes=list(b.footnotes),
            comments=b.comments,
            table=True,
        )
    text = squash(b.text or "")
    empty = not text and not b.number and not b.margin and not b.footnotes and not b.comments
    if empty and b.heading_level is None:
        return None
    heading = b.heading_level
    if heading is None and b.style and b.style.lower().startswith(("heading", "title")):
        heading = 1
    breaks = list(b.breaks) if len(text) == len(b.text or "") else []
    return RawParagraph(
        text=text,
        line=b.line,
        heading_level=heading,
        indent=b.level or 0,
        margin=b.margin,
        number=b.number.strip() if b.number else None,
        style=b.style,
        italic=b.italic,
        nested=b.nested,
        original_text=b.original_text,
        footnotes=list(b.footnotes),
        comments=b.comments,
        breaks=breaks,
        blank_before=b.blank_before,
    )
