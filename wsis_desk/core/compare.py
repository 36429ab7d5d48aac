"""Compare two versions: alignment + word diffs + summary, JSON, terminal text, lineage table."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from wsis_desk.core.align import Alignment, ChangeKind, ParagraphMatch, align
from wsis_desk.core.align_parts import item_text, joined_text
from wsis_desk.core.brackets.scan import group_spans
from wsis_desk.core.diff import (
    DELETE,
    EQUAL,
    INSERT,
    BracketDelta,
    Chunk,
    Spans,
    diff_paragraph,
    joined_spans,
    layout_key,
)
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind, StatusMarker

__all__ = [
    "BracketSummary",
    "Comparison",
    "LineageCell",
    "LineageRow",
    "LineageTable",
    "ParagraphComparison",
    "Summary",
    "compare",
    "lineage_table",
    "margin_label",
    "render_text",
]


@dataclass(frozen=True, slots=True)
class ParagraphComparison:
    """One row of a comparison: the match, both labels, the word diff and bracket changes."""

    match: ParagraphMatch
    old_label: str | None
    new_label: str | None
    chunks: tuple[Chunk, ...]
    brackets: BracketDelta
    status_before: StatusMarker | None
    status_after: StatusMarker | None
    footnote_brackets: BracketDelta = field(default_factory=BracketDelta)

    @property
    def brackets_changed(self) -> bool:
        """True when a bracket group of the text or of its footnotes was added or removed."""
        return self.brackets.changed or self.footnote_brackets.changed

    @property
    def change(self) -> ChangeKind:
        """The primary change kind of this row."""
        return self.match.change

    @property
    def became_ad_ref(self) -> bool:
        """True when the paragraph gained the "agreed ad ref" marker."""
        return (
            self.status_after is StatusMarker.AGREED_AD_REF
            and self.status_before is not StatusMarker.AGREED_AD_REF
        )

    def to_json(self) -> dict[str, object]:
        """``{"old", "new", "change", "similarity", "diff"}`` as in the issue."""
        return {
            "old": self.old_label,
            "new": self.new_label,
            "change": self.match.change.value,
            "similarity": self.match.similarity,
            "diff": [[c.op, c.text] for c in self.chunks],
        }


@dataclass(frozen=True, slots=True)
class BracketSummary:
    """Bracket groups: removed = resolved + dropped; after = before - removed + added;
    ``before``/``after`` are each version's census ``groups`` (or ``footnote_groups``)."""

    before: int = 0
    after: int = 0
    added: int = 0
    removed: int = 0
    resolved: int = 0
    dropped: int = 0

    def to_json(self) -> dict[str, int]:
        """``{"before", "after", "added", "removed", "resolved", "dropped"}``."""
        return {name: getattr(self, name) for name in _COUNTS}

    @classmethod
    def of(cls, deltas: Sequence[BracketDelta]) -> BracketSummary:
        """The sum of the rows' deltas."""
        return cls(*(sum(getattr(d, name) for d in deltas) for name in _COUNTS))


_COUNTS = ("before", "after", "added", "removed", "resolved", "dropped")


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of a comparison.

    ``changed``, ``moved`` and ``renumbered`` count flags, so one paragraph can count in
    several; ``unchanged`` counts matched rows with no flag; ``merged``/``split`` count rows.
    ``layout_only`` is True when both versions have the same words (no substantive change).
    ``brackets``/``footnote_brackets``: the census's ``groups``/``footnote_groups``.
    """

    added: int
    removed: int
    changed: int
    moved: int
    renumbered: int
    unchanged: int
    merged: int
    split: int
    layout_only: bool
    brackets: BracketSummary
    became_ad_ref: int = 0
    footnote_brackets: BracketSummary = field(default_factory=BracketSummary)


@dataclass(frozen=True, slots=True)
class Comparison:
    """The full result of comparing two versions."""

    summary: Summary
    paragraphs: tuple[ParagraphComparison, ...]
    alignment: Alignment

    def to_json(self) -> dict[str, object]:
        """The issue's JSON shape: ``{"summary": {...}, "paragraphs": [...]}``; the summary's
        ``brackets`` and ``footnote_brackets`` are the census's ``groups``/``footnote_groups``."""
        s = self.summary
        b = s.brackets
        return {
            "summary": {
                "added": s.added,
                "removed": s.removed,
                "changed": s.changed,
                "moved": s.moved,
                "renumbered": s.renumbered,
                "unchanged": s.unchanged,
                "merged": s.merged,
                "split": s.split,
                "layout_only": s.layout_only,
                "brackets": b.to_json(),
                "footnote_brackets": s.footnote_brackets.to_json(),
            },
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }


