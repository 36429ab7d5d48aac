"""Write a comparison as a .docx with real tracked changes (w:ins, w:del, w:moveFrom/w:moveTo)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from wsis_desk.core.compare import BracketSummary, Comparison, ParagraphComparison, margin_label
from wsis_desk.core.diff import Chunk
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.formats.docx_numbering_out import add_list_numbering, auto_numbered, number_paragraph
from wsis_desk.formats.docx_table_out import redline_table

__all__ = ["write_redline_docx"]

_Element = etree._Element


class _Writer:
    def __init__(self, author: str, when: datetime) -> None:
        self.author = author
        stamp = when.astimezone(UTC) if when.tzinfo is not None else when
        self.date = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.ids = itertools.count(1)
        self.moves = itertools.count(1)

    def mark(self, tag: str) -> _Element:
        """A tracked-change element (w:ins, w:del, w:moveFrom, w:moveTo) with id, author, date."""
        el: _Element = OxmlElement(tag)
        el.set(qn("w:id"), str(next(self.ids)))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        return el

    def runs(self, text: str, *, deleted: bool = False) -> list[_Element]:
        """Runs for ``text``: brackets in bold runs of their own, tabs and line breaks kept."""
        out: list[_Element] = []
        buf = ""
        for ch in text:
            if ch in "[]":
                if buf:
                    out.append(_run(buf, deleted=deleted))
                    buf = ""
                out.append(_run(ch, deleted=deleted, bold=True))
            else:
                buf += ch
        if buf:
            out.append(_run(buf, deleted=deleted))
        return out

    def wrapped(self, tag: str, text: str) -> _Element:
        el = self.mark(tag)
        for r in self.runs(text, deleted=tag in ("w:del", "w:moveFrom")):
            el.append(r)
        return el

    def paragraph_mark(self, p: _Element, tag: str) -> None:
        """Track the paragraph mark itself, so accepting removes/keeps the whole paragraph."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = OxmlElement("w:rPr")
        rpr.append(self.mark(tag))
        ppr.append(rpr)

    def move_range(self, p: _Element, kind: str, name: str, body: list[_Element]) -> None:
        """``w:moveFromRangeStart`` … runs … ``w:moveFromRangeEnd`` (or moveTo)."""
        start = self.mark(f"w:{kind}RangeStart")
        start.set(qn("w:name"), name)
        p.append(start)
        for el in body:
            p.append(el)
        end: _Element = OxmlElement(f"w:{kind}RangeEnd")
        end.set(qn("w:id"), start.get(qn("w:id")) or "0")
        p.append(end)


def _run(text: str, *, deleted: bool = False, bold: bool = False) -> _Element:
    r: _Element = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    tag = "w:delText" if deleted else "w:t"
    for k, line in enumerate(text.split("\n")):
        if k:
            r.append(OxmlElement("w:br"))
        for m, piece in enumerate(line.split("\t")):
            if m:
                r.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement(tag)
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = piece
                r.append(t)
    return r


STYLES = {  # name: (left indent mm, hanging mm, space after pt)
    "Redline Paragraph": (18, 18, 6),
    "Redline Sub-paragraph": (28, 10, 4),
    "Redline Footnote": (18, 0, 6),
}


def _add_styles(document: Any) -> None:
    """Word styles for the redline's paragraphs: a hanging indent holds the label and its tab."""
    for name, (left, hanging, after) in STYLES.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Mm(left), Mm(-hanging)
        fmt.space_after = Pt(after)
        fmt.tab_stops.add_tab_stop(Mm(left))
    document.styles["Redline Footnote"].font.size = Pt(9)


def _style_of(paragraphs: Sequence[Paragraph], indices: Sequence[int]) -> str:
    """Heading 2 for headings, Heading 3 for article lines, else the paragraph styles."""
    if not indices:
        return "Redline Paragraph"
    p = paragraphs[indices[0]]
    if p.kind is ParagraphKind.HEADING:
        return "Heading 2"
    if p.kind is ParagraphKind.ARTICLE and p.text.lower().startswith("art"):
        return "Heading 3"
    return "Redline Sub-paragraph" if p.parent is not None else "Redline Paragraph"


def _label(w: _Writer, p: _Element, row: ParagraphComparison, labels: tuple[str, str]) -> None:
    """The paragraph label as plain text; a renumbering is a tracked deletion + insertion."""
    old, new = labels
    if old and new and old != new:
        p.append(w.wrapped("w:del", old + "\t"))
        p.append(w.wrapped("w:ins", new + "\t"))
    elif new and not old:
        p.append(w.wrapped("w:ins", new + "\t"))
    elif old and not new:
        p.append(w.wrapped("w:del", old + "\t"))
    elif new:
        p.append(_run(new + "\t"))


def _fill_changed(
    w: _Writer, p: _Element, row: ParagraphComparison, labels: tuple[str, str]
) -> None:
    _label(w, p, row, labels)
    for chunk in row.chunks:
        if chunk.op == "=":
            for r in w.runs(chunk.text):
                p.append(r)
        elif chunk.op == "-":
            p.append(w.wrapped("w:del", chunk.text))
        else:
            p.append(w.wrapped("w:ins", chunk.text))
    if not row.match.olds:
        w.paragraph_mark(p, "w:ins")
    elif not row.match.news:
        w.paragraph_mark(p, "w:del")


def _tracked(w: _Writer, p: _Element, chunks: Sequence[Chunk]) -> None:
    """A word diff as runs: kept text plain, deletions and insertions tracked."""
    for chunk in chunks:
        if chunk.op == "=":
            for r in w.runs(chunk.text):
                p.append(r)
        else:
            p.append(w.wrapped("w:del" if chunk.op == "-" else "w:ins", chunk.text))


