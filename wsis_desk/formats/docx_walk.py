"""One fast pass over a WordprocessingML story: paragraphs with accepted and original text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
W_VAL = W + "val"
W_ID = W + "id"

_P, _R, _T, _DEL_TEXT, _TC = W + "p", W + "r", W + "t", W + "delText", W + "tc"
_TBL = W + "tbl"
_BODY = W + "body"
_PPR, _RPR, _SECTPR, _NUMPR = W + "pPr", W + "rPr", W + "sectPr", W + "numPr"
_PSTYLE, _ILVL, _NUMID, _OUTLINE = W + "pStyle", W + "ilvl", W + "numId", W + "outlineLvl"
_INS, _DEL, _MOVE_FROM, _MOVE_TO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
_TAB, _PTAB, _BR, _CR = W + "tab", W + "ptab", W + "br", W + "cr"
_NB_HYPHEN, _SYM = W + "noBreakHyphen", W + "sym"
_FOOTNOTE_REF, _ENDNOTE_REF = W + "footnoteReference", W + "endnoteReference"
_COMMENT_REF = W + "commentReference"
_RANGE_START, _RANGE_END = W + "commentRangeStart", W + "commentRangeEnd"
_ALT_CHUNK = W + "altChunk"
_M_T, _M_R = _M + "t", _M + "r"

# Everything the walk looks at; lxml filters the tree in C and yields only these.
_TAGS = (
    *(_P, _T, _DEL_TEXT, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN, _SYM, _M_T),
    *(_INS, _DEL, _MOVE_FROM, _MOVE_TO, _FOOTNOTE_REF, _ENDNOTE_REF, _COMMENT_REF),
    *(_RANGE_START, _RANGE_END, _PSTYLE, _ILVL, _NUMID, _OUTLINE, _SECTPR, _ALT_CHUNK),
)
_RUNS = frozenset({_R, _M_R})
_ADDED = frozenset({_INS, _MOVE_TO})
_REMOVED = frozenset({_DEL, _MOVE_FROM})
# Text inside these (text boxes, drawings, old-style objects) is not paragraph text.
_OPAQUE = frozenset(
    {_R, W + "txbxContent", W + "drawing", W + "pict", W + "object", W + "pPrChange"}
    | {
        W + "rPrChange",
        W + "sectPrChange",
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)
_NOTE_KINDS = {_FOOTNOTE_REF: "footnote", _ENDNOTE_REF: "endnote"}


@dataclass(slots=True)
class NoteRef:
    """A footnote or endnote reference: kind, id, section index, custom mark text if any."""

    kind: str
    id: str
    section: int
    custom: list[str] | None = None


@dataclass(slots=True)
class Para:
    """One ``w:p`` as walked: both text views and what numbering and notes need."""

    in_table: bool = False
    cell: Any = None  # the outermost w:tc it sits in (a nested table is part of that cell)
    table: Any = None  # the outermost w:tbl it sits in
    element: Any = None  # the w:p itself
    accepted: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)
    length: int = 0
    style_id: str | None = None
    num_id: int | None = None
    ilvl: int | None = None
    outline: int | None = None
    mark_deleted: bool = False
    sect: Any = None
    notes: list[NoteRef] = field(default_factory=list)
    comment_refs: list[str] = field(default_factory=list)


def _int(raw: str | None) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _sym(raw: str | None) -> str:
    try:
        code = int(raw or "", 16)
    except ValueError:
        return ""
    if code <= 0x1F or 0xE000 <= code <= 0xF8FF or code > 0x10FFFF:
        return ""  # symbol-font private-use glyphs have no meaningful character
    return chr(code)


class Walker:
    """Walks a story (body, note, comment) collecting paragraphs, notes and comment ranges."""

    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.sections: list[Any] = []  # the w:sectPr that closes each section
        self.starts: dict[str, tuple[int, int]] = {}
        self.ends: dict[str, tuple[int, int | None]] = {}
        self.changes = 0
        self.alt_chunks = 0

    def walk(self, root: Any) -> Walker:
        """Collect every paragraph under ``root`` in document order."""
        para: Para | None = None
        p_el: Any = None
        custom_run: Any = None
        custom: list[str] | None = None
        for el in root.iter(*_TAGS):
            tag = el.tag
            if tag == _P:
                new_para = self._paragraph(el, root)
                if new_para is not None:  # None: a paragraph in a text box, not in the flow
                    if para is not None and para.sect is not None:
                        self.sections.append(para.sect)
                    para, p_el = new_para, el
                continue
            parent = el.getparent()
            ptag = parent.tag
            if tag in (_T, _DEL_TEXT, _M_T):
                if ptag not in _RUNS or para is None:
                    continue
                ctx = self._context(parent, p_el)
                if ctx is None:
                    continue
                text = el.text or ""
                if parent is custom_run and custom is not None:
                    custom.append(text)
                    continue
                self._emit(para, text, ctx)
            elif tag in _ADDED or tag in _REMOVED:
                self.changes += 1
                if tag == _DEL and ptag == _RPR and para is not None:
                    grand = parent.getparent()
                    if grand is not None and grand.tag == _PPR and grand.getparent() is p_el:
                        para.mark_deleted = True
            elif tag in _NOTE_KINDS or tag == _COMMENT_REF:
                if ptag != _R or para is None or (ctx := self._context(parent, p_el)) is None:
                    continue
                if tag == _COMMENT_REF:
                    para.comment_refs.append(el.get(W_ID, ""))
                elif ctx[0]:
                    ref = NoteRef(_NOTE_KINDS[tag], el.get(W_ID, ""), len(self.sections))
                    if el.get(W + "customMarkFollows") in ("1", "true", "on"):
                        custom_run, custom = parent, []
                        ref.custom = custom
                    para.notes.append(ref)
            elif tag in (_RANGE_START, _RANGE_END):
                cid = el.get(W_ID, "")
                inside = para is not None and self._owner(el, p_el)
                if tag == _RANGE_START:
                    pos = (len(self.paras) - 1, para.length) if inside and para else None
                    self.starts.setdefault(cid, pos or (len(self.paras), 0))
                else:
                    end = (len(self.paras) - 1, para.length if inside and para else None)
                    self.ends.setdefault(cid, end)
            elif ptag in (_PPR, _NUMPR):
                if para is not None and self._is_own_ppr(el, p_el):
                    self._property(para, el, tag)
            elif tag == _SECTPR:
                if ptag == _BODY:
                    self.sections.append(el)
            elif tag == _ALT_CHUNK:
                self.alt_chunks += 1
            elif ptag == _R and para is not None and (ctx := self._context(parent, p_el)):
                self._emit(para, self._special(el, tag), ctx)
        if para is not None and para.sect is not None:
            self.sections.append(para.sect)
        return self

    def _paragraph(self, p: Any, root: Any) -> Para | None:
        cell = table = None
        anc = p.getparent()
        while anc is not None and anc is not root:
            tag = anc.tag
            if tag in _OPAQUE or tag == _P:
                return None
            if tag == _TC:
                cell = anc
            elif tag == _TBL:
                table = anc
            anc = anc.getparent()
        para = Para(in_table=cell is not None, cell=cell, table=table, element=p)
        self.paras.append(para)
        return para

    @staticmethod
    def _context(run: Any, p_el: Any) -> tuple[bool, bool] | None:
        """(accepted, original) visibility of a run, or None when it is not flow text of p."""
        added = removed = False
        anc = run.getparent()
        while anc is not p_el:
            if anc is None:
                return None
            tag = anc.tag
            if tag in _ADDED:
                added = True
            elif tag in _REMOVED:
                removed = True
            elif tag in _OPAQUE or tag == _P:
                return None
            anc = anc.getparent()
        return not removed, not added

    @staticmethod
    def _owner(el: Any, p_el: Any) -> bool:
        anc = el.getparent()
        while anc is not None:
            if anc is p_el:
                return True
            anc = anc.getparent()
        return False

    @staticmethod
    def _is_own_ppr(el: Any, p_el: Any) -> bool:
        ppr = el.getparent()
        if ppr.tag == _NUMPR:
            ppr = ppr.getparent()
        return ppr is not None and ppr.tag == _PPR and ppr.getparent() is p_el

    @staticmethod
    def _property(para: Para, el: Any, tag: str) -> None:
        if tag == _PSTYLE:
            para.style_id = el.get(W_VAL)
        elif tag == _NUMID:
            para.num_id = _int(el.get(W_VAL))
        elif tag == _ILVL:
            para.ilvl = _int(el.get(W_VAL))
        elif tag == _OUTLINE:
            para.outline = _int(el.get(W_VAL))
        elif tag == _SECTPR:
            para.sect = el

    @staticmethod
    def _special(el: Any, tag: str) -> str:
        if tag in (_TAB, _PTAB):
            return "\t"
        if tag == _BR:
            return "" if el.get(W + "type") in ("page", "column") else "\n"
        if tag == _CR:
            return "\n"
        if tag == _NB_HYPHEN:
            return "-"
        if tag == _SYM:
            return _sym(el.get(W + "char"))
        return ""

    @staticmethod
    def _emit(para: Para, text: str, ctx: tuple[bool, bool]) -> None:
        if not text:
            return
        if ctx[0]:
            para.accepted.append(text)
            para.length += len(text)
        if ctx[1]:
            para.original.append(text)


def story_text(root: Any) -> str:
    """Accepted text of a whole story element (a note or comment): paragraphs joined by \\n."""
    paras = Walker().walk(root).paras
    return "\n".join("".join(p.accepted).strip() for p in paras).strip()
