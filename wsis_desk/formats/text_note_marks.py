"""Note marks and paragraph numbers in PDF text (``pdftotext`` output): where a footnote's
mark stands in the body, and which bare numbers are no marks at all.

A mark is glued to the word it cites ("Parties7", "2015).12", "Parties[12]") or to its
paragraph's own number ("17.13 Option 1: …" after "16.": note 13 on paragraph 17). A bare number
in a page's column of paragraph numbers ("7." "8" "9.", or "7" "8" "9" after "6." when the page
cites none of them) is a paragraph's number whose period was lost, given back before notes are
looked for, so that body text is never taken for a note. Used by ``text_furniture``.
"""

from __future__ import annotations

import re

from wsis_desk.core.furniture import LABEL_LINE

__all__ = [
    "BARE_NUMBER_RE",
    "NUMBER_LABEL_RE",
    "PLAIN_NUMBER_RE",
    "find_mark",
    "locate_mark",
    "mark_after_number",
    "mark_after_option",
    "repair_column_numbers",
    "repair_uncited_runs",
]

# after a glued mark: a space, punctuation, or a bracket or brace of the text (";]6[ with",
# "{Features5}")
_GLUE_TAIL = r"(?=$|[\s,;.:)\]’”\"\[{}])"
_GLUE_BEFORE = r"(?:(?<=[a-z)\]}’”\"'»,;:%])|(?<=[A-Za-z][A-Z])|(?<=[a-z)\]]\.))"
_GLUE_DIGIT = r"(?:(?<=\b\d\d/\d\d\d)|(?<=\b(?:19|20)\d\d))"


# a superscript mark that pdftotext printed after a space, alone at a line's end, after the
# sentence, bracket or brace it follows ("… to the Agreement. 7", "… the lead]. 2",
# "{Accounting} 9"); a word of five letters or more before a stop, so never an abbreviation's
# number ("para. 7", "No. 2")
_SPACED_BEFORE = r"(?:(?<=[\]})”] )|(?<=[\]})”][.;] )|(?<=[^\W\d_]{5}[.;] ))"

BARE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
PLAIN_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\.(?:\s|$)")


def mark_after_number(
    lines: list[str | None], mark: str, start: int, end: int
) -> tuple[int, int] | None:
    """A mark glued to a paragraph's own number ("17.13 Option 1: …", note 13 on paragraph 17)
    where the paragraphs before are numbered plainly and the one before is 16."""
    rx = re.compile(rf"^\s*(\d{{1,3}})\.{re.escape(mark)}(?=\s)")
    for li in range(start, min(end, len(lines))):
        m = rx.match(lines[li] or "")
        if m is None:
            continue
        for y in range(li - 1, max(-1, li - 80), -1):
            prev = PLAIN_NUMBER_RE.match(lines[y] or "")
            if prev:
                if int(prev.group(1)) == int(m.group(1)) - 1:
                    return li, m.end(1) + 1
                break
    return None


_OPTION_NUMBER_RE = re.compile(r"^\s*\[?Option\s+(\d{2,5})(?=\s*:)")
_OPTION_RE = re.compile(r"^\s*\[?Option\s+(\d{1,3})\s*:")


def mark_after_option(
    lines: list[str | None], mark: str, start: int, end: int
) -> tuple[int, int] | None:
    """A mark glued to an option's number ("Option 167:", option 1 with notes 6 and 7) where
    the next option of the set is numbered on from the number without the marks ("Option 2:"):
    where it stands. (Paris agreement draft of 4 December 2015, PDF text, Art. 3.8(a); the
    markdown of the draft prints "Option 1[^6][^7]:".)"""
    for li in range(start, min(end, len(lines))):
        m = _OPTION_NUMBER_RE.match(lines[li] or "")
        if m is None:
            continue
        digits = m.group(1)
        for cut in range(1, len(digits)):
            at = _run_of_marks(digits[cut:], mark)
            if at is not None and _next_option(lines, li) == int(digits[:cut]) + 1:
                return li, m.start(1) + cut + at
    return None


def _run_of_marks(digits: str, mark: str) -> int | None:
    """Where ``mark`` starts in ``digits`` read as consecutive marks glued together ("67":
    6 and 7; "5556": 55 and 56); None when they cannot be so read with ``mark`` among them."""
    for width in range(1, 4):
        first = digits[:width]
        if len(first) < width or first.startswith("0"):
            break
        marks: dict[str, int] = {}
        n, at = int(first), 0
        while digits.startswith(str(n), at):
            marks[str(n)] = at
            at += len(str(n))
            n += 1
        if at == len(digits) and mark in marks:
            return marks[mark]
    return None


def _next_option(lines: list[str | None], li: int) -> int | None:
    """The number of the next option after line ``li`` (within a page's reach)."""
    for y in range(li + 1, min(li + 40, len(lines))):
        m = _OPTION_RE.match(lines[y] or "")
        if m:
            return int(m.group(1))
    return None


