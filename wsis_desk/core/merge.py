"""Merge rules for one editable row seen on two laptops: fast-forward, stale, merge or conflict.

A ``Revision`` is one state of a row with its clock, the clock it replaced and the set of
every clock it descends from (``ancestors``, carried in bundles so descent is decided the
same way everywhere). ``decide`` is deterministic and symmetric: the same two revisions (and
the same common ancestor) give the same resulting row on every site, whichever was "ours".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from rapidfuzz.distance import Indel

from wsis_desk.core.hlc import Hlc, after

Data = Mapping[str, object]
_TOKEN = re.compile(r"\S+|\s+")
MERGE_MARK = "~"  # a merged revision's clock carries "<site>~<hash>" as its site part


class Outcome(Enum):
    """What applying an incoming revision did to the local row."""

    ADDED = "added"  # we had no such row
    UNCHANGED = "unchanged"  # same clock, or ours already descends from theirs
    FAST_FORWARD = "updated"  # theirs descends from ours
    MERGED = "merged"  # concurrent, both edits kept by a three-way merge
    CONFLICT = "conflict"  # concurrent, a winner by clock; the loser is kept for review


@dataclass(frozen=True, slots=True)
class Revision:
    """One state of an editable row."""

    hlc: str
    parent_hlc: str | None
    origin: str
    deleted: bool
    data: Data
    ancestors: frozenset[str] = field(default_factory=frozenset)

    def lineage(self) -> frozenset[str]:
        """This revision's clock and every clock it descends from."""
        return self.ancestors | {self.hlc}


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome, the row to keep when it changes, and the losing side of a conflict."""

    outcome: Outcome
    result: Revision | None = None  # None: keep ours as it is
    loser: Revision | None = None
    winner: Revision | None = None


@dataclass(frozen=True, slots=True)
class MergeRules:
    """Which columns merge word by word, and which simply follow the newer side."""

    text_fields: frozenset[str] = frozenset()
    newest_fields: frozenset[str] = frozenset({"updated_at"})


def descends(child: Revision, ancestor: Revision) -> bool:
    """Whether ``child`` was made (directly or not) on top of ``ancestor``."""
    return ancestor.hlc in child.ancestors or ancestor.hlc == child.parent_hlc


def common_base(ours: Revision, theirs: Revision) -> str | None:
    """The newest clock both revisions descend from (the base of a three-way merge)."""
    shared = ours.lineage() & theirs.lineage()
    return max(shared) if shared else None


def merged_hlc(a: str, b: str) -> str:
    """The clock of the merge of ``a`` and ``b``: after both, the same on every site."""
    high, low = (a, b) if a > b else (b, a)
    clock = Hlc.decode(high)
    digest = hashlib.sha256(f"{low}|{high}".encode()).hexdigest()[:4]
    site = clock.site.split(MERGE_MARK, 1)[0]
    return after(clock, f"{site}{MERGE_MARK}{digest}").encode()


def decide(
    ours: Revision | None,
    theirs: Revision,
    *,
    base: Callable[[str], Data | None] = lambda _h: None,
    rules: MergeRules = MergeRules(),
) -> Decision:
    """Apply ``theirs`` onto ``ours``; ``base(hlc)`` gives the data of a known revision."""
    if ours is None:
        return Decision(Outcome.ADDED, result=theirs)
    if not ours.hlc:  # never stamped: anything stamped supersedes it
        return Decision(Outcome.FAST_FORWARD, result=theirs)
    if theirs.hlc == ours.hlc or descends(ours, theirs):
        return Decision(Outcome.UNCHANGED)
    if descends(theirs, ours):
        return Decision(Outcome.FAST_FORWARD, result=theirs)
    low, high = (ours, theirs) if ours.hlc < theirs.hlc else (theirs, ours)
    if _same_fact(low, high, rules):
        # Two laptops made the same row alike (the same new document imported on both):
        # nothing to choose between, so no conflict to review; the higher clock stands.
        if high is ours:
            return Decision(Outcome.UNCHANGED)
        return Decision(Outcome.FAST_FORWARD, result=theirs)
    base_hlc = common_base(low, high)
    base_data = base(base_hlc) if base_hlc is not None else None
    if base_data is not None and not (low.deleted or high.deleted):
        data = merge_fields(base_data, low.data, high.data, rules)
        if data is not None and (data == dict(high.data) or data == dict(low.data)):
            # One side already holds everything the merge would make (the other's edits are
            # in it, or the two are equal): take that revision itself. Making a new merge
            # revision here would let sites that merged the same edits in another order go
            # on making new merges of merges forever instead of agreeing.
            adopted = high if data == dict(high.data) else low
            if adopted is ours:
                return Decision(Outcome.UNCHANGED)
            return Decision(Outcome.FAST_FORWARD, result=theirs)
        if data is not None:
            merged = Revision(
                hlc=merged_hlc(low.hlc, high.hlc),
                parent_hlc=high.hlc,
                origin=high.origin,
                deleted=False,
                data=data,
                ancestors=low.lineage() | high.lineage(),
            )
            return Decision(Outcome.MERGED, result=merged)
    if high is ours:
        return Decision(Outcome.CONFLICT, loser=theirs, winner=ours)
    return Decision(Outcome.CONFLICT, result=theirs, loser=ours, winner=theirs)


def _same_fact(a: Revision, b: Revision, rules: MergeRules) -> bool:
    """Whether two revisions say the same thing, apart from when they were written."""
    if a.deleted != b.deleted:
        return False
    skip = rules.newest_fields | {"created_at"}
    keys = (set(a.data) | set(b.data)) - skip
    return all(a.data.get(k) == b.data.get(k) for k in keys)


def merge_fields(base: Data, low: Data, high: Data, rules: MergeRules) -> dict[str, object] | None:
    """Field by field three-way merge (``high`` is the newer side); None when edits collide."""
    out: dict[str, object] = {}
    for key in sorted(set(base) | set(low) | set(high)):
        b, lo, hi = base.get(key), low.get(key), high.get(key)
        if lo in (hi, b):
            out[key] = hi
        elif hi == b:
            out[key] = lo
        elif key in rules.newest_fields:
            out[key] = hi
        elif key in rules.text_fields and isinstance(b, str):
            if not (isinstance(lo, str) and isinstance(hi, str)):
                return None
            text = merge_words(b, lo, hi)
            if text is None:
                return None
            out[key] = text
        else:
            return None
    return out


def _hunks(base: list[str], other: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """One side's changes to ``base`` as (start, end, replacement), touching ones joined."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for op in Indel.opcodes(base, other):
        if op.tag == "equal":
            continue
        piece = tuple(other[op.dest_start : op.dest_end])
        if out and out[-1][1] >= op.src_start:
            start, _end, replacement = out[-1]
            out[-1] = (start, op.src_end, replacement + piece)
        else:
            out.append((op.src_start, op.src_end, piece))
    return out


def merge_words(base: str, ours: str, theirs: str) -> str | None:
    """Three-way merge of a text by words; None when the two edits touch the same words."""
    tokens = _TOKEN.findall(base)
    mine = _hunks(tokens, _TOKEN.findall(ours))
    hunks = sorted(set(mine + _hunks(tokens, _TOKEN.findall(theirs))))
    reach = -1
    previous_start = -1
    for start, end, _replacement in hunks:
        if start == previous_start or start < reach:
            return None  # both sides changed (or inserted at) the same place
        previous_start, reach = start, max(reach, end)
    out: list[str] = []
    pos = 0
    for start, end, replacement in hunks:
        out.extend(tokens[pos:start])
        out.extend(replacement)
        pos = end
    out.extend(tokens[pos:])
    return "".join(out)
