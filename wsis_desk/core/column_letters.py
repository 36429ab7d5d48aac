"""Give sub-item letters that PDF text prints as a column around their texts back to them.

pdftotext prints a list's letters as a column beside the texts; when the texts are longer than
the column, some letters come before the texts and the rest after them (``(h)`` ``(i)``
``(j)`` / seven texts / ``(k)`` … ``(n)``), or all of them after the texts run into the item
before (``(b) [Be unconditional …]`` / ``[Maximize …]`` / ``[Prioritize …]`` / ``(c)`` ``(d)``).
The letters on either side are one column: they go to the texts in order, as the numbers of a
column do. The bracket that opens a list is printed with the column's first letter
(``[(h)``), or on a line of its own before the text of the next letter (``[(e)``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from wsis_desk.core.column_pieces import cut_run, hand_out, label_only
from wsis_desk.core.column_riders import is_item, unlabelled
from wsis_desk.core.paragraphs import RawParagraph

__all__ = [
    "in_order",
    "letters_around",
    "letters_to_titles",
    "list_mark",
    "lone_letters",
    "numbers_before_letters",
]

_LETTER = re.compile(r"^\(([a-z]|[ivx]{1,5})\)$")
# "[(h)": a letter with the bracket that opens its text, printed alone
_LONE = re.compile(r"^(\[+)(\((?:[a-z]|[ivx]{1,5})\))$")
_NUMBER = re.compile(r"^\d{1,4}\.$")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def list_mark(p: RawParagraph) -> str | None:
    """The letter or small roman numeral of ``p``'s margin (``(c)``, ``(iv)``), if any."""
    m = _LETTER.match(p.margin or "")
    return m.group(1) if m else None


def _next(a: str, b: str) -> bool:
    """Whether ``b`` comes right after ``a`` in a list lettered or numbered in romans."""
    if len(a) == 1 and len(b) == 1 and ord(b) == ord(a) + 1:
        return True
    return a in _ROMANS and b in _ROMANS and _ROMANS.index(b) == _ROMANS.index(a) + 1


def in_order(letters: list[str | None]) -> bool:
    """Whether the marks follow each other (``c``, ``d``; ``iii``, ``iv``)."""
    return all(
        a is not None and b is not None and _next(a, b) for a, b in itertools.pairwise(letters)
    )


