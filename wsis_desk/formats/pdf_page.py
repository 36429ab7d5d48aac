"""PDF page furniture and footnotes from positions: lines PDFium split, heads, marks, notes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from wsis_desk.core.furniture import NOTE_MARK, dropped_note, furniture_kind
from wsis_desk.core.model import Diagnostic, Footnote, Severity

__all__ = [
    "LABEL_ONLY",
    "MARK_ONLY",
    "Line",
    "Page",
    "Rule",
    "body_size",
    "columns",
    "drop_furniture",
    "footnote_zone",
    "label_marks",
    "merge_split",
    "notes",
    "strip_marks",
]

_NOTE_START = re.compile(rf"^(?P<mark>{NOTE_MARK})(?:\s+|(?=[A-Z“\"(]))(?P<text>\S.*)$")
_MARK_ONLY = re.compile(rf"^(?:{NOTE_MARK})$")
_DIGITS = re.compile(r"\d+")
_LABEL_ONLY = re.compile(r"^(?:[PpOo][Pp]\s?\d+[a-z]{0,12}|\d{1,3}(?:\.\d{1,3})*[a-z]{0,12}\.?)$")
_GLUED_STAR = re.compile(r"(?<=[\w)\]”\"])\*(?=\s|$|[,.;:])")
LABEL_ONLY = _LABEL_ONLY  # a line that is only a margin label (Pp15, 3quater.)
MARK_ONLY = _MARK_ONLY  # a note mark on its own


@dataclass
class Line:
    """One line of a page as PDFium found it; ``label`` is a margin label left of a wide gap."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    label: str = ""
    bold: bool = False
    italic: bool = False
    raised: list[tuple[int, int]] = field(default_factory=list)  # superscript offsets in text
    struck: list[tuple[int, int]] = field(default_factory=list)
    underlined: list[tuple[int, int]] = field(default_factory=list)
    notes: list[Footnote] = field(default_factory=list)
    column: int = 0  # 1 for the right column of a two-column page


@dataclass(frozen=True, slots=True)
class Rule:
    """A thin horizontal line drawn on a page (footnote separator, underline, strike-through)."""

    left: float
    right: float
    y: float


@dataclass
class Page:
    """The lines, rules and image count of one page, in PDF points (origin bottom left)."""

    index: int
    width: float
    height: float
    lines: list[Line]
    rules: list[Rule]
    images: int = 0


def _overlap(a: Line, b: Line) -> float:
    low, high = max(a.bottom, b.bottom), min(a.top, b.top)
    return (high - low) / max(0.1, min(a.top - a.bottom, b.top - b.bottom))


def _raised_on(small: Line, line: Line) -> bool:
    """True when ``small`` is a superscript piece sitting on ``line``'s right or left end."""
    return (
        small.size < 0.8 * line.size
        and line.bottom + 0.2 * line.size <= small.bottom <= line.top + 0.6 * line.size
        and (abs(small.left - line.right) < 4 or abs(line.left - small.right) < 4)
    )


def _reach(a: Line, b: Line) -> float:
    """How far apart two pieces of one printed line may stand: a word space, or a note mark's
    tab (``³  Indicate linkage…``)."""
    size = max(a.size, b.size)
    mark = any(_MARK_ONLY.match(x.text) and x.size < 0.8 * size for x in (a, b))
    return (2.0 if mark else 0.8) * size


