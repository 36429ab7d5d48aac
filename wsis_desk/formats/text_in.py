"""Read plain-text and Markdown bytes into paragraph blocks, tolerating any encoding dirt."""

from __future__ import annotations

import codecs
import re

from wsis_desk.core.model import Diagnostic, Severity, SourceBlock, SourceText

__all__ = ["HEAD_LINES", "decode_text", "looks_like_markdown", "read_lines", "read_text"]

HEAD_LINES = 40  # lines kept as printed for what the draft calls itself (``SourceText.head``)
_MD_HEADING = re.compile(r"#{1,6} \S")
_MD_FOOTNOTE_DEF = re.compile(r"\[\^\w+\]:")
_MD_EMPHASIS = re.compile(r"(?:^|\s)\*{1,2}[^*\s][^*]*\*{1,2}(?:\s|[,.;:]|$)")

_NBSP = "\u00a0\u202f\u2007"
_NBSP_TABLE = str.maketrans(dict.fromkeys(_NBSP, " "))


def _utf16_guess(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when the bytes look like BOM-less UTF-16 text."""
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:4096]
    even_zero = sum(1 for b in sample[0::2] if b == 0)
    odd_zero = sum(1 for b in sample[1::2] if b == 0)
    half = len(sample) // 2
    if odd_zero > 0.3 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.3 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, list[Diagnostic]]:
    """Decode bytes: UTF-8 (with or without BOM), then UTF-16, then cp1252; never raise."""
    diags: list[Diagnostic] = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text = data[2:].decode(enc, errors="replace")
        diags.append(_fallback(f"decoded as {enc} (byte-order mark)"))
        return text, diags
    guess = _utf16_guess(data) if b"\x00" in data[:4096] else None
    if guess is not None:
        diags.append(_fallback(f"decoded as {guess} (no byte-order mark)"))
        return data.decode(guess, errors="replace"), diags
    try:
        return data.decode("utf-8"), diags
    except UnicodeDecodeError:
        pass
    diags.append(_fallback("not UTF-8; decoded as Windows-1252"))
    # cp1252 leaves five bytes undefined; map those through latin-1 instead of failing.
    chars = []
    for b in data:
        try:
            chars.append(bytes((b,)).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars), diags


def _fallback(message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, "encoding_fallback", message)


_YAML_LINE = re.compile(r"^(?:\s*#.*|\s*|\s*-\s.*|\s*-|[\w\- .\"']{1,60}:(?:\s.*)?|\s+\S.*)$")


def _front_matter_end(lines: list[str]) -> int:
    """Index of the line closing a YAML front matter block (``---`` … ``---``) that opens
    the text, or 0 when there is none."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for i, line in enumerate(lines[1:101], start=1):
        if line.rstrip() in ("---", "...") and i > 1:
            return i
        if not _YAML_LINE.match(line):
            return 0
    return 0


def read_lines(data: bytes) -> tuple[list[str], list[Diagnostic]]:
    """Decode text bytes into lines (line ``i + 1`` is ``lines[i]``), blank lines kept.

    Line ends (CRLF, CR) become LF; no-break spaces become plain spaces; tabs and form
    feeds are kept for the layout (which uses them for indentation and page breaks).
    A leading BOM character left by a double-encoded file is dropped. YAML front matter
    (``---`` … ``---`` opening the text) is blanked out, with an info diagnostic.
    """
    text, diags = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.translate(_NBSP_TABLE)
    lines = text.split("\n")
    if lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()
    end = _front_matter_end(lines)
    if end:
        # blanked, not removed: every later line keeps its number
        lines[: end + 1] = [""] * (end + 1)
        diags.append(
            Diagnostic(
                Severity.INFO,
                "front_matter",
                f"lines 1–{end + 1}: YAML front matter skipped (not negotiation text)",
            )
        )
    return lines, diags


def looks_like_markdown(lines: list[str]) -> bool:
    """True when a .txt file is a Markdown transcription (``##`` headings, ``[^n]`` notes)."""
    signals = 0
    for text in lines[:4000]:
        if _MD_HEADING.match(text) or _MD_FOOTNOTE_DEF.match(text) or _MD_EMPHASIS.search(text):
            signals += 1
        if signals >= 3:
            return True
    return False


def read_text(data: bytes, *, markdown: bool | None = False) -> SourceText:
    """Turn text bytes into paragraph blocks, footnotes attached and page furniture dropped.

    ``markdown``: read Markdown syntax (headings, emphasis, ``[^n]`` notes); None decides
    from the text itself (a .txt file that is a Markdown transcription). Never raises.
    """
    # imported when a text comes: the layout pulls in the label and lexicon patterns, which
    # whoever imports the reader to open a Word or PDF file would compile for nothing
    from wsis_desk.formats.text_layout import paragraph_blocks

    lines, diags = read_lines(data)
    if markdown is None:
        markdown = looks_like_markdown(lines)
    try:
        blocks, loose, found = paragraph_blocks(lines, markdown=markdown)
    except Exception as exc:  # pragma: no cover - last-resort guard, the layout should not fail
        blocks = [SourceBlock(text=t, line=n) for n, t in enumerate(lines, 1) if t.strip()]
        loose, found = (
            [],
            [Diagnostic(Severity.WARNING, "layout_fallback", f"line joining failed: {exc!r}")],
        )
    return SourceText(
        format="markdown" if markdown else "text",
        blocks=tuple(blocks),
        diagnostics=(*diags, *found),
        footnotes=tuple(loose),
        head=tuple(lines[:HEAD_LINES]),
    )
