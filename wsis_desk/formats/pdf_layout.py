"""PDF paragraphs from positions: lines joined across pages and columns, hyphens, labels."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import Diagnostic, Footnote, Severity, SourceBlock, SourceText
from wsis_desk.core.scripts import RTL as _RTL
from wsis_desk.formats.pdf_page import (
    LABEL_ONLY,
    Line,
    Page,
    Rule,
    body_size,
    columns,
    drop_furniture,
    footnote_zone,
    label_marks,
    merge_split,
    strip_marks,
)
from wsis_desk.formats.pdf_page import notes as split_notes
from wsis_desk.formats.text_breaks import CITING_NUMBER, SENTENCE_BREAK

__all__ = ["Line", "Page", "Rule", "assemble"]

_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LABEL_HEAD = re.compile(
    r"^(?:[\uf0b7\uf0a7\u2022\u25aa\u25cf\u2013\u2014o-]|\(?[\da-zA-Z]{1,4}[.)]"
    r"|\d{1,3}(?:\.\d{1,3})*\.?)"
    r"(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.?\d{0,3})?\s"
)
_SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢"})
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class _Para:
    lines: list[Line]
    label: str = ""
    notes: list[Footnote] = field(default_factory=list)


@dataclass
class _Line:
    text: str


def _join_texts(parts: list[str]) -> str:
    return _join([_Line(t) for t in parts])


def _median(values: list[float]) -> float:
    """``statistics.median``, without importing ``statistics`` (and ``fractions``, ``decimal``)
    on the ``check`` path for one call."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


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
    pitch = _median(pitches) if pitches else 12.0
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


def _opens_option(prev: Line, line: Line) -> bool:
    """``Option 2: (paragraphs 91-91quater)`` after a line that ended a sentence: an option is
    never run into the text above, however far across the page that text reached."""
    if not line.text.startswith(("Option", "OPTION")) or not SENTENCE_BREAK.search(prev.text):
        return False
    lab = parse_label(line.text)
    return lab is not None and lab.kind is LabelKind.OPTION


def _unlabel_citation(prev: Line | None, line: Line) -> None:
    """A line opening "26 and 26 bis above" after one ending "… pursuant to paragraphs": the
    number the wrap put at the line start, a justified gap after it, is the rest of the
    citation, not a margin label."""
    if not line.label[:1].isalnum() and line.label[:1] != "(":
        return
    if prev is None or CITING_NUMBER.search(prev.text.rstrip()) is None:
        return
    n = len(line.label) + 1
    line.text, line.label = f"{line.label} {line.text}", ""
    line.raised = [(a + n, b + n) for a, b in line.raised]
    line.struck = [(a + n, b + n) for a, b in line.struck]
    line.underlined = [(a + n, b + n) for a, b in line.underlined]


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
            if LABEL_ONLY.match(line.text) and not line.label and line.left < left - 8:
                pending = line.text.strip()  # a margin label PDFium put on a line of its own
                continue
            if pending and not line.label:
                line.label, pending = pending, ""
            head, _, rest = line.text.partition(" ")
            if not line.label and rest and line.left < left - 8 and LABEL_ONLY.match(head):
                line.label, line.text = head, rest  # a label wider than the margin (3quater.)
                line.raised = []
            _unlabel_citation(prev, line)
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
                or _opens_option(prev, line)
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
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _normalize(text: str) -> str:
    """Arabic presentation forms and Latin ligatures back to the letters they show.

    PDFium's reordering leaves an Arabic comma after a number in front of it (``،1982``);
    logical order puts it back after the number (``1982،``).
    """
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.translate(_SYMBOL_BULLETS)  # Word's Symbol-font bullets, as PDFium gives them
    if _RTL.search(text):
        # glyphs a shaper drew without a Unicode meaning (stacked harakat) carry no text
        text = _PRIVATE_USE.sub("", text)
        # PDFium's reordering can leave a punctuation mark before the number it follows
        # (``،1982``) and a harakah after the punctuation that follows its letter
        text = _NUMBER_COMMA.sub(r"\2\1", text)
        text = unicodedata.normalize("NFC", _STRAY_MARK.sub(r"\2\1", text))
    return text


def assemble(pages: list[Page]) -> SourceText:
    """Turn read pages into paragraph blocks with footnotes attached and furniture listed."""
    diags: list[Diagnostic] = []
    for page in pages:
        merge_split(page)
    size = body_size(pages)
    drop_furniture(pages, diags, size)
    bodies: list[list[Line]] = []
    loose: list[Footnote] = []
    for page in pages:
        page.lines.sort(key=lambda ln: (-round(ln.top), ln.left))
        cut = footnote_zone(page, size)
        notes = split_notes(page.lines[cut:], _join_texts)
        page.lines = page.lines[:cut]
        by_mark: dict[str, list[Footnote]] = {}
        for note in notes:
            by_mark.setdefault(note.mark, []).append(note)
        body = label_marks(columns(page))
        for line in body:
            if line.raised or "*" in line.text:
                strip_marks(line, by_mark)
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
    )