def locate_mark(lines: list[str | None], mark: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``mark`` stands in lines ``start`` to ``end``: glued to a word (``find_mark``),
    else to an option's number (``mark_after_option``)."""
    found = find_mark(lines, mark, (start, 0), end)
    if found is None and mark.isdigit():
        found = mark_after_option(lines, mark, start, end)
    return found


def find_mark(
    lines: list[str | None], mark: str, cursor: tuple[int, int], end: int
) -> tuple[int, int] | None:
    esc = re.escape(mark)
    if mark.isdigit():
        patterns = [
            re.compile(rf"{_GLUE_BEFORE}{esc}{_GLUE_TAIL}"),
            re.compile(rf"{_GLUE_DIGIT}{esc}{_GLUE_TAIL}"),
            # a bracket of the text around the superscript mark: "Parties[12]", "Parties[ 11]"
            # (the markdown of the same draft writes "Parties[[^12]]"): the pair stays, empty
            re.compile(rf"(?:(?<=[^\W\d_]\[)|(?<=[^\W\d_]\[ )){esc}(?=\])"),
            # set apart by a space at the line's end, tried last: see _SPACED_BEFORE
            re.compile(rf"{_SPACED_BEFORE}{esc}\s*$"),
            # set apart by a space after a one-letter placeholder, before a closing bracket
            # ("[inscription in [Annex] x 8]": markdown "x[^8]]"), never a number of the text
            re.compile(rf"(?<=\b[a-zA-Z] ){esc}(?=\])"),
        ]
    else:
        patterns = [re.compile(rf"(?<=\S){esc}{_GLUE_TAIL}")]
    for rx in patterns:
        li, pos = cursor
        while li < min(end, len(lines)):
            t = lines[li]
            if t is not None and mark in t and not LABEL_LINE.match(t):
                m = rx.search(t, pos if li == cursor[0] else 0)
                if m:
                    return li, m.start()
            li += 1
    return None


NUMBER_LABEL_RE = re.compile(r"^\s*(\d{1,3})\.\s*$")


def _neighbour(lines: list[str | None], boundary: list[bool], y: int, step: int) -> str:
    """The nearest non-blank line from ``y`` on in direction ``step``, within the page."""
    y += step
    while 0 <= y < len(lines) and not (step < 0 and boundary[y + 1]):
        t = (lines[y] or "").strip()
        if t:
            return t
        if boundary[y]:
            break
        y += step
    return ""


def repair_column_numbers(lines: list[str | None], boundary: list[bool], ys: range) -> None:
    """Bare numbers that continue the page's column of paragraph numbers ("7." "8" "9.") are
    those paragraphs' numbers with their period lost, not note marks: given it back."""
    for y in ys:
        t = (lines[y] or "").strip()
        if not BARE_NUMBER_RE.match(t):
            continue
        n = int(t)
        before = NUMBER_LABEL_RE.match(_neighbour(lines, boundary, y, -1))
        after = NUMBER_LABEL_RE.match(_neighbour(lines, boundary, y, 1))
        if before and after and int(before.group(1)) == n - 1 and int(after.group(1)) == n + 1:
            lines[y] = f"{t}."


def repair_uncited_runs(lines: list[str | None], boundary: list[bool]) -> None:
    """A column of bare numbers that goes on from the page's last paragraph number above it
    ("6." … "7" "8" "9" then texts) and none of which the page cites is that column's paragraph
    numbers, their periods lost: given them back. (A note's mark is cited in the text:
    "Parties7"; a citation is a run's only while its number is not printed again lower on the
    page, over its note.)"""
    start = 0
    for end in [*(i for i, b in enumerate(boundary) if b), len(lines)]:
        y = start
        while y < end:
            run = _bare_run(lines, y, end) if 0 < len((lines[y] or "").strip()) <= 3 else []
            if not run:
                y += 1
                continue
            numbers = [int((lines[x] or "").strip()) for x in run]
            # a mark printed again lower on the page ("2" over its note) owns its citation
            below = {(lines[x] or "").strip() for x in range(run[-1] + 1, end)}
            # (a run that a number with its period follows is part of a mixed column, left to
            # the neighbours' rule above and to the reader of number columns)
            mixed = NUMBER_LABEL_RE.match(_neighbour(lines, boundary, run[-1], 1))
            if (
                not mixed
                and _number_above(lines, start, run[0]) == numbers[0] - 1
                and not any(
                    find_mark(lines, str(n), (start, 0), end) and str(n) not in below
                    for n in numbers
                )
            ):
                for x in run:
                    lines[x] = f"{(lines[x] or '').strip()}."
            y = run[-1] + 1
        start = end + 1


def _bare_run(lines: list[str | None], y: int, end: int) -> list[int]:
    """The lines of consecutive bare numbers from line ``y`` (blank lines may part them)."""
    run: list[int] = []
    while y < end:
        t = (lines[y] or "").strip()
        if BARE_NUMBER_RE.match(t) and (not run or int(t) == int(lines[run[-1]] or 0) + 1):
            run.append(y)
        elif t or not run:
            break
        y += 1
    return run


def _number_above(lines: list[str | None], start: int, y: int) -> int | None:
    """The number of the last numbered paragraph ("6." or "6. Text") above line ``y``."""
    for x in range(y - 1, start - 1, -1):
        m = PLAIN_NUMBER_RE.match(lines[x] or "")
        if m:
            return int(m.group(1))
    return None
