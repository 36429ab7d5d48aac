"""What an interpreter pack holds (items and print options) and its content fingerprint."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from wsis_desk.core.model import Paragraph

FINGERPRINT_LENGTH = 12


class Paper(StrEnum):
    """Paper sizes the copy desk stocks."""

    A4 = "a4"
    LETTER = "letter"


class Banner(StrEnum):
    """The instruction printed at the top of every page for the booths."""

    CHECK_AGAINST_DELIVERY = "CHECK AGAINST DELIVERY"
    READ_OUT_VERBATIM = "READ OUT VERBATIM"


@dataclass(frozen=True, slots=True)
class PackOptions:
    """How the pack is printed. ``generated_at`` is passed in (core never reads the clock)."""

    generated_at: datetime
    paper: Paper = Paper.A4
    duplex: bool = False
    copies: int = 1
    banner: Banner = Banner.CHECK_AGAINST_DELIVERY
    language: str = "en"

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None or self.generated_at.utcoffset() is None:
            raise ValueError("generated_at needs a time zone (its UTC offset is printed)")
        if self.copies < 1:
            raise ValueError(f"copies must be at least 1, not {self.copies}")


@dataclass(frozen=True, slots=True)
class PackFile:
    """A file produced from a pack on this laptop: where, which format, its sha256 and pages."""

    path: str
    format: str
    sha256: str
    pages: int | None


@dataclass(frozen=True, slots=True)
class StatementItem:
    """An intervention as the speaker will deliver it."""

    title: str
    speaker: str
    meeting: str
    language: str
    text: str
    limit_seconds: int | None = None
    wpm: int = 110
    document_symbol: str | None = None
    version_label: str | None = None
    paragraph_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParagraphsItem:
    """Paragraphs of a version the statement refers to, printed as negotiated (brackets kept)."""

    document_title: str
    document_symbol: str | None
    version_label: str
    language: str
    paragraphs: tuple[Paragraph, ...]


RedlineOp = tuple[str, str]  # ("=" | "-" | "+", text)
RedlineRow = tuple[str, tuple[RedlineOp, ...]]  # (paragraph label, ops)


@dataclass(frozen=True, slots=True)
class RedlineItem:
    """Changes to paragraphs between two versions, as the compare engine reports them."""

    document_title: str
    document_symbol: str | None
    old_version: str
    new_version: str
    language: str
    rows: tuple[RedlineRow, ...]
    old_date: datetime | None = None
    new_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class GlossaryItem:
    """Terms and their explanations for the booths."""

    entries: tuple[tuple[str, str], ...]
    language: str = "en"
    title: str = "Glossary"


PackItem = StatementItem | ParagraphsItem | RedlineItem | GlossaryItem


@dataclass(frozen=True, slots=True)
class Pack:
    """An interpreter pack: a title, the meeting, items in print order, and print options."""

    title: str
    meeting: str
    items: tuple[PackItem, ...]
    options: PackOptions


_STOPWORDS = {
    "en": frozenset(
        ["the", "and", "of", "to", "in", "that", "for", "with", "on", "is", "be", "as", "by", "its"]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "du",
            "de",
            "à",
            "une",
            "que",
            "pour",
            "dans",
            "sur",
            "est",
            "en",
            "au",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "del",
            "de",
            "que",
            "en",
            "para",
            "con",
            "por",
            "una",
            "su",
            "al",
        ]
    ),
}


def text_language(texts: Sequence[str]) -> str:
    """The UN language ``texts`` are written in, by script, then (Latin) by common words."""
    counts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    words: dict[str, int] = dict.fromkeys(_STOPWORDS, 0)
    for text in texts[:200]:
        for ch in text[:2000]:
            o = ord(ch)
            if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF:
                counts["ar"] += 1
            elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
                counts["zh"] += 1
            elif 0x0400 <= o <= 0x04FF:
                counts["ru"] += 1
            elif ch.isalpha() and o < 0x0250:
                counts["latin"] += 1
        for token in text[:2000].lower().split():
            for lang, stop in _STOPWORDS.items():
                words[lang] += token in stop
    script = max(counts, key=lambda k: (counts[k], k == "latin"))
    if script != "latin" and counts[script] > counts["latin"] / 3:
        return script
    return max(("en", "fr", "es"), key=lambda k: (words[k], k == "en"))


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, **fields}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def fingerprint(pack: Pack, length: int = FINGERPRINT_LENGTH) -> str:
    """Short hex SHA-256 of what the pack says: title, meeting, items, banner, language.

    Print settings (paper, duplex, copies) and the generation time are left out, so two
    printouts of the same content carry the same fingerprint.
    """
    content = {
        "title": pack.title,
        "meeting": pack.meeting,
        "banner": pack.options.banner.value,
        "language": pack.options.language,
        "items": _plain(pack.items),
    }
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:length]
