"""What a pair of brackets holds: not negotiation text (and why), or a placeholder.

Used by ``core.brackets``; pure string tests on one bracket's inner text and its neighbours.
``skip_reason`` knows footnote markers (``[^4]``; ``[1]`` only glued to the word before it),
ellipses, ``[sic]``, the GA masthead, language notes and status markers (``core.lexicon``).
"""

from __future__ import annotations

import re
from enum import StrEnum

from wsis_desk.core.lexicon import find_status

__all__ = ["CLOSERS", "OPENERS", "SPACE", "SkipReason", "glued", "is_placeholder", "skip_reason"]

OPENERS = "[［【〔"
CLOSERS = "]］】〕"
SPACE = " \t\u00a0\u202f\u2007\u3000"
_EMPTY_CHARS = SPACE + "*_"
_GLUE_BREAKERS = set(SPACE + "\n\r([{“\"'" + OPENERS + CLOSERS)
_MASTHEAD = re.compile(
    r"^(?:on\s+the\s+report\s+of\s+the\s+.{1,120}\(A/[^)]{1,80}\)"
    r"|without\s+reference\s+to\s+a\s+(?:main\s+)?committee(?:\s*\(A/[^)]{1,80}\))?)$",
    re.IGNORECASE | re.DOTALL,
)
_LANGS = r"(?:english|french|spanish|russian|arabic|chinese)"
_LANGUAGE_NOTE = re.compile(
    rf"^(?:{_LANGS}(?:\s*(?:,|/|and)\s*{_LANGS})*\s+only|original\s*:\s*{_LANGS}"
    r"|(?:anglais|français|espagnol|russe|arabe|chinois)\s+(?:seulement|uniquement)"
    r"|(?:solo|sólo)\s+en\s+(?:inglés|francés|español)|(?:english|french|spanish)\s+version\s+only)$",
    re.IGNORECASE,
)
_PLACEHOLDER_TOKEN = re.compile(r"^(?:[xX]{1,4}|[yYzZnN]|\d{0,2}[xX]{2,3}|[xX]\.[xX]|[xX]/.*)$")
_TO_BE = re.compile(
    r"\bto\s+be\s+(?:added|inserted|issued|completed|provided|confirmed|determined|specified"
    r"|updated|supplied)\b"
)
_PLACEHOLDER_NOUN = re.compile(
    r"^(?:number|date|year|month|day|amount|name|title|symbol|document symbol|reference"
    r"|percentage|per cent|country|city|venue|host|session|\.\.\. ?date|insert \w+)$"
)


class SkipReason(StrEnum):
    """Why a pair of brackets is not negotiation text."""

    FOOTNOTE_MARKER = "footnote_marker"
    ELLIPSIS = "ellipsis"
    SIC = "sic"
    GA_MASTHEAD = "ga_masthead"
    LANGUAGE_NOTE = "language_note"
    STATUS_MARKER = "status_marker"
    TOO_DEEP = "too_deep"  # nested beyond core.brackets.MAX_DEPTH: a broken or hostile text


def glued(text: str, start: int, end: int) -> bool:
    # CJK text has no spaces between words: a bracket next to a hanzi is not inside a word
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before.isalnum() and before < "\u2e80") or (after.isalnum() and after < "\u2e80")


def skip_reason(text: str, start: int, inner: str, after_footnote: bool) -> SkipReason | None:
    if inner.startswith("^"):
        return SkipReason.FOOTNOTE_MARKER
    s = inner.strip(_EMPTY_CHARS)
    if not s or len(s) > 200:
        return None
    if s[0].isdecimal():
        if not (s.isdecimal() and len(s) <= 3 and inner == s):
            return None
        glued = start > 0 and text[start - 1] not in _GLUE_BREAKERS
        return SkipReason.FOOTNOTE_MARKER if glued or after_footnote else None
    if s in ("...", "…", ". . .", "....", "..", "…."):
        return SkipReason.ELLIPSIS
    low = s.lower()
    if len(s) > 40:
        if low.startswith(("on the report", "without reference")) and _MASTHEAD.match(s):
            return SkipReason.GA_MASTHEAD
        return None
    if low in ("sic", "sic!", "sic."):
        return SkipReason.SIC
    if (
        " only" in low
        or "original" in low
        or "seulement" in low
        or "uniquement" in low
        or low.startswith(("solo", "sólo"))
    ) and _LANGUAGE_NOTE.match(s):
        return SkipReason.LANGUAGE_NOTE
    found = find_status(f"[{s}]")
    if found is not None and found[1] <= 1:
        return SkipReason.STATUS_MARKER
    return None


def is_placeholder(bare: str) -> bool:
    if len(bare) > 60:
        return bare[:24].lower().lstrip(".… *").startswith("placeholder")
    words = bare.replace("*", "").split()
    if not words:
        return False
    if words[0].lower().lstrip(".…").startswith("placeholder"):
        return True  # "[Placeholder for text on flexibility]"
    if len(words) > 6:
        return False
    if len(words) <= 3 and any(
        _PLACEHOLDER_TOKEN.match(w.strip(".,;:()")) for w in words if len(w) < 3 or "x" in w.lower()
    ):
        return True  # "[X]", "[year x]", "[by X date]"; not "[Parties included in annex X]"
    low = " ".join(words).lower()
    if "to be " in low:
        return _TO_BE.search(low) is not None
    return len(words) <= 2 and _PLACEHOLDER_NOUN.match(low) is not None
