"""Which paragraphs printed beside a column of numbers take a number and which ride along.

A column's numbers go to the texts printed beside it (``core/columns.py``); some of those
paragraphs take no number of their own: a sub-item with its letter in the margin, an
editorial note ``{…}``, and the later wordings of a paragraph printed as its options. The
options of one paragraph are one text, as the paragraph has one number: ``Option 1:`` opens
the set; ``Option 2:`` … go on with it, as do an option's text printed under its header line
(``Option 1:`` / ``[Its text …]``), the texts between two options of a set and the numbered
parts of an option (``6.1 …``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.lexicon import looks_heading
from wsis_desk.core.paragraphs import RawParagraph

__all__ = [
    "goes_on",
    "is_item",
    "is_rider",
    "number_off_option",
    "one_more_set",
    "option_of",
    "riders",
    "set_before",
    "sub_number",
    "unlabelled",
]

# The option that opens a set of wordings of one paragraph: Option 1, I, A, a, 5A.
_OPENS_SET = re.compile(r"^(?:1|I|A|a|\d+A)$")


def unlabelled(p: RawParagraph) -> bool:
    """A paragraph of text that came with no label of its own (an option counts as text)."""
    if p.margin or p.number or p.heading_level is not None or not p.text:
        return False
    lab = parse_label(p.text)
    if lab is not None:
        return lab.kind is LabelKind.OPTION and bool(lab.rest)
    return not looks_heading(p.text) and not p.text.startswith(("{", "|"))


def is_rider(p: RawParagraph) -> bool:
    """A sub-item (``(a)`` in the margin) or an editorial note (``{Proposed to move …}``)
    printed among a column's texts: it rides along with the text before it and takes no number
    of the column."""
    if p.margin is None:  # a note, maybe with the next text run into it ("{…} [The …")
        ends = [p.text[:off].rstrip() for off, _ in p.breaks] + [p.text]
        braced = p.text.startswith("{") and any(x.endswith("}") for x in ends)
        return braced or _starred(p.text) or _inline(p)
    return p.margin.startswith("(") and bool(p.text)


def _starred(text: str) -> bool:
    """``**[CMA shall …]``: the note of a ``**`` mark in the paragraph before, printed among the
    texts (Paris agreement draft of 4 December 2015, PDF text, Art. 8.2); not markdown's bold
    (``**[Option 2**``), whose stars close again."""
    return text.startswith(("**[", "***[")) and "**" not in text.lstrip("*")


def is_item(p: RawParagraph) -> bool:
    """A sub-item printed with its letter in the margin (``(a)``) or inline (``(iii) …``)."""
    return (p.margin is not None and is_rider(p)) or _inline(p)


def _inline(p: RawParagraph) -> bool:
    """``(iii) Developing strategies …;]``: a sub-item printed with its letter inline, where
    the items before it had theirs in the margin (Paris decision drafts, PDF text, the last
    item of paragraph 52 / 53)."""
    if p.margin or p.number or p.heading_level is not None:
        return False
    lab = parse_label(p.text)
    return (
        lab is not None
        and lab.kind in (LabelKind.LETTER, LabelKind.ROMAN)
        and lab.printed.startswith("(")
        and bool(lab.rest)
    )


def option_of(p: RawParagraph) -> LabelMatch | None:
    """The option ``p`` opens with (``Option 2: …``, ``[Option 1:`` alone), if it is one."""
    if p.margin or p.number or p.heading_level is not None or not p.text:
        return None
    lab = parse_label(p.text)
    return lab if lab is not None and lab.kind is LabelKind.OPTION else None


def sub_number(p: RawParagraph) -> bool:
    """``6.1 [Developed country Parties] …``: a numbered part of a paragraph, printed in its
    text; under an option it is that option's (Geneva text, paragraph 6 option 1)."""
    if p.margin or p.heading_level is not None:
        return False
    lab = parse_label(p.text)
    return lab is not None and lab.kind is LabelKind.NUMBER and "." in lab.value.strip(".")


def _set_goes_on(seq: list[RawParagraph], k: int) -> bool:
    """Whether the next option from ``seq[k]`` on goes on with a set begun before it (``Option
    3:`` after the texts of option 2), so the texts before it are the option's own."""
    for p in seq[k:]:
        lab = option_of(p)
        if lab is not None:
            return not _OPENS_SET.match(lab.value)
        if is_item(p) or not (unlabelled(p) or is_rider(p) or sub_number(p)):
            return False  # sub-items: the texts may be theirs (a letter column's)
    return False


def riders(run: list[RawParagraph], before: list[RawParagraph] | None = None) -> list[bool]:
    """For each paragraph of ``run``, whether it rides along with the text before it and takes
    no number of the column: a sub-item or a note (``is_rider``), an option after the first of
    its set (``Option 2:`` goes on with an ``Option 1:``, printed before it or before the
    column), the text under an option's header printed alone (``Option 1:`` / ``[Its text …]``)
    and a text between two options of a set (the first option's second paragraph). The options
    of one paragraph are one text, as the paragraph has one number. ``before``: the paragraphs
    printed before the run, read for the set they open (context only).
    """
    seq = [*(before or []), *run]
    out: list[bool] = []
    in_set = header = False  # the texts before belong to a set of options; under a header
    for n, p in enumerate(seq):
        lab = option_of(p)
        if lab is not None:
            rides = not _OPENS_SET.match(lab.value)  # Option 2 goes on with a set begun before
            in_set, header = True, not lab.rest
        elif is_rider(p) or (in_set and sub_number(p)):
            rides = True
        else:
            rides = header or (in_set and _set_goes_on(seq, n + 1))
            in_set = rides
            header = False
        if n >= len(before or []):
            out.append(rides)
    return out


def set_before(out: list[RawParagraph]) -> list[RawParagraph]:
    """The option printed last before a column, when the column's first texts may go on with
    its set: an option with its text (``Option 1: …`` at a page's foot, ``Option 2: …`` after
    the column), or an option's header that an earlier column numbered (``2.`` ``Option 1 :``
    at a page's foot, its text after the next page's column: Paris v2 PDF text Art. 6.2). A
    header printed alone and unnumbered heads the paragraphs the column numbers (``Option I:``
    ``1.`` … ``6.``: Paris v1 PDF text Art. 5) and is no such context."""
    if not out:
        return []
    last = replace(out[-1], margin=None)
    lab = option_of(last)
    if lab is None or not (lab.rest or out[-1].margin):
        return []
    return [last]


_NUMBER = re.compile(r"^(\d{1,4})\.$")


def number_off_option(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with each number printed beside a later option of the paragraph numbered just
    before it handed to the text after that set: ``56.`` ``[Option 1: …]`` / ``57.`` ``[Option
    2: …]`` / ``Recalls …`` is paragraph 56 in two wordings and paragraph 57 (co-chairs'
    non-paper of 5 October 2015, PDF text, where the numbers stand one a line apart from their
    texts). Changed only when such a text follows the set right after it."""
    out = list(paras)
    for k, p in enumerate(out):
        m = _NUMBER.match(p.margin or "")
        lab = option_of(replace(p, margin=None)) if m else None
        if m is None or lab is None or _OPENS_SET.match(lab.value) or k == 0:
            continue
        before = _NUMBER.match(out[k - 1].margin or "")
        first = option_of(replace(out[k - 1], margin=None))
        if before is None or int(before.group(1)) + 1 != int(m.group(1)) or first is None:
            continue
        if not _OPENS_SET.match(first.value):
            continue
        n = k + 1
        while n < len(out) and option_of(out[n]) is not None and not out[n].blank_before:
            n += 1
        nxt = out[n] if n < len(out) else None
        if nxt is None or nxt.blank_before or not unlabelled(nxt) or option_of(nxt) is not None:
            continue
        out[k] = replace(p, margin=None, blank_before=False)
        out[n] = replace(nxt, margin=p.margin)
    return out


def _plain(p: RawParagraph) -> bool:
    """A text of its own: no option, sub-item, note or numbered part."""
    return unlabelled(p) and option_of(p) is None and not is_rider(p) and not sub_number(p)


def one_more_set(
    run: list[RawParagraph], more: list[RawParagraph], before: list[RawParagraph] | None = None
) -> bool:
    """Whether the texts printed right after ``run`` (the texts a column's numbers go to) are
    one more paragraph printed as its options (``Option 1:`` opening a set anew, then the
    later options): a set of options has a number of its own."""
    rides = riders([*run, *more], before)
    new = [p for p, r in zip(more, rides[len(run) :], strict=True) if not r]
    return len(new) == 1 and _opens(new[0])


def goes_on(pieces: list[RawParagraph | None]) -> int | None:
    """Where, in the pieces of a column's run (``column_pieces.cut_run``: a text piece is
    followed by None, where its number goes), the text stands that is the second, unnumbered
    paragraph of the one before it, when the run has one text more than the column has
    numbers and ends with paragraphs printed as their options: the last plain text, all texts
    after it being sets of options, right after another plain text (``1.`` ``2.`` ``3.`` /
    goal / challenge / options / options: Paris agreement draft of 4 December 2015, PDF text,
    Art. 4.1-4.3; the markdown of the draft prints the challenge under paragraph 1). None when
    it is not so."""
    texts = [n for n, p in enumerate(pieces[:-1]) if p is not None and pieces[n + 1] is None]
    for k in range(len(texts) - 1, 0, -1):
        p = pieces[texts[k]]
        assert p is not None
        if _opens(p):
            continue
        before = pieces[texts[k] - 2] if texts[k] >= 2 else None
        if not _plain(p) or before is None or texts[k - 1] != texts[k] - 2 or not _plain(before):
            return None
        return texts[k]
    return None


def _opens(p: RawParagraph) -> bool:
    """Whether ``p`` opens a set of options (``Option 1: …``)."""
    lab = option_of(p)
    return lab is not None and bool(_OPENS_SET.match(lab.value))
