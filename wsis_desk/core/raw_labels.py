"""The printed label of each raw paragraph, read before segmentation classifies it.

A paragraph's number may come from Word's numbering, from a margin column of PDF text, or from
the start of its text; a suffix may be printed apart from the number (``26`` + ``bis. …``).
Paragraphs with neither text nor number are dropped, their notes kept on the one before.
"""

from __future__ import annotations

import re

from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.model import Footnote
from wsis_desk.core.paragraphs import RawParagraph

__all__ = ["drop_empty", "label_of"]


def drop_empty(raws: list[RawParagraph], unattached: list[Footnote]) -> list[RawParagraph]:
    """Drop paragraphs with neither text nor number; their notes go to the one before."""
    kept: list[RawParagraph] = []
    for r in raws:
        if r.text.strip() or r.number or r.margin:
            kept.append(r)
        elif kept:
            kept[-1].footnotes.extend(r.footnotes)
            kept[-1].comments = kept[-1].comments + r.comments
        else:
            unattached.extend(r.footnotes)
    return kept


# A paragraph number's suffix printed apart from it, at the start of the text: "26" "bis. …",
# or "99" "bis.Also requests …" (the space lost in a PDF's text layer, before a capital or a
# bracket). Also "30" "[bis. All …" (a bracket opened before it) and "16" "quarter.2 Is …" (a
# decimal). The label grammar decides whether the word is a suffix ("quinqiues", not "and").
_SUFFIX_APART = re.compile(
    r"^(?P<open>\[?)(?P<suf>[a-z]{3,12})(?P<sub>\.\d{1,3})?\.?"
    r"(?:\s+(?=\S)|(?<=\.)(?=[A-Z\[(“\"]))"
)


def label_of(raw: RawParagraph) -> tuple[LabelMatch | None, str]:
    """The label of a raw paragraph and its text without the label."""
    suffix = _SUFFIX_APART.match(raw.text) if (raw.number or raw.margin) else None
    if suffix is not None and (suffix.group("sub") or raw.text[suffix.end("suf")] == "."):
        # "26" + "bis. [Parties …": the number's suffix printed apart
        number = (raw.number or raw.margin or "").strip().rstrip(".")
        sub, word = suffix.group("sub"), suffix.group("suf")
        printed = f"{number} {word}{sub}" if sub else f"{number} {word}."
        lab = parse_label(printed + " ")
        if lab is not None and lab.kind is LabelKind.NUMBER and not lab.rest:
            return lab, suffix.group("open") + raw.text[suffix.end() :]
    if raw.number:
        lab = parse_label(raw.number + (" " if not raw.number.endswith(" ") else ""))
        if lab is None:
            value = raw.number.strip().rstrip(".)").lstrip("(")
            lab = LabelMatch(LabelKind.NUMBER, raw.number.strip(), value or raw.number, "")
        if raw.number.startswith("(") and lab.kind is LabelKind.NUMBER:
            lab = LabelMatch(LabelKind.LETTER, lab.printed, lab.value, "")
        return lab, raw.text
    if raw.margin:
        return parse_label(raw.margin), raw.text
    lab = parse_label(raw.text)
    if lab is None:
        return None, raw.text
    if lab.kind is LabelKind.ARTICLE and lab.rest[:1].islower() and lab.rest[:1].isascii():
        return None, raw.text  # "Article 4 of the Convention applies …" is a sentence
    return lab, lab.rest
