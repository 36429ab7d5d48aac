"""Page furniture and footnotes in lines of plain text (``pdftotext`` output, web pages).

Text has no positions: a page break is a form feed or a page-number line, a running head is
a line repeated near page breaks, and footnotes are the lines under a rule of underscores or
the lone marks and texts ``pdftotext`` prints above a page's foot. The patterns that name
furniture are ``core.furniture``'s, shared with the PDF reader.

Body text is never taken as a note: a bare number between "7." and "9." in the column of
paragraph numbers is paragraph 8's number (on every page, before notes are looked for), and so
are "7" "8" "9" after "6." when the page cites none of them (a note's mark is cited); when a
column ("1." "2." "3.") stands just above the marks, the first texts after them are those
paragraphs' own and only the texts after those are notes; a run of marks numbered below a note
already taken (notes are numbered on through the document; a new instrument's start again at 1)
is no run of marks; when unsure, the lines stay in the body. Real notes stay notes whatever
numbers stand above them: a column printed after its texts (as many sentences above it as it
has numbers, back to a heading, a label or the page's start) waits for no text; a note ends at a
sentence's end inside quotes and brackets (".”]"); a wide line is taken as wrapped only while
more lines are left than marks; bullets and options ("Option 1: …") go on the note whose
"…include:" introduces them. A mark glued to its paragraph's own number ("17.13" after
"16.") is note 13's. Where marks stand in the body, and which bare numbers are paragraph
numbers, is ``text_note_marks``'.

Over ~400 lines because the footnote layouts of PDF text (under a rule, a run of marks over
their texts, each mark over its own text, marks in the column of paragraph numbers) all edit
one line buffer within the same page boundaries, and read best beside the furniture rules that
find those boundaries.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from wsis_desk.core.furniture import (
    DOCUMENT_SYMBOL,
    LABEL_LINE,
    MARK_LINE,
    NOTE_MARK,
    dropped_note,
    furniture_kind,
)
from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import Diagnostic, Footnote, Severity
from wsis_desk.formats.markdown_in import markdown_footnotes
from wsis_desk.formats.text_note_marks import (
    BARE_NUMBER_RE,
    NUMBER_LABEL_RE,
    find_mark,
    locate_mark,
    mark_after_number,
    mark_after_option,
    repair_column_numbers,
    repair_uncited_runs,
)

__all__ = ["CleanLines", "clean_lines"]

_RULE_RE = re.compile(r"^\s*_{5,}\s*$")
_NOTE_START_RE = re.compile(rf"^\s*(?P<mark>{NOTE_MARK})\s+(?P<text>\S.*)$")


@dataclass
class CleanLines:
    """Lines with furniture removed (``None``) and footnotes keyed by the line citing them."""

    lines: list[str | None]
    footnotes: dict[int, list[Footnote]] = field(default_factory=dict)
    unattached: list[Footnote] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    removed: int = 0
    dropped: Counter[str] = field(default_factory=Counter)  # furniture lines by kind


def _page_marker(line: str) -> str | None:
    """What a page number, job number or bar code line is (a page boundary), or None."""
    if len(line) >= 80:
        return None
    kind = furniture_kind(line)
    return None if kind == "document symbols" else kind


def clean_lines(raw: list[str], *, markdown: bool = False) -> CleanLines:
    """Remove page numbers, job numbers, running heads and form feeds; collect footnotes
    (Markdown's ``[^n]:`` definitions when ``markdown``)."""
    lines: list[str | None] = []
    boundary: list[bool] = []
    dropped: Counter[str] = Counter()
    for text in raw:
        ff = "\f" in text
        text = text.replace("\f", "") if ff else text
        kind = _page_marker(text) if text else None
        if kind is not None:
            lines.append(None)
            boundary.append(True)
            dropped[kind] += 1
        else:
            lines.append(text)
            boundary.append(ff)
    out = CleanLines(lines, dropped=dropped)
    if markdown:
        out.footnotes, out.unattached, out.diagnostics = markdown_footnotes(out.lines)
    else:
        _running_heads(out, boundary)
        pages = _rule_footnotes(out, boundary)
        pages += _trailing_footnotes(out, boundary)
        _soften_page_breaks(out, raw)
        for start, end, notes in pages:
            _attach_glued(out, start, end, notes)
    out.removed = sum(1 for i, t in enumerate(out.lines) if t is None and raw[i].strip())
    if out.dropped:
        out.diagnostics.append(Diagnostic(Severity.INFO, "text.furniture", dropped_note(dropped)))
    return out


def _soften_page_breaks(out: CleanLines, raw: list[str]) -> None:
    """Blank lines around removed page furniture do not end a paragraph mid-sentence."""
    lines = out.lines
    n = len(lines)
    i = 0
    while i < n:
        t = lines[i]
        if t is not None and t.strip():
            i += 1
            continue
        j = i
        furniture = False
        while j < n and (lines[j] is None or not (lines[j] or "").strip()):
            furniture = furniture or (lines[j] is None and bool(raw[j].strip()))
            j += 1
        if furniture and i > 0 and j < n:
            before = (lines[i - 1] or "").rstrip()
            if (
                before
                and not before.endswith((".", ";", ":", ".]", ";]"))
                and not (LABEL_LINE.match(before))
            ):
                for k in range(i, j):
                    lines[k] = None
        i = j


def _near_boundary(lines: list[str | None], boundary: list[bool], i: int) -> bool:
    """Whether line i sits within a few non-blank lines after or before a page boundary."""
    seen = 0
    j = i - 1
    while j >= 0 and seen < 4:
        if boundary[j]:
            return True
        t = lines[j]
        if t is not None and t.strip():
            seen += 1
        j -= 1
    if boundary[i]:
        return True
    seen = 0
    j = i + 1
    while j < len(lines) and seen < 2:
        if boundary[j]:
            return True
        t = lines[j]
        if t is not None and t.strip():
            seen += 1
        j += 1
    return False


def _page_breaks(boundary: list[bool]) -> int:
    """Page breaks: boundary lines (a form feed, "3 of 54", a job number) a few lines apart."""
    breaks, last = 0, -10
    for i, b in enumerate(boundary):
        if b:
            if i - last > 4:
                breaks += 1
            last = i
    return breaks


def _structural(line: str) -> bool:
    """A label or an option line ("6.", "Pp6", "Option A") repeats by nature, never a head."""
    return LABEL_LINE.match(line) is not None or parse_label(line) is not None


def _running_heads(out: CleanLines, boundary: list[bool]) -> None:
    counts: dict[str, list[int]] = {}
    for i, t in enumerate(out.lines):
        if t is None:
            continue
        s = t.strip()
        if 0 < len(s) <= 100 and not _structural(s):
            counts.setdefault(s, []).append(i)
    has_pages = any(boundary)
    # a running head is on most pages; a table heading repeated near two page breaks is not
    enough = max(2, _page_breaks(boundary) // 5)
    for s, where in counts.items():
        if len(where) < 3:
            continue
        if has_pages:
            near = [i for i in where if _near_boundary(out.lines, boundary, i)]
            if len(near) >= enough and len(near) * 2 >= len(where):
                for i in near:
                    out.lines[i] = None
                out.dropped[f"running heads: {s}"] += len(near)
        elif DOCUMENT_SYMBOL.fullmatch(s):
            for i in where:
                out.lines[i] = None
            out.dropped[f"running heads: {s}"] += len(where)


def _page_start(boundary: list[bool], lines: list[str | None], i: int) -> int:
    j = i
    while j > 0 and not boundary[j - 1]:
        j -= 1
    return j


def _rule_footnotes(out: CleanLines, boundary: list[bool]) -> list[tuple[int, int, list[Footnote]]]:
    """Footnotes printed under a rule of underscores, up to the next page marker or blank."""
    pages: list[tuple[int, int, list[Footnote]]] = []
    lines = out.lines
    n = len(lines)
    i = 0
    while i < n:
        t = lines[i]
        if t is None or not _RULE_RE.match(t):
            i += 1
            continue
        lines[i] = None
        notes: list[tuple[str, list[str]]] = []
        j = i + 1
        while j < n and not boundary[j]:
            u = lines[j]
            if u is None:
                j += 1
                continue
            if not u.strip() or _RULE_RE.match(u):
                break
            m = _NOTE_START_RE.match(u)
            if m:
                notes.append((m.group("mark"), [m.group("text").strip()]))
            elif notes:
                notes[-1][1].append(u.strip())
            else:
                out.unattached.append(Footnote("", u.strip()))
            lines[j] = None
            j += 1
        footnotes = [Footnote(mark, " ".join(parts)) for mark, parts in notes]
        pages.append((_page_start(boundary, lines, i), i, footnotes))
        i = j
    return pages


def _trailing_footnotes(
    out: CleanLines, boundary: list[bool]
) -> list[tuple[int, int, list[Footnote]]]:
    """pdftotext footnotes: lone marks, then their texts, just above a page marker."""
    pages: list[tuple[int, int, list[Footnote]]] = []
    lines = out.lines
    # "7." "8" "9.": a bare number between its neighbours in the column is no note's mark
    repair_column_numbers(lines, boundary, range(len(lines)))
    repair_uncited_runs(lines, boundary)
    last = 0  # the highest mark taken so far
    for k, is_b in enumerate(boundary):
        if not is_b or k == 0:
            continue
        j = k - 1
        while j >= 0 and (lines[j] is None or not (lines[j] or "").strip()) and not boundary[j]:
            j -= 1
        text_end = j
        while j >= 0 and j > k - 25 and not boundary[j]:
            t = lines[j]
            if t is not None and MARK_LINE.match(t):
                break
            j -= 1
        else:
            found = _column_marks(lines, boundary, text_end)
            if found is not None:
                pages.append(found)
            continue
        if j < 0 or boundary[j]:
            continue
        run_end = j
        while j >= 0 and lines[j] is not None and MARK_LINE.match(lines[j] or ""):
            j -= 1
        run_start = _spaced_run(lines, boundary, j + 1)
        j = run_start - 1
        if j >= 0 and (lines[j] or "").strip():
            # not a run of marks above the texts; perhaps each mark above its own text
            each = _interleaved(lines, boundary, text_end)
            if each is not None:
                pages.append(each)
            continue  # a mark run must follow a blank line
        marks = [m for x in range(run_start, run_end + 1) if (m := (lines[x] or "").strip())]
        if not _consecutive(marks) or len(marks) > 6:
            continue
        # the notes are the last block of consecutive lines above the page marker
        text_start = text_end
        while text_start - 1 > run_end and (lines[text_start - 1] or "").strip():
            text_start -= 1
        texts = [(lines[x] or "").strip() for x in range(text_start, text_end + 1)]
        texts = [t for t in texts if t]
        if not texts or text_start <= run_end:
            continue
        waiting = _waiting_labels(lines, boundary, run_start)
        if waiting and not any((lines[x] or "").strip() for x in range(run_end + 1, text_start)):
            # "1." "2." "3." above the marks: the first texts are those paragraphs' own
            groups = _note_texts(texts)
            if len(groups) <= waiting:
                continue  # no text left for the notes: keep it all as body
            text_start = _skip_text_lines(lines, text_start, sum(map(len, groups[:waiting])))
            texts = [t for g in groups[waiting:] for t in g]
        numbers = [int(m) for m in marks if m.isdigit()]
        if numbers and 1 < numbers[0] <= last:  # (a new instrument's notes start at 1)
            continue  # notes are numbered on through the document: not a run of note marks
        last = max(numbers, default=last)
        footnotes = _pair_marks(marks, texts)
        for x in [*range(run_start, run_end + 1), *range(text_start, text_end + 1)]:
            lines[x] = None
        # the marks may stand in the number column above the last paragraphs: search to the notes
        pages.append((_page_start(boundary, lines, run_start), text_start, footnotes))
    return pages


def _waiting_labels(lines: list[str | None], boundary: list[bool], run_start: int) -> int:
    """How many paragraph numbers ("1." "2." "3.") stand just above a run of marks, printed as a
    column whose texts come after the marks. None when the column was printed after its texts:
    above it, back to a heading, a label or the page's start, stand as many sentences as it has
    numbers, the last just above it; then the texts after the marks are notes (a first page's
    paragraphs "1." "2." over its notes "1" "2")."""
    count = 0
    y = run_start - 1
    while y >= 0 and not boundary[y]:
        t = (lines[y] or "").strip()
        if NUMBER_LABEL_RE.match(t):
            count += 1
        elif t:
            break
        y -= 1
    if not count or y < 0 or boundary[y] or not _SENTENCE_END_RE.search(lines[y] or ""):
        return count
    above: list[str] = []
    while y >= 0 and not boundary[y]:
        t = (lines[y] or "").strip()
        if t and (LABEL_LINE.match(t) or _heading(t)):
            break
        if t:
            above.insert(0, t)
        y -= 1
    sentences = [g for g in _note_texts(above) if _SENTENCE_END_RE.search(g[-1])]
    return 0 if len(sentences) >= count else count


def _heading(line: str) -> bool:
    """An article's or a section's heading ("[Article 3 bis] (REDD-PLUS)", "B. Mitigation")."""
    found = parse_label(line)
    return found is not None and found.kind in (LabelKind.ARTICLE, LabelKind.SECTION)


def _skip_text_lines(lines: list[str | None], start: int, count: int) -> int:
    """The line after the first ``count`` non-blank lines from ``start``."""
    y = start
    while count:
        if (lines[y] or "").strip():
            count -= 1
        y += 1
    return y


def _spaced_run(lines: list[str | None], boundary: list[bool], start: int) -> int:
    """Where a run of marks starting at ``start`` really starts when blank lines may part its
    marks ("14", blank, "15"): taken only while the marks stay consecutive."""
    best, y = start, start - 1
    marks = [(lines[start] or "").strip()]
    while y >= 0 and not boundary[y]:
        t = (lines[y] or "").strip()
        if MARK_LINE.match(t):
            marks.insert(0, t)
            if not _consecutive(marks):
                break
            best = y
        elif t:
            break
        y -= 1
    return best


def _interleaved(
    lines: list[str | None], boundary: list[bool], text_end: int
) -> tuple[int, int, list[Footnote]] | None:
    """pdftotext footnotes each under its own mark above a page marker ("11", its text, "12",
    its text): the page's start, the first mark's line and the notes (their lines dropped)."""
    floor = max(-1, text_end - 25)

    def kind(y: int) -> str:
        t = lines[y]
        if y <= floor or boundary[y]:
            return "end"
        if t is None or not t.strip():
            return "blank"
        return "mark" if MARK_LINE.match(t) else "text"

    notes: list[tuple[int, int, int]] = []  # (mark line, first text line, last text line)
    y = text_end
    while kind(y) == "text":
        last = y
        while kind(y) == "text":
            y -= 1
        first = y + 1
        while kind(y) == "blank":
            y -= 1
        if kind(y) != "mark":
            break  # the page's own text, not a note
        notes.insert(0, (y, first, last))
        y -= 1
        while kind(y) == "blank":
            y -= 1
    marks = [(lines[m] or "").strip() for m, _, _ in notes]
    if len(notes) < 2 or not _consecutive(marks):
        return None
    out: list[Footnote] = []
    for m, first, last in notes:
        texts = [(lines[x] or "").strip() for x in range(first, last + 1)]
        if not (texts[0][:1].isupper() or texts[0][:1] in '“"[{('):
            return None
        out.append(Footnote((lines[m] or "").strip(), " ".join(texts)))
    for x in range(notes[0][0], text_end + 1):
        lines[x] = None
    return _page_start(boundary, lines, notes[0][0]), notes[0][0], out


# a sentence's end, perhaps inside quotes and brackets ("… contributions.”]", "(… 2015).")
_SENTENCE_END_RE = re.compile(r"[.;][”\"’)\]}]*$")
_BULLETS = "•\uf0b7-–"


def _column_marks(
    lines: list[str | None], boundary: list[bool], text_end: int
) -> tuple[int, int, list[Footnote]] | None:
    """pdftotext footnotes whose marks fell into the page's column of paragraph numbers
    ("1." "2." "3." "14" "15") and whose texts, unmarked, end the page: taken only when there
    are as many texts as marks and every mark is found in the page's text."""
    text_start = text_end
    while text_start > 0 and (lines[text_start - 1] or "").strip():
        text_start -= 1
    if text_start == 0 or boundary[text_start] or lines[text_start - 1] is None:
        return None
    start = _page_start(boundary, lines, text_start)
    at = [y for y in range(start, text_start) if BARE_NUMBER_RE.match(lines[y] or "")]
    marks = [(lines[y] or "").strip() for y in at]
    if not 0 < len(marks) <= 6 or not _consecutive(marks):
        return None
    texts = _note_texts([(lines[y] or "").strip() for y in range(text_start, text_end + 1)])
    if len(texts) != len(marks):
        return None
    if any(locate_mark(lines, m, start, text_start) is None for m in marks):
        return None
    for y in [*at, *range(text_start, text_end + 1)]:
        lines[y] = None
    return start, text_start, [Footnote(m, " ".join(t)) for m, t in zip(marks, texts, strict=True)]


def _note_texts(lines: list[str]) -> list[list[str]]:
    """Lines of unmarked notes, one list per note: a note ends with its sentence and the next
    starts with a capital ("…do so]”." / "In all cases …")."""
    texts: list[list[str]] = []
    for t in lines:
        if texts and not (_SENTENCE_END_RE.search(texts[-1][-1]) and t[:1].isupper()):
            texts[-1].append(t)
        else:
            texts.append([t])
    return texts


def _consecutive(marks: list[str]) -> bool:
    nums = [int(m) for m in marks if m.isdigit()]
    if len(nums) != len(marks) and marks[-1:] != ["*"]:
        return False
    return all(b == a + 1 for a, b in itertools.pairwise(nums))


def _pair_marks(marks: list[str], texts: list[str]) -> list[Footnote]:
    starred = [t for t in texts if t.startswith("* ")]
    body = [t for t in texts if not t.startswith("* ")]
    groups = _note_texts(body)  # a note ends its sentence; the next starts a new one
    if len(groups) != len(marks):
        groups = []
        width = max(map(len, body), default=0)
        for x, t in enumerate(body):
            before = groups[-1][-1] if groups else ""
            # a line as wide as the widest was wrapped: the note goes on after it, unless the
            # lines left are just enough for the marks left (one wide note of one line)
            wrapped = len(before) * 10 >= width * 9 and len(body) - x > len(marks) - len(groups)
            joins = (
                bool(groups)
                and (
                    len(groups) >= len(marks)
                    or t[:1] in _BULLETS  # a bullet list goes on the note that introduces it
                    or (_option(t) and any(u.endswith(":") for u in groups[-1]))  # so do options
                    or (not _SENTENCE_END_RE.search(before) and (t[:1].islower() or wrapped))
                )
            )
            if joins:
                groups[-1].append(t)
            else:
                groups.append([t])
    notes = [Footnote(m, " ".join(g)) for m, g in zip(marks, groups, strict=False)]
    for extra in groups[len(marks) :]:
        notes.append(Footnote("", " ".join(extra)))
    notes.extend(Footnote("*", t[2:].strip()) for t in starred)
    return notes


def _option(line: str) -> bool:
    """Whether a line starts with an option's label ("Option 1: …")."""
    found = parse_label(line)
    return found is not None and found.kind is LabelKind.OPTION


def _attach_glued(out: CleanLines, start: int, end: int, notes: list[Footnote]) -> None:
    """Strip footnote digits glued to words in lines[start:end] and attach the footnotes."""
    cursor = (start, 0)
    for note in notes:
        found = find_mark(out.lines, note.mark, cursor, end) if note.mark else None
        if found is None and note.mark:
            found = find_mark(out.lines, note.mark, (start, 0), end)
        if found is None and note.mark.isdigit():
            found = mark_after_number(out.lines, note.mark, start, end)
            found = found or mark_after_option(out.lines, note.mark, start, end)
        if found is None:
            out.unattached.append(note)
            continue
        li, pos = found
        text = out.lines[li] or ""
        out.lines[li] = text[:pos] + text[pos + len(note.mark) :]
        out.footnotes.setdefault(li, []).append(note)
        cursor = (li, pos)
