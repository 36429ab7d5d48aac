"""Word footnotes and endnotes: printed marks, and note bodies holding several lettered notes.

Marks follow the ``w:footnotePr``/``w:endnotePr`` of settings and of each section (numFmt,
numStart, numRestart; ``eachPage`` cannot be known without laying out pages and restarts
per section). A note body that holds the authors' own lettered notes (a table's note "a" whose
next paragraphs open with a typed "b  …", "c  …", as in the Art. 6.2 drafts) is split into
one note per letter, never merged and never losing text.
"""

from __future__ import annotations

import re
from typing import Any

from wsis_desk.formats.docx_numbering import format_value
from wsis_desk.formats.docx_walk import W_ID, W_VAL, W, Walker
from wsis_desk.formats.safezip import ZipPackage

__all__ = ["note_marks", "note_paragraphs", "split_lettered", "superscript_paras"]

_NOTE_DEFAULT_FMT = {"footnote": "decimal", "endnote": "lowerRoman"}
_SKIP = ("separator", "continuationSeparator", "continuationNotice")
# A typed note mark opening a paragraph: an optional bracket, the letter or number, then a
# tab or at least two spaces ("b  Action type…", "[i  Type of…", "3\tSee…").
_TYPED = re.compile(r"(\[?)[ \t]*([a-z]|[A-Z]|\d{1,3})(?:\t|[ \u00a0]{2,})[ \t\u00a0]*(.*)", re.S)
_R, _RPR, _VERT, _T, _P = W + "r", W + "rPr", W + "vertAlign", W + "t", W + "p"


def _int(raw: str | None) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def note_paragraphs(pkg: ZipPackage, part: str | None, tag: str) -> dict[str, list[str]]:
    """Accepted text of each paragraph of every note in a footnotes/endnotes part, by id."""
    root = pkg.xml(part) if part else None
    if root is None:
        return {}
    out: dict[str, list[str]] = {}
    for note in root.iterchildren(tag):
        if note.get(W + "type") in _SKIP:
            continue
        out[note.get(W_ID, "")] = ["".join(p.accepted).strip() for p in Walker().walk(note).paras]
    return out


def _note_props(sect: Any | None, kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    pr = sect.find(W + kind + "Pr") if sect is not None else None
    if pr is not None:
        for key in ("numFmt", "numStart", "numRestart"):
            el = pr.find(W + key)
            if el is not None and el.get(W_VAL):
                out[key] = el.get(W_VAL)
    return out


def note_marks(walker: Walker, settings: Any | None) -> dict[int, str]:
    """Printed mark of every note reference (keyed by ``id()`` of the ref), per section rules."""
    marks: dict[int, str] = {}
    for kind in ("footnote", "endnote"):
        base = {"numFmt": _NOTE_DEFAULT_FMT[kind], "numStart": "1", "numRestart": "continuous"}
        base |= _note_props(settings, kind)
        counter, last_section = 0, -1
        started = False
        for para in walker.paras:
            for ref in para.notes:
                if ref.kind != kind:
                    continue
                sect = walker.sections[ref.section] if ref.section < len(walker.sections) else None
                props = base | _note_props(sect, kind)
                restart = props["numRestart"] != "continuous" and ref.section != last_section
                if not started or restart:
                    counter, started = (_int(props["numStart"]) or 1) - 1, True
                last_section = ref.section
                if ref.custom is not None:
                    marks[id(ref)] = "".join(ref.custom).strip()
                    continue
                counter += 1
                marks[id(ref)] = format_value(counter, props["numFmt"])
    return marks


def _value(mark: str) -> tuple[int, str] | None:
    """(counter value, numFmt) of a single letter or a decimal mark; None for other marks."""
    if mark.isdigit():
        return int(mark), "decimal"
    if len(mark) == 1 and "a" <= mark <= "z":
        return ord(mark) - ord("a") + 1, "lowerLetter"
    if len(mark) == 1 and "A" <= mark <= "Z":
        return ord(mark) - ord("A") + 1, "upperLetter"
    return None


def _typed(text: str) -> tuple[str, str] | None:
    """(typed mark, the paragraph's text without it, an opening bracket kept) or None."""
    m = _TYPED.fullmatch(text)
    return (m.group(2), m.group(1) + m.group(3)) if m else None


def split_lettered(mark: str, paras: list[str]) -> list[tuple[str, str]]:
    """One note body as ``[(mark, text)]``: several notes when its paragraphs open with the
    typed marks that follow ``mark`` in sequence ("a …", "b  …", "c  …"); else one note."""
    if not paras:
        return [(mark, "")]
    first = paras[0]
    typed = _typed(first)
    if typed is not None and len(paras) > 1 and (nxt := _typed(paras[1])) is not None:
        v0, v1 = _value(typed[0]), _value(nxt[0])
        if v0 and v1 and v0[1] == v1[1] and v1[0] == v0[0] + 1:
            mark, first = typed  # the body's own typed "a" is the mark the reader sees
    notes: list[tuple[str, list[str]]] = [(mark, [first])]
    current = _value(mark)
    for text in paras[1:]:
        typed = _typed(text) if current is not None else None
        if current is not None and typed is not None:
            expected = format_value(current[0] + 1, current[1])
            if typed[0] == expected:
                notes.append((expected, [typed[1]]))
                current = (current[0] + 1, current[1])
                continue
        notes[-1][1].append(text)
    return [(m, "\n".join(texts).strip()) for m, texts in notes]  # as ``story_text`` joins


def superscript_paras(scope: Any, para_of: dict[int, int]) -> dict[str, list[int]]:
    """Typed superscript marks under ``scope`` (a table or a paragraph): mark text → the
    indices (``para_of``: ``id(w:p)`` → index) of the paragraphs holding one, in order."""
    out: dict[str, list[int]] = {}
    for run in scope.iter(_R):
        vert = run.find(f"{_RPR}/{_VERT}")
        if vert is None or vert.get(W_VAL) != "superscript":
            continue
        text = "".join(t.text or "" for t in run.iter(_T)).strip()
        anc = run.getparent()
        while anc is not None and anc.tag != _P:
            anc = anc.getparent()
        if text and anc is not None and id(anc) in para_of:
            out.setdefault(text, []).append(para_of[id(anc)])
    return out
