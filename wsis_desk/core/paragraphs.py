"""Join source lines (or docx blocks) into raw paragraphs before labelling.

Over ~400 lines because the line joiner's state (wrapping, hyphens, margins, pipe-table rows)
is one loop that reads best whole; the text handling is to move to a module of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wsis_desk.core.extraction import join_word_runs
from wsis_desk.core.furniture import clean_lines
from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.lexicon import is_chapeau, is_preambular_start, opens_chapeau, strip_markdown
from wsis_desk.core.model import Comment, Diagnostic, Footnote, Severity, SourceText
from wsis_desk.core.tables import grid_text, is_rule_row, pipe_row

__all__ = ["MAX_PARAGRAPH_CHARS", "RawParagraph", "bound_length", "raw_paragraphs"]

MAX_PARAGRAPH_CHARS = 1_000_000

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_OLDNEW_SPLIT = re.compile(r"(?<=[.;:\]])\s+(?=\[\d{1,3}\]\[\d{1,3}\]\.\s)")
# A line that continues a sentence: lower case, or a script without case (Arabic, Chinese),
# whose paragraph starts are found by labels, chapeaux and the run-on splitter instead.
_LOWER_START = re.compile(r"^[\[“\"']?[a-zа-яёàâçéèêëîïôûùüÿñæœ\u0620-\u064a\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class RawParagraph:
    """A paragraph before labelling: joined text plus what the layout told us about it."""

    text: str
    line: int | None = None
    heading_level: int | None = None
    indent: int = 0
    margin: str | None = None
    number: str | None = None
    style: str | None = None
    italic: bool = False
    markdown: bool = False
    original_text: str | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    comments: tuple[Comment, ...] = ()
    # Where a wrapped line ended a sentence and the next began a new one: (offset in ``text``,
    # how far across the page that line reached); a paragraph may end there (see ``columns``).
    breaks: list[tuple[int, int]] = field(default_factory=list)
    blank_before: bool = False  # a blank line (not removed furniture) came before it
    table: bool = False  # a whole table: ``text`` is its grid (core.tables), kept as it is


def _indent(line: str) -> int:
    n = 0
    for ch in line:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def squash(text: str) -> str:
    """Collapse runs of spaces/tabs to one space, drop control characters and soft hyphens."""
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return _WS.sub(" ", text).strip()


def bound_length(p: RawParagraph, diags: list[Diagnostic]) -> list[RawParagraph]:
    """``p``, or ``p`` cut at spaces into parts of at most MAX_PARAGRAPH_CHARS, reported.

    No negotiated paragraph comes near a million characters; bounding them keeps every later
    step (labels, brackets, alignment, display) fast on a hostile or broken file.
    """
    text = p.text
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return [p]
    pieces: list[str] = []
    start = 0
    while len(text) - start > MAX_PARAGRAPH_CHARS:
        cut = text.rfind(" ", start + MAX_PARAGRAPH_CHARS // 2, start + MAX_PARAGRAPH_CHARS)
        cut = cut if cut > start else start + MAX_PARAGRAPH_CHARS
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    where = f" at line {p.line}" if p.line is not None else ""
    diags.append(
        Diagnostic(
            Severity.WARNING,
            "paragraph_split",
            f"a paragraph{where} is {len(text):,} characters long; it was cut into "
            f"{len(pieces)} parts of at most {MAX_PARAGRAPH_CHARS:,} characters",
        )
    )
    out = [replace(p, text=pieces[0])]
    out += [RawParagraph(text=piece, line=p.line, indent=p.indent) for piece in pieces[1:]]
    return out


def _reach(line: str) -> int:
    """How far across the page a line reaches, its indentation included (tabs as 4)."""
    return len(line.expandtabs(4).rstrip())


def _looks_wrapped(lines: list[str | None]) -> tuple[bool, int]:
    """Whether lines are wrapped at a fixed width (PDF text) and that width.

    The width is what wrapped lines reach: the median length of the lines that a continuation
    line follows (not of all lines, which short table cells and titles pull down).
    """
    texts = [t.strip() for t in lines if t is not None and t.strip()]
    if not texts:
        return False, 0
    continued: list[int] = []
    prev: str | None = None  # the previous non-blank line, as printed
    for t in lines:
        if t is None:
            continue
        s = t.strip()
        if prev is not None and s and _LOWER_START.match(s):
            continued.append(_reach(prev))
        prev = t if s else None
    if continued:
        continued.sort()
        width = continued[len(continued) // 2]
    else:
        lens = sorted(_reach(t) for t in lines if t is not None and t.strip())
        width = lens[int(len(lens) * 0.9)]
    return len(continued) >= max(2, len(texts) // 20), width


_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _compounds(lines: list[str | None]) -> frozenset[str]:
    """Hyphenated words printed whole on one line somewhere in the text (``decision-making``)."""
    return frozenset(
        m.group(0).casefold() for t in lines if t and "-" in t for m in _COMPOUND.finditer(t)
    )


def _unhyphenate(left: str, right: str, compounds: frozenset[str]) -> str:
    """``left`` ending in a hyphen, without it unless the text spells that word with one.

    Typesetting hyphenates words at line ends (``develop-`` / ``ment``); a compound that breaks
    at its own hyphen (``decision-`` / ``making``) keeps it when the text spells it so elsewhere.
    """
    if left.endswith("\u00ad"):
        return left[:-1]
    last, first = _LAST_WORD.search(left), _FIRST_WORD.match(right)
    if last is None or first is None:
        return left
    if f"{last.group(1)}-{first.group(0)}".casefold() in compounds:
        return left
    return left[:-1]


_TITLE_END = (".", ",", ";", ":", "]", ")", "”", '"', "’")


def _next_text(lines: list[str | None], i: int) -> str | None:
    """The next non-blank line after ``i`` (None at a blank line or the end)."""
    for t in lines[i + 1 : i + 3]:
        if t is None:
            continue
        return t.strip() or None
    return None


def _stands_alone(body: str, nxt: str | None) -> bool:
    """A short title line between paragraphs ("Addendum", "Annex I", "Contents").

    Wrapped text breaks inside a sentence before a lower-case word; a short capitalised line
    with no closing punctuation, followed by a capitalised line (or nothing), is a line of its
    own whatever the width of the line above it. A table row ("| … |") is one too.
    """
    if body.startswith("|"):
        return True
    if len(body) > 40 or not body[:1].isupper() or body.endswith(_TITLE_END):
        return False
    if body.count("]") > body.count("[") or body.count(")") > body.count("("):
        return False  # the tail of a bracket opened on the line above
    return nxt is None or not _LOWER_START.match(nxt)


_CITING = re.compile(r"\b(?:its|the|in|of|to|and|or|under|with|by|see|per|from)$")


def _cites(above: str, lab: LabelMatch | None) -> bool:
    """``Article 2.`` after a line ending "as stated in its": a citation wrapped, not a heading."""
    return lab is not None and lab.kind is LabelKind.ARTICLE and _CITING.search(above) is not None


def _is_block_start(body: str, lab: LabelMatch | None) -> bool:
    if lab is not None and (lab.kind is not LabelKind.ARTICLE or not lab.rest[:1].islower()):
        return True
    first = body.lstrip("[*")[:1]
    if body.startswith(("{", "Note:", "NOTE:", "NB:")):
        return True
    return (
        (first.isupper() and is_preambular_start(body)) or is_chapeau(body) or opens_chapeau(body)
    )


def _split_oldnew(p: RawParagraph) -> list[RawParagraph]:
    if "][" not in p.text:
        return [p]
    parts = _OLDNEW_SPLIT.split(p.text)
    if len(parts) == 1:
        return [p]
    out = [RawParagraph(text=parts[0], line=p.line, footnotes=p.footnotes, indent=p.indent)]
    out.extend(RawParagraph(text=x, line=p.line, indent=p.indent) for x in parts[1:])
    return out


def raw_paragraphs(
    source: SourceText,
) -> tuple[list[RawParagraph], list[Footnote], list[Diagnostic]]:
    """Paragraphs of a source, its unattached footnotes and diagnostics from cleaning."""
    if source.paragraphed or source.format == "docx":
        docx_diags: list[Diagnostic] = []
        bounded = [q for p in _docx_paragraphs(source) for q in bound_length(p, docx_diags)]
        return bounded, list(source.footnotes), docx_diags
    markdown = source.format == "markdown"
    raw = [b.text if isinstance(b.text, str) else "" for b in source.blocks]
    first_line = [b.line for b in source.blocks]
    cleaned = clean_lines(raw, markdown=markdown)
    lines = cleaned.lines
    wrapped, width = (True, 0) if markdown else _looks_wrapped(lines)
    if wrapped and not markdown:
        lines = join_word_runs(lines)
    compounds = _compounds(lines) if wrapped else frozenset()
    short = int(width * 0.6)
    paras: list[RawParagraph] = []
    cur: RawParagraph | None = None
    parts: list[str] = []  # the lines of ``cur``: joined once at flush (+= is quadratic)
    size = 0  # the length of ``cur``'s text so far, spaces squashed
    tail = ""  # the last two characters of ``cur`` so far
    pending: list[str] = []
    prev_closes = False
    italic_open = False  # whether the current paragraph's first line opens with "*"
    tail_words = ""  # the end of the line above
    last_reach = 0  # how far across the page the line above reached
    blank = False  # whether a blank line came since the last text line
    diags = list(cleaned.diagnostics)
    table: RawParagraph | None = None  # the pipe table being read, its rows in ``rows``
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal cur, table
        if table is not None:  # a table is one paragraph: its grid (core.tables)
            table.text = grid_text(rows)
            paras.append(table)
            table = None
            rows.clear()
        if cur is not None:
            cur.text = squash("".join(parts))
            if cur.breaks and size != len(cur.text):
                cur.breaks = []  # the offsets would be wrong: no breaks rather than bad ones
            if markdown and "<" in cur.text:  # a tag the line breaks cut in two
                cur.text = squash(strip_markdown(cur.text))
            for p in bound_length(cur, diags):
                paras.extend(_split_oldnew(p))
        cur = None

    for i, t in enumerate(lines):
        if t is None:
            continue
        notes = cleaned.footnotes.get(i, [])
        s = t.strip()
        if not s:
            flush()
            prev_closes = False
            blank = True
            continue
        line_no = first_line[i]
        cells = pipe_row(s)
        if cells is not None:  # a row of a table: never joined to a paragraph, nor one to it
            if table is None:
                flush()
                table = RawParagraph("", line_no, table=True)
            if not is_rule_row(cells):
                rows.append(cells)
            table.footnotes.extend(notes)
            prev_closes, blank = True, False
            continue
        if table is not None:
            flush()
        heading = _MD_HEADING.match(s) if markdown else None
        if heading:
            flush()
            text = strip_markdown(heading.group(2))
            paras.append(
                RawParagraph(
                    squash(text),
                    line_no,
                    heading_level=len(heading.group(1)),
                    footnotes=list(notes),
                )
            )
            prev_closes = True
            continue
        # italic: the paragraph opens with "*" on its first line and closes with one on its last
        opens_italic = markdown and len(s) > 2 and s[0] == "*"
        closes_italic = markdown and s.rstrip(".,;:")[-1:] == "*"
        body = strip_markdown(s) if markdown else s
        lab = parse_label(body)
        if lab is not None and not lab.rest and lab.kind in _MARGIN_KINDS:
            flush()
            pending.append(squash(body))
            prev_closes = True
            continue
        alone = wrapped and not markdown and _stands_alone(body, _next_text(lines, i))
        new = (
            cur is None
            or not wrapped
            or alone
            or (
                ((prev_closes and not _LOWER_START.match(body)) or _is_block_start(body, lab))
                and not _cites(tail_words, lab)
            )
        )
        if new:
            flush()
            margin = None
            if pending:
                for extra in pending[:-1]:
                    paras.append(RawParagraph("", line_no, margin=extra))
                margin = pending[-1]
                pending = []
            cur = RawParagraph(
                body,
                line_no,
                indent=_indent(t),
                margin=margin,
                italic=opens_italic and closes_italic,
                markdown=markdown,
                footnotes=list(notes),
                blank_before=blank,
            )
            parts, tail = [body], body[-2:]
            size = len(squash(body))
            italic_open = opens_italic
        elif cur is not None:
            if tail.endswith(("-", "\u00ad")) and tail[-2:-1].isalpha() and body[:1].isalpha():
                before = len(parts[-1])
                parts[-1] = _unhyphenate(parts[-1], body, compounds)
                size -= before - len(parts[-1])
                parts.append(body)
            else:
                if _SENTENCE_BREAK.search(tail) and _starts_sentence(body):
                    cur.breaks.append((size + 1, last_reach))
                parts.append(" " + body)
                size += 1
            size += len(squash(body))
            tail = (tail + parts[-1])[-2:]
            cur.footnotes.extend(notes)
            cur.italic = italic_open and closes_italic
        ends = body.rstrip()
        tail_words = ends[-12:]
        last_reach = _reach(t)
        blank = False
        prev_closes = bool(
            alone
            or (lab is not None and lab.kind in _CLOSING_KINDS)
            or ends.endswith(":")
            or (wrapped and not markdown and _reach(t) < short)
        )
    flush()
    for extra in pending:
        paras.append(RawParagraph("", None, margin=extra))
    return paras, cleaned.unattached, diags


_SENTENCE_BREAK = re.compile(r"[.;:][\])”\"]?$")
_OPENERS = "[“\"'(«„‘ \u00a0"


def _starts_sentence(body: str) -> bool:
    """Whether a line opens with a capital, after any brackets and quotes (« Zone », [“CMA”)."""
    return body.lstrip(_OPENERS)[:1].isupper()


_MARGIN_KINDS = frozenset(
    {LabelKind.EXPLICIT, LabelKind.NUMBER, LabelKind.LETTER, LabelKind.ROMAN, LabelKind.SECTION}
)
_CLOSING_KINDS = frozenset({LabelKind.ARTICLE, LabelKind.SECTION})


def _docx_paragraphs(source: SourceText) -> list[RawParagraph]:
    out: list[RawParagraph] = []
    for b in source.blocks:
        if b.table:  # the grid's tabs and newlines are its cells and rows: not squashed
            out.append(
                RawParagraph(
                    text=b.text,
                    line=b.line,
                    original_text=b.original_text,
                    footnotes=list(b.footnotes),
                    comments=b.comments,
                    table=True,
                )
            )
            continue
        text = squash(b.text or "")
        if not text and not b.number and not b.footnotes and not b.comments:
            continue
        heading = b.heading_level
        if heading is None and b.style and b.style.lower().startswith(("heading", "title")):
            heading = 1
        out.append(
            RawParagraph(
                text=text,
                line=b.line,
                heading_level=heading,
                indent=b.level or 0,
                number=b.number.strip() if b.number else None,
                style=b.style,
                original_text=b.original_text,
                italic=b.italic,
                footnotes=list(b.footnotes),
                comments=b.comments,
            )
        )
    return out