def _note(document: Any, w: _Writer, head: str, chunks: Sequence[Chunk]) -> None:
    """A small paragraph: ``head`` then a footnote's word diff as tracked changes."""
    p = document.add_paragraph(style="Redline Footnote")._p
    p.append(_run(head))
    _tracked(w, p, chunks)


def _fill_move(w: _Writer, p: _Element, kind: str, label: str, text: str, name: str) -> None:
    body = [w.wrapped(f"w:{kind}", f"{label}\t{text}" if label else text)]
    w.move_range(p, kind, name, body)
    w.paragraph_mark(p, f"w:{kind}")


def _footnote_brackets(f: BracketSummary) -> str:
    """The footnotes' bracket groups, when a version has any (the census's footnote_groups)."""
    return f" Footnote brackets {f.before} → {f.after}." if f.before or f.after else ""


def write_redline_docx(
    comparison: Comparison,
    old_paragraphs: Sequence[Paragraph],
    new_paragraphs: Sequence[Paragraph],
    *,
    title: str,
    old_label: str,
    new_label: str,
    author: str,
    when: datetime,
) -> bytes:
    """A .docx of the new version with every change as a tracked change Word can accept or reject.

    Paragraphs carry Word styles (Heading 2/3 for headings and article lines, "Redline
    Paragraph" and "Redline Sub-paragraph" with a hanging indent for the label). Operative
    numbers 1. (a) (i) in sequence are Word's own list numbering, so a renumbering is not a
    change; other labels (PP3, 3bis) are typed, and their renumbering is tracked.
    Moved paragraphs are a ``w:moveFrom`` range at the old place and a ``w:moveTo`` range at
    the new place holding the whole old and new text (word changes inside a moved paragraph
    are therefore not itemised). Merges and splits are word diffs over the joined texts, the
    join shown as a line break.
    """
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    _add_styles(document)
    add_list_numbering(document)
    document.add_heading(title, level=1)
    s = comparison.summary
    document.add_paragraph(f"Compared: {old_label} → {new_label}")
    document.add_paragraph(
        f"{s.changed} changed, {s.added} added, {s.removed} removed, {s.moved} moved, "
        f"{s.renumbered} renumbered, {s.merged} merged, {s.split} split. "
        f"Brackets {s.brackets.before} → {s.brackets.after}."
        + _footnote_brackets(s.footnote_brackets)
        + (f" Footnotes changed: {s.notes_changed}." if s.notes_changed else "")
    )
    w = _Writer(author, when)
    rows = comparison.paragraphs
    old_auto, new_auto = auto_numbered(old_paragraphs), auto_numbered(new_paragraphs)

    def typed(paragraphs: Sequence[Paragraph], indices: Sequence[int], auto: dict[int, int]) -> str:
        """The label to type: none where Word's list prints the number itself."""
        return "" if indices and indices[0] in auto else margin_label(paragraphs, indices)

    def numbered(p: _Element, indices: Sequence[int], auto: dict[int, int]) -> _Element:
        if indices and indices[0] in auto:
            number_paragraph(p, auto[indices[0]])
        return p

    move_from_at: dict[int, list[tuple[ParagraphComparison, str]]] = {}
    for row in rows:
        m = row.match
        if not m.moved or m.old is None:
            continue
        name = f"move{next(w.moves)}"
        at = next(
            (
                k
                for k, other in enumerate(rows)
                if not other.match.moved and other.match.olds and other.match.olds[0] > m.old
            ),
            len(rows),
        )
        move_from_at.setdefault(at, []).append((row, name))
    names = {id(row): name for items in move_from_at.values() for row, name in items}
    for k in range(len(rows) + 1):
        for row, name in move_from_at.get(k, []):
            text = "\n".join(old_paragraphs[i].text for i in row.match.olds)
            label = typed(old_paragraphs, row.match.olds, old_auto)
            style = _style_of(old_paragraphs, row.match.olds)
            p = numbered(document.add_paragraph(style=style)._p, row.match.olds, old_auto)
            _fill_move(w, p, "moveFrom", label, text, name)
        if k == len(rows):
            break
        row = rows[k]
        style = (
            _style_of(new_paragraphs, row.match.news)
            if row.match.news
            else _style_of(old_paragraphs, row.match.olds)
        )
        p = document.add_paragraph(style=style)._p
        if row.match.news:
            numbered(p, row.match.news, new_auto)
        else:
            numbered(p, row.match.olds, old_auto)
        shown = [new_paragraphs[j] for j in row.match.news] or [
            old_paragraphs[i] for i in row.match.olds
        ]
        labels = (
            typed(old_paragraphs, row.match.olds, old_auto),
            typed(new_paragraphs, row.match.news, new_auto),
        )
        if shown and shown[0].kind is ParagraphKind.TABLE and id(row) not in names:
            # its label on a line, then the table itself with the changes in its cells
            _label(w, p, row, labels)
            p.addnext(redline_table(row.chunks, w.runs, w.wrapped))
        elif row.match.moved and id(row) in names:
            text = "\n".join(new_paragraphs[j].text for j in row.match.news)
            label = typed(new_paragraphs, row.match.news, new_auto)
            _fill_move(w, p, "moveTo", label, text, names[id(row)])
        else:
            _fill_changed(w, p, row, labels)
        if row.note_chunks:  # a footnote's words changed: its word diff, tracked
            _note(document, w, "Footnote: ", row.note_chunks)
    if comparison.note_chunks:
        _note(document, w, "Footnotes no paragraph cites: ", comparison.note_chunks)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
