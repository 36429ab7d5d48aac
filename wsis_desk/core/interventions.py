"""Interventions as plain records, their validation rules, and picking paragraphs by label."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from wsis_desk.core.model import Paragraph

UN_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
MIN_WPM, MAX_WPM = 60, 220
MAX_LIMIT_SECONDS = 3600
MAX_TITLE = 500  # characters (the CLI, the GUI and bundles all hold to these)
MAX_TEXT = 200_000
# ISO 639 language (2-3 letters) with optional script/region subtags: en, zh-Hans, pt-BR
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")
_DASH = re.compile(r"\s*[-–—]\s*")


class Status(StrEnum):
    """Where a statement stands."""

    DRAFT = "draft"
    FINAL = "final"
    DELIVERED = "delivered"


@dataclass(frozen=True, slots=True)
class ParagraphRef:
    """A paragraph a statement refers to: its lineage (stable) and its label.

    ``label`` is the label in the latest version of the document when the paragraph is still
    there (``current``), else the label it had when the reference was made.
    """

    lineage_id: str
    label: str
    current: bool = True


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The document a statement refers to, and the version its labels are read in."""

    id: str
    title: str
    symbol: str | None
    version: str | None


@dataclass(frozen=True, slots=True)
class Intervention:
    """A statement prepared for the floor, timed against its slot."""

    id: str
    title: str
    speaker: str | None
    meeting: str | None
    language: str
    limit_seconds: int | None
    wpm: int
    text: str
    document: DocumentRef | None
    paragraphs: tuple[ParagraphRef, ...]
    status: Status
    delivered_at: str | None
    updated_at: str

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of the referenced paragraphs."""
        return tuple(p.label for p in self.paragraphs)


def normalize_language(code: str) -> str | None:
    """``code`` lower-cased with ``_`` as ``-`` when it looks like a language tag, else None."""
    value = code.strip().replace("_", "-").lower()
    return value if _LANGUAGE.fullmatch(value) else None


def is_un_language(code: str) -> bool:
    """True for the six official UN languages (any region or script subtag)."""
    return code.lower()[:2] in UN_LANGUAGES and (len(code) == 2 or code[2] == "-")


def label_key(label: str) -> str:
    """A label compared loosely: ``OP 5 bis.`` and ``op5bis`` are the same key."""
    return re.sub(r"[\s.]+", "", label).lower()


def _find(paragraphs: Sequence[Paragraph], label: str) -> int | None:
    key = label_key(label)
    if not key:
        return None
    keys = [label_key(p.label) for p in paragraphs]
    for candidate in (key, "op" + key if key[0].isdigit() else None):
        if candidate is not None and candidate in keys:
            return keys.index(candidate)
    return None


def _last_descendant(paragraphs: Sequence[Paragraph], index: int) -> int:
    """The last paragraph under ``index`` (its sub-paragraphs, theirs …), or ``index``."""
    inside = {index}
    last = index
    for k in range(index + 1, len(paragraphs)):
        if paragraphs[k].parent not in inside:
            break
        inside.add(k)
        last = k
    return last


def select_labels(paragraphs: Sequence[Paragraph], spec: str) -> tuple[tuple[int, ...], list[str]]:
    """Indexes of the paragraphs named by ``spec``, and the names that matched nothing.

    ``spec`` is comma-separated labels (``PP2, OP3bis``); a bare number means the operative
    paragraph (``3`` is ``OP3``); ``OP3-OP5`` is every paragraph from OP3 to OP5 in document
    order, sub-paragraphs and ``bis`` included, and the sub-paragraphs of OP5 too. Order is
    document order, without repeats.
    """
    chosen: set[int] = set()
    unknown: list[str] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        found = _find(paragraphs, part)
        if found is not None:
            chosen.add(found)
            continue
        ends = _DASH.split(part, maxsplit=1)
        if len(ends) == 2:
            first, last = _find(paragraphs, ends[0]), _find(paragraphs, ends[1])
            if first is not None and last is not None:
                lo, hi = sorted((first, last))
                chosen.update(range(lo, _last_descendant(paragraphs, hi) + 1))
                continue
        unknown.append(part)
    return tuple(sorted(chosen)), unknown
