"""PDF page structure from positions: furniture, margin labels, footnotes, columns, paragraphs."""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from wsis_desk.core.model import Diagnostic, Footnote, Severity, SourceBlock, SourceText

__all__ = ["Line", "Page", "Rule", "assemble"]

_PAGE_NO = re.compile(
    r"^(?:(?:page|página|страница)\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:of|/|de|sur|из)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[\w.\-()]+){2,}$")
_JOB = re.compile(r"^(?:GE\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?.{0,40}$")
_BARCODE = re.compile(r"^\*\d{5,}\*$")
_NOTE_START = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3}|[†‡])(?:\s+|(?=[A-Z“\"(]))(?P<text>\S.*)$")
_MARK_ONLY = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡])$")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LABEL_ONLY = re.compile(r"^(?:[PpOo][Pp]\s?\d+[a-z]{0,12}|\d{1,3}(?:\.\d{1,3})*[a-z]{0,12}\.?)$")
_LABEL_HEAD = re.compile(
    r"^(?:[\uf0b7\uf0a7\u2022\u25aa\u25cf\u2013\u2014o-]|\(?[\da-zA-Z]{1,4}[.)]"
    r"|\d{1,3}(?:\.\d{1,3})*\.?)"
    r"(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.?\d{0,3})?\s"
)
_SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢"})
_LETTER = re.compile(r"[^\W\d_]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_GLUED_STAR = re.compile(r"(?<=[\w)\]”\"])\*(?=\s|$|[,.;:])")


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


@dataclass
class _Para:
    lines: list[Line]
    label: str = ""
    notes: list[Footnote] = field(default_factory=list)


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


def _merge_split(page: Page) -> None:
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
    t = " ".join(text.split())
    if _PAGE_NO.match(t):
        return "page numbers"
    if _SYMBOL.match(t):
        return "document symbols"
    if _JOB.match(t):
        return "job numbers"
    if _BARCODE.match(t) or (t.startswith("*") and t.endswith("*") and len(t) > 6):
        return "bar codes"
    return None


