"""The lineage table: every paragraph of the newest version traced back through earlier ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from wsis_desk.core.align import ChangeKind, align
from wsis_desk.core.model import Paragraph

__all__ = ["LineageCell", "LineageRow", "LineageTable", "lineage_table", "qualified_labels"]


@dataclass(frozen=True, slots=True)
class LineageCell:
    """A paragraph in one version: its label(s) and how it changed from the version before."""

    label: str
    change: ChangeKind | None  # None in the first version


@dataclass(frozen=True, slots=True)
class LineageRow:
    """One paragraph of the newest version, traced back: one cell per version (None: absent)."""

    cells: tuple[LineageCell | None, ...]


@dataclass(frozen=True, slots=True)
class LineageTable:
    """Version names (oldest first) and one row per paragraph of the newest version."""

    versions: tuple[str, ...]
    rows: tuple[LineageRow, ...]


def qualified_labels(paragraphs: Sequence[Paragraph]) -> list[str]:
    """Labels that name one paragraph each: a repeated one ("(a)" in two articles) is prefixed
    with its section ("Art. 6 › (a)"), and numbered if that is still not enough."""
    labels = [p.label for p in paragraphs]
    counts = Counter(labels)
    out = []
    for k, p in enumerate(paragraphs):
        label = p.label
        if counts[label] > 1:
            top, seen = p.parent, set()
            while top is not None and paragraphs[top].parent is not None and top not in seen:
                seen.add(top)
                top = paragraphs[top].parent
            if top is not None and top != k:
                label = f"{paragraphs[top].label} › {label}"
        out.append(label)
    again = Counter(out)
    seen_n: Counter[str] = Counter()
    for k, label in enumerate(out):
        if again[label] > 1:
            seen_n[label] += 1
            out[k] = f"{label} ({seen_n[label]})"
    return out


def lineage_table(versions: Sequence[tuple[str, Sequence[Paragraph]]]) -> LineageTable:
    """Trace every paragraph of the newest version back through all earlier versions, and
    every paragraph deleted on the way (its row ends with a "removed" cell where it went)."""
    if not versions:
        return LineageTable((), ())
    alignments = [align(versions[k][1], versions[k + 1][1]) for k in range(len(versions) - 1)]
    names = [qualified_labels(paragraphs) for _, paragraphs in versions]
    used: list[set[int]] = [set() for _ in versions]
    rows: list[list[LineageCell | None]] = []
    where: dict[tuple[int, int], int] = {}  # (version, paragraph) -> id of the row holding it

    def trace(start: int, indices: tuple[int, ...], cells: list[LineageCell | None]) -> None:
        current = indices
        for k in range(start, -1, -1):
            if not current:
                break
            used[k].update(current)
            for i in current:
                where.setdefault((k, i), id(cells))
            label = " + ".join(names[k][i] for i in current)
            if k == 0:
                cells[0] = LineageCell(label, None)
                break
            by_new = alignments[k - 1].for_new()
            found = [by_new[i] for i in current if i in by_new]
            change = found[0].change if found else ChangeKind.ADDED
            cells[k] = LineageCell(label, change)
            current = tuple(sorted({i for m in found for i in m.olds}))

    last = len(versions) - 1
    for j in range(len(versions[-1][1])):
        cells: list[LineageCell | None] = [None] * len(versions)
        trace(last, (j,), cells)
        rows.append(cells)
    for k in range(last - 1, -1, -1):
        for i in range(len(versions[k][1])):
            if i in used[k]:
                continue
            cells = [None] * len(versions)
            cells[k + 1] = LineageCell("", ChangeKind.REMOVED)
            trace(k, (i,), cells)
            before = where.get((k, i - 1))
            at = next((n + 1 for n, r in enumerate(rows) if id(r) == before), 0)
            rows.insert(at, cells)
    return LineageTable(
        tuple(name for name, _ in versions), tuple(LineageRow(tuple(r)) for r in rows)
    )