def lone_letters(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with each letter printed alone with its bracket read as a label: ``[(h)``
    before a column of letters heads that column (its bracket goes to the column's first
    text); ``[(e)`` before a text is that text's letter (the bracket opens the text). The
    reader may have joined such a letter as text to a letter of the column before it
    (``(d)`` + ``[(e)``): that one is a label of its own."""
    out: list[RawParagraph] = []
    carry = ""  # the bracket of a column's first letter, for the column's first text
    letter: str | None = None  # the letter printed alone before the next text
    for n, p in enumerate(paras):
        m = _LONE.match(p.text)
        if m is not None and list_mark(p) is not None:
            out.append(RawParagraph("", p.line, margin=p.margin, blank_before=p.blank_before))
            p = replace(p, margin=None, blank_before=False)
        nxt = paras[n + 1] if n + 1 < len(paras) else None
        if m is not None and p.margin is None and nxt is not None:
            heads = in_order([m.group(2)[1:-1], list_mark(nxt)])
            if heads and _first_text_lettered(paras, n):
                out.append(RawParagraph("", p.line, margin=m.group(2), blank_before=p.blank_before))
                carry = m.group(1)
                continue
            if unlabelled(nxt) and not _LONE.match(nxt.text):
                letter, carry = m.group(2), m.group(1)
                continue
        if carry and p.text:
            p = replace(p, text=carry + p.text, breaks=[(o + len(carry), r) for o, r in p.breaks])
            carry = ""
        if letter is not None:
            p = replace(p, margin=letter, blank_before=True)
            letter = None
        out.append(p)
    return out


def _first_text_lettered(paras: list[RawParagraph], n: int) -> bool:
    """Whether the first text after the column of letters from ``n + 1`` has a letter."""
    k = n + 1
    while k < len(paras) and label_only(paras[k]) and list_mark(paras[k]) is not None:
        k += 1
    return k < len(paras) and list_mark(paras[k]) is not None and bool(paras[k].text)


def letters_around(
    paras: list[RawParagraph], i: int, j: int
) -> tuple[list[RawParagraph], int] | None:
    """The letters ``paras[i:j]`` and ``paras[j]``'s, printed before the texts from ``j`` on
    (``paras[j]`` the first, printed with the last letter), and the letters that go on with
    them printed as a column right after those texts: the texts cut into as many paragraphs,
    each with its letter in order, and where to go on. None when it is not so."""
    letters = [list_mark(p) for p in paras[i : j + 1]]
    if not paras[j].text or not in_order(letters):
        return None
    k = j + 1
    while k < len(paras) and not paras[k].blank_before:
        # the texts, and the sub-items of one of them (``(i)`` under ``(d)``'s text)
        sub = is_item(paras[k]) and not in_order([letters[-1], list_mark(paras[k])])
        if not (unlabelled(paras[k]) or sub):
            break
        k += 1
    texts = k
    while k < len(paras) and label_only(paras[k]) and in_order([letters[-1], list_mark(paras[k])]):
        letters.append(list_mark(paras[k]))
        k += 1
    run = [replace(paras[j], margin=None, blank_before=False), *paras[j + 1 : texts]]
    # the last letters after the texts may be those of texts printed after them ("(e)" "(f)"
    # "48." / (f)'s text): as many letters as the texts can be cut into, the rest left
    for taken in range(k - texts, 0, -1):
        pieces = cut_run(run, len(letters) - (k - texts) + taken)
        if pieces is not None:
            out = hand_out(pieces, [f"({x})" for x in letters])
            out[0] = replace(out[0], blank_before=paras[i].blank_before)
            return out, texts + taken
    return None  # no letter after the texts, or the texts cannot be cut so many


def numbers_before_letters(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with the numbers printed among a column of letters put before them: ``(c)``
    ``89.`` ``(d)`` / the texts of (c) and (d) is the number of the text after the sub-items,
    printed above them as ``columns`` reads those (Paris decision draft of 6 November 2015,
    PDF text, paragraphs 88-89)."""
    out = list(paras)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and label_only(out[j]):
            j += 1
        if j < len(out) and j > i and list_mark(out[j]) and out[j].text:
            run = out[i:j]
            numbers = [p for p in run if _NUMBER.match(p.margin or "")]
            letters = [p for p in run if list_mark(p)]
            first = next((n for n, p in enumerate(run) if list_mark(p)), len(run))
            among = any(_NUMBER.match(p.margin or "") for p in run[first:])
            marks = [list_mark(p) for p in [*letters, out[j]]]
            if among and len(numbers) + len(letters) == len(run) and in_order(marks):
                out[i:j] = [*numbers, *letters]
        i = max(j, i + 1)
    return out


def _title(p: RawParagraph) -> bool:
    """A braced title printed alone (``{Subsequent communications}``)."""
    t = p.text.strip()
    return t.startswith("{") and t.endswith("}") and "}" not in t[:-1]


def letters_to_titles(
    paras: list[RawParagraph], i: int, j: int
) -> tuple[list[RawParagraph], int] | None:
    """The letters ``paras[i:j]`` and ``paras[j]``'s, a column printed before items that each
    open with a braced title (``(b)`` ``(c)`` / ``{Subsequent communications}`` its options …
    ``{Consultative period/ex ante}`` …: Paris agreement draft of 4 December 2015, PDF text,
    Art. 3.8; the reader gives the last letter to the first title), handed to the titles in
    order, up to the list's next lettered item or numbered paragraph: the paragraphs from
    ``i`` on and where to go on. None unless the titles are as many."""
    if j >= len(paras) or list_mark(paras[j]) is None or not _title(paras[j]):
        return None
    letters = [list_mark(p) for p in paras[i : j + 1]]
    if not in_order(letters):
        return None
    titles = [j]
    k = j + 1
    while k < len(paras) and not (paras[k].margin and not list_mark(paras[k])):
        mark = list_mark(paras[k])
        if mark is not None and in_order([letters[-1], mark]):
            break  # the list's next item, printed with its letter
        if mark is not None and mark not in _ROMANS:
            return None  # another list's letter: not the items of this column
        if paras[k].margin is None and _title(paras[k]):
            titles.append(k)
        k += 1
    if len(titles) != len(letters):
        return None
    given = dict(zip(titles, (p.margin for p in paras[i : j + 1]), strict=True))
    out = [
        replace(p, margin=given[n], blank_before=True) if n in given else p
        for n, p in enumerate(paras[j:k], start=j)
    ]
    return out, k
