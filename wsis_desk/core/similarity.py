"""How much wording two texts share: the check that a draft belongs to a document.

Successive versions of a negotiated text keep runs of their wording even when paragraphs are
renumbered, moved, bracketed or cut; two different texts of the same forum share words and
stock phrases ("Decides", "the Conference of the Parties", "sustainable development") but few
runs of five words. So the measure is the Jaccard index of the two texts' word 5-grams.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Measured on the corpus (tests/corpus/test_similarity_corpus.py): every real succession of
# the corpus scores >= 0.021 (the Paris Agreement's Geneva text, pages 1-25 → the Co-Chairs'
# non-paper, the most rewritten step; the next lowest is 0.127) and every pair of unrelated
# texts <= 0.009 (the WSIS demo, Paris, Article 6.2, BBNJ, a GA resolution; shorter runs do
# worse: with 3-grams stock phrases lift unrelated pairs to 0.041 against 0.067). The
# threshold sits between the two, near their geometric mean.
UNRELATED_BELOW = 0.014
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(texts: Iterable[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    """The word n-grams of ``texts`` (case-folded, brackets and punctuation ignored)."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = _WORD.findall(text.casefold())
        out.update(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
    return out


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Share of word 5-grams the two texts have in common, of all they hold (0.0 … 1.0).

    Two texts without a 5-gram score 1.0 when equal (nothing tells them apart), else 0.0.
    """
    a, b = list(a), list(b)
    left, right = shingles(a), shingles(b)
    if not left or not right:
        return 1.0 if a == b else 0.0
    return len(left & right) / len(left | right)


def looks_unrelated(score: float) -> bool:
    """Whether a containment score says the texts are not versions of one document."""
    return score < UNRELATED_BELOW
