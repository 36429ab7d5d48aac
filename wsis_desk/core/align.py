"""Align the paragraphs of two versions: hash, label, similarity; moves, merges, splits, lineage.

Over ~400 lines because the passes (exact, label, similar, merge/split, moves) refine one shared
pairing and read best in the order they run; pairing whole paragraphs with their parts is apart
in ``align_parts``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from wsis_desk.core.align_parts import exact_runs, grow, item_text, joined_text
from wsis_desk.core.diff import layout_key
from wsis_desk.core.model import Paragraph, ParagraphKind

__all__ = ["Alignment", "ChangeKind", "ParagraphMatch", "align", "assign_lineage", "normalize"]

WINDOW = 25  # fuzzy search looks this many paragraphs either side of the expected place
LOCAL_CUTOFF = 55.0  # rapidfuzz ratio (0-100) needed near the expected place
GLOBAL_CUTOFF = 70.0  # … and anywhere else in the document
GLOBAL_CANDIDATES = 5  # paragraphs scored in full per unmatched one in the global pass
MERGE_MIN = 0.75  # similarity of the joined parts needed to call a merge or split
MERGE_GAIN = 0.05  # … and how much better than the single part it must be
LABEL_BONUS = 3.0
_MERGE = {"minimum": MERGE_MIN, "gain": MERGE_GAIN}
UNIQUE_MIN_CHARS = 60  # a text this long found once in each version is the same paragraph
PREFILTER_MARGIN = 20.0  # word-level score may be this far under the cutoff and still be scored
_FOOTNOTE_REF = re.compile(r"\[\^\w+\]")
_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
_MARKUP = str.maketrans({**_QUOTES, **dict.fromkeys("*_#>\u00ad\u200b", "")})
_NUMBERED_KINDS = {
    ParagraphKind.PREAMBULAR,
    ParagraphKind.OPERATIVE,
    ParagraphKind.ARTICLE,
    ParagraphKind.OPTION,
}


class ChangeKind(StrEnum):
    """The primary change of a paragraph; ParagraphMatch flags say everything that applies."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MOVED = "moved"
    RENUMBERED = "renumbered"
    ADDED = "added"
    REMOVED = "removed"
    MERGED = "merged"
    SPLIT = "split"


@dataclass(frozen=True, slots=True)
class ParagraphMatch:
    """One row of an alignment.

    ``old``/``new`` are paragraph indices (None for added/removed). A merge lists every old
    index in ``merged_from`` (``old`` is the first); a split lists every new index in
    ``split_into`` (``new`` is the first). ``change`` is the primary kind, by priority
    merged > split > moved > changed > renumbered > unchanged; the flags ``moved``,
    ``text_changed`` and ``renumbered`` are all set independently, so a paragraph can be
    renumbered *and* changed. ``similarity`` is 0..1 on normalised text.
    """

    old: int | None
    new: int | None
    change: ChangeKind
    similarity: float
    merged_from: tuple[int, ...] = ()
    split_into: tuple[int, ...] = ()
    text_changed: bool = False
    renumbered: bool = False
    moved: bool = False

    @property
    def olds(self) -> tuple[int, ...]:
        """Every old paragraph index in this row."""
        return self.merged_from or ((self.old,) if self.old is not None else ())

    @property
    def news(self) -> tuple[int, ...]:
        """Every new paragraph index in this row."""
        return self.split_into or ((self.new,) if self.new is not None else ())


@dataclass(frozen=True, slots=True)
class Alignment:
    """Rows in reading order of the new version, removed paragraphs at their old place."""

    matches: tuple[ParagraphMatch, ...]
    old_count: int
    new_count: int

    def for_new(self) -> dict[int, ParagraphMatch]:
        """The row holding each new paragraph index."""
        return {j: m for m in self.matches for j in m.news}

    def for_old(self) -> dict[int, ParagraphMatch]:
        """The row holding each old paragraph index."""
        return {i: m for m in self.matches for i in m.olds}


