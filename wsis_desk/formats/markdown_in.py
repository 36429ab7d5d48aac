"""Markdown's own syntax, read by the text reader: headings, emphasis, tags, footnotes.

A transcription in Markdown says with ``#`` what is a heading, with ``*…*`` what is set in
italics and with ``[^n]`` / ``[^n]:`` where a footnote is cited and what it says. Here that
syntax is read off a line and turned into the style hints and footnotes every reader hands
core; what is left is the text as printed.
"""

from __future__ import annotations

import re

from wsis_desk.core.model import Diagnostic, Footnote, Severity

__all__ = ["HEADING", "markdown_footnotes", "strip_markdown"]

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_DEF_RE = re.compile(r"^\[\^(?P<id>[^\]\s]{1,20})\]:\s?(?P<text>.*)$")
_MD_REF_RE = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\]")
_MD_EMPH = re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])|\*\*")
_MD_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_MD_ESC = re.compile(r"\\([\[\]\\*_`{}()#+.!-])")


def strip_markdown(text: str) -> str:
    """Remove emphasis markers, inline HTML tags and backslash escapes from markdown text."""
    if "*" in text:
        text = _MD_EMPH.sub("", text)
    if "<" in text:
        text = _MD_TAG.sub("", text)
    if "\\" in text:
        text = _MD_ESC.sub(r"\1", text)
    return text


def markdown_footnotes(
    lines: list[str | None],
) -> tuple[dict[int, list[Footnote]], list[Footnote], list[Diagnostic]]:
    """Collect ``[^n]: text`` definitions and attach them where ``[^n]`` is cited.

    One definition per citation, never merged: a label defined twice (``[^2]`` where the
    first should read ``[^1]``) keeps both texts; a citation with no definition of its own
    takes the first such spare definition, and says so.
    """
    defs: list[list[str]] = []  # [label, text] in the order written
    found: dict[int, list[Footnote]] = {}
    diags: list[Diagnostic] = []
    current: list[str] | None = None
    for i, t in enumerate(lines):
        if t is None:
            continue
        m = _MD_DEF_RE.match(t)
        if m:
            current = [m.group("id"), m.group("text").strip()]
            defs.append(current)
            lines[i] = None
        elif current is not None and t.startswith(("    ", "\t")) and t.strip():
            current[1] = (current[1] + " " + t.strip()).strip()
            lines[i] = None
        elif t.strip():
            current = None
    labels = [d[0] for d in defs]
    spare = {k for k in labels if labels.count(k) > 1}
    used = [False] * len(defs)

    def take(ident: str) -> int | None:
        for j, d in enumerate(defs):
            if d[0] == ident and not used[j]:
                return j
        if ident not in labels:
            for j, d in enumerate(defs):
                if d[0] in spare and not used[j]:
                    return j
        return None

    for i, t in enumerate(lines):
        if t is None or "[^" not in t:
            continue
        for m in _MD_REF_RE.finditer(t):
            ident = m.group("id")
            j = take(ident)
            if j is None:
                diags.append(
                    Diagnostic(
                        Severity.INFO,
                        "footnote_undefined",
                        f"footnote [^{ident}] cited on line {i + 1} has no definition",
                    )
                )
                continue
            used[j] = True
            found.setdefault(i, []).append(Footnote(ident, defs[j][1]))
            if defs[j][0] != ident:
                diags.append(
                    Diagnostic(
                        Severity.INFO,
                        "footnote_relabelled",
                        f"footnote [^{ident}] on line {i + 1} has no definition of its own; "
                        f"linked to the spare definition labelled [^{defs[j][0]}]",
                    )
                )
        lines[i] = _MD_REF_RE.sub("", t)
    spare_defs = [Footnote(d[0], d[1]) for j, d in enumerate(defs) if not used[j]]
    return found, spare_defs, diags
