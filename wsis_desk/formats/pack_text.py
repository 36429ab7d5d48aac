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
from wsis_desk.core.speech import (
    CJK_CHARS_PER_WORD,
    Unit,
    estimate,
    format_clock,
    interpretable_pace,
)
from wsis_desk.formats.pack_words import LANGUAGE_NAMES, pack_language, word

LANGUAGES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}
BLANK_PAGE = word("en", "blank")
COPY_DESK = word("en", "copy desk")
CONTENTS = word("en", "contents")
REDLINE_LEGEND = word("en", "legend")
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
    """What the running header of a page says; ``furniture`` is the pack's language."""

    banner: str
    meeting: str
    speaker: str
    language: str
    refers_to: str
    furniture: str = "en"

    def lines(self) -> tuple[str, str]:
        """The two text lines under the banner, in the pack's language."""
        f = self.furniture
        colon = "：" if pack_language(f) == "zh" else ": "
        first = (
            f"{word(f, 'meeting')}{colon}{self.meeting}    {word(f, 'speaker')}{colon}"
            f"{self.speaker}    {word(f, 'language')}{colon}{language_name(self.language, f)}"
        )
        return first, f"{word(f, 'refers to')}{colon}{self.refers_to}"


def language_name(code: str, in_language: str = "en") -> str:
    """``Arabic (ar)`` for ``ar`` (``arabe (ar)`` in French); unknown codes shown as given."""
    short = code.lower()[:2]
    names = LANGUAGE_NAMES[pack_language(in_language)]
    return f"{names[short]} ({short})" if short in names else code


def lang_of(text: str) -> str:
    """``ar``, ``zh`` or ``en`` by the script of the text (for titles typed in any language)."""
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF:
            return "ar"
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            return "zh"
    return "en"


def generated_line(at: datetime, lang: str = "en") -> str:
    """``Generated 2025-05-02 14:03 UTC+02:00``."""
    offset = at.strftime("%z") or "+0000"
    return f"{word(lang, 'generated')} {at:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:5]}"


def page_of(number: int, total: int, lang: str = "en") -> str:
    """``page 2 of 5``."""
    return word(lang, "page of", n=number, total=total)


def page_range(first: int, last: int, lang: str = "en") -> str:
    """``page 3`` or ``pages 3–5``."""
    if first == last:
        return word(lang, "page", n=first)
    return word(lang, "pages", first=first, last=last)


def _refs(
    symbol: str | None, version: str | None, labels: tuple[str, ...], lang: str = "en"
) -> str:
    parts = [p for p in (symbol, version) if p]
    text = ", ".join(parts) if parts else "—"
    if labels:
        text += f", {word(lang, 'paragraphs of')} " + ", ".join(labels)
    return text


def _first_statement(pack: Pack) -> StatementItem | None:
    return next((i for i in pack.items if isinstance(i, StatementItem)), None)


def pack_header(pack: Pack) -> Header:
    """The header of the cover and of pages that do not name their own speaker."""
    st = _first_statement(pack)
    lang = pack.options.language
    refers = "—"
    if st is not None:
        refers = _refs(st.document_symbol, st.version_label, st.paragraph_labels, lang)
    else:
        par = next((i for i in pack.items if isinstance(i, ParagraphsItem)), None)
        if par is not None:
            labels = tuple(p.label for p in par.paragraphs)
            refers = _refs(par.document_symbol, par.version_label, labels, lang)
    return Header(
        banner=word(lang, pack.options.banner.value),
        meeting=pack.meeting,
        speaker=st.speaker if st else "—",
        language=lang,
        refers_to=refers,
        furniture=lang,
    )


def item_header(pack: Pack, item: PackItem) -> Header:
    """The header of an item's pages: the item's own speaker, language and references."""
    base = pack_header(pack)
    lang = base.furniture
    if isinstance(item, StatementItem):
        refers = _refs(item.document_symbol, item.version_label, item.paragraph_labels, lang)
        meeting = item.meeting or pack.meeting
        return Header(base.banner, meeting, item.speaker, item.language, refers, lang)
    if isinstance(item, ParagraphsItem):
        labels = tuple(p.label for p in item.paragraphs)
        refers = _refs(item.document_symbol, item.version_label, labels, lang)
    elif isinstance(item, RedlineItem):
        versions = f"{item.new_version} {word(lang, 'against')} {item.old_version}"
        refers = _refs(item.document_symbol, versions, (), lang)
    else:
        refers = base.refers_to
    return Header(base.banner, pack.meeting, base.speaker, item.language, refers, lang)


