"""Write a redline into the delegation's own .docx: tracked changes in its runs, all else kept."""

from __future__ import annotations

import copy
import io
import itertools
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from wsis_desk.core.align import align
from wsis_desk.core.diff import DELETE, EQUAL, INSERT, Chunk, diff_paragraph
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.errors import CorruptFileError
from wsis_desk.formats.docx_revisions import accept_all, main_part_name
from wsis_desk.formats.docx_runs import Piece, Unit, flow_runs, flow_units, pieces_of
from wsis_desk.formats.docx_walk import W_ID, W

__all__ = ["write_tracked_docx"]

_P, _R, _T, _PPR, _RPR = W + "p", W + "r", W + "t", W + "pPr", W + "rPr"
_DEL_TEXT, _BODY, _SECTPR, _TAB = W + "delText", W + "body", W + "sectPr", W + "tab"
_BR, _CR, _PTAB, _NB_HYPHEN, _SYM = W + "br", W + "cr", W + "ptab", W + "noBreakHyphen", W + "sym"
_INS, _DEL, _MOVE_FROM, _MOVE_TO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_WRAPPERS = frozenset({_INS, _DEL, _MOVE_FROM, _MOVE_TO})


class _Tracker:
    """Makes tracked-change elements with unique ids, one author and one date."""

    def __init__(self, root: Any, author: str, when: datetime) -> None:
        ids = [int(v) for v in root.xpath("//@w:id", namespaces={"w": W[1:-1]}) if v.isdigit()]
        self.ids = itertools.count(max(ids, default=0) + 1)
        self.moves = itertools.count(1)
        stamp = when.astimezone(UTC) if when.tzinfo is not None else when
        self.attrs = {W + "author": author, W + "date": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}

    def mark(self, tag: str) -> Any:
        el = etree.Element(tag)
        el.set(W_ID, str(next(self.ids)))
        for key, value in self.attrs.items():
            el.set(key, value)
        return el

    def paragraph_mark(self, p: Any, tag: str) -> None:
        """Track the paragraph mark itself, so the whole paragraph goes or stays with its text."""
        ppr = p.find(_PPR)
        if ppr is None:
            ppr = etree.Element(_PPR)
            p.insert(0, ppr)
        rpr = ppr.find(_RPR)
        if rpr is None:
            rpr = etree.Element(_RPR)
            sect = ppr.find(_SECTPR)  # w:rPr comes before w:sectPr and w:pPrChange
            change = ppr.find(W + "pPrChange")
            anchor = sect if sect is not None else change
            if anchor is not None:
                anchor.addprevious(rpr)
            else:
                ppr.append(rpr)
        rpr.insert(0, self.mark(tag))

    def move_range(self, p: Any, kind: str, name: str) -> None:
        """``w:moveFromRangeStart`` after the properties and its end at the paragraph's end."""
        start = self.mark(W + kind + "RangeStart")
        start.set(W + "name", name)
        ppr = p.find(_PPR)
        p.insert(0 if ppr is None else p.index(ppr) + 1, start)
        end = etree.SubElement(p, W + kind + "RangeEnd")
        end.set(W_ID, start.get(W_ID))


def _explode(run: Any) -> None:
    """Give every content child of ``run`` a run of its own (same properties)."""
    rpr = run.find(_RPR)
    content = [c for c in run if c.tag != _RPR]
    if len(content) <= 1:
        return
    parent = run.getparent()
    at = parent.index(run)
    for k, child in enumerate(content):
        single = etree.Element(run.tag, dict(run.attrib))
        if rpr is not None:
            single.append(copy.deepcopy(rpr))
        single.append(child)
        parent.insert(at + k, single)
    parent.remove(run)


def _split(piece: Piece, at: int) -> None:
    """Cut a ``w:t`` piece ``at`` characters in: the rest goes to a copy of its run after it."""
    text = piece.child.text or ""
    twin = copy.deepcopy(piece.run)
    twin_t = twin.find(_T)
    piece.child.text, twin_t.text = text[:at], text[at:]
    for t in (piece.child, twin_t):
        t.set(_XML_SPACE, "preserve")
    piece.run.addnext(twin)


def _outer(run: Any) -> Any:
    """The run, or the change wrapper around it (every one is this writer's: the file's own
    tracked changes were accepted first)."""
    parent = run.getparent()
    return parent if parent.tag in _WRAPPERS else run


