"""Repairs of words in wrapped text: justified words one to a line, hyphens at line ends."""

from __future__ import annotations

import re

from wsis_desk.core.labels import parse_label
from wsis_desk.core.model import Footnote

__all__ = [
    "SUSPENDED",
    "join_word_runs",
    "note_words",
    "rehyphenate",
    "spelled_compounds",
    "unhyphenate",
]


def join_word_runs(lines: list[str | None]) -> list[str | None]:
    """Justified text that a PDF extraction gave one word per line ("Each" / "Party" /
    "[shall][should]" / "regularly" …): each run of three or more one-word lines joined into
    its first line (its indentation kept), so the words read as the sentence they are (not a
    table's header cells, "Vintage" / "Metric" / "Unit")."""
    out = list(lines)
    i = 0
    while i < len(out):
        k = i
        while k < len(out) and _one_word(out[k]):
            k += 1
        run = [(t or "").strip() for t in out[i:k]]
        # a sentence's words are mostly lower case; a table's cells, one a line, are not
        if k - i >= 3 and 2 * sum(w[:1].islower() for w in run) >= len(run):
            first = out[i] or ""
            # its indentation kept: a line indented otherwise would open a paragraph
            out[i] = first[: len(first) - len(first.lstrip())] + " ".join(run)
            out[i + 1 : k] = [None] * (k - i - 1)
        i = max(k, i + 1)
    return out


def _one_word(line: str | None) -> bool:
    s = (line or "").strip()
    if not s or len(s) > 40 or " " in s or s.isdigit():
        return False
    return parse_label(s) is None


_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def spelled_compounds(lines: list[str | None]) -> frozenset[str]:
    """Hyphenated words printed whole on one line somewhere in the text (``decision-making``)."""
    return frozenset(
        m.group(0).casefold() for t in lines if t and "-" in t for m in _COMPOUND.finditer(t)
    )


def unhyphenate(left: str, right: str, compounds: frozenset[str]) -> str:
    """``left`` ending in a hyphen, without it unless the text spells that word with one.

    Typesetting hyphenates words at line ends (``develop-`` / ``ment``); a compound that breaks
    at its own hyphen (``decision-`` / ``making``) keeps it when the text spells it so elsewhere.
    """
    if left.endswith("\u00ad"):
        return left[:-1]
    last, first = _LAST_WORD.search(left), _FIRST_WORD.match(right)
    if last is None or first is None:
        return left
    if f"{last.group(1)}-{first.group(0)}".casefold() in compounds:
        return left
    return left[:-1]


_WORD = re.compile(r"[^\W\d_]{4,}")


def rehyphenate(lines: list[str | None], width: int) -> list[str | None]:
    """Lines that the extractor joined at a line-end hyphen, the compound's hyphen put back.

    ``pdftotext`` prints "… exercise decision-" / "making rights.]" as one line, "… exercise
    decisionmaking rights.]": a line longer than the text's ``width`` holds two printed lines.
    A word in it across that width whose hyphenated spelling the text prints elsewhere
    (``decision-making``) is that compound broken at its own hyphen; a word printed whole inside
    a line (``stocktake`` beside ``stock-take``) keeps the drafters' spelling.
    """
    if width <= 0:
        return lines
    compounds = spelled_compounds(lines)
    if not compounds:
        return lines
    out = list(lines)
    for i, t in enumerate(lines):
        if t is None or len(t.expandtabs(4).rstrip()) <= width * 1.05 + 2:
            continue  # a printed line reaches a little past the width wrapped lines reach
        out[i] = _rehyphenate_line(t, width, compounds)
    return out


def _rehyphenate_line(line: str, width: int, compounds: frozenset[str]) -> str:
    """Each printed line run into ``line`` starts where the one before ended, at a compound
    across the width from there; a line that does not fall into such printed lines (a long
    title, a paragraph written on one line) is left as it is."""
    cuts: list[int] = []
    start = 0
    while len(line) - start > width * 1.1 + 2:
        cut = _compound_cut(line, start + width * 0.6, start + width * 1.1 + 2, compounds)
        if cut is None:
            return line
        cuts.append(cut)
        start = cut
    for cut in reversed(cuts):
        line = f"{line[:cut]}-{line[cut:]}"
    return line


def _compound_cut(line: str, lo: float, hi: float, compounds: frozenset[str]) -> int | None:
    """Where, between ``lo`` and ``hi``, a printed line ended inside a word that the text
    prints elsewhere as a compound with a hyphen at that place."""
    for m in _WORD.finditer(line):
        if m.start() > hi:
            return None
        word = m.group(0)
        if word.isupper():
            continue  # a title in capitals, never hyphenated by the typesetter
        for k in range(2, len(word) - 1):
            cut = m.start() + k
            if lo <= cut <= hi and f"{word[:k]}-{word[k:]}".casefold() in compounds:
                return cut
    return None


# "pre- / and post-2020": a hyphen that waits for the word after the conjunction
SUSPENDED = re.compile(r"(?:and|or|nor|to|et|ou|y|o|und|oder|и|или)\b(?!-)", re.IGNORECASE)
_NOTE_HYPHEN = re.compile(r"[^\W\d_]+[-\u00ad] (?=[^\W\d_])")


def note_words(note: Footnote, compounds: frozenset[str]) -> Footnote:
    """A footnote whose wrapped lines were joined with spaces, its line-end hyphens undone
    as a paragraph's are ("Ses- sion" is "Session", "decision- making" "decision-making")."""
    if "- " not in note.text and "\u00ad " not in note.text:
        return note

    def join(m: re.Match[str]) -> str:
        right = note.text[m.end() :]
        if SUSPENDED.match(right):
            return m.group(0)
        return unhyphenate(m.group(0)[:-1], right, compounds)

    return Footnote(note.mark, _NOTE_HYPHEN.sub(join, note.text))
