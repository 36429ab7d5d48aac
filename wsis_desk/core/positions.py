"""Positions, inputs and commitments as values: stances, sources, dispositions, stance inference.

API::

    Stance, PositionSource, Disposition, CommitmentStatus   StrEnums stored as their values
    STANCE_GLYPHS[stance] -> str      readable in black and white: ✔ ✘ ~ R !! ≈ ?
    infer_stance(words) -> Stance     from what a note says ("delete" -> oppose, "suggest" -> amend)
    text_hash(text) -> str            sha256 of a paragraph text (NFC), to flag later changes
    commitment_status(status, due_on, today) -> CommitmentStatus   "open" past its date = overdue
    ParagraphAnchor, StoredPosition, StoredCommitment, StoredInput, StoredChange
                                      records as the store hands them over

Inference reads words, not sentiment: red line beats reservation beats opposition (including
negated support such as "not supported", "will not accept"); otherwise the first of support,
flexibility or amendment words decides ("clarify …, EU agrees" is an amendment); nothing
recognised gives ``unknown``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "STANCE_GLYPHS",
    "CommitmentStatus",
    "Disposition",
    "PositionSource",
    "Stance",
    "StoredChange",
    "StoredCommitment",
    "StoredInput",
    "StoredPosition",
    "commitment_status",
    "infer_stance",
    "text_hash",
]


class Stance(StrEnum):
    """Where a party stands on a wording."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    AMEND = "amend"
    RESERVE = "reserve"
    RED_LINE = "red_line"
    FLEXIBLE = "flexible"
    UNKNOWN = "unknown"


class PositionSource(StrEnum):
    """How we know a position."""

    FLOOR = "floor"
    WRITTEN = "written"
    WORD_COMMENT = "word_comment"
    BRACKET = "bracket"
    OBSERVED = "observed"
    HEARSAY = "hearsay"


class Disposition(StrEnum):
    """How a stakeholder input was considered (SPMG step 8)."""

    PENDING = "pending"
    REFLECTED = "reflected"
    PARTIALLY_REFLECTED = "partially_reflected"
    NOT_REFLECTED = "not_reflected"
    WITHDRAWN = "withdrawn"


