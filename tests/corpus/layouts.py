"""Re-layouts of a text that change its layout but not its structure (for metamorphic tests).

Each function takes the lines of a text and returns other lines that a person would read as the
same document: wrapped at another width (with words hyphenated across lines), with Windows line
ends, with page furniture between pages, with the preamble run onto one line, or with the
paragraph numbers printed as a column beside their texts (as pdftotext extracts many PDFs).
"""

from __future__ import annotations

import random
import re

from wsis_desk.core.labels import parse_label
from wsis_desk.core.lexicon import (
    is_chapeau,
    is_closing_formula,
    is_operative_start,
    is_preambular_start,
)

__all__ = ["FURNITURE", "crlf", "insert_furniture", "number_column", "rewrap", "run_preamble_on"]

# What a PDF puts between pages: a job number, a bar code, a page count, a symbol line.
FURNITURE = (
    "25-12345 (E) 010125",
    "*2512345*",
    "Page 9 of 20",
    "2/3",
    "\f",
)
_WORD = re.compile(r"[A-Za-z]{10,}")


def _risky_start(line: str) -> bool:
    """Whether a wrapped line would read as a new paragraph (a label, a participle, a bracket).

    A layout that wraps before such a word is ambiguous for a human reader too; the re-wrap
    avoids it, as typesetting mostly does by chance.
    """
    s = line.lstrip()
    if not s or not s[0].isalpha() or s[0].isupper():
        return True
    return parse_label(s) is not None or is_preambular_start(s) or is_operative_start(s)


def _wrap_one(line: str, width: int, rng: random.Random, hyphenate: bool) -> list[str]:
    """One line wrapped; its indentation kept on every line, as a markdown re-flow does."""
    indent = line[: len(line) - len(line.lstrip())]
    lines = _wrap_words(line.strip(), width - len(indent), rng, hyphenate)
    return [indent + x for x in lines]


def _wrap_words(line: str, width: int, rng: random.Random, hyphenate: bool) -> list[str]:
    words = line.split(" ")
    out: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 1
            if hyphenate and room >= 5 and _WORD.fullmatch(w) and rng.random() < 0.5:
                cut = max(3, min(room - 1, len(w) - 4))
                head, tail = w[:cut] + "-", w[cut:]
                rest = " ".join([tail, *words[i + 1 :]])
                if not _risky_start(rest):
                    out.append(f"{cur} {head}")
                    cur, i = tail, i + 1
                    continue
            rest = " ".join(words[i:])
            if not _risky_start(rest):
                out.append(cur)
                cur = w
                i += 1
                continue
        cur = f"{cur} {w}" if cur else w
        i += 1
    if cur:
        out.append(cur)
    return out


def rewrap(lines: list[str], width: int, *, seed: int = 0, hyphenate: bool = True) -> list[str]:
    """Every line longer than ``width`` wrapped at spaces, some long words hyphenated."""
    rng = random.Random(seed)
    out: list[str] = []
    for line in lines:
        if len(line) <= width or line.lstrip().startswith(("#", "|", "[^")):
            out.append(line)
        else:
            out.extend(_wrap_one(line, width, rng, hyphenate))
    return out


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


_PAGE_BREAK = re.compile(r"\f|^\s*\d{1,3} of \d{1,3}\s*$")


def insert_furniture(lines: list[str], *, every: int = 45, seed: int = 0) -> list[str]:
    """Page furniture at each page break, or a page break about every ``every`` lines.

    A text that has pages already (form feeds, "3 of 54") gets more furniture at its own page
    breaks: a page is never cut between a footnote mark and its note at the foot, as no real
    document is. A text without pages gets page breaks between non-blank lines.
    """
    rng = random.Random(seed)
    paged = any(_PAGE_BREAK.search(line) for line in lines)
    out: list[str] = []
    next_break = every
    for i, line in enumerate(lines):
        if paged and _PAGE_BREAK.search(line):
            out.extend(rng.sample(FURNITURE[:4], 2))
        out.append(line)
        if paged:
            continue
        if i >= next_break and line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            k = rng.randrange(len(FURNITURE))
            page = [FURNITURE[k], FURNITURE[(k + 1) % len(FURNITURE)]]
            out.extend(p for p in page if p != "\f")
            if "\f" in page:
                out[-1] = out[-1] + "\f" if out[-1] else "\f"
            next_break = i + every + rng.randrange(-5, 6)
    return out