def normalize(text: str) -> str:
    """Text for matching: NFKC, plain quotes, no markdown, lower case, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    return " ".join(text.translate(_MARKUP).split()).casefold()


def align(old: Sequence[Paragraph], new: Sequence[Paragraph]) -> Alignment:
    """Match the paragraphs of ``old`` to those of ``new`` (a partial one-to-one matching
    plus merges and splits) and classify every row."""
    return _Aligner(old, new).run()


def assign_lineage(
    previous_lineage: Sequence[str | None],
    alignment: Alignment,
    new_count: int,
    new_id: Callable[[], str],
) -> list[str]:
    """Lineage ids for the new version: a matched paragraph inherits its old id (a merge the
    first part's, a split's first part keeps it), everything else gets ``new_id()``."""
    by_new = alignment.for_new()
    out: list[str] = []
    for j in range(new_count):
        m = by_new.get(j)
        inherited: str | None = None
        if m is not None and m.olds and m.news[0] == j and m.olds[0] < len(previous_lineage):
            inherited = previous_lineage[m.olds[0]]
        out.append(inherited if inherited is not None else new_id())
    return out


def _lis(pairs: list[tuple[int, int]]) -> set[int]:
    """Positions in ``pairs`` (sorted by old) of a longest run increasing in new."""
    tails: list[int] = []
    tail_pos: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        at = bisect.bisect_left(tails, j)
        if at == len(tails):
            tails.append(j)
            tail_pos.append(k)
        else:
            tails[at] = j
            tail_pos[at] = k
        prev[k] = tail_pos[at - 1] if at else -1
    keep: set[int] = set()
    k = tail_pos[-1] if tail_pos else -1
    while k >= 0:
        keep.add(k)
        k = prev[k]
    return keep


def _items(paragraphs: Sequence[Paragraph], keys: list[str]) -> list[str]:
    """``normalize(item_text(p))`` for each paragraph; most have no sub-item letter, and
    their key is the one of their text, already made (normalising is most of the set-up)."""
    out = []
    for p, key in zip(paragraphs, keys, strict=True):
        text = item_text(p)
        out.append(key if text is p.text else normalize(text))
    return out


class _Aligner:
    def __init__(self, old: Sequence[Paragraph], new: Sequence[Paragraph]) -> None:
        self.old, self.new = list(old), list(new)
        self.ko = [normalize(p.text) for p in self.old]
        self.kn = [normalize(p.text) for p in self.new]
        # as a part of a run-on list: "(a) take …" (see align_parts)
        self.io = _items(self.old, self.ko)
        self.in_ = _items(self.new, self.kn)
        self.wo = [k.split() for k in self.ko]
        self.wn = [k.split() for k in self.kn]
        self.long_o = [len(k) >= 20 and k.count(" ") >= 3 for k in self.ko]
        self.long_n = [len(k) >= 20 and k.count(" ") >= 3 for k in self.kn]
        self.o2n: dict[int, int] = {}
        self.n2o: dict[int, int] = {}
        self.merges: dict[int, list[int]] = {}  # new index -> old indices
        self.splits: dict[int, list[int]] = {}  # old index -> new indices

    # -- bookkeeping --------------------------------------------------------------------
    def _pair(self, i: int, j: int) -> None:
        self.o2n[i] = j
        self.n2o[j] = i

    def _anchors(self) -> list[tuple[int, int]]:
        pairs = sorted(self.o2n.items())
        keep = _lis(pairs)
        return [p for k, p in enumerate(pairs) if k in keep]

    def _unmatched_old(self, long_only: bool) -> list[int]:
        used = set(self.o2n) | {i for olds in self.merges.values() for i in olds}
        return [
            i for i in range(len(self.old)) if i not in used and (self.long_o[i] or not long_only)
        ]

    def _unmatched_new(self, long_only: bool) -> list[int]:
        used = set(self.n2o) | {j for news in self.splits.values() for j in news}
        return [
            j for j in range(len(self.new)) if j not in used and (self.long_n[j] or not long_only)
        ]

    def _greedy(self, scored: list[tuple[float, int, int]]) -> None:
        scored.sort(key=lambda t: (-t[0], abs(t[1] - t[2]), t[1], t[2]))
        for _, i, j in scored:
            if i not in self.o2n and j not in self.n2o:
                self._pair(i, j)

    def _score(self, i: int, j: int, cutoff: float) -> float:
        # Word-level similarity is ~10x cheaper on long paragraphs and tracks the character
        # score closely; pairs far below the cutoff on words are not scored on characters.
        if fuzz.ratio(self.wo[i], self.wn[j]) < cutoff - PREFILTER_MARGIN:
            return 0.0
        s = fuzz.ratio(self.ko[i], self.kn[j], score_cutoff=cutoff)
        if s and self.old[i].label == self.new[j].label:
            s += LABEL_BONUS
        return float(s)

    # -- passes ---------------------------------------------------------------------------
    def run(self) -> Alignment:
        self._exact_unique()
        self._exact_splits_and_merges()
        self._exact_in_gaps(long_only=True)
        self._fuzzy_window()
        self._fuzzy_global()
        self._merges_and_splits()
        self._parents_by_children()
        self._exact_in_gaps(long_only=False)
        self._fill_gaps()
        self._grow_parts()
        return self._build()

    def _exact_unique(self) -> None:
        """Texts found once in each version, anywhere. Short ones ("2 members from least
        developed countries;") recur across a document with small edits, so an exact twin far
        away is no evidence: they are paired within their gap later (``_exact_in_gaps``)."""
        count_o = Counter(k for k in self.ko if len(k) >= UNIQUE_MIN_CHARS)
        count_n = Counter(k for k in self.kn if len(k) >= UNIQUE_MIN_CHARS)
        where = {k: i for i, k in enumerate(self.ko) if count_o.get(k) == 1}
        for j, k in enumerate(self.kn):
            if count_n.get(k) == 1 and k in where:
                self._pair(where[k], j)

    def _gaps(self) -> tuple[list[int], list[int]]:
        anchors = self._anchors()
        return [a[0] for a in anchors], [a[1] for a in anchors]

    def _exact_in_gaps(self, *, long_only: bool) -> None:
        """Repeated texts: pair equal texts that sit between the same two anchors, in order."""
        a_old, a_new = self._gaps()
        by_gap: dict[tuple[int, str], list[int]] = defaultdict(list)
        for i in self._unmatched_old(long_only):
            by_gap[(bisect.bisect_left(a_old, i), self.ko[i])].append(i)
        for j in self._unmatched_new(long_only):
            olds = by_gap.get((bisect.bisect_left(a_new, j), self.kn[j]))
            if olds:
                self._pair(olds.pop(0), j)

    def _expected_new(self, i: int, a_old: list[int], a_new: list[int]) -> float:
        k = bisect.bisect_left(a_old, i)
        i0, j0 = (a_old[k - 1], a_new[k - 1]) if k else (-1, -1)
        i1, j1 = (a_old[k], a_new[k]) if k < len(a_old) else (len(self.old), len(self.new))
        return j0 + (i - i0) * (j1 - j0) / max(1, i1 - i0)

    def _fuzzy_window(self) -> None:
        a_old, a_new = self._gaps()
        free_new = self._unmatched_new(long_only=True)
        width = WINDOW
        scored: list[tuple[float, int, int]] = []
        for i in self._unmatched_old(long_only=True):
            e = self._expected_new(i, a_old, a_new)
            lo = bisect.bisect_left(free_new, e - width)
            hi = bisect.bisect_right(free_new, e + width)
            for j in free_new[lo:hi]:
                s = self._score(i, j, LOCAL_CUTOFF)
                if s:
                    scored.append((s, i, j))
        self._greedy(scored)

    def _fuzzy_global(self) -> None:
        """Moved and edited paragraphs: full similarity only for candidates sharing rare words.

        Scoring every unmatched pair costs seconds on long paragraphs (two unrelated drafts
        of 300 paragraphs are 90,000 pairs), so candidates come from an inverted index of
        the words that are rare in the new version, weighted by rarity.
        """
        olds, news = self._unmatched_old(True), self._unmatched_new(True)
        if not olds or not news:
            return
        postings: dict[str, list[int]] = defaultdict(list)
        for j in news:
            for word in set(self.kn[j].split()):
                postings[word].append(j)
        common = max(2, len(news) // 2)
        weight = {w: 1.0 / len(js) for w, js in postings.items() if len(js) <= common}
        scored: list[tuple[float, int, int]] = []
        for i in olds:
            overlap: dict[int, float] = defaultdict(float)
            for word in set(self.ko[i].split()):
                w = weight.get(word)
                if w is not None:
                    for j in postings[word]:
                        overlap[j] += w
            best = sorted(overlap, key=lambda j: -overlap[j])[:GLOBAL_CANDIDATES]
            for j in best:
                score = fuzz.ratio(self.ko[i], self.kn[j], score_cutoff=GLOBAL_CUTOFF)
                if score:
                    scored.append((float(score), i, j))
        self._greedy(scored)

    def _merges_and_splits(self) -> None:
        for i in self._unmatched_old(long_only=False):
            self._try_merge(i)
        for j in self._unmatched_new(long_only=False):
            self._try_split(j)

    def _try_merge(self, b: int) -> None:
        if not self.ko[b]:
            return
        for a in (b - 1, b + 1):
            j = self.o2n.get(a)
            if j is None:
                j = next((n for n, olds in self.merges.items() if a in olds), None)
            if j is None:
                continue
            now = self.merges.get(j, [self.n2o[j]])
            olds = sorted({*now, b})
            if olds[-1] - olds[0] != len(olds) - 1:
                continue
            single = fuzz.ratio(" ".join(self.ko[k] for k in now), self.kn[j]) / 100
            joined = fuzz.ratio(" ".join(self.ko[k] for k in olds), self.kn[j]) / 100
            if joined >= MERGE_MIN and joined >= single + MERGE_GAIN:
                self.merges[j] = olds
                return

    def _try_split(self, b: int) -> None:
        if not self.kn[b]:
            return
        for a in (b - 1, b + 1):
            i = self.n2o.get(a)
            if i is None:
                i = next((o for o, news in self.splits.items() if a in news), None)
            if i is None or i in self.merges.get(a, []):
                continue
            now = self.splits.get(i, [self.o2n[i]])
            news = sorted({*now, b})
            if news[-1] - news[0] != len(news) - 1:
                continue
            single = fuzz.ratio(self.ko[i], " ".join(self.kn[k] for k in now)) / 100
            joined = fuzz.ratio(self.ko[i], " ".join(self.kn[k] for k in news)) / 100
            if joined >= MERGE_MIN and joined >= single + MERGE_GAIN:
                self.splits[i] = news
                return

    def _exact_splits_and_merges(self) -> None:
        """A whole whose words are exactly those of a run of parts in the other version."""
        free_new = set(self._unmatched_new(long_only=False))
        for i, news in exact_runs(
            self.ko, self.kn, self.in_, self._unmatched_old(long_only=True), free_new
        ).items():
            self._pair(i, news[0])
            self.splits[i] = news
        free_old = set(self._unmatched_old(long_only=False))
        for j, olds in exact_runs(
            self.kn, self.ko, self.io, self._unmatched_new(long_only=True), free_old
        ).items():
            self._pair(olds[0], j)
            self.merges[j] = olds

    def _grow_parts(self) -> None:
        """A pair grows into a split or merge: the whole against the run of unpaired parts
        beside its partner (a list run into one paragraph, taken apart in the other)."""
        free_new = set(self._unmatched_new(long_only=False))
        free_old = set(self._unmatched_old(long_only=False))
        if not free_new and not free_old:
            return
        for i, j in sorted(self.o2n.items()):
            olds = self.merges.get(j, [i])
            news = self.splits.get(i, [j])
            if len(olds) == 1:
                grown = grow(self.ko[i], self.in_, (news[0], news[-1]), free_new, **_MERGE)
                if grown is not None:
                    self.splits[i] = grown
                    free_new.difference_update(grown)
                    continue
            if len(news) == 1:
                grown = grow(self.kn[j], self.io, (olds[0], olds[-1]), free_old, **_MERGE)
                if grown is not None:
                    self.merges[j] = grown
                    free_old.difference_update(grown)

    def _parents_by_children(self) -> None:
        """A short parent ("Article 4") goes where most of its children went, if that is a
        parent of its kind or of like words: an option's header ("Option 2") whose items
        now stand under a paragraph (the options resolved) is removed, not that paragraph."""
        children: dict[int, list[int]] = defaultdict(list)
        for p in self.old:
            if p.parent is not None:
                children[p.parent].append(p.index)
        free_new = set(self._unmatched_new(long_only=False))
        for i in self._unmatched_old(long_only=False):
            votes = Counter(
                self.new[self.o2n[c]].parent for c in children.get(i, []) if c in self.o2n
            )
            votes.pop(None, None)
            if not votes:
                continue
            (target, n) = votes.most_common(1)[0]  # most of its children, not of the matched
            if target is None or target not in free_new or n * 2 <= len(children[i]):
                continue  # few (one (i) of four): no evidence the parent went there
            alike = self.old[i].kind == self.new[target].kind or (
                fuzz.ratio(self.ko[i], self.kn[target], score_cutoff=LOCAL_CUTOFF) > 0
            )
            if alike:
                self._pair(i, target)
                free_new.discard(target)

    def _fill_gaps(self) -> None:
        """Between two anchors: same label, then similar enough text, one to one."""
        a_old, a_new = self._gaps()
        gap_old: dict[int, list[int]] = defaultdict(list)
        gap_new: dict[int, list[int]] = defaultdict(list)
        for i in self._unmatched_old(long_only=False):
            gap_old[bisect.bisect_left(a_old, i)].append(i)
        for j in self._unmatched_new(long_only=False):
            gap_new[bisect.bisect_left(a_new, j)].append(j)
        for g, olds in gap_old.items():
            news = gap_new.get(g, [])
            if not news or len(olds) * len(news) > 40_000:
                continue
            scored: list[tuple[float, int, int]] = []
            for i in olds:
                for j in news:
                    same = self.old[i].label == self.new[j].label
                    s = fuzz.ratio(self.ko[i], self.kn[j], score_cutoff=0 if same else 50)
                    if same and (s >= 30 or not (self.long_o[i] and self.long_n[j])):
                        scored.append((s + 100, i, j))
                    elif s and self.old[i].kind == self.new[j].kind:
                        scored.append((s, i, j))
            self._greedy(scored)

    # -- result ---------------------------------------------------------------------------
    def _build(self) -> Alignment:
        for j, olds in self.merges.items():
            for i in olds:
                self.o2n.pop(i, None)
            self.n2o[j] = olds[0]
            self.o2n[olds[0]] = j
        for i, news in self.splits.items():
            for j in news:
                self.n2o.pop(j, None)
            self.o2n[i] = news[0]
            self.n2o[news[0]] = i
        pairs = sorted(self.o2n.items())
        in_order = _lis(pairs)
        moved = {pairs[k][0] for k in range(len(pairs)) if k not in in_order}
        rows: list[ParagraphMatch] = []
        for j in range(len(self.new)):
            source = self.n2o.get(j)
            if source is not None:
                rows.append(self._match(source, j, source in moved))
            elif not any(j in news for news in self.splits.values()):
                rows.append(ParagraphMatch(None, j, ChangeKind.ADDED, 0.0))
        used = {i for m in rows for i in m.olds}
        removed = [i for i in range(len(self.old)) if i not in used]
        ordered: list[ParagraphMatch] = []
        for m in rows:
            while removed and m.old is not None and not m.moved and removed[0] < m.old:
                ordered.append(ParagraphMatch(removed.pop(0), None, ChangeKind.REMOVED, 0.0))
            ordered.append(m)
        ordered.extend(ParagraphMatch(i, None, ChangeKind.REMOVED, 0.0) for i in removed)
        return Alignment(tuple(ordered), len(self.old), len(self.new))

    def _match(self, i: int, j: int, moved: bool) -> ParagraphMatch:
        olds = self.merges.get(j, [i])
        news = self.splits.get(i, [j])
        old_text = joined_text(self.old, olds)
        new_text = joined_text(self.new, news)
        a = " ".join(self.ko[k] if n == 0 else self.io[k] for n, k in enumerate(olds))
        b = " ".join(self.kn[k] if n == 0 else self.in_[k] for n, k in enumerate(news))
        similarity = 1.0 if a == b else round(fuzz.ratio(a, b) / 100, 4)
        po, pn = self.old[olds[0]], self.new[news[0]]
        renumbered = po.label != pn.label and _numbered(po) and _numbered(pn)
        changed = old_text != new_text and layout_key(old_text) != layout_key(new_text)
        if len(olds) > 1:
            kind = ChangeKind.MERGED
        elif len(news) > 1:
            kind = ChangeKind.SPLIT
        elif moved:
            kind = ChangeKind.MOVED
        elif changed:
            kind = ChangeKind.CHANGED
        elif renumbered:
            kind = ChangeKind.RENUMBERED
        else:
            kind = ChangeKind.UNCHANGED
        return ParagraphMatch(
            old=i,
            new=j,
            change=kind,
            similarity=similarity,
            merged_from=tuple(olds) if len(olds) > 1 else (),
            split_into=tuple(news) if len(news) > 1 else (),
            text_changed=changed,
            renumbered=renumbered,
            moved=moved,
        )


def _numbered(p: Paragraph) -> bool:
    """Labels worth comparing: numbers the room uses, not our ``¶12`` placeholders."""
    if p.label.startswith("¶") or p.label == "chapeau":
        return False
    return p.number is not None or p.kind in _NUMBERED_KINDS
