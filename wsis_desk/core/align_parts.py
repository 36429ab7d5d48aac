"""A whole paragraph in one version against the run of parts it became in the other.

A list run into its paragraph (``… it will: (a) …; and (b) …``) in one version may be printed
as a chapeau and sub-items in the next, and the other way round; two paragraphs may be joined
into one. The aligner first pairs the whole with one part; here that pair grows into the run of
unpaired neighbours whose joined text reads most like the whole. Sub-items are joined with the
printed letter they lost when they were taken apart (``(a) Take …``), so a split that changes
no word compares as layout only.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from wsis_desk.core.model import Paragraph

__all__ = ["MAX_PARTS", "exact_runs", "grow", "item_text", "joined_text"]

MAX_PARTS = 40  # a run longer than this is not one paragraph taken apart
_STALL = 3  # parts added without a better score before the run stops growing


def item_text(p: Paragraph) -> str:
    """A paragraph's text as printed in a list run into its parent: ``(a) Take …``."""
    if p.number and p.number.startswith("(") and p.number.endswith(")"):
        return f"{p.number} {p.text}"
    return p.text


def joined_text(paragraphs: Sequence[Paragraph], indices: Sequence[int]) -> str:
    """The parts ``indices`` read as one paragraph: lines, each sub-item with its letter."""
    return "\n".join(
        paragraphs[k].text if n == 0 else item_text(paragraphs[k]) for n, k in enumerate(indices)
    )


def _score(whole: str, parts: Sequence[str], lo: int, hi: int) -> float:
    return fuzz.ratio(whole, " ".join(parts[lo : hi + 1])) / 100


def grow(
    whole: str,
    parts: Sequence[str],
    at: tuple[int, int],
    free: set[int],
    *,
    minimum: float,
    gain: float,
) -> list[int] | None:
    """The run of parts around ``at`` (and its free neighbours) that reads most like ``whole``.

    ``parts`` are normalised part texts (sub-items with their letters), ``at`` the first and
    last part the whole is paired with now (one part, or a merge or split found already). None
    when no longer run is at least ``minimum`` alike and ``gain`` better than ``at``.
    """
    first, last = at
    lo = first
    while lo - 1 in free and first - lo < MAX_PARTS:
        lo -= 1
    hi = last
    while hi + 1 in free and hi - last < MAX_PARTS:
        hi += 1
    if (lo, hi) == at:
        return None
    single = _score(whole, parts, first, last)
    best, start, end = single, first, last
    stall = 0
    for e in range(last + 1, hi + 1):  # grow to the right, then to the left
        s = _score(whole, parts, start, e)
        if s > best:
            best, end, stall = s, e, 0
        else:
            stall += 1
            if stall >= _STALL:
                break
    stall = 0
    for b in range(first - 1, lo - 1, -1):
        s = _score(whole, parts, b, end)
        if s > best:
            best, start, stall = s, b, 0
        else:
            stall += 1
            if stall >= _STALL:
                break
    if (start, end) == at or best < minimum or best < single + gain:
        return None
    return list(range(start, end + 1))


def _head(text: str) -> str:
    return " ".join(text.split(" ", 3)[:3])


def exact_runs(
    wholes: Sequence[str],
    firsts: Sequence[str],
    items: Sequence[str],
    free_wholes: Sequence[int],
    free_parts: set[int],
) -> dict[int, list[int]]:
    """Wholes whose text is exactly a run of free parts read one after the other (the first
    part as it is, the next ones as sub-items with their letters): whole index -> parts.

    The evidence of a layout-only split: found before any fuzzy pairing, which could take the
    first part for another whole that merely reads alike.
    """
    by_head: dict[str, list[int]] = {}
    for j in sorted(free_parts):
        if firsts[j]:
            by_head.setdefault(_head(firsts[j]), []).append(j)
    out: dict[int, list[int]] = {}
    taken: set[int] = set()
    for i in free_wholes:
        whole = wholes[i]
        for j in by_head.get(_head(whole), ()):
            first = firsts[j]
            if j in taken or len(first) >= len(whole) or not whole.startswith(first):
                continue
            pos, k = len(first), j + 1
            while pos < len(whole) and k in free_parts and k not in taken and k - j <= MAX_PARTS:
                part = items[k]
                if not part or not whole.startswith(part, pos + 1) or whole[pos] != " ":
                    break
                pos, k = pos + 1 + len(part), k + 1
            if pos == len(whole) and k - j > 1:
                out[i] = list(range(j, k))
                taken.update(out[i])
                break
    return out
