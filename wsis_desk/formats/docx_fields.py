"""Word fields (PAGE, NUMPAGES, PAGEREF …) written as the runs Word itself writes."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

__all__ = ["add_field"]


def add_field(p: DocxParagraph, instruction: str, shown: str, *, bold: bool | None = None) -> None:
    """A field at the end of ``p``, showing ``shown`` until Word or LibreOffice updates it
    (they update PAGE and NUMPAGES by themselves). ``bold`` None leaves the style's weight."""
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = p.add_run(shown if kind == "text" else "")
        if bold is not None:
            run.bold = bold
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind != "text":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