def margin_label(paragraphs: Sequence[Paragraph], indices: Sequence[int]) -> str:
    """The label to print beside a paragraph, or "" when it would only repeat the text
    (headings, "Article 4" lines) or is a placeholder (``¶12``, ``chapeau``)."""
    shown = []
    for k in indices:
        p = paragraphs[k]
        placeholder = p.label.startswith("¶") or p.label == "chapeau"
        heading = p.kind is ParagraphKind.HEADING or (
            p.kind is ParagraphKind.ARTICLE and p.text.lower().startswith("art")
        )
        if not (placeholder or heading):
            shown.append(p.label)
    return " + ".join(shown)


def _label(paragraphs: Sequence[Paragraph], indices: tuple[int, ...]) -> str | None:
    return " + ".join(paragraphs[k].label for k in indices) if indices else None


def _spans(paragraphs: Sequence[Paragraph], indices: tuple[int, ...]) -> Spans:
    """The bracket groups of the parts as joined by ``joined_text``, each counted alone."""
    if len(indices) == 1:
        return group_spans(paragraphs[indices[0]].text)
    leads = [len(item_text(paragraphs[k])) - len(paragraphs[k].text) for k in indices]
    return joined_spans([(paragraphs[k].text, n and leads[n]) for n, k in enumerate(indices)])


def _notes(old: Sequence[Footnote], new: Sequence[Footnote]) -> BracketDelta:
    """The bracket groups of two runs of footnotes, note by note, kept or gone or new."""
    (a, span_a), (b, span_b) = (
        ("\n".join(n.text for n in notes), joined_spans([(n.text, 0) for n in notes]))
        for notes in (old, new)
    )
    return _delta(a, b, span_a, span_b)[1] if span_a or span_b else BracketDelta()


def _delta(a: str, b: str, span_a: Spans, span_b: Spans) -> tuple[tuple[Chunk, ...], BracketDelta]:
    """The word diff and bracket delta of two texts; one side empty: all goes or comes."""
    if a and b:
        d = diff_paragraph(a, b, (span_a, span_b))
        return d.chunks, d.brackets
    n, m = len(span_a), len(span_b)
    chunks = (Chunk(DELETE, a),) if a else (Chunk(INSERT, b),) if b else ()
    return chunks, BracketDelta(before=n, after=m, added=m, removed=n, dropped=n)


def _row(
    m: ParagraphMatch, old: Sequence[Paragraph], new: Sequence[Paragraph]
) -> ParagraphComparison:
    """One row: the word diff of the joined texts, the bracket groups of the texts counted
    paragraph by paragraph (as the census does), and those of their footnotes."""
    a, b = joined_text(old, m.olds), joined_text(new, m.news)
    span_a = _spans(old, m.olds)
    same = a == b and len(m.olds) == len(m.news) == 1  # most rows: one text, parsed once
    chunks, brackets = _delta(a, b, span_a, span_a if same else _spans(new, m.news))
    notes = [[n for k in ks for n in ps[k].footnotes] for ps, ks in ((old, m.olds), (new, m.news))]
    footnotes = _notes(*notes) if notes[0] or notes[1] else BracketDelta()
    return ParagraphComparison(
        match=m,
        old_label=_label(old, m.olds),
        new_label=_label(new, m.news),
        chunks=chunks,
        brackets=brackets,
        status_before=old[m.olds[0]].status if m.olds else None,
        status_after=new[m.news[0]].status if m.news else None,
        footnote_brackets=footnotes,
    )


