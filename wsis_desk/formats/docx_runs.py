"""The flow paragraphs of a Word body as runs and the text each run child stands for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wsis_desk.formats.docx_walk import W

__all__ = ["Piece", "Unit", "flow_runs", "flow_units", "in_flow", "piece_text", "pieces_of"]

_P, _R, _T = W + "p", W + "r", W + "t"
_TAB, _PTAB, _BR, _CR = W + "tab", W + "ptab", W + "br", W + "cr"
_NB_HYPHEN, _SYM = W + "noBreakHyphen", W + "sym"
OPAQUE = frozenset(
    {_P, W + "txbxContent", W + "drawing", W + "pict", W + "object", W + "pPrChange"}
    | {
        W + "rPrChange",
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)


@dataclass(slots=True)
class Piece:
    """One content element of a run (``w:t``, ``w:tab`` …) and the text it stands for."""

    run: Any
    child: Any
    text: str
    start: int = 0


@dataclass(slots=True)
class Unit:
    """One paragraph with text: its element (None from a non-Word source) and stripped text."""

    text: str
    p: Any = None
    pieces: tuple[Piece, ...] = ()


def piece_text(child: Any) -> str | None:
    """The text a run's child stands for, as the importer reads it; None when not text."""
    tag = child.tag
    if tag == _T:
        return child.text or ""
    if tag in (_TAB, _PTAB):
        return "\t"
    if tag == _BR:
        return "" if child.get(W + "type") in ("page", "column") else "\n"
    if tag == _CR:
        return "\n"
    if tag == _NB_HYPHEN:
        return "-"
    if tag == _SYM:
        try:
            code = int(child.get(W + "char") or "", 16)
        except ValueError:
            return ""
        return "" if code <= 0x1F or 0xE000 <= code <= 0xF8FF or code > 0x10FFFF else chr(code)
    return None


def in_flow(el: Any, stop: Any) -> bool:
    """True when nothing between ``el`` and ``stop`` hides it (text box, drawing, nested p)."""
    anc = el.getparent()
    while anc is not None and anc is not stop:
        if anc.tag in OPAQUE:
            return False
        anc = anc.getparent()
    return anc is stop


def flow_runs(p: Any) -> list[Any]:
    return [r for r in p.iter(_R) if in_flow(r, p)]


def pieces_of(p: Any) -> tuple[Piece, ...]:
    out: list[Piece] = []
    pos = 0
    for run in flow_runs(p):
        for child in run:
            text = piece_text(child)
            if text:
                out.append(Piece(run, child, text, pos))
                pos += len(text)
    return tuple(out)


def flow_units(body: Any) -> list[Unit]:
    """Every flow paragraph with text, in document order (body and table cells)."""
    units = []
    for p in body.iter(_P):
        if not in_flow(p, body):
            continue
        pieces = pieces_of(p)
        text = "".join(x.text for x in pieces)
        if text.strip():
            units.append(Unit(text.strip(), p, pieces))
    return units
