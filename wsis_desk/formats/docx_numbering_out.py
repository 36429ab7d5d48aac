"""Real Word list numbering for a redline built from text: 1. / (a) / (i), counted by Word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from wsis_desk.core.model import Paragraph, ParagraphKind

__all__ = ["NUM_ID", "add_list_numbering", "auto_numbered", "number_paragraph"]

NUM_ID = "9001"  # far above the template's own lists
_LEVELS = (  # numFmt, lvlText, left indent mm, hanging mm
    ("decimal", "%1.", 18, 18),
    ("lowerLetter", "(%2)", 28, 10),
    ("lowerRoman", "(%3)", 38, 10),
)
_DECIMAL = re.compile(r"^(\d+)\.?$")
_LETTER = re.compile(r"^\(([a-z])\)$")
_ROMAN = re.compile(r"^\(([ivxl]+)\)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int:
    total = 0
    for k, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[text[k + 1]] if k + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def auto_numbered(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """Paragraphs whose printed number Word's own list would print (index → list level).

    Operative ``1.``, sub-paragraph ``(a)`` and ``(i)`` in sequence qualify; preambular
    paragraphs, ``3bis``, skipped or restarted numbers keep their label typed as text.
    """
    counters = [0, 0, 0]
    out: dict[int, int] = {}
    for i, p in enumerate(paragraphs):
        if p.number is None or p.kind is ParagraphKind.PREAMBULAR:
            continue
        number = p.number.strip()
        found: tuple[int, int] | None = None
        if (m := _DECIMAL.match(number)) and p.parent is None:
            found = (0, int(m.group(1)))
        elif (m := _LETTER.match(number)) and ord(m.group(1)) - 96 == counters[1] + 1:
            found = (1, ord(m.group(1)) - 96)
        elif m := _ROMAN.match(number):
            found = (2, _roman(m.group(1)))
        if found is None:
            continue
        level, value = found
        if value == counters[level] + 1 and (level == 0 or counters[level - 1]):
            out[i] = level
            counters[level] = value
            for deeper in range(level + 1, len(counters)):
                counters[deeper] = 0
    return out


def add_list_numbering(document: Any) -> None:
    """Add the redline's three-level list to the document's numbering part."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), NUM_ID)
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, (fmt, text, left, hanging) in enumerate(_LEVELS):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            lvl.append(el)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(Mm(left).twips))
        ind.set(qn("w:hanging"), str(Mm(hanging).twips))
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))  # every w:abstractNum comes before the w:num
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), NUM_ID)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), NUM_ID)
    num.append(ref)
    numbering.append(num)


def number_paragraph(p: Any, level: int) -> None:
    """Put the paragraph ``p`` (a ``w:p``) in the list at ``level``."""
    ppr = p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), NUM_ID)
    num_pr.append(ilvl)
    num_pr.append(num_id)
    style = ppr.find(qn("w:pStyle"))  # w:numPr follows w:pStyle, keepNext … in w:pPr
    if style is not None:
        style.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)