def compare(
    old: Sequence[Paragraph],
    new: Sequence[Paragraph],
    notes: tuple[Sequence[Footnote], Sequence[Footnote]] = ((), ()),
) -> Comparison:
    """Align ``old`` and ``new``, diff every matched pair and summarise. ``notes`` are each
    version's footnotes no paragraph cites: in the footnote totals, on no row."""
    alignment = align(old, new)
    rows = tuple(_row(m, old, new) for m in alignment.matches)
    kinds = [r.match.change for r in rows]
    matched = [r.match for r in rows if r.match.olds and r.match.news]
    brackets = BracketSummary.of([r.brackets for r in rows])
    notes_total = BracketSummary.of([*(r.footnote_brackets for r in rows), _notes(*notes)])
    # sub-items with their letters: a list run into its paragraph, or taken apart, reads alike
    same_words = "".join(layout_key(item_text(p)) for p in old) == "".join(
        layout_key(item_text(p)) for p in new
    )
    summary = Summary(
        added=kinds.count(ChangeKind.ADDED),
        removed=kinds.count(ChangeKind.REMOVED),
        changed=sum(m.text_changed for m in matched),
        moved=sum(m.moved for m in matched),
        renumbered=sum(m.renumbered for m in matched),
        unchanged=sum(
            1
            for m in matched
            if m.change is ChangeKind.UNCHANGED and not (m.text_changed or m.renumbered)
        ),
        merged=kinds.count(ChangeKind.MERGED),
        split=kinds.count(ChangeKind.SPLIT),
        layout_only=same_words and not (notes_total.added or notes_total.removed),
        brackets=brackets,
        became_ad_ref=sum(r.became_ad_ref for r in rows),
        footnote_brackets=notes_total,
    )
    return Comparison(summary=summary, paragraphs=rows, alignment=alignment)


def render_text(comparison: Comparison, width: int = 100) -> str:
    """A terminal rendering: summary, then each changed row marked like ``git diff --word-diff``."""
    s = comparison.summary
    b = s.brackets
    lines = [
        f"{s.changed} changed, {s.added} added, {s.removed} removed, {s.moved} moved, "
        f"{s.renumbered} renumbered, {s.merged} merged, {s.split} split, "
        f"{s.unchanged} unchanged",
        f"brackets: {b.before} -> {b.after} (+{b.added} added, -{b.removed} removed: "
        f"{b.resolved} resolved, {b.dropped} dropped)",
    ]
    f = s.footnote_brackets
    if f.before or f.after:
        lines.append(
            f"footnote brackets: {f.before} -> {f.after} (+{f.added} added, -{f.removed} "
            f"removed: {f.resolved} resolved, {f.dropped} dropped)"
        )
    if s.layout_only:
        lines.append("no substantive change (same words; only layout differs)")
    for row in comparison.paragraphs:
        m = row.match
        fn = row.footnote_brackets
        if m.change is ChangeKind.UNCHANGED and not fn.changed:
            continue
        if m.olds and m.news and row.old_label != row.new_label:
            head = f"{row.old_label} -> {row.new_label}"
        else:
            head = row.new_label or row.old_label or ""
        flags = [f for f, on in (("moved", m.moved), ("renumbered", m.renumbered)) if on]
        flags += [f"footnote brackets {fn.before} -> {fn.after}"] if fn.changed else []
        extra = f" ({', '.join(flags)})" if flags and m.change.value not in flags else ""
        lines.append("")
        lines.append(f"{head}  {m.change.value}{extra}  similarity {m.similarity:.2f}")
        show = m.text_changed or not (m.olds and m.news)
        body = "".join(_marked(c) for c in row.chunks) if show else ""
        for para in body.split("\n"):
            lines.extend(textwrap.wrap(para, width=width, break_on_hyphens=False) or [""])
    return "\n".join(lines).rstrip() + "\n"


def _marked(chunk: Chunk) -> str:
    if chunk.op == EQUAL:
        return chunk.text
    return f"[-{chunk.text}-]" if chunk.op == DELETE else f"{{+{chunk.text}+}}"


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