def timing_line(item: StatementItem, lang: str = "en") -> str:
    """``230 words, about 02:05 at 110 words a minute; slot 02:00`` in the pack's language."""
    t = estimate(item.text, language=item.language, wpm=item.wpm, limit_seconds=item.limit_seconds)
    chars = t.unit is Unit.CHARACTERS
    unit = word(lang, "characters" if chars else "words")
    clock = format_clock(math.ceil(t.seconds))
    cpm = f"{item.wpm * CJK_CHARS_PER_WORD:g}"
    pace = word(lang, "pace characters" if chars else "pace words", wpm=f"{item.wpm:g}", cpm=cpm)
    line = word(lang, "timing", units=t.units, unit=unit, clock=clock, pace=pace)
    if item.limit_seconds:
        line += word(lang, "slot", slot=format_clock(item.limit_seconds))
    return line


def pace_line(item: StatementItem, lang: str = "en") -> str:
    """``Interpretable pace: 114–137 words a minute``: the statement language's own range."""
    pace = interpretable_pace(item.language)
    unit = word(lang, "characters" if pace.unit is Unit.CHARACTERS else "words")
    return word(lang, "interpretable", low=pace.low, high=pace.high, unit=unit)


def describe(item: PackItem, lang: str = "en") -> str:
    """One line for the contents list on the cover, in the pack's language ``lang``."""
    name = language_name(item.language, lang)
    if isinstance(item, StatementItem):
        return f"{word(lang, 'statement')}: {item.title} — {item.speaker} ({name})"
    if isinstance(item, ParagraphsItem):
        n = len(item.paragraphs)
        head = word(lang, "paragraphs")
        return f"{head}: {item.document_title}, {item.version_label} ({n}, {name})"
    if isinstance(item, RedlineItem):
        head = word(lang, "changes")
        return f"{head}: {item.document_title}, {item.old_version} → {item.new_version} ({name})"
    assert isinstance(item, GlossaryItem)
    return f"{item.title}: {len(item.entries)} ({name})"


def copy_desk_rows(pack: Pack, total_pages: int) -> list[tuple[str, str]]:
    """Name/value rows of the copy-desk instructions on the cover, in the pack's language."""
    o = pack.options
    lang = o.language
    sides = word(lang, "duplex" if o.duplex else "simplex")
    sheets = math.ceil(total_pages / 2) if o.duplex else total_pages
    copies = str(o.copies)
    if o.copies > 1:
        copies += f" — {word(lang, 'new sheet')}"
    return [
        (word(lang, "total pages"), f"{total_pages} ({word(lang, 'sheets', n=sheets)})"),
        (word(lang, "copies"), copies),
        (word(lang, "printing"), sides),
        (word(lang, "paper"), "A4" if o.paper.value == "a4" else "US Letter"),
        (word(lang, "black and white"), word(lang, "no colour")),
    ]


def text_language_note(item_language: str, lang: str) -> str:
    """``Text in English (en)`` when an item's text is not in the pack's language, else ""."""
    if pack_language(item_language) == pack_language(lang):
        return ""
    return word(lang, "text in", language=language_name(item_language, lang))


def paragraphs_subtitle(item: ParagraphsItem, lang: str = "en") -> str:
    """``A/80/L.1, Rev.2: referenced paragraphs`` (and the text's language when not the pack's)."""
    parts = [p for p in (item.document_symbol, item.version_label) if p]
    line = ", ".join(parts) + ": " + word(lang, "referenced")
    note = text_language_note(item.language, lang)
    return f"{line}. {note}" if note else line


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
        style = styles.get(op, PLAIN)
        bracket = Style(bold=True, underline=style.underline, strike=style.strike)
        start = 0
        for i, ch in enumerate(text):  # a bracket added or dropped is bold as well as marked
            if ch in BRACKETS:
                if i > start:
                    spans.append((text[start:i], style))
                spans.append((ch, bracket))
                start = i + 1
        if start < len(text):
            spans.append((text[start:], style))
    return spans