def _deleted_runs(pieces: Sequence[Piece], text: str, rpr_from: Any | None) -> list[Any]:
    """Runs holding ``text`` as deleted text: the old runs' own formatting where known."""
    runs: list[Any] = []
    if pieces:
        for piece in pieces:
            run = etree.Element(_R)
            rpr = piece.run.find(_RPR)
            if rpr is not None:
                run.append(copy.deepcopy(rpr))
            if piece.child.tag == _T:
                t = etree.SubElement(run, _DEL_TEXT)
                t.set(_XML_SPACE, "preserve")
                t.text = piece.child.text
            else:
                run.append(copy.deepcopy(piece.child))
            runs.append(run)
        return runs
    for k, line in enumerate(text.split("\n")):
        for m, part in enumerate(line.split("\t")):
            run = etree.Element(_R)
            if rpr_from is not None:
                run.append(copy.deepcopy(rpr_from))
            if k and not m:
                etree.SubElement(run, _BR)
            if m:
                etree.SubElement(run, _TAB)
            if part:
                t = etree.SubElement(run, _DEL_TEXT)
                t.set(_XML_SPACE, "preserve")
                t.text = part
            runs.append(run)
    return runs


def _clean_props(ppr: Any) -> Any:
    ppr = copy.deepcopy(ppr)
    for tag in (_SECTPR, W + "pPrChange", _RPR):
        for el in ppr.findall(tag):
            ppr.remove(el)
    return ppr


def _gone_paragraph(tr: _Tracker, unit: Unit, kind: str, name: str | None, like: Any | None) -> Any:
    """A paragraph holding an old paragraph as deleted (or moved-away) text."""
    p = etree.Element(_P)
    source_ppr = unit.p.find(_PPR) if unit.p is not None else None
    if source_ppr is not None:
        p.append(_clean_props(source_ppr))
    elif like is not None and like.find(_PPR) is not None:
        p.append(_clean_props(like.find(_PPR)))
    wrapper = tr.mark(kind)
    for run in _deleted_runs(unit.pieces, unit.text, None):
        wrapper.append(run)
    p.append(wrapper)
    tr.paragraph_mark(p, kind)
    if name is not None:
        tr.move_range(p, "moveFrom", name)
    return p


def _write_changes(
    tr: _Tracker, unit: Unit, chunks: Sequence[Chunk], *, move: str | None = None
) -> None:
    """Write ``chunks`` (old → this paragraph's text) into the paragraph's own runs."""
    p = unit.p
    if move is None and all(c.op == EQUAL for c in chunks):
        return
    for run in {id(x.run): x.run for x in unit.pieces}.values():
        _explode(run)
    full = "".join(x.text for x in pieces_of(p))
    lead = len(full) - len(full.lstrip())
    inserted: list[tuple[int, int]] = []
    deleted: list[tuple[int, str]] = []
    pos = lead
    for c in chunks:
        if c.op == DELETE:
            deleted.append((pos, c.text))
        else:
            if c.op == INSERT:
                inserted.append((pos, pos + len(c.text)))
            pos += len(c.text)
    cuts = sorted({x for span in inserted for x in span} | {at for at, _ in deleted})
    for at in cuts:
        for piece in pieces_of(p):
            if piece.child.tag == _T and piece.start < at < piece.start + len(piece.text):
                _split(piece, at - piece.start)
                break
    pieces = pieces_of(p)

    def wrap(run: Any, tag: str) -> None:
        parent = run.getparent()
        if parent.tag in _WRAPPERS:
            return
        prev = run.getprevious()
        if prev is not None and prev.tag == tag:
            prev.append(run)
            return
        wrapper = tr.mark(tag)
        run.addprevious(wrapper)
        wrapper.append(run)

    for piece in pieces:
        end = piece.start + len(piece.text)
        if any(s <= piece.start and end <= e for s, e in inserted):
            wrap(piece.run, _INS)
        elif move is not None:
            wrap(piece.run, _MOVE_TO)
    for at, text in deleted:
        after = next((x for x in pieces if x.start == at), None)
        before = next((x for x in reversed(pieces) if x.start + len(x.text) == at), None)
        near = after or before or (pieces[0] if pieces else None)
        rpr = near.run.find(_RPR) if near is not None else None
        wrapper = tr.mark(_DEL)
        for run in _deleted_runs((), text, rpr):
            wrapper.append(run)
        if move is not None:  # gone from the moved text: neither accepted nor restored here
            outer = tr.mark(_MOVE_TO)
            outer.append(wrapper)
            wrapper = outer
        if after is not None:
            _outer(after.run).addprevious(wrapper)
        elif before is not None:
            _outer(before.run).addnext(wrapper)
        else:
            p.append(wrapper)
    if move is not None:
        for run in flow_runs(p):  # its notes marks and fields move with it
            wrap(run, _MOVE_TO)
        tr.paragraph_mark(p, _MOVE_TO)
        tr.move_range(p, "moveTo", move)
    elif all(c.op == INSERT for c in chunks):
        for run in flow_runs(p):  # notes marks and fields of a new paragraph are new too
            wrap(run, _INS)
        tr.paragraph_mark(p, _INS)