def merge_split(page: Page) -> None:
    """Put back together a printed line PDFium cut in two (at a raised mark or bracket)."""
    lines = sorted(page.lines, key=lambda ln: (-round(ln.bottom), ln.left))
    out: list[Line] = []
    for line in lines:
        host = next(
            (
                o
                for o in out[-3:]
                if (_overlap(o, line) >= 0.5 or _raised_on(line, o) or _raised_on(o, line))
                and (line.left >= o.right - 1 or line.right <= o.left + 1)
                and max(line.left - o.right, o.left - line.right) < _reach(o, line)
                and not (line.label and line.left > o.right)
            ),
            None,
        )
        if host is None:
            out.append(line)
            continue
        first, second = (host, line) if line.left >= host.right - 1 else (line, host)
        sep = " " if second.left - first.right > 0.2 * max(first.size, 1) else ""
        n = len(first.text) + len(sep)

        def moved(spans: list[tuple[int, int]], n: int = n) -> list[tuple[int, int]]:
            return [(a + n, b + n) for a, b in spans]

        host.text = first.text + sep + second.text
        host.raised = first.raised + moved(second.raised)
        if _raised_on(first, second):
            host.raised.append((0, len(first.text)))
        elif _raised_on(second, first):
            host.raised.append((n, len(host.text)))
        host.struck = first.struck + moved(second.struck)
        host.underlined = first.underlined + moved(second.underlined)
        host.label = first.label or second.label
        host.bold, host.italic = first.bold and second.bold, first.italic and second.italic
        host.size = max(first.size, second.size)
        host.bottom, host.top = min(host.bottom, line.bottom), max(host.top, line.top)
        host.left, host.right = first.left, second.right
    page.lines = out


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).lower()


def _is_marker(text: str) -> str | None:
    return furniture_kind(" ".join(text.split()), edge=True)


