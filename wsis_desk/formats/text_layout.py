"""Join lines of plain text or Markdown into paragraph blocks: the text reader's layout.

Plain text (``pdftotext`` output, web pages) prints a paragraph as lines wrapped at a fixed
width, hyphenated at line ends, with page furniture between them and footnotes at a page's
foot; Markdown writes one paragraph a line (or wrapped lines), headings with ``#`` and
italics with ``*``. Here the lines become the paragraph records every reader hands core
(``core.model.SourceBlock``): text and footnotes joined and unhyphenated (a suspended
hyphen, ``pre-`` / ``and post-2020``, kept), a label printed alone in the margin kept beside
its text, sentence breaks of wrapped lines noted for core's column repair. A line that no
wrap makes opens a paragraph of its own: a closing formula, a line indented otherwise than
the wrapped lines above it, and the titles, formulas, notes and table cells of
``text_breaks``; ``text_words`` mends the words (hyphens, justified words one a line).
"""

from __future__ import annotations

import re

from wsis_desk.core.labels import LabelKind, LabelMatch, parse_label
from wsis_desk.core.lexicon import (
    is_chapeau,
    is_closing_formula,
    is_preambular_start,
    opens_chapeau,
)
from wsis_desk.core.model import Diagnostic, Footnote, SourceBlock
from wsis_desk.core.paragraphs import RawParagraph, bound_length, squash
from wsis_desk.core.tables import grid_text, is_rule_row, pipe_row
from wsis_desk.formats.markdown_in import HEADING, strip_markdown
from wsis_desk.formats.text_breaks import (
    CITING_NUMBER,
    LOWER_START,
    SENTENCE_BREAK,
    opens_after_sentence,
    reach,
    stands_alone,
    table_cell_lines,
)
from wsis_desk.formats.text_furniture import clean_lines
from wsis_desk.formats.text_words import (
    SUSPENDED,
    join_word_runs,
    note_words,
    rehyphenate,
    spelled_compounds,
    unhyphenate,
)

__all__ = ["paragraph_blocks"]

