"""Accept or reject every tracked change of a WordprocessingML story, as Word's "Accept all"."""

from __future__ import annotations

import io
import zipfile
from typing import Any, Literal

from wsis_desk.formats.docx_walk import W

__all__ = ["accept_all", "main_part_name", "rejected_or_accepted_docx", "resolve_revisions"]

Verdict = Literal["accept", "reject"]

_P, _PPR, _RPR, _TRPR = W + "p", W + "pPr", W + "rPr", W + "trPr"
_INS, _DEL, _MOVE_FROM, _MOVE_TO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
_DEL_TEXT, _T = W + "delText", W + "t"
_DEL_INSTR, _INSTR = W + "delInstrText", W + "instrText"
_MARKERS = frozenset(
    W + name
    for name in (
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
    )
)
_PROPERTY_CHANGES = frozenset(
    W + name
    for name in (
        "pPrChange",
        "rPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
    )
)
_HOLDERS = frozenset({_RPR, _TRPR, W + "tcPr"})  # where ins/del are markers, not wrappers


def _remove(el: Any) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _unwrap(el: Any) -> None:
    """Replace ``el`` by its children, keeping their place and the tail text."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(index + k, child)
    parent.remove(el)


def _mark_of(p: Any) -> str | None:
    """The tracked change on a paragraph's mark: "ins", "del" or None."""
    ppr = p.find(_PPR)
    rpr = ppr.find(_RPR) if ppr is not None else None
    if rpr is None:
        return None
    for tag, kind in ((_INS, "ins"), (_MOVE_TO, "ins"), (_DEL, "del"), (_MOVE_FROM, "del")):
        if rpr.find(tag) is not None:
            return kind
    return None


def _has_text(p: Any) -> bool:
    return any((t.text or "").strip() for t in p.iter(_T, _DEL_TEXT))


def resolve_revisions(root: Any, verdict: Verdict) -> int:
    """Accept or reject every tracked change under ``root`` in place; return how many there were.

    Accepting drops deleted and moved-away text and keeps inserted and moved-to text; rejecting
    does the opposite (deleted text becomes text again). A paragraph whose mark is removed by the
    verdict goes with it when nothing is left in it; one that still holds text stays a paragraph
    of its own, as the importer reads it. Property changes (``w:pPrChange`` …) are dropped:
    the current properties stay. Table rows inserted or deleted go or stay the same way.
    """
    gone = (_DEL, _MOVE_FROM) if verdict == "accept" else (_INS, _MOVE_TO)
    kept = (_INS, _MOVE_TO) if verdict == "accept" else (_DEL, _MOVE_FROM)
    count = 0
    doomed_paras: list[Any] = []
    doomed_rows: list[Any] = []
    for el in list(root.iter(_INS, _DEL, _MOVE_FROM, _MOVE_TO)):
        count += 1
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag in _HOLDERS:  # a marker on a paragraph mark, a row or a cell
            if el.tag in gone:
                holder = parent.getparent()
                if parent.tag == _RPR and holder is not None and holder.tag == _PPR:
                    doomed_paras.append(holder.getparent())
                elif parent.tag == _TRPR and holder is not None:
                    doomed_rows.append(holder)
            _remove(el)
    for el in list(root.iter(*gone)):
        if el.getparent() is not None and el.getparent().tag not in _HOLDERS:
            _remove(el)
    for el in list(root.iter(*kept)):
        if el.getparent() is not None and el.getparent().tag not in _HOLDERS:
            _unwrap(el)
    if verdict == "reject":
        for el in root.iter(_DEL_TEXT, _DEL_INSTR):
            el.tag = _T if el.tag == _DEL_TEXT else _INSTR
    for el in list(root.iter(*_MARKERS, *_PROPERTY_CHANGES)):
        _remove(el)
    for row in doomed_rows:
        _remove(row)
    for p in doomed_paras:
        if p is not None and p.getparent() is not None and not _has_text(p):
            siblings = [c for c in p.getparent() if c.tag == _P]
            if len(siblings) > 1:  # a table cell must keep one paragraph
                _remove(p)
    return count


def accept_all(root: Any) -> int:
    """Accept every tracked change under ``root`` (see :func:`resolve_revisions`)."""
    return resolve_revisions(root, "accept")


def main_part_name(names: list[str]) -> str:
    """The main document part of a package (``word/document.xml`` in every real file)."""
    return "word/document.xml" if "word/document.xml" in names else names[0]


def rejected_or_accepted_docx(data: bytes, verdict: Verdict) -> bytes:
    """The .docx ``data`` with every tracked change of its body accepted or rejected."""
    from lxml import etree

    src = zipfile.ZipFile(io.BytesIO(data))
    main = main_part_name(src.namelist())
    root = etree.fromstring(src.read(main))
    resolve_revisions(root, verdict)
    body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, body if info.filename == main else src.read(info))
    return out.getvalue()