def _body_size(pages: list[Page]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            if _is_marker(ln.text) is None:
                sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _drop_furniture(pages: list[Page], diags: list[Diagnostic], body_size: float) -> None:
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
        listed = "; ".join(f"{kind} ({n}×)" for kind, n in sorted(dropped.items()))
        diags.append(
            Diagnostic(Severity.INFO, "pdf.furniture", f"page furniture dropped: {listed}")
        )


def _footnote_zone(page: Page, body_size: float) -> int:
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


def _notes(lines: list[Line]) -> list[Footnote]:
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
    return [Footnote(mark=mark, text=_join([_Line(t) for t in parts])) for mark, parts in notes]


@dataclass
class _Line:
    text: str


def _columns(page: Page) -> list[Line]:
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


def _label_marks(lines: list[Line]) -> list[Line]:
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


def _strip_marks(line: Line, notes: dict[str, list[Footnote]]) -> None:
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


def _geometry(lines: list[Line]) -> tuple[float, float, float]:
    """Text left edge, right edge and typical baseline pitch of a page's body lines."""
    lefts = Counter(round(ln.left) for ln in lines)
    left = float(lefts.most_common(1)[0][0]) if lefts else 0.0
    right = max((ln.right for ln in lines), default=0.0)
    pitches = [
        a.bottom - b.bottom
        for a, b in itertools.pairwise(lines)
        if 0 < a.bottom - b.bottom < 3 * max(a.size, 1)
    ]
    pitch = statistics.median(pitches) if pitches else 12.0
    return left, right, pitch


def _is_rtl(text: str) -> bool:
    """True when the first letter of ``text`` is Arabic or Hebrew (a line set from the right)."""
    m = _LETTER.search(text)
    return m is not None and _RTL.match(m.group()) is not None


def _indented(line: Line, prev: Line, left: float, right: float) -> bool:
    """A first-line indent: this line starts inside the text edge where the previous did not
    (and not under the text of a label the previous line starts with: a hanging indent)."""
    if _is_rtl(line.text):
        return line.right < right - 12 and prev.right >= right - 2
    hanging = bool(prev.label) or _LABEL_HEAD.match(prev.text) is not None
    return line.left > left + 12 and prev.left <= left + 2 and not hanging


def _ended(prev: Line, centred: bool, edges: tuple[float, float], nxt: Line) -> bool:
    """Whether ``prev`` ended its paragraph: centred, or the next line's first word would fit.

    Text set ragged or justified breaks a line only when the next word does not fit; a
    line with room left for it was ended on purpose. Words are taken generously wide
    (0.6 em a letter) so that a narrow guess never splits a paragraph.
    """
    if centred:
        return True
    word = nxt.text.split(" ", 1)[0]
    need = nxt.size if _CJK.match(word[:1]) else (len(word) + 1) * 0.6 * nxt.size
    if _is_rtl(prev.text):
        return prev.left - need > edges[0] + 2
    return prev.right + need < edges[1] - 2


def _paragraphs(pages: list[list[Line]], widths: list[float]) -> list[_Para]:
    paras: list[_Para] = []
    prev: Line | None = None
    prev_centred = False
    edges = (0.0, 0.0)
    pending = ""
    prev_mid = False
    for lines, width in zip(pages, widths, strict=True):
        geometry = {c: _geometry([ln for ln in lines if ln.column == c]) for c in (0, 1)}
        for j, line in enumerate(lines):
            left, right, pitch = geometry[line.column]
            if _LABEL_ONLY.match(line.text) and not line.label and line.left < left - 8:
                pending = line.text.strip()  # a margin label PDFium put on a line of its own
                continue
            if pending and not line.label:
                line.label, pending = pending, ""
            head, _, rest = line.text.partition(" ")
            if not line.label and rest and line.left < left - 8 and _LABEL_ONLY.match(head):
                line.label, line.text = head, rest  # a label wider than the margin (3quater.)
                line.raised = []
            same_page = prev is not None and j > 0 and prev.column == line.column
            step = 1.35 * max(pitch, 1.15 * line.size)
            gap = same_page and prev is not None and prev.bottom - line.bottom > step
            mid = abs((line.left + line.right) / 2 - width / 2) < 12
            centred = mid and line.left > left + 30
            new = (
                prev is None
                or bool(line.label)
                or (
                    _ended(prev, prev_centred, edges, line)
                    and not (centred and prev_mid and not gap)
                )
                or prev.bold != line.bold
                or abs(prev.size - line.size) > 0.6
                or gap
                or (same_page and not centred and _indented(line, prev, left, right))
            )
            if new or not paras:
                paras.append(_Para([line], label=line.label))
            else:
                paras[-1].lines.append(line)
            paras[-1].notes.extend(line.notes)
            edges = (left, right)
            prev_centred = centred
            prev_mid = mid
            prev = line
    return paras


def _vocabulary(pages: list[list[Line]]) -> set[str]:
    """Every word of the document, lower-cased (decides line-end hyphens)."""
    if not any(ln.text.endswith("-") for lines in pages for ln in lines):
        return set()
    return set(re.findall(r"[\w-]+", "\n".join(ln.text for lines in pages for ln in lines).lower()))


def _join(lines: list[Line] | list[_Line], words: frozenset[str] = frozenset()) -> str:
    out = ""
    for ln in lines:
        t = ln.text.strip()
        if not out:
            out = t
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and t[:1].isalpha():
            head = re.findall(r"[\w-]+$", out[:-1])
            tail = re.findall(r"^[\w-]+", t)
            a, b = (head[0] if head else ""), (tail[0] if tail else "")
            joined, hyphened = (a + b).lower(), f"{a}-{b}".lower()
            keep = hyphened in words or (
                joined not in words and a.lower() in words and b.lower().rstrip(".,;:") in words
            )
            out = out + t if keep else out[:-1] + t
        elif _CJK.match(t[:1]) and _CJK.match(out[-1:]):
            out += t
        else:
            out += " " + t
    return " ".join(out.split())


def _spans_text(para: _Para, view: str, words: frozenset[str]) -> str:
    """The paragraph as accepted (struck text out) or original (underlined text out)."""
    kept = []
    for ln in para.lines:
        drop = ln.struck if view == "accepted" else ln.underlined
        text = ln.text
        for a, b in sorted(drop, reverse=True):
            text = text[:a] + text[b:]
        kept.append(_Line(text))
    return _join(kept, words)


_PRESENTATION = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")


_NUMBER_COMMA = re.compile(r"(?<=\s)([\u060c\u061b.])(\d[\d.,/]*)(?=\s|$)")
_STRAY_MARK = re.compile("([\u060c\u061b.,:])([\u064b-\u065f\u0670]+)")


def _normalize(text: str) -> str:
    """Arabic presentation forms and Latin ligatures back to the letters they show.

    PDFium's reordering leaves an Arabic comma after a number in front of it (``،1982``);
    logical order puts it back after the number (``1982،``).
    """
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.translate(_SYMBOL_BULLETS)  # Word's Symbol-font bullets, as PDFium gives them
    if _RTL.search(text):
        # PDFium's reordering can leave a punctuation mark before the number it follows
        # (``،1982``) and a harakah after the punctuation that follows its letter
        text = _NUMBER_COMMA.sub(r"\2\1", text)
        text = unicodedata.normalize("NFC", _STRAY_MARK.sub(r"\2\1", text))
    return text


def assemble(pages: list[Page]) -> SourceText:
    """Turn read pages into paragraph blocks with footnotes attached and furniture listed."""
    diags: list[Diagnostic] = []
    for page in pages:
        _merge_split(page)
    body_size = _body_size(pages)
    _drop_furniture(pages, diags, body_size)
    bodies: list[list[Line]] = []
    loose: list[Footnote] = []
    for page in pages:
        page.lines.sort(key=lambda ln: (-round(ln.top), ln.left))
        cut = _footnote_zone(page, body_size)
        notes = _notes(page.lines[cut:])
        page.lines = page.lines[:cut]
        by_mark: dict[str, list[Footnote]] = {}
        for note in notes:
            by_mark.setdefault(note.mark, []).append(note)
        body = _label_marks(_columns(page))
        for line in body:
            if line.raised or "*" in line.text:
                _strip_marks(line, by_mark)
        loose += [n for ns in by_mark.values() for n in ns]
        bodies.append(body)
    words = frozenset(_vocabulary(bodies))
    struck = any(ln.struck for lines in bodies for ln in lines)
    blocks: list[SourceBlock] = []
    for para in _paragraphs(bodies, [p.width for p in pages]):
        text = _normalize(
            _spans_text(para, "accepted", words) if struck else _join(para.lines, words)
        )
        original = _normalize(_spans_text(para, "original", words)) if struck else None
        heading = all(ln.bold for ln in para.lines) and not para.label and len(text) < 200
        italic = not heading and all(ln.italic for ln in para.lines)
        blocks.append(
            SourceBlock(
                text=text,
                original_text=original if original != text else None,
                number=para.label or None,
                heading_level=1 if heading else None,
                italic=italic,
                footnotes=tuple(para.notes),
                line=len(blocks) + 1,
            )
        )
    if struck:
        diags.append(
            Diagnostic(
                Severity.INFO,
                "pdf.strike_underline",
                "struck-through text is read as deleted and underlined text as inserted; "
                "the original wording is kept alongside",
            )
        )
    return SourceText(
        format="pdf",
        blocks=tuple(blocks),
        diagnostics=tuple(diags),
        footnotes=tuple(loose),
        paragraphed=True,
    )
