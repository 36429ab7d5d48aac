"""Compare two versions: alignment + word diffs + summary, JSON (terminal text in
``compare_text``; the lineage table in ``compare_lineage``, re-exported here)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from wsis_desk.core.align import Alignment, ChangeKind, ParagraphMatch, align
from wsis_desk.core.align_parts import item_text, joined_text
from wsis_desk.core.brackets.scan import group_spans
from wsis_desk.core.compare_lineage import (
    LineageCell,
    LineageRow,
    LineageTable,
    lineage_table,
    qualified_labels,
)
from wsis_desk.core.diff import (
    DELETE,
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
    "qualified_labels",
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
    notes_changed: int = 0  # footnotes of a kept paragraph whose words changed (or came or went)
    note_chunks: tuple[Chunk, ...] = ()  # the word diff of its footnotes, when they changed

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
        """``{"old", "new", "change", "similarity", "diff", "notes_diff"}``: the issue's shape
        and the word diff of the row's footnotes (empty when their words are the same)."""
        return {
            "old": self.old_label,
            "new": self.new_label,
            "change": self.match.change.value,
            "similarity": self.match.similarity,
            "diff": [[c.op, c.text] for c in self.chunks],
            "notes_diff": [[c.op, c.text] for c in self.note_chunks],
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
    ``layout_only`` is True when both versions have the same words, in their paragraphs and
    in their footnotes (no substantive change); ``notes_changed`` counts the footnotes whose
    words changed, came or went, on the rows of kept paragraphs and among those no paragraph
    cites (matched by their words within each: a note that moves paragraph counts on both).
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
    notes_changed: int = 0


@dataclass(frozen=True, slots=True)
class Comparison:
    """The full result of comparing two versions; ``note_chunks``: the word diff of the
    footnotes no paragraph cites, when their words changed."""

    summary: Summary
    paragraphs: tuple[ParagraphComparison, ...]
    alignment: Alignment
    note_chunks: tuple[Chunk, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The issue's JSON shape: ``{"summary": {...}, "paragraphs": [...]}``; the summary's
        ``brackets`` and ``footnote_brackets`` are the census's ``groups``/``footnote_groups``;
        ``notes_diff``: the word diff of the footnotes no paragraph cites, when it changed."""
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
                "notes_changed": s.notes_changed,
            },
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "notes_diff": [[c.op, c.text] for c in self.note_chunks],
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


def note_key(note: Footnote) -> str:
    """The words of a footnote as :func:`layout_key` sees them, without its mark printed at
    its start (``1 ``, ``[1]``, ``1.``) and without hyphens (readers join a note's lines as
    they are: "Deter-" / "mined", "long-" / "term"): wrapping, hyphenation and the mark's
    rendering are layout."""
    text = note.text.lstrip()
    for mark in (f"[{note.mark}]", f"{note.mark}.", f"{note.mark})", note.mark):
        if note.mark and text.startswith(mark) and text[len(mark) : len(mark) + 1].isspace():
            text = text[len(mark) :]
            break
    return layout_key(text).replace("-", "")


def changed_notes(old: Sequence[Footnote], new: Sequence[Footnote]) -> int:
    """How many footnotes changed their words, came or went (matched by their words)."""
    a, b = Counter(map(note_key, old)), Counter(map(note_key, new))
    return max((a - b).total(), (b - a).total())


def _notes(
    old: Sequence[Footnote], new: Sequence[Footnote]
) -> tuple[BracketDelta, int, tuple[Chunk, ...]]:
    """The bracket groups of two runs of footnotes, note by note, kept or gone or new; how
    many notes changed their words; and, when some did, the word diff of the notes."""
    (a, span_a), (b, span_b) = (
        ("\n".join(n.text for n in notes), joined_spans([(n.text, 0) for n in notes]))
        for notes in (old, new)
    )
    changed = changed_notes(old, new)
    if not (span_a or span_b or changed):
        return BracketDelta(), 0, ()
    delta = _delta(a, b, span_a, span_b)[1] if span_a or span_b else BracketDelta()
    if not changed:
        return delta, 0, ()
    # the words shown: each note on a line of its own, its wrapping undone
    a, b = ("\n".join(" ".join(n.text.split()) for n in notes) for notes in (old, new))
    return delta, changed, _delta(a, b, group_spans(a), group_spans(b))[0]


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
    footnotes, changed, note_chunks = _notes(*notes) if notes[0] or notes[1] else _NO_NOTES
    if not (m.olds and m.news):  # a paragraph added or removed: its notes go with it
        changed, note_chunks = 0, ()
    return ParagraphComparison(
        match=m,
        old_label=_label(old, m.olds),
        new_label=_label(new, m.news),
        chunks=chunks,
        brackets=brackets,
        status_before=old[m.olds[0]].status if m.olds else None,
        status_after=new[m.news[0]].status if m.news else None,
        footnote_brackets=footnotes,
        notes_changed=changed,
        note_chunks=note_chunks,
    )


_NO_NOTES: tuple[BracketDelta, int, tuple[Chunk, ...]] = (BracketDelta(), 0, ())


def compare(
    old: Sequence[Paragraph],
    new: Sequence[Paragraph],
    notes: tuple[Sequence[Footnote], Sequence[Footnote]] = ((), ()),
) -> Comparison:
    """Align ``old`` and ``new``, diff every matched pair and summarise. ``notes`` are each
    version's footnotes no paragraph cites: in the footnote totals, on no row (their word
    diff is the comparison's ``note_chunks``)."""
    alignment = align(old, new)
    rows = tuple(_row(m, old, new) for m in alignment.matches)
    kinds = [r.match.change for r in rows]
    matched = [r.match for r in rows if r.match.olds and r.match.news]
    brackets = BracketSummary.of([r.brackets for r in rows])
    uncited, uncited_changed, uncited_chunks = _notes(*notes)
    notes_total = BracketSummary.of([*(r.footnote_brackets for r in rows), uncited])
    notes_changed = uncited_changed + sum(r.notes_changed for r in rows)  # as the rows show
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
        layout_only=same_words and not (notes_total.added or notes_total.removed or notes_changed),
        brackets=brackets,
        became_ad_ref=sum(r.became_ad_ref for r in rows),
        footnote_brackets=notes_total,
        notes_changed=notes_changed,
    )
    return Comparison(summary, rows, alignment, uncited_chunks)
