"""Give paragraph numbers that PDF text prints as a column apart from their texts back to them.

pdftotext often extracts a page's margin numbers as one column (``1.`` ``2.`` ``3.`` on lines of
their own) and then the texts one after the other, or the texts first and the numbers after
them. The line joiner then sees labels without text and texts without labels. Here each column
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


def _pieces(texts: list[RawParagraph], count: int) -> list[RawParagraph] | None:
    """``texts`` as exactly ``count`` paragraphs, cut at their likeliest breaks; None if not."""
    deficit = count - len(texts)
    if deficit < 0:
        return None
    if deficit == 0:
        return texts
    found = [(reach, n, off) for n, t in enumerate(texts) for off, reach in t.breaks]
    if len(found) < deficit:
        return None
    chosen = sorted(found)[:deficit]
    out: list[RawParagraph] = []
    for n, t in enumerate(texts):
        at = sorted(off for _, m, off in chosen if m == n)
        out.extend(_split(t, at) if at else [t])
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


def _texts_after(paras: list[RawParagraph], start: int) -> list[int]:
    """Indices of the unlabelled paragraphs printed together from ``start`` (bare footnote
    numbers before them skipped)."""
    k = start
    while k < len(paras) and not paras[k].margin and _BARE_MARK.match(paras[k].text.strip()):
        k += 1
    taken: list[int] = []
    while k < len(paras) and _unlabelled(paras[k]) and (not taken or not paras[k].blank_before):
        taken.append(k)
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
        taken = _texts_after(paras, j + 1)
    else:
        head = [replace(first, margin=None)]
        taken = []
        k = j + 1
        while k < len(paras) and _unlabelled(paras[k]) and not paras[k].blank_before:
            taken.append(k)
            k += 1
    taken = taken[: len(labels) - len(head)]
    texts = head + [paras[k] for k in taken]
    pieces = _pieces(texts, len(labels))
    if pieces is None:
        return None
    stop = (taken[-1] if taken else j) + 1
    return [replace(t, margin=lab) for t, lab in zip(pieces, labels, strict=True)], stop


def _numbers_after(out: list[RawParagraph], labels: list[str]) -> bool:
    """Labels printed after their texts: hand them to the unlabelled paragraphs that follow the
    paragraph numbered just before them (in ``out``, changed in place). False if they do not fit.
    """
    k = len(out)
    while k > 0 and _unlabelled(out[k - 1]):
        k -= 1
    if k == 0 or not out[k - 1].text or not _number_before(out[k - 1].margin, labels):
        return False
    pieces = _pieces(out[k - 1 :], len(labels) + 1)
    if pieces is None:
        return False
    head = [pieces[0]]
    del out[k - 1 :]
    out.extend(head + [replace(t, margin=lab) for t, lab in zip(pieces[1:], labels, strict=True)])
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
        if j < len(paras) and paras[j].margin and paras[j].text:
            done = _numbers_first(paras, i, j)
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
