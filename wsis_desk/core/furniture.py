"""The one vocabulary of page furniture: page numbers, symbols, job numbers, bar codes, notes.

Every reader that drops furniture names it with these patterns: the plain-text reader
(``formats/text_furniture``) on lines of text extracted from a PDF, the PDF reader
(``formats/pdf_page``) on lines it found at a page's edge. Where a line stands decides how
much the reader may trust a pattern: a bare ``12`` is a page number at the foot of a PDF page
(``edge=True``) but a margin label or a note mark in a line of text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = [
    "DOCUMENT_SYMBOL",
    "LABEL_LINE",
    "MARK_LINE",
    "NOTE_MARK",
    "dropped_note",
    "furniture_kind",
]

_PAGE_WORD = r"(?:(?:page|página|страница)\s+)"
_OF_PAGES = r"\s*(?:of|/|de|sur|из)\s*\d{1,4}"
_DASH = "[-–—]"
# "Page 9 of 20", "9/20", "3 de 5", "- 9 -": a page number wherever it stands
_PAGE_COUNTED = re.compile(
    rf"{_PAGE_WORD}?\d{{1,4}}{_OF_PAGES}|{_DASH}\s*\d{{1,4}}\s*{_DASH}", re.IGNORECASE
)
# "9", "Page 9", "-9": a page number only where its place on the page says so
_PAGE_BARE = re.compile(
    rf"{_PAGE_WORD}?{_DASH}?\s*\d{{1,4}}\s*{_DASH}?(?:{_OF_PAGES})?", re.IGNORECASE
)
# "FCCC/ADP/2015/L.6", "A/C.3/78/L.41": a UN document symbol on a line of its own
DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[\w.\-()]+){2,}")
# "GE.15-12345 (E)", "1/3 15-12345": the job number printed on every page, a page count before it
_JOB_NUMBER = re.compile(
    r"(?:\d{1,3}/\d{1,3}\s+)?(?:GE\.)?\d{2}-\d{5}(?=\s|[A-Z(]|$).{0,60}", re.IGNORECASE
)
# "*1512345*": the bar code of a job number, as its font's text
_BAR_CODE = re.compile(r"\*\d{5,}\*")

# a note's mark as printed: 1, 12, *, **, †, ‡
NOTE_MARK = r"\d{1,3}|\*{1,3}|[†‡]"
# a line that is only a note mark, as PDF text extraction prints it above the notes' texts
MARK_LINE = re.compile(r"^\s*(?:\d{1,3}|\*)\s*$")
# a line that is only a margin label or list number (Pp6, 6., (a), IV., B.): never furniture
LABEL_LINE = re.compile(
    r"^\s*(?:[PpOo][Pp]\s?\d+\w*|\d{1,3}\.?\w*|\(?[a-z]{1,4}\)|[IVX]+\.|[A-Z]\.)\s*$"
)


def furniture_kind(line: str, *, edge: bool = False) -> str | None:
    """What piece of page furniture ``line`` is ("page numbers", "document symbols", "job
    numbers", "bar codes"), or None for a line of text.

    ``edge``: the line stands at a page's top or foot (a reader that knows positions), where a
    bare number is a page number and anything between asterisks a bar code.
    """
    t = line.strip()
    if _PAGE_COUNTED.fullmatch(t) or (edge and _PAGE_BARE.fullmatch(t)):
        return "page numbers"
    if DOCUMENT_SYMBOL.fullmatch(t):
        return "document symbols"
    if _JOB_NUMBER.fullmatch(t):
        return "job numbers"
    if (t[:1] == t[-1:] == "*" and len(t) > 6) if edge else _BAR_CODE.match(t):
        return "bar codes"
    return None


def dropped_note(dropped: Mapping[str, int]) -> str:
    """What a reader says of the furniture it dropped, by kind: "page furniture dropped:
    job numbers (3×); page numbers (3×); running heads: FCCC/ADP/2015/L.6 (2×)"."""
    listed = "; ".join(f"{kind} ({n}×)" for kind, n in sorted(dropped.items()))
    return f"page furniture dropped: {listed}"