def _place_after(anchor: Any | None, first: Any | None, body: Any, el: Any) -> Any:
    if anchor is not None:
        anchor.addnext(el)
    elif first is not None:
        first.addprevious(el)
    else:
        sect = body.find(_SECTPR)
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    return el


def _pseudo(units: Sequence[Unit], side: str) -> list[Paragraph]:
    """Units as paragraphs for the aligner: labels that never match, so text decides."""
    return [
        Paragraph(index=i, label=f"¶{side}{i + 1}", kind=ParagraphKind.OTHER, text=u.text)
        for i, u in enumerate(units)
    ]


def _read_body(data: bytes, name: str) -> tuple[zipfile.ZipFile, str, Any, Any]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        main = main_part_name(package.namelist())
        root = etree.fromstring(package.read(main))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, IndexError) as exc:
        raise CorruptFileError(
            f"The stored {name} Word file cannot be read ({exc}); import it again."
        ) from exc
    body = root.find(_BODY)
    if body is None:
        raise CorruptFileError(f"The stored {name} Word file has no body; import it again.")
    return package, main, root, body


def write_tracked_docx(
    new_docx: bytes,
    *,
    old_docx: bytes | None,
    old_texts: Sequence[str] = (),
    author: str,
    when: datetime,
) -> bytes:
    """The newer version's own .docx with every change from the older one as a tracked change.

    Tracked changes already in either file are taken as accepted (as the importer reads them).
    Paragraphs are aligned by their text, so numbers Word prints from its list numbering are
    never a change. Moved paragraphs are a ``w:moveFrom``/``w:moveTo`` pair whose destination
    shows the edits made inside the move. The older version comes from ``old_docx`` or, when
    it was not a Word file, from its paragraph texts ``old_texts``. Every other part of the
    package (styles, numbering, notes, headers, footers, comments, settings) is copied as is.
    """
    package, main, root, body = _read_body(new_docx, "newer")
    accept_all(root)
    old_units = [Unit(t.strip()) for t in old_texts if t.strip()]
    if old_docx is not None:
        try:
            old_root = _read_body(old_docx, "older")[2]
        except CorruptFileError:
            old_root = None  # its paragraphs' texts still give "Reject all" the older text
        if old_root is not None:
            accept_all(old_root)
            old_units = flow_units(old_root.find(_BODY))
    new_units = flow_units(body)
    tr = _Tracker(root, author, when)
    rows = align(_pseudo(old_units, "o"), _pseudo(new_units, "n")).matches
    move_names: dict[int, str] = {}
    from_at: dict[int, list[tuple[int, str | None]]] = {}
    for row in rows:
        if row.moved and row.olds and row.news:
            name = f"wsisMove{next(tr.moves)}"
            move_names[row.news[0]] = name
            last = row.olds[-1]
            at = next(
                (k for k, o in enumerate(rows) if not o.moved and o.olds and o.olds[0] > last),
                len(rows),
            )
            spots = from_at.setdefault(at, [])
            spots.append((row.olds[0], name))
            spots.extend((i, None) for i in row.olds[1:])  # merged into the moved one
    anchor: Any = None
    first = new_units[0].p if new_units else None
    for k in range(len(rows) + 1):
        for old_index, move_name in sorted(from_at.get(k, []), key=lambda item: item[0]):
            kind = _DEL if move_name is None else _MOVE_FROM
            gone = _gone_paragraph(tr, old_units[old_index], kind, move_name, anchor)
            anchor = _place_after(anchor, first, body, gone)
        if k == len(rows):
            break
        row = rows[k]
        news, olds = row.news, row.olds
        if not news:
            for i in olds:
                gone = _gone_paragraph(tr, old_units[i], _DEL, None, anchor)
                anchor = _place_after(anchor, first, body, gone)
            continue
        head = new_units[news[0]]
        if olds:
            chunks = diff_paragraph(old_units[olds[0]].text, head.text).chunks
        else:
            chunks = (Chunk(INSERT, head.text),)
        _write_changes(tr, head, chunks, move=move_names.get(news[0]))
        for j in news[1:]:  # a split: the other parts are new
            _write_changes(tr, new_units[j], (Chunk(INSERT, new_units[j].text),))
        anchor = new_units[news[-1]].p
        for i in olds[1:] if not row.moved else ():  # a merge: the other old parts are gone
            gone = _gone_paragraph(tr, old_units[i], _DEL, None, anchor)
            anchor = _place_after(anchor, first, body, gone)
    body_xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in package.infolist():
            dst.writestr(info, body_xml if info.filename == main else package.read(info))
    return out.getvalue()
