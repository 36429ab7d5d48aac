"""The words printed on a pack (headers, cover, timing, styled runs), shared by its PDF and DOCX."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from wsis_desk.core.packs import (
    GlossaryItem,
    Pack,
    PackItem,
    ParagraphsItem,
    RedlineItem,
    RedlineOp,
    StatementItem,
)
from wsis_desk.core.speech import CJK_CHARS_PER_WORD, Unit, estimate, format_clock

LANGUAGES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}
BLANK_PAGE = "This page intentionally left blank"
COPY_DESK = "For the copy desk"
CONTENTS = "Contents"
REDLINE_LEGEND = "Inserted text is underlined; deleted text is struck through."
BRACKETS = "[]［］"


@dataclass(frozen=True, slots=True)
class Style:
    """How a run of text is marked: bold, underlined (inserted), struck through (deleted)."""

    bold: bool = False
    underline: bool = False
    strike: bool = False


PLAIN = Style()
BOLD = Style(bold=True)
INSERTED = Style(underline=True)
DELETED = Style(strike=True)

Span = tuple[str, Style]


@dataclass(frozen=True, slots=True)
class Header:
    """What the running header of a page says."""

    banner: str
    meeting: str
    speaker: str
    language: str
    refers_to: str

    def lines(self) -> tuple[str, str]:
        """The two text lines under the banner."""
        first = (
            f"Meeting: {self.meeting}    Speaker: {self.speaker}    "
            f"Language: {language_name(self.language)}"
        )
        return first, f"Refers to: {self.refers_to}"


def language_name(code: str) -> str:
    """``Arabic (ar)`` for ``ar``; unknown codes are shown as given."""
    short = code.lower()[:2]
    return f"{LANGUAGES[short]} ({short})" if short in LANGUAGES else code


def lang_of(text: str) -> str:
    """``ar``, ``zh`` or ``en`` by the script of the text (for titles typed in any language)."""
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF:
            return "ar"
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            return "zh"
    return "en"


def generated_line(at: datetime) -> str:
    """``Generated 2025-05-02 14:03 UTC+02:00``."""
    offset = at.strftime("%z") or "+0000"
    return f"Generated {at:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:5]}"


def page_of(number: int, total: int) -> str:
    """``page 2 of 5``."""
    return f"page {number} of {total}"


def page_range(first: int, last: int) -> str:
    """``page 3`` or ``pages 3–5``."""
    return f"page {first}" if first == last else f"pages {first}–{last}"


def _refs(symbol: str | None, version: str | None, labels: tuple[str, ...]) -> str:
    parts = [p for p in (symbol, version) if p]
    text = ", ".join(parts) if parts else "—"
    if labels:
        text += ", paragraphs " + ", ".join(labels)
    return text


def _first_statement(pack: Pack) -> StatementItem | None:
    return next((i for i in pack.items if isinstance(i, StatementItem)), None)


def pack_header(pack: Pack) -> Header:
    """The header of the cover and of pages that do not name their own speaker."""
    st = _first_statement(pack)
    refers = "—"
    if st is not None:
        refers = _refs(st.document_symbol, st.version_label, st.paragraph_labels)
    else:
        par = next((i for i in pack.items if isinstance(i, ParagraphsItem)), None)
        if par is not None:
            refers = _refs(
                par.document_symbol, par.version_label, tuple(p.label for p in par.paragraphs)
            )
    return Header(
        banner=pack.options.banner.value,
        meeting=pack.meeting,
        speaker=st.speaker if st else "—",
        language=pack.options.language,
        refers_to=refers,
    )


def item_header(pack: Pack, item: PackItem) -> Header:
    """The header of an item's pages: the item's own speaker, language and references."""
    base = pack_header(pack)
    if isinstance(item, StatementItem):
        refers = _refs(item.document_symbol, item.version_label, item.paragraph_labels)
        return Header(
            base.banner, item.meeting or pack.meeting, item.speaker, item.language, refers
        )
    if isinstance(item, ParagraphsItem):
        labels = tuple(p.label for p in item.paragraphs)
        refers = _refs(item.document_symbol, item.version_label, labels)
    elif isinstance(item, RedlineItem):
        refers = _refs(item.document_symbol, f"{item.new_version} against {item.old_version}", ())
    else:
        refers = base.refers_to
    return Header(base.banner, pack.meeting, base.speaker, item.language, refers)


def timing_line(item: StatementItem) -> str:
    """``230 words, about 02:05 at 110 words a minute; slot 02:00``."""
    t = estimate(item.text, language=item.language, wpm=item.wpm, limit_seconds=item.limit_seconds)
    unit = "characters" if t.unit is Unit.CHARACTERS else "words"
    clock = format_clock(math.ceil(t.seconds))
    pace = f"{item.wpm:g} words a minute"
    if t.unit is Unit.CHARACTERS:
        pace = f"{item.wpm * CJK_CHARS_PER_WORD:g} characters ({item.wpm:g} words) a minute"
    line = f"{t.units} {unit}, about {clock} at {pace}"
    if item.limit_seconds:
        line += f"; slot {format_clock(item.limit_seconds)}"
    return line


def describe(item: PackItem) -> str:
    """One line for the contents list on the cover."""
    lang = language_name(item.language)
    if isinstance(item, StatementItem):
        return f"Statement: {item.title} — {item.speaker} ({lang})"
    if isinstance(item, ParagraphsItem):
        n = len(item.paragraphs)
        return f"Paragraphs: {item.document_title}, {item.version_label} ({n}, {lang})"
    if isinstance(item, RedlineItem):
        return f"Changes: {item.document_title}, {item.old_version} → {item.new_version} ({lang})"
    assert isinstance(item, GlossaryItem)
    return f"{item.title}: {len(item.entries)} terms ({lang})"


def copy_desk_rows(pack: Pack, total_pages: int) -> list[tuple[str, str]]:
    """Name/value rows of the copy-desk instructions on the cover."""
    o = pack.options
    sides = "double-sided (duplex, long edge)" if o.duplex else "single-sided"
    sheets = math.ceil(total_pages / 2) if o.duplex else total_pages
    return [
        ("Total pages", f"{total_pages} ({sheets} sheets a copy)"),
        ("Copies wanted", str(o.copies)),
        ("Printing", sides),
        ("Paper", "A4" if o.paper.value == "a4" else "US Letter"),
        ("Black and white", "yes — nothing depends on colour"),
    ]


def paragraphs_subtitle(item: ParagraphsItem) -> str:
    """``A/80/L.1, Rev.2: referenced paragraphs``."""
    parts = [p for p in (item.document_symbol, item.version_label) if p]
    return ", ".join(parts) + ": referenced paragraphs (brackets in bold)"


def redline_subtitle(item: RedlineItem) -> str:
    """``A/80/L.1: Rev.1 (2025-05-01 18:00) → Rev.2 (2025-05-02 09:00)``."""

    def label(name: str, at: datetime | None) -> str:
        return f"{name} ({at:%Y-%m-%d %H:%M})" if at else name

    head = f"{item.document_symbol}: " if item.document_symbol else ""
    return (
        head
        + f"{label(item.old_version, item.old_date)} → {label(item.new_version, item.new_date)}"
    )


def text_blocks(text: str) -> list[str]:
    """The paragraphs of a statement: its non-empty lines, inner whitespace collapsed."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def bracket_spans(text: str, *, heading: bool = False) -> list[Span]:
    """Runs of ``text`` with every square bracket in bold (the whole text for a heading)."""
    if heading:
        return [(text, BOLD)]
    spans: list[Span] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in BRACKETS:
            if i > start:
                spans.append((text[start:i], PLAIN))
            spans.append((ch, BOLD))
            start = i + 1
    if start < len(text):
        spans.append((text[start:], PLAIN))
    return spans


def _cjk(ch: str) -> bool:
    return 0x3000 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF


def redline_spans(ops: tuple[RedlineOp, ...]) -> list[Span]:
    """Runs of a redline row: kept plain, inserted underlined, deleted struck through.

    A plain space is put between two ops when neither brings its own (the compare engine
    may hand over bare words), except next to Chinese text, which has no spaces.
    """
    styles = {"=": PLAIN, "+": INSERTED, "-": DELETED}
    spans: list[Span] = []
    for op, text in ops:
        if not text:
            continue
        if spans:
            prev = spans[-1][0]
            bare = not (prev[-1].isspace() or text[0].isspace() or _cjk(prev[-1]) or _cjk(text[0]))
            if bare and text[0] not in ",.;:)]}!?%" and prev[-1] not in "([{":
                spans.append((" ", PLAIN))
        spans.append((text, styles.get(op, PLAIN)))
    return spans
