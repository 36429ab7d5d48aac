"""Give paragraph numbers that PDF text prints as a column apart from their texts back to them.

Text extracted from a PDF often gives a page's margin numbers as one column (``1.`` ``2.``
``3.`` on lines of their own) and then the texts one after the other, or the texts first and
the numbers after them. The reader then hands over margin labels without text and texts
without labels (``SourceBlock.margin``, ``breaks``, ``blank_before``). Here each column
is paired with the run of unlabelled paragraphs printed beside it (lines with no blank line
between them); where the joiner ran two of those texts together, they are cut where a wrapped
line ended a sentence, the shortest such lines first (a paragraph's last line rarely fills the
page). When the texts cannot be made to match the numbers one to one, nothing is changed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.lexicon import looks_heading
from wsis_desk.core.paragraphs import RawParagraph

__all__ = ["attach_columns"]

# A footnote's number printed in the column of paragraph numbers ("1." "2." "14" "15").
_BARE_MARK = re.compile(r"^\d{1,3}$")
_NUMBER = re.compile(r"^(\d{1,4})\.$")


def _label_only(p: RawParagraph) -> bool:
    return bool(p.margin) and not p.text.strip()


def _unlabelled(p: RawParagraph) -> bool:
    """A paragraph of text that came with no label of its own (an option counts as text)."""
    if p.margin or p.number or p.heading_level is not None or not p.text:
        return False
    lab = parse_label(p.text)
    if lab is not None:
        return lab.kind is LabelKind.OPTION and bool(lab.rest)
    return not looks_heading(p.text) and not p.text.startswith(("{", "|"))


def _split(p: RawParagraph, at: list[int]) -> list[RawParagraph]:
    """``p`` cut at the offsets ``at`` (ascending); notes stay with the first piece."""
    cuts = [0, *at, len(p.text)]
    pieces = [p.text[a:b].strip() for a, b in itertools.pairwise(cuts)]
    first = replace(p, text=pieces[0], breaks=[])
    rest = [RawParagraph(text=t, line=p.line, indent=p.indent) for t in pieces[1:]]
    return [first, *rest]


def _is_rider(p: RawParagraph) -> bool:
    """A sub-item (``(a)`` in the margin) printed among a column's texts: it rides along with
    the text before it and takes no number of the column."""
    return p.margin is not None and p.margin.startswith("(") and bool(p.text)


def _pieces(run: list[RawParagraph], count: int) -> list[RawParagraph | None] | None:
    """``run`` (texts and riders) with its texts made exactly ``count`` paragraphs, cut at their
    likeliest breaks; each text piece is followed by None in the result where a label goes
    (riders are kept as they are, without a None). None when the texts cannot be made so many.
    """
    texts = [n for n, t in enumerate(run) if not _is_rider(t)]
    deficit = count - len(texts)
    if deficit < 0:
        return None
    found = [(reach, n, off) for n in texts for off, reach in run[n].breaks]
    if len(found) < deficit:
        return None
    chosen = sorted(found)[:deficit]
    out: list[RawParagraph | None] = []
    for n, t in enumerate(run):
        if _is_rider(t):
            out.append(t)
            continue
        at = sorted(off for _, m, off in chosen if m == n)
        for piece in _split(t, at) if at else [t]:
            out.extend([piece, None])
    return out


def _labelled(pieces: list[RawParagraph | None], labels: list[str]) -> list[RawParagraph]:
    """The pieces from ``_pieces`` with the labels handed out in order, one per text piece."""
    out: list[RawParagraph] = []
    given = iter(labels)
    for p in pieces:
        if p is None:
            out[-1] = replace(out[-1], margin=next(given))
        else:
            out.append(p)
    return out


def _number_before(margin: str | None, labels: list[str]) -> bool:
    """Whether ``labels`` are the numbers ``n+1.`` ``n+2.`` … following ``margin`` (``n.``)."""
    m = _NUMBER.match((margin or "").strip())
    values = [_NUMBER.match(x.strip()) for x in labels]
    if m is None or any(v is None for v in values):
        return False
    first = int(m.group(1))
    got = [int(v.group(1)) for v in values if v is not None]
    return got == list(range(first + 1, first + 1 + len(labels)))


def _run_after(paras: list[RawParagraph], k: int, limit: int, *, after_text: bool) -> list[int]:
    """Indices of the texts (and the sub-items among them) printed together from ``k``: no
    blank line between them, at most ``limit`` texts; sub-items first only ``after_text``."""
    taken: list[int] = []
    texts = 0
    while k < len(paras) and texts < limit:
        p = paras[k]
        if taken and p.blank_before:
            break
        if _is_rider(p) and (taken or after_text):
            taken.append(k)
        elif _unlabelled(p):
            taken.append(k)
            texts += 1
        else:
            break
        k += 1
    return taken


def _numbers_first(
    paras: list[RawParagraph], i: int, j: int
) -> tuple[list[RawParagraph], int] | None:
    """Labels ``paras[i:j]`` and the one joined to the text at ``j``, paired with the texts
    that follow: the new paragraphs and where to go on, or None."""
    labels = [p.margin or "" for p in paras[i : j + 1]]
    first = paras[j]
    if _BARE_MARK.match(first.text.strip()):
        head: list[RawParagraph] = []
        k = j + 1
        while k < len(paras) and not paras[k].margin and _BARE_MARK.match(paras[k].text.strip()):
            k += 1  # more footnote numbers in the column
        taken = _run_after(paras, k, len(labels), after_text=False)
    else:
        head = [replace(first, margin=None, blank_before=False)]
        lead = _after_lead_in(paras, j, labels)
        if lead is not None:
            return [*head, *lead[0]], lead[1]
        taken = _run_after(paras, j + 1, len(labels) - 1, after_text=True)
        if taken and paras[taken[0]].blank_before:
            taken = []  # the texts after the first are printed right under it
    pieces = _pieces(head + [paras[k] for k in taken], len(labels))
    if pieces is None:
        return None
    stop = (taken[-1] if taken else j) + 1
    return _labelled(pieces, labels), stop


def _after_lead_in(
    paras: list[RawParagraph], j: int, labels: list[str]
) -> tuple[list[RawParagraph], int] | None:
    """``For the purposes of this Agreement … In addition:`` at ``j``, the first text beside a
    column ``1.`` ``2.`` …, is the article's unnumbered lead-in: the numbers go to the texts
    under it (the definitions), when those can be made as many. None when it is not so."""
    if not paras[j].text.rstrip().endswith(":") or labels[0].strip() != "1.":
        return None
    taken = _run_after(paras, j + 1, len(labels), after_text=False)
    if not taken or paras[taken[0]].blank_before:
        return None
    pieces = _pieces([paras[k] for k in taken], len(labels))
    if pieces is None:
        return None
    return _labelled(pieces, labels), taken[-1] + 1


def _numbers_after(out: list[RawParagraph], labels: list[str]) -> bool:
    """Labels printed after their texts: hand them to the unlabelled paragraphs that follow the
    paragraph numbered just before them (in ``out``, changed in place). False if they do not fit.
    """
    k = len(out)
    while k > 0 and (_unlabelled(out[k - 1]) or _is_rider(out[k - 1])):
        k -= 1
    if k == 0 or not out[k - 1].text or not _number_before(out[k - 1].margin, labels):
        return False
    out_head = out[k - 1]
    pieces = _pieces(out[k - 1 :], len(labels) + 1)
    if pieces is None:
        return False
    del out[k - 1 :]
    out.extend(_labelled(pieces, [out_head.margin or "", *labels]))
    return True


def _own_label_apart(paras: list[RawParagraph]) -> list[RawParagraph]:
    """The last number of a column joined to a heading (``10.`` + ``II. TITLE``) kept apart:
    the number ends the column, the heading is not paragraph 10."""
    out: list[RawParagraph] = []
    for p in paras:
        if out and _label_only(out[-1]) and p.margin and _is_heading(p.text):
            out.append(RawParagraph("", p.line, margin=p.margin))
            out.append(replace(p, margin=None))
        else:
            out.append(p)
    return out


def _is_heading(text: str) -> bool:
    lab = parse_label(text)
    if lab is not None:
        return lab.kind in (LabelKind.SECTION, LabelKind.ARTICLE) and bool(lab.rest)
    return looks_heading(text)


def _straddling(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """A column printed between its texts: ``2.`` Requests … / Invites … / ``3.`` ``4.`` /
    Also invites …: the texts the column lacks after it were run into the paragraph numbered
    just before it, whose last sentences they are (``out[-1]``, changed in place)."""
    labels = [p.margin or "" for p in paras[i : j + 1]]
    before = out[-1] if out else None
    if before is None or _is_rider(before) or not _number_before(before.margin, labels):
        return None
    head = [replace(paras[j], margin=None, blank_before=False)]
    taken = _run_after(paras, j + 1, len(labels) - 1, after_text=True)
    if taken and paras[taken[0]].blank_before:
        taken = []
    texts = sum(not _is_rider(paras[k]) for k in taken) + 1
    missing = len(labels) - texts
    if missing < 1 or len(before.breaks) < missing:
        return None
    pieces = _pieces([before], missing + 1)
    rest = _pieces(head + [paras[k] for k in taken], texts)
    if pieces is None or rest is None:
        return None
    out[-1:] = _labelled(pieces, [before.margin or "", *labels[:missing]])
    stop = (taken[-1] if taken else j) + 1
    return _labelled(rest, labels[missing:]), stop


def _after_sub_items(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """One number printed above the sub-items of the paragraph before it (``…that:`` /
    ``30.`` / ``(a)`` … ``(c)`` / ``Also decides …``): it is the number of the text after them.
    """
    if j != i + 1 or j >= len(paras) or not _is_rider(paras[j]):
        return None
    if not _NUMBER.match(paras[i].margin or "") or not out or not out[-1].text.endswith(":"):
        return None
    k = j
    while k < len(paras) and _is_rider(paras[k]):
        k += 1
    if k >= len(paras) or not _unlabelled(paras[k]):
        return None
    return [*paras[j:k], replace(paras[k], margin=paras[i].margin)], k + 1


def attach_columns(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with each column of labels handed to the texts it stands for."""
    if not any(_label_only(p) for p in paras):
        return paras
    paras = _own_label_apart(paras)
    out: list[RawParagraph] = []
    i = 0
    while i < len(paras):
        if not _label_only(paras[i]):
            out.append(paras[i])
            i += 1
            continue
        j = i
        while j < len(paras) and _label_only(paras[j]):
            j += 1
        moved = _after_sub_items(paras, i, j, out)
        if moved is not None:
            out.extend(moved[0])
            i = moved[1]
            continue
        if j < len(paras) and paras[j].margin and paras[j].text:
            done = _numbers_first(paras, i, j) or _straddling(paras, i, j, out)
            if done is not None:
                out.extend(done[0])
                i = done[1]
                continue
            out.extend(paras[i : j + 1])
            i = j + 1
            continue
        labels = [p.margin or "" for p in paras[i:j]]
        if not _numbers_after(out, labels):
            out.extend(paras[i:j])
        i = j
    return out
