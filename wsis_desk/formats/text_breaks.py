"""Which lines of wrapped text no wrap made: titles, formulas, notes and table cells.

A wrap breaks a sentence where the page ends, before a word that would not fit; the joiner
(``text_layout``) reads every other break as a paragraph's end. These are the lines whose own
shape says they stand alone, whatever the width of the line above them: a title between a
sentence's end and a numbered paragraph, a formula in capitals, the next of a table's lettered
notes, a bracketed title or language note, a table printed one cell a line.
"""

from __future__ import annotations

import re

from wsis_desk.core.brackets.kinds import SkipReason, skip_reason
from wsis_desk.core.labels import LabelKind, parse_label

__all__ = [
    "CITING_NUMBER",
    "LOWER_START",
    "SENTENCE_BREAK",
    "TITLE_END",
    "opens_after_sentence",
    "reach",
    "stands_alone",
    "table_cell_lines",
]

# A line that continues a sentence: lower case, or a script without case (Arabic, Chinese),
# whose paragraph starts are found by labels, chapeaux and the run-on splitter instead.
LOWER_START = re.compile(r"^[\[“\"']?[a-zа-яёàâçéèêëîïôûùüÿñæœ\u0620-\u064a\u4e00-\u9fff]")
# a sentence's end, or an editorial note's (``… in the draft decision}``)
# "…referred to in paragraph" / "134quater(a) above", "…paragraph 134 (option" / "1) above":
# the number a line opens with is the rest of a cross-reference the wrap cut (text and PDF)
CITING_NUMBER = re.compile(r"\b(?:paragraphs?|sub-?paragraphs?|paras?\.?|\(?options?)$")
SENTENCE_BREAK = re.compile(r"[.;:][\])”\"]?$|\}$")
TITLE_END = (".", ",", ";", ":", "]", ")", "”", '"', "’")


def reach(line: str) -> int:
    """How far across the page a line reaches, its indentation included (tabs as 4)."""
    return len(line.expandtabs(4).rstrip())


def stands_alone(body: str, nxt: str | None, after_sentence: bool) -> bool:
    """A title line between paragraphs ("Addendum", "[Annex I", "Contents", "[English only]").

    Wrapped text breaks inside a sentence before a lower-case word; a short capitalised line
    with no closing punctuation, followed by a capitalised line (or nothing), is a line of its
    own whatever the width of the line above it. So is a longer one ("Facilitating
    implementation and compliance") between a sentence's end and a numbered paragraph: a
    paragraph never ends without punctuation. A table row ("| … |") stands alone too, and a
    language or editorial note in brackets on a line of its own.
    """
    if body.startswith("|"):
        return True
    if body.startswith("[") and body.endswith("]") and body.count("[") == 1:
        return skip_reason(body, 0, body[1:-1], False) in _NOTE_REASONS
    if not body.lstrip("[")[:1].isupper() or body.endswith(TITLE_END):
        return False
    if body.count("]") > body.count("[") or body.count(")") > body.count("("):
        return False  # the tail of a bracket opened on the line above
    if len(body) > 40:
        return after_sentence and nxt is not None and _opens_numbered(nxt)
    return nxt is None or not LOWER_START.match(nxt)


_NOTE_REASONS = frozenset({SkipReason.LANGUAGE_NOTE, SkipReason.EDITORIAL_NOTE})
_NUMBERED_KINDS = frozenset(
    {LabelKind.EXPLICIT, LabelKind.NUMBER, LabelKind.SECTION, LabelKind.ARTICLE}
)


def _opens_numbered(line: str) -> bool:
    """Whether a line opens a numbered paragraph, an article or a section ("102. Decides")."""
    lab = parse_label(line)
    return lab is not None and lab.kind in _NUMBERED_KINDS and not lab.rest[:1].islower()


# "IN WITNESS WHEREOF", "EN FOI DE QUOI": a formula of final clauses, in capitals
_CAPS_OPENING = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}\b")
# "f  This field is optional.": a table note's letter, the next after the paragraph's own
_NOTE_LETTER = re.compile(r"([a-z])\s+([^\W\d_])")


def opens_after_sentence(body: str, first: str) -> bool:
    """Whether a line after a sentence's end opens a paragraph of its own although it looks
    like prose: a formula in capitals, or the next letter of a run of table notes (``first``
    being the first line of the paragraph above)."""
    caps = _CAPS_OPENING.match(body)
    if caps is not None and caps.group(0).isupper():
        return True
    note = _NOTE_LETTER.match(body)
    if note is None or note.group(1) == "a" or not note.group(2).isupper():
        return False
    return first.startswith(chr(ord(note.group(1)) - 1)) and first[1:2].isspace()


_CELL_RUN = 3


def table_cell_lines(lines: list[str | None], short: int) -> frozenset[int]:
    """The lines of a table printed one cell a line ("Date of submission" / "dd/mm/yyyy"): runs
    of three or more short lines, most of them capitalised, none labelled or ending in a hyphen.

    A wrap never leaves a short line before a word that would have fitted on it; where a PDF
    does (a narrow cell wrapped, a justified line cut into words) the words are mostly lower
    case, as in a sentence; a table's cells are not. The last line of a wrapped paragraph
    (short, in lower case, under a line that ends no sentence) is no cell but is kept with the
    run: the cell under it starts a paragraph.
    """
    out: set[int] = set()
    run: list[int] = []
    lower = 0  # how many lines of the run start in lower case
    tail = False  # whether the run's first line ends the wrapped paragraph above it
    for i, t in enumerate([*lines, ""]):
        if t is None:
            continue  # a line taken out (furniture, a footnote) does not end the run
        s = t.strip()
        # a label opens a paragraph: it is no cell
        if (
            s
            and len(s) < short
            and reach(t) < short
            and s[-1] not in "-\u00ad"
            and parse_label(s) is None
        ):
            starts_lower = LOWER_START.match(s) is not None
            if not run:
                tail = tail and starts_lower
            lower += starts_lower and not (tail and not run)
            run.append(i)
            continue
        if len(run) - tail >= _CELL_RUN and 3 * lower <= len(run) - tail:
            out.update(run)  # the tail too: the cell under it is no wrapped line
        run, lower, tail = [], 0, bool(s) and SENTENCE_BREAK.search(s) is None
    return frozenset(out)