_OLDNEW_SPLIT = re.compile(r"(?<=[.;:\]])\s+(?=\[\d{1,3}\]\[\d{1,3}\]\.\s)")


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
        if prev is not None and s and LOWER_START.match(s):
            continued.append(reach(prev))
        prev = t if s else None
    if continued:
        continued.sort()
        width = continued[len(continued) // 2]
    else:
        lens = sorted(reach(t) for t in lines if t is not None and t.strip())
        width = lens[int(len(lens) * 0.9)]
    return len(continued) >= max(2, len(texts) // 20), width


def _next_text(lines: list[str | None], i: int) -> str | None:
    """The next non-blank line after ``i`` (None at a blank line or the end)."""
    for t in lines[i + 1 : i + 3]:
        if t is None:
            continue
        return t.strip() or None
    return None


_CITING = re.compile(r"\b(?:its|the|in|of|to|and|or|under|with|by|see|per|from)$")
_NUMBERED = frozenset({LabelKind.NUMBER, LabelKind.LETTER, LabelKind.ROMAN})


def _cites(above: str, lab: LabelMatch | None) -> bool:
    """``Article 2.`` after a line ending "as stated in its", ``134quater(a) above`` after one
    ending "referred to in paragraph": a citation wrapped, not a heading nor a paragraph."""
    if lab is None:
        return False
    if lab.kind is LabelKind.ARTICLE:
        return _CITING.search(above) is not None
    return lab.kind in _NUMBERED and CITING_NUMBER.search(above) is not None


def _number_before_text(lab: LabelMatch | None, following: str | None) -> bool:
    """``[1.`` alone on its line before a line of text, not before an option header
    (``[88.`` / "Option 1: (chapeau): …" is a paragraph printed as its options)."""
    if lab is None or lab.kind is not LabelKind.NUMBER or lab.rest != "[" or not following:
        return False
    nxt = parse_label(following.strip())
    return nxt is None and following.strip()[:1].isupper()


# a sub-item's letter printed after the bracket that opens its text ("[(h) The base year …":
# Paris decision draft of 4 December 2015, PDF text, paragraph 28(h))
_BRACKETED_ITEM = re.compile(r"^(\[+)(\((?:[a-z]|[ivx]{1,5})\))[ \t]+(?=[\[A-Z])")


def _is_block_start(body: str, lab: LabelMatch | None) -> bool:
    if lab is not None and (lab.kind is not LabelKind.ARTICLE or not lab.rest[:1].islower()):
        return True
    first = body.lstrip("[*")[:1]
    if body.startswith(("{", "Note:", "NOTE:", "NB:")):
        return True
    return (
        (first.isupper() and is_preambular_start(body))
        or is_chapeau(body)
        or opens_chapeau(body)
        or ((":" in body or "：" in body) and is_closing_formula(body))  # all end in a colon
    )


def paragraph_blocks(
    raw: list[str], *, markdown: bool
) -> tuple[list[SourceBlock], list[Footnote], list[Diagnostic]]:
    """The paragraphs of text lines (``raw[i]`` is line ``i + 1``), the footnotes linked to
    none of them, and what cleaning the lines found to say."""
    cleaned = clean_lines(raw, markdown=markdown)
    lines = cleaned.lines
    wrapped, width = (True, 0) if markdown else _looks_wrapped(lines)
    if wrapped and not markdown:
        lines = rehyphenate(join_word_runs(lines), width)
    note_texts = [n.text for ns in cleaned.footnotes.values() for n in ns]
    note_texts += [n.text for n in cleaned.unattached]
    cut = wrapped or any("- " in t or "\u00ad " in t for t in note_texts)  # a hyphen to undo
    compounds = spelled_compounds([*lines, *note_texts]) if cut else frozenset()
    short = int(width * 0.6)
    cell_lines = table_cell_lines(lines, short) if wrapped and not markdown else frozenset()
    paras: list[RawParagraph] = []
    cur: RawParagraph | None = None
    parts: list[str] = []  # the lines of ``cur``: joined once at flush (+= is quadratic)
    run = 0  # where the sentence run since the last break starts in ``parts``
    size = 0  # the length of ``cur``'s text so far, spaces squashed
    tail = ""  # the last two characters of ``cur`` so far
    pending: list[str] = []
    opening = ""  # the bracket of a "[1." printed alone, for the text after it
    prev_closes = False
    italic_open = False  # whether the current paragraph's first line opens with "*"
    tail_words = ""  # the end of the line above
    last_reach = 0  # how far across the page the line above reached
    last_indent = 0  # how far the line above is indented
    last_cell = False  # whether the line above is a table cell (``cell_lines``)
    paged = False  # whether a page break (or a line taken out) came since the line above
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
            paged = True
            continue
        paged = paged or (i < len(raw) and "\f" in raw[i])
        notes = [note_words(n, compounds) for n in cleaned.footnotes.get(i, ())]
        s = t.strip()
        if not s:
            flush()
            prev_closes = False
            blank = True
            continue
        line_no = i + 1
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
        heading = HEADING.match(s) if markdown else None
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
        # "[(h) The base year …": the item (h), its text opening with the bracket
        body = _BRACKETED_ITEM.sub(r"\2 \1", body)
        lab = parse_label(body)
        if lab is not None and not lab.rest and lab.kind in _MARGIN_KINDS:
            flush()
            pending.append(squash(body))
            prev_closes = True
            continue
        if _number_before_text(lab, _next_text(lines, i)):
            # "[1." / "The purpose of …": the number the text's, the bracket opening it
            flush()
            pending.append(lab.printed if lab is not None else "")
            opening = "["
            prev_closes = True
            continue
        if opening:
            body, opening = opening + body, ""
        plain = wrapped and not markdown
        indent = _indent(t)
        after_sentence = cur is not None and SENTENCE_BREAK.search(tail) is not None
        alone = plain and stands_alone(body, _next_text(lines, i), after_sentence)
        new = (
            cur is None
            or not wrapped
            or alone
            # a wrapped paragraph keeps one indentation from its second line on (the first
            # may stand out or in): a line indented otherwise opens the next paragraph, unless
            # a page turned between them (a PDF's even pages may sit further in than its odd)
            or (plain and len(parts) > 1 and not paged and indent != last_indent)
            or (plain and after_sentence and opens_after_sentence(body, parts[0]))
            or (i in cell_lines and (last_cell or after_sentence))
            or (
                ((prev_closes and not LOWER_START.match(body)) or _is_block_start(body, lab))
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
                margin=margin,
                italic=opens_italic and closes_italic,
                nested=markdown and indent >= 1,
                indent=indent if markdown else 0,  # how deep a Markdown list item sits
                footnotes=list(notes),
                blank_before=blank,
            )
            parts, tail = [body], body[-2:]
            run = 0
            size = len(squash(body))
            italic_open = opens_italic
        elif cur is not None:
            if (
                tail.endswith(("-", "\u00ad"))
                and tail[-2:-1].isalpha()
                and body[:1].isalpha()
                and not SUSPENDED.match(body)
            ):
                before = len(parts[-1])
                parts[-1] = unhyphenate(parts[-1], body, compounds)
                size -= before - len(parts[-1])
                parts.append(body)
            else:
                # "[Placeholder: … transparency]" / "[Placeholder: …": a bracketed sentence
                # filling its line, the next line opening another one
                ends_bracket = tail.endswith("]") and body.startswith("[")
                ends_bracket = ends_bracket and _closed("".join(parts[run:]).strip())
                # "Option 2: No text (linked to … Agreement)" / "[Requests …": an aside closing
                # its line, every bracket closed, the next line opening a bracketed paragraph
                ends_aside = tail.endswith(")") and body.startswith("[")
                ends_aside = ends_aside and _settled("".join(parts[run:]))
                ended = bool(SENTENCE_BREAK.search(tail)) or ends_bracket or ends_aside
                if ended and _starts_sentence(body):
                    cur.breaks.append((size + 1, last_reach))
                    run = len(parts)
                parts.append(" " + body)
                size += 1
            size += len(squash(body))
            tail = (tail + parts[-1])[-2:]
            cur.footnotes.extend(notes)
            cur.italic = italic_open and closes_italic
        ends = body.rstrip()
        tail_words = ends[-12:]
        last_reach = reach(t)
        last_indent = indent
        last_cell = i in cell_lines
        paged = False
        blank = False
        prev_closes = bool(
            alone
            or (lab is not None and lab.kind in _CLOSING_KINDS)
            or ends.endswith(":")
            or (wrapped and not markdown and reach(t) < short)
        )
    flush()
    for extra in pending:
        paras.append(RawParagraph("", None, margin=extra))
    unattached = [note_words(n, compounds) for n in cleaned.unattached]
    return [_block(p) for p in paras], unattached, diags


_OPENERS = "[“\"'(«„‘ \u00a0"


def _closed(text: str) -> bool:
    """Whether ``text`` is one bracketed paragraph, its opening bracket closed at its end and
    not before (``[Placeholder: outcome on … transparency]``): a line ending so, followed by a
    line opening another bracket, ends a paragraph (Paris v1 PDF text Art. 6.10-6.11)."""
    if not text.startswith("["):
        return False
    depth = 0
    for n, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if depth <= 0:
            return n == len(text.rstrip()) - 1
    return False


def _settled(text: str) -> bool:
    """Whether every bracket and parenthesis opened in ``text`` is closed by its end (a line
    ending ``(linked to Article 4)`` ends a clause; ``[… Committee (AC)`` is inside one)."""
    square = paren = 0
    for ch in text:
        square += (ch == "[") - (ch == "]")
        paren += (ch == "(") - (ch == ")")
    return square == 0 and paren == 0


def _starts_sentence(body: str) -> bool:
    """Whether a line opens with a capital, after any brackets and quotes (« Zone », [“CMA”)."""
    return body.lstrip(_OPENERS)[:1].isupper()


_MARGIN_KINDS = frozenset(
    {LabelKind.EXPLICIT, LabelKind.NUMBER, LabelKind.LETTER, LabelKind.ROMAN, LabelKind.SECTION}
)
_CLOSING_KINDS = frozenset({LabelKind.ARTICLE, LabelKind.SECTION})


def _split_oldnew(p: RawParagraph) -> list[RawParagraph]:
    if "][" not in p.text:
        return [p]
    parts = _OLDNEW_SPLIT.split(p.text)
    if len(parts) == 1:
        return [p]
    out = [RawParagraph(text=parts[0], line=p.line, footnotes=p.footnotes, indent=p.indent)]
    out.extend(RawParagraph(text=x, line=p.line, indent=p.indent) for x in parts[1:])
    return out


def _block(p: RawParagraph) -> SourceBlock:
    return SourceBlock(
        text=p.text,
        line=p.line,
        heading_level=p.heading_level,
        italic=p.italic,
        footnotes=tuple(p.footnotes),
        margin=p.margin,
        level=p.indent or None,
        nested=p.nested,
        breaks=tuple(p.breaks),
        blank_before=p.blank_before,
        table=p.table,
    )
