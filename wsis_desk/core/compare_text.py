"""The terminal rendering of a comparison, marked like ``git diff --word-diff``."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.compare import Comparison
from wsis_desk.core.diff import DELETE, EQUAL, Chunk

__all__ = ["marked", "render_text"]


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
    if s.notes_changed:
        lines.append(f"{s.notes_changed} footnote{'s' * (s.notes_changed != 1)} changed")
    if s.layout_only:
        lines.append("no substantive change (same words; only layout differs)")
    for row in comparison.paragraphs:
        m = row.match
        fn = row.footnote_brackets
        if m.change is ChangeKind.UNCHANGED and not (fn.changed or row.note_chunks):
            continue
        if m.olds and m.news and row.old_label != row.new_label:
            head = f"{row.old_label} -> {row.new_label}"
        else:
            head = row.new_label or row.old_label or ""
        flags = [f for f, on in (("moved", m.moved), ("renumbered", m.renumbered)) if on]
        flags += [f"footnote brackets {fn.before} -> {fn.after}"] if fn.changed else []
        flags += ["footnote changed"] if row.note_chunks else []
        extra = f" ({', '.join(flags)})" if flags and m.change.value not in flags else ""
        lines.append("")
        lines.append(f"{head}  {m.change.value}{extra}  similarity {m.similarity:.2f}")
        show = m.text_changed or not (m.olds and m.news)
        body = marked(row.chunks) if show else ""
        if body or not row.note_chunks:
            lines.extend(_wrapped(body, width))
        lines.extend(_note_lines(row.note_chunks, width))
    if comparison.note_chunks:
        lines += ["", "footnotes no paragraph cites  changed"]
        lines.extend(_note_lines(comparison.note_chunks, width))
    return "\n".join(lines).rstrip() + "\n"


def _wrapped(body: str, width: int, indent: str = "") -> list[str]:
    out = []
    for para in body.split("\n"):
        wrapped = textwrap.wrap(para, width=width, break_on_hyphens=False, subsequent_indent=indent)
        out.extend(wrapped or [""])
    return out


def _note_lines(chunks: Sequence[Chunk], width: int) -> list[str]:
    """A footnote's word diff under its row: ``footnote: `` then the notes marked like the text."""
    if not chunks:
        return []
    lines = []
    for para in marked(chunks).split("\n"):
        lines += _wrapped(f"  footnote: {para}", width, "    ")
    return lines


def marked(chunks: Sequence[Chunk]) -> str:
    """A word diff as text, marked like ``git diff --word-diff``: ``[-old-]{+new+}``."""
    return "".join(_marked(c) for c in chunks)


def _marked(chunk: Chunk) -> str:
    if chunk.op == EQUAL:
        return chunk.text
    return f"[-{chunk.text}-]" if chunk.op == DELETE else f"{{+{chunk.text}+}}"