class CommitmentStatus(StrEnum):
    """Where a commitment stands (SPMG step 11); ``overdue`` is derived, never stored."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
    OVERDUE = "overdue"


STANCE_GLYPHS: dict[Stance, str] = {
    Stance.SUPPORT: "✔",
    Stance.OPPOSE: "✘",
    Stance.AMEND: "~",
    Stance.RESERVE: "R",
    Stance.RED_LINE: "!!",
    Stance.FLEXIBLE: "≈",
    Stance.UNKNOWN: "?",
}

_W = r"(?<![\w-])"
_E = r"(?![\w-])"


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(_W + "(?:" + "|".join(words) + ")" + _E, re.IGNORECASE)


_RED_LINE = _rx(r"red[\s-]?lines?", r"non[\s-]?negotiable", r"deal[\s-]?breaker")
_RESERVE = _rx(r"reservations?", r"reserves?", r"reserved", r"places? a reserve")
_NEGATED = re.compile(
    _W + r"(?:not|never|cannot|can't|won't|don't|doesn't|do not|does not|will not|"
    r"unable to|no longer)\s+(?:\w+\s+){0,2}?(?:support(?:ed|s)?|accept(?:ed|s|able)?|"
    r"agree(?:d|s)?|happy|ok|okay|acceptable|fine|go along|join)" + _E,
    re.IGNORECASE,
)
_OPPOSE = _rx(
    r"delet(?:e|es|ed|ing|ion)",
    r"del",
    r"remov(?:e|es|ed|ing|al)",
    r"strike",
    r"drop",
    r"oppos(?:e|es|ed|ing|ition)",
    r"against",
    r"object(?:s|ed|ion)?",
    r"reject(?:s|ed|ion)?",
    r"unacceptable",
    r"disagree(?:s|d)?",
    r"not in the mandate",
)
_SUPPORT = _rx(
    r"support(?:s|ed|ing)?",
    r"agree(?:s|d)?",
    r"agreement with",
    r"retain(?:s|ed)?",
    r"keep",
    r"welcome(?:s|d)?",
    r"ok",
    r"okay",
    r"fine",
    r"happy",
    r"keen",
    r"endorse(?:s|d)?",
    r"favou?rs?",
    r"prefer(?:s|red)?",
    r"accept(?:s|ed|able)?",
)
_FLEXIBLE = _rx(
    r"flexib(?:le|ility)",
    r"can live with",
    r"could live with",
    r"open to",
    r"could accept",
)
_AMEND = _rx(
    r"suggest(?:s|ed|ion|ions)?",
    r"add(?:s|ed|ing)?",
    r"insert(?:s|ed|ion)?",
    r"replac(?:e|es|ed|ing|ement)",
    r"clarif(?:y|ies|ied|ication)",
    r"clarity",
    r"unclear",
    r"propos(?:e|es|ed|al)",
    r"amend(?:s|ed|ment)?",
    r"rewor(?:d|ded|ding)",
    r"streamlin(?:e|ed|ing)",
    r"mov(?:e|es|ed)",
    r"instead",
    r"align",
    r"define",
    r"change(?:s|d)?",
    r"further work",
    r"recommend(?:s|ed)?",
    r"restore",
    r"merge",
)


def infer_stance(words: str) -> Stance:
    """The stance a note's words state, or ``unknown`` when they state none."""
    if not words or not words.strip():
        return Stance.UNKNOWN
    if _RED_LINE.search(words):
        return Stance.RED_LINE
    if _RESERVE.search(words):
        return Stance.RESERVE
    words = words.replace("’", "'").replace("‘", "'")
    if _NEGATED.search(words) or _OPPOSE.search(words):
        return Stance.OPPOSE
    first = [
        (m.start(), stance)
        for rx, stance in (
            (_SUPPORT, Stance.SUPPORT),
            (_FLEXIBLE, Stance.FLEXIBLE),
            (_AMEND, Stance.AMEND),
        )
        if (m := rx.search(words))
    ]
    return min(first)[1] if first else Stance.UNKNOWN


def text_hash(text: str) -> str:
    """A stable fingerprint of a paragraph text (Unicode-normalised)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def commitment_status(status: str, due_on: str | None, today: date) -> CommitmentStatus:
    """The status to show: an open commitment whose due date has passed is overdue."""
    stored = CommitmentStatus(status)
    if stored is CommitmentStatus.OPEN and due_on:
        try:
            due = date.fromisoformat(due_on)
        except ValueError:
            return stored
        if due < today:
            return CommitmentStatus.OVERDUE
    return stored


@dataclass(frozen=True, slots=True)
class StoredPosition:
    """A position as stored: who, on which lineage (or bracket group), recorded on which
    version, and the hash of the paragraph text it was recorded against."""

    id: str
    document_id: str
    party_code: str | None
    actor_id: str | None
    lineage_id: str | None
    group_text: str | None
    group_offset: int | None
    stance: Stance
    wording: str
    source: PositionSource
    source_text: str
    anchor_text: str
    meeting: str | None
    recorded_at: str
    version_id: str | None
    paragraph_sha256: str | None
    note: str


@dataclass(frozen=True, slots=True)
class StoredCommitment:
    """A commitment as stored; ``status`` is the stored one (overdue is derived from it)."""

    id: str
    document_id: str | None
    who_code: str | None
    who_actor_id: str | None
    who_name: str
    what: str
    due_on: str | None
    status: str
    lineages: tuple[str, ...]
    note: str


class StoredInput(NamedTuple):
    """A stakeholder input row as stored (``targets_json`` still JSON); a tuple: cheap to make
    by the thousand."""

    id: str
    document_id: str
    submitter_code: str | None
    submitter_actor_id: str | None
    submitter_name: str
    stakeholder_group: str | None
    submitted_on: str | None
    title: str
    text: str
    file_name: str | None
    blob_sha256: str | None
    targets_json: str
    disposition: str
    reason: str
    evidence_version_id: str | None
    evidence_lineage_id: str | None


class StoredChange(NamedTuple):
    """One entry of an input's disposition history."""

    input_id: str
    disposition: str
    reason: str
    changed_at: str
    changed_by: str
