"""Repairs of PDF text extraction at the level of lines: justified words one to a line."""

from __future__ import annotations

from wsis_desk.core.labels import parse_label

__all__ = ["join_word_runs"]


def join_word_runs(lines: list[str | None]) -> list[str | None]:
    """Justified text that a PDF extraction gave one word per line ("Each" / "Party" /
    "[shall][should]" / "regularly" …): each run of three or more one-word lines joined into
    its first line (its indentation kept), so the words read as the sentence they are (not a
    table's header cells, "Vintage" / "Metric" / "Unit")."""
    out = list(lines)
    i = 0
    while i < len(out):
        k = i
        while k < len(out) and _one_word(out[k]):
            k += 1
        run = [(t or "").strip() for t in out[i:k]]
        # a sentence's words are mostly lower case; a table's cells, one a line, are not
        if k - i >= 3 and 2 * sum(w[:1].islower() for w in run) >= len(run):
            first = out[i] or ""
            # its indentation kept: a line indented otherwise would open a paragraph
            out[i] = first[: len(first) - len(first.lstrip())] + " ".join(run)
            out[i + 1 : k] = [None] * (k - i - 1)
        i = max(k, i + 1)
    return out


def _one_word(line: str | None) -> bool:
    s = (line or "").strip()
    if not s or len(s) > 40 or " " in s or s.isdigit():
        return False
    return parse_label(s) is None
