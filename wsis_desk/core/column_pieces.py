"""Cut the run of texts printed beside a column of labels into as many paragraphs as it has
labels, and hand the labels out.

The joiner of PDF text notes where a wrapped line ended a sentence and the next began one
(``RawParagraph.breaks``, with how far across the page that line reached); where it ran two
texts beside a column together, they are cut there, the shortest such lines first (a
paragraph's last line rarely fills the page). Sub-items, notes and the later options of a set
ride along (``column_riders``) and take no label.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from wsis_desk.core.column_riders import is_rider, riders
from wsis_desk.core.paragraphs import RawParagraph

__all__ = ["cut_run", "hand_out", "label_only"]


def label_only(p: RawParagraph) -> bool:
    """A label printed on a line of its own, its text elsewhere (a column's label)."""
    return bool(p.margin) and not p.text.strip()


def _split(p: RawParagraph, at: list[int]) -> list[RawParagraph]:
    """``p`` cut at the offsets ``at`` (ascending); notes stay with the first piece, and each
    piece keeps the sentence breaks inside it (a later column may cut it again)."""
    out: list[RawParagraph] = []
    for a, b in itertools.pairwise([0, *at, len(p.text)]):
        raw = p.text[a:b]
        start = a + len(raw) - len(raw.lstrip())
        text = raw.strip()
        breaks = [(o - start, r) for o, r in p.breaks if start < o < start + len(text)]
        if out:
            out.append(RawParagraph(text=text, line=p.line, indent=p.indent, breaks=breaks))
        else:
            out.append(replace(p, text=text, breaks=breaks))
    return out


def cut_run(
    run: list[RawParagraph], count: int, before: list[RawParagraph] | None = None
) -> list[RawParagraph | None] | None:
    """``run`` (texts and riders) with its texts made exactly ``count`` paragraphs, cut at their
    likeliest breaks; each text piece is followed by None in the result where a label goes
    (riders are kept as they are, without a None). None when the texts cannot be made so many.
    ``before``: the paragraphs printed before the run, for the options it goes on with.
    """
    rides = riders(run, before)
    texts = [n for n, t in enumerate(run) if not rides[n]]
    deficit = count - len(texts)
    if deficit < 0:
        return None
    # a paragraph run into an option of the one before it is cut like one run into a text
    wordings = [n for n, t in enumerate(run) if rides[n] and not is_rider(t)]
    found = [(reach, n, off) for n in texts + wordings for off, reach in run[n].breaks]
    if len(found) < deficit:
        # the paragraph after a sub-item's sentence was run into the sub-item: cut it there too
        items = [n for n, t in enumerate(run) if is_rider(t)]
        found += [(reach, n, off) for n in items for off, reach in run[n].breaks]
    if len(found) < deficit:
        return None
    chosen = sorted(found)[:deficit]
    out: list[RawParagraph | None] = []
    for n, t in enumerate(run):
        at = sorted(off for _, m, off in chosen if m == n)
        pieces = _split(t, at) if at else [t]
        if rides[n]:
            out.append(pieces[0])  # the sub-item keeps its letter and takes no number
            pieces = pieces[1:]
        for piece in pieces:
            out.extend([piece, None])
    return out


def hand_out(pieces: list[RawParagraph | None], labels: list[str]) -> list[RawParagraph]:
    """The pieces from ``cut_run`` with the labels handed out in order, one per text piece."""
    out: list[RawParagraph] = []
    given = iter(labels)
    for p in pieces:
        if p is None:
            out[-1] = replace(out[-1], margin=next(given))
        else:
            out.append(p)
    return out
