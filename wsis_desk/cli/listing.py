"""A version as plain text for ``show`` and ``check``: its paragraphs under their labels, its
counts and census, its diagnostics and the footnotes no paragraph cites."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from wsis_desk.core.tables import grid_of, is_table

if TYPE_CHECKING:
    from wsis_desk.core.brackets.census import VersionCensus
    from wsis_desk.core.model import Diagnostic, Footnote, Paragraph


def uncited_rows(notes: Sequence[Footnote]) -> list[dict[str, Any]]:
    """Each footnote no paragraph cites, with the bracket groups it holds (as JSON rows)."""
    from wsis_desk.services.census import footnote_groups

    counts = footnote_groups(notes)
    return [{"mark": f.mark, "text": f.text, "groups": counts[i]} for i, f in enumerate(notes)]


def print_uncited(notes: Sequence[Footnote], out: TextIO) -> None:
    """The footnotes no paragraph cites, at the end, each with its bracket groups."""
    if notes:
        out.write(f"\nFootnotes not cited in the text ({len(notes)}):\n")
    for row in uncited_rows(notes):
        n, lead = row["groups"], f"  ^{row['mark'] or '?'} "
        counted = f"({n} bracket group{'' if n == 1 else 's'}) " if n else ""
        text = counted + " ".join(row["text"].split())
        out.write(
            textwrap.fill(text, width=100, initial_indent=lead, subsequent_indent=" " * len(lead))
            + "\n"
        )


def print_paragraphs(paragraphs: Sequence[Paragraph], out: TextIO) -> None:
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    label_width = min(max((len(p.label) for p in paragraphs), default=4), 18) + 2
    depth: dict[int, int] = {}
    for p in paragraphs:
        depth[p.index] = depth.get(p.parent, -1) + 1 if p.parent is not None else 0
        indent = "  " * min(depth[p.index], 4)
        status = f"  [{p.status.value}]" if p.status else ""
        lead = f"{p.label:<{label_width}}{indent}"
        if is_table(p):  # its rows as "| … |" lines, as a text file prints a table
            lead = " " * len(lead)
            rows = ("| " + " | ".join(row) + " |" for row in grid_of(p.text))
            out.write(p.label + status + "\n" + "".join(f"{lead}{r}\n" for r in rows))
        elif len(p.label) >= label_width:  # a long label (an unnumbered heading's own words)
            lead = " " * label_width + indent  # on a line of its own, not run into its text,
            own = p.label == p.text  # which is not printed twice when it is the label
            out.write(p.label + (status if own else "") + "\n")
            if not own:
                out.write(_filled(p.text + status, width, lead) + "\n")
        else:
            out.write((_filled(p.text + status, width, lead) or lead.rstrip()) + "\n")
        for f in p.footnotes:
            out.write(f"{' ' * len(lead)}  ^{f.mark} {f.text}\n")


def _filled(text: str, width: int, lead: str) -> str:
    """``text`` wrapped to ``width``, its first line after ``lead``, the rest under it."""
    return textwrap.fill(
        text,
        width=width,
        initial_indent=lead,
        subsequent_indent=" " * len(lead),
        break_on_hyphens=False,
    )


def print_summary(
    paragraphs: Sequence[Paragraph], out: TextIO, census: VersionCensus | None = None
) -> None:
    """Counts by kind, and status markers by paragraph (and every one written, if more)."""
    from wsis_desk.core.model import summarize

    s = summarize(list(paragraphs))
    tables = f", {s.tables} tables" if s.tables else ""
    out.write(
        f"{s.paragraphs} paragraphs: {s.preambular} preambular, {s.operative} operative, "
        f"{s.headings} headings, {s.articles} articles, {s.options} options{tables}; "
        f"{s.footnotes} footnotes\n"
    )
    if s.status_markers:
        marks = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(s.status_markers.items()))
        out.write(f"status markers: {marks}\n")
    if census is not None and census.status_markers != s.status_markers:
        # several markers in one paragraph ("(a) … [Agreed ad ref]; (b) … [Agreed ad ref]")
        every = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in census.status_markers.items())
        out.write(f"status markers written in the text: {every or 'none'}\n")


def where(paragraphs: Sequence[Paragraph], index: int | None) -> str:
    """How the room names the paragraph at ``index``: its label (``OP16``, ``¶2``), which is
    what ``show`` and the window print; never the 0-based index, which names another one."""
    if index is None:
        return ""
    if 0 <= index < len(paragraphs) and paragraphs[index].index == index:
        return paragraphs[index].label
    found = next((p.label for p in paragraphs if p.index == index), None)
    return found or f"¶{index + 1}"


def print_census_line(
    census: VersionCensus, out: TextIO, paragraphs: Sequence[Paragraph] = ()
) -> None:
    who = ", ".join(f"{k} {n}" for k, n in list(census.proponents.items())[:8])
    out.write(
        f"brackets: {census.groups} groups ({census.top_level_groups} top-level) in "
        f"{census.bracketed_paragraphs} paragraphs, "
        f"deepest {census.max_depth}, {census.alternatives} alternatives, "
        f"{census.placeholders} placeholders, {census.spanning_groups} across paragraphs, "
        f"{census.unbalanced_paragraphs} unbalanced"
        f"{'; proponents: ' + who if who else ''}\n"
    )
    if census.skipped:
        why = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in census.skipped.items())
        out.write(f"not negotiation text: {why}\n")
    if census.footnote_groups:
        out.write(f"footnotes: {census.footnote_groups} bracket groups\n")
    if census.comment_positions:
        said = ", ".join(f"{k} {n}" for k, n in list(census.comment_positions.items())[:12])
        out.write(f"comment positions: {said}\n")
    conditional = [m for m in census.markers if m.condition]
    for m in conditional[:20]:
        out.write(
            f"  {where(paragraphs, m.paragraph)} {m.marker.replace('_', ' ')}: {m.condition}\n"
        )


def print_diagnostics(
    diagnostics: Sequence[Diagnostic], out: TextIO, paragraphs: Sequence[Paragraph] = ()
) -> None:
    for d in diagnostics:
        at = "" if d.paragraph is None else f" {where(paragraphs, d.paragraph)}"
        at += "" if d.offset is None else f"@{d.offset}"
        out.write(f"  {d.severity.value}{at} {d.code}: {d.message}\n")