def run_preamble_on(lines: list[str]) -> list[str] | None:
    """The chapeau and every line up to the first operative paragraph joined into one line.

    None when the text has no chapeau followed by a plain preamble to join.
    """
    start = next((i for i, line in enumerate(lines) if is_chapeau(line.strip())), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines):
        s = lines[end].strip()
        lab = parse_label(s) if s else None
        if s and (lab is not None or is_operative_start(s) or s.startswith(("#", "{"))):
            break
        if s and is_closing_formula(s):
            break
        end += 1
    if end - start < 3:
        return None
    # A paragraph that starts in lower case ("[recognizing that …") keeps its line: run on,
    # nobody could tell it from a bracketed phrase inside the paragraph before it.
    runs: list[str] = []
    for line in lines[start:end]:
        s = line.strip()
        if not s:
            continue
        if runs and s.lstrip("[*(")[:1].isupper():
            runs[-1] += " " + s
        else:
            runs.append(s)
    return [*lines[:start], *runs, *lines[end:]]


_NUMBERED = re.compile(r"^(\d{1,3}\.)\s+(\S.*)$")
# A line that runs several paragraphs on (sub-items, options, numbers, a footnote rule): no
# column of margin numbers is printed beside such a line, as it is not one paragraph.
_RUN_ON = re.compile(
    r"\s(?:\(?[a-z]{1,4}\)\s|[\[\d\]]+\.\s|\d+\.\d+\s|Option\s+\w+|_{3,}|\([A-Z]{2,5}\)\d)"
)


def _one_paragraph(line: str) -> re.Match[str] | None:
    m = _NUMBERED.match(line) if line == line.lstrip() else None
    if m is None or _RUN_ON.search(m.group(2)) or not m.group(2).rstrip("]").endswith((".", ";")):
        return None  # a heading run on to the end of a paragraph ("… body. Finance Committee")
    return m


def number_column(lines: list[str], width: int, *, seed: int = 0) -> list[str] | None:
    """Runs of numbered paragraphs (``1. …`` ``2. …``, blank lines between) laid out as pdftotext
    extracts a page whose numbers stand in the margin: the numbers ``1.`` ``2.`` … one per line,
    then the texts one after the other, no blank line between them; every line wrapped at
    ``width``, as the rest of a PDF's text is.

    A run is cut into columns of 2 to 6 paragraphs, as page breaks cut them. None when the text
    has no two numbered paragraphs in a row.
    """
    rng = random.Random(seed)
    out: list[str] = []
    changed = False
    i = 0
    while i < len(lines):
        run: list[re.Match[str]] = []
        k = i
        while k < len(lines):
            m = _one_paragraph(lines[k])
            if m is None:
                break
            run.append(m)
            k += 1
            while k < len(lines) and not lines[k].strip() and k + 1 < len(lines):
                if _one_paragraph(lines[k + 1]) is None:
                    break
                k += 1
        if len(run) < 2:
            out.extend(rewrap([lines[i]], width, seed=rng.randrange(1000), hyphenate=False))
            i += 1
            continue
        changed = True
        while run:
            size = min(len(run), rng.randint(2, 6))
            column, run = run[:size], run[size:]
            out.extend(m.group(1) for m in column)
            out.append("")
            for m in column:
                out.extend(rewrap([m.group(2)], width, seed=rng.randrange(1000), hyphenate=False))
            out.append("")
        i = k
    return out if changed else None