def body_size(pages: list[Page]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            if _is_marker(ln.text) is None:
                sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def drop_furniture(pages: list[Page], diags: list[Diagnostic], body_size: float) -> None:
    """Drop running heads/feet, page numbers, symbols, job numbers and bar codes at page edges."""
    edge: dict[int, set[int]] = {}
    keys: Counter[str] = Counter()
    for page in pages:
        order = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].top)
        band = set(order[:4]) | set(order[-3:])
        edge[page.index] = band
        for key in {_furniture_key(page.lines[i].text) for i in band}:
            keys[key] += 1
    repeat = max(2, len(pages) // 4) if len(pages) > 2 else 2
    dropped: Counter[str] = Counter()
    for page in pages:
        kept = []
        for i, line in enumerate(page.lines):
            if i in edge[page.index] and not line.label:
                kind = _is_marker(line.text)
                top_or_foot = line.top > page.height * 0.85 or line.bottom < page.height * 0.12
                short = line.right - line.left < 0.6 * page.width  # a head, not a text line
                small_head = line.top > page.height * 0.85 and line.size < 0.9 * body_size
                repeated = keys[_furniture_key(line.text)] >= repeat
                if kind is None and top_or_foot and short and (repeated or small_head):
                    kind = "running heads: " + " ".join(line.text.split())
                if kind is not None and (top_or_foot or kind != "page numbers"):
                    dropped[kind] += 1
                    continue
            kept.append(line)
        page.lines = kept
    if dropped:
        diags.append(Diagnostic(Severity.INFO, "pdf.furniture", dropped_note(dropped)))


def footnote_zone(page: Page, body_size: float) -> int:
    """Index (in top-down order) where the page's footnotes begin, or len(lines) if none."""
    lines = page.lines
    seps = [
        r
        for r in page.rules
        if r.right - r.left < page.width * 0.45
        and r.y < page.height * 0.5
        and not any(ln.bottom - 3 <= r.y <= ln.top + 1 for ln in lines)
    ]
    if seps:
        y = max(r.y for r in seps)
        for i, line in enumerate(lines):
            if line.top <= y + 1:
                return i
    i = len(lines)
    while i > 0:
        line = lines[i - 1]
        small = line.size < body_size * 0.95
        if not small:
            break
        i -= 1
    while i < len(lines) and not _starts_note(lines[i]):
        i += 1
    return i


def _starts_note(line: Line) -> bool:
    raised = bool(line.raised) and line.raised[0][0] == 0
    if line.label and _MARK_ONLY.match(line.label):
        return True
    return raised or bool(_NOTE_START.match(line.text)) or bool(_MARK_ONLY.match(line.text))


def notes(lines: list[Line], join: Callable[[list[str]], str]) -> list[Footnote]:
    """The footnotes set in ``lines`` (a page foot): a mark, then text running over lines."""
    notes: list[tuple[str, list[str]]] = []
    pending = ""
    for line in lines:
        text = line.text.strip()
        if line.label and _MARK_ONLY.match(line.label):
            text = line.label + " " + text
        if _MARK_ONLY.match(text):
            pending = text
            continue
        m = _NOTE_START.match(text)
        if pending:
            notes.append((pending, [text]))
            pending = ""
        elif m is not None:
            notes.append((m.group("mark"), [m.group("text")]))
        elif notes:
            notes[-1][1].append(text)
        else:
            notes.append(("", [text]))
    return [Footnote(mark=mark, text=join(parts)) for mark, parts in notes]


def columns(page: Page) -> list[Line]:
    """Body lines in reading order: one column top-down, or the left column before the right."""
    lines = sorted(page.lines, key=lambda ln: (-round(ln.top), ln.left))
    mid = page.width / 2
    left = [ln for ln in lines if ln.right < mid + 4]
    right = [ln for ln in lines if ln.left > mid - 4]
    if len(left) >= 6 and len(right) >= 6 and len(left) + len(right) >= 0.8 * len(lines):
        spanning = [ln for ln in lines if ln not in left and ln not in right]
        top = min((ln.bottom for ln in spanning), default=page.height)
        head = [ln for ln in spanning if ln.bottom >= top]
        for ln in right:
            ln.column = 1
        return head + left + right + [ln for ln in spanning if ln not in head]
    return lines


def label_marks(lines: list[Line]) -> list[Line]:
    """A note mark set on a margin label (``3ter.⁴``) that PDFium read as the label of the
    text beside it: the label comes back, the mark goes into the text and is lifted out as a
    note mark like any other."""
    labels = [ln for ln in lines if not ln.label and _LABEL_ONLY.match(ln.text)]
    if not labels:
        return lines
    used: set[int] = set()
    for line in lines:
        mark = line.label
        if not (mark.isdigit() and len(mark) <= 3):
            continue
        beside = next(
            (
                a
                for a in labels
                if id(a) not in used
                and abs(a.bottom - line.bottom) < 0.5 * line.size
                and a.right <= line.left
            ),
            None,
        )
        if beside is None:
            continue
        used.add(id(beside))
        n = len(mark)
        line.text, line.label = mark + line.text, beside.text.strip()
        line.raised = [(0, n)] + [(a + n, b + n) for a, b in line.raised]
        line.struck = [(a + n, b + n) for a, b in line.struck]
        line.underlined = [(a + n, b + n) for a, b in line.underlined]
    return [ln for ln in lines if id(ln) not in used]


def strip_marks(line: Line, notes: dict[str, list[Footnote]]) -> None:
    """Remove superscript marks that cite a footnote on this page; attach the notes to the line."""
    for a, b in sorted(line.raised, reverse=True):
        mark = line.text[a:b]
        if notes.get(mark):
            line.notes.insert(0, notes[mark].pop(0))
            line.text = line.text[:a] + line.text[b:]
            _shift(line, a, b - a)
    if notes.get("*"):
        found = list(_GLUED_STAR.finditer(line.text))
        if found:
            m = found[-1]
            line.notes.append(notes["*"].pop(0))
            line.text = line.text[: m.start()] + line.text[m.end() :]
            _shift(line, m.start(), 1)


def _shift(line: Line, at: int, n: int) -> None:
    def move(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [
            (a - n if a >= at + n else a, b - n if b >= at + n else min(b, at))
            for a, b in spans
            if not at <= a < at + n
        ]

    line.struck, line.underlined, line.raised = move(line.struck), move(line.underlined), []
