"""What a pair of brackets holds: not negotiation text (and why), or a placeholder.

Used by ``core.brackets``; pure string tests on one bracket's inner text and its neighbours.
``skip_reason`` knows footnote markers (``[^4]``; ``[1]`` glued to the word or punctuation
before it, or a footnote's own label ``[1] Text…`` at the start of a paragraph), ellipses,
``[sic]`` and other editorial notes (``[delegation name withheld]``, and a secretariat's
stand-in for a document symbol not yet known: ``[document to be issued]``, ``[document symbol
to be added]``, ``[A/…/to be added]``), the GA masthead (also with OCR-broken spacing),
language notes, status markers (``core.lexicon``), markdown links ``[text](url)`` and proposal
labels ``[Alt. AGN]`` (``core.proposal_labels``).
"""

from __future__ import annotations

import re
from enum import StrEnum

from wsis_desk.core.lexicon import find_status, is_operative_start, is_preambular_start
from wsis_desk.core.proposal_labels import alt_label_names, caseless

__all__ = [
    "CLOSERS",
    "OPENERS",
    "SPACE",
    "SkipReason",
    "glued",
    "is_placeholder",
    "skip_reason",
]

OPENERS = "[［【〔"
CLOSERS = "]］】〕"
SPACE = " \t\u00a0\u202f\u2007\u3000"
_EMPTY_CHARS = SPACE + "*_"
_GLUE_BREAKERS = set(SPACE + "\n\r([{“\"'" + OPENERS + CLOSERS)
# matched with every space removed: OCR breaks spacing inside and between words
# ("[on the reportof the Th ird Committee (A/78/ 481/Add.3)]")
_MASTHEAD = re.compile(
    r"^(?:ontherep[o0]rt[o0]fthe.{1,120}\(A/[^)]{1,80}\)"
    r"|with[o0]utreferencet[o0]a(?:main)?c[o0]mmittee(?:\(A/[^)]{1,80}\))?)$",
    re.IGNORECASE | re.DOTALL,
)
_EDITORIAL = re.compile(
    r"^(?:(?:(?:delegation|country|party|speaker|author|sender)(?:'?s)?\s+)?(?:names?\s+)?"
    r"withheld|redacted|illegible|inaudible|unclear|emphasis\s+(?:added|in\s+original|mine)"
    r"|(?:original\s+)?footnotes?\s+omitted|(?:unofficial\s+)?translation|text\s+missing)$",
    re.IGNORECASE,
)
# the first four letters of every _EDITORIAL form: most brackets are ruled out by one lookup
_EDITORIAL_HEADS = frozenset(
    re.findall(
        r"\w+",
        "dele coun part spea auth send name with reda ille inau uncl emph orig foot unof tran text",
    )
)
# A secretariat's stand-in for a document symbol not yet known: editors fill it in when the
# document is issued, nobody negotiates it (unlike "[X]", "[20XX]", "[date]", "[Placeholder for
# …]", which delegates do). A noun naming the document or its symbol, "to be" and an editor's
# verb; a bare "[document symbol]"; or a symbol with its missing part ("A/…/to be added",
# "A/80/L.xx", "FCCC/CP/2015/L.…") -- but "X/CP.21" is a decision number, a placeholder.
_EDITOR_VERB = r"to\s+be\s+(?:issued|added|inserted|provided|supplied|completed|confirmed|assigned)"
_SYMBOL_NOTE = re.compile(
    r"^(?:(?:the\s+)?(?:document(?:\s+(?:symbol|number|reference))?"
    rf"|symbol(?:\s+of\s+the\s+document)?)\s*,?\s*{_EDITOR_VERB}"
    r"|document\s+symbol"
    r"|(?![xX]{1,4}/)(?-i:[A-Z])[A-Za-z0-9.]{0,11}/[\w./…-]*?"
    rf"(?:…|\.\.\.|(?<![^/.])[xX]{{1,4}}(?![^/.])|\s*{_EDITOR_VERB})[\w./…-]*)$",
    re.IGNORECASE,
)
_SYMBOL_HEADS = ("the document", "document", "symbol")
_LINK_TARGET = re.compile(
    r"\((?:https?://|www\.|mailto:|ftp://|#|\.{0,2}/)[^\s()]{0,2000}\)"
    r"|\([^\s()]{1,2000}\.(?:html?|pdf|docx?|md|aspx?|php)(?:#[^\s()]*)?\)",
    re.IGNORECASE,
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
    r"^(?:number|date|year|month|day|amount|name|title|symbol|reference"
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
    EDITORIAL_NOTE = "editorial_note"  # [delegation name withheld], [document to be issued]
    MARKDOWN_LINK = "markdown_link"  # [text](https://…): the link text of a web page
    PROPOSAL_LABEL = "proposal_label"  # [Alt. AGN]: who proposed the alternative that follows
    TOO_DEEP = "too_deep"  # nested beyond core.brackets.MAX_DEPTH: a broken or hostile text


def glued(text: str, start: int, end: int) -> bool:
    # CJK text has no spaces between words: a bracket next to a hanzi is not inside a word
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before.isalnum() and before < "\u2e80") or (after.isalnum() and after < "\u2e80")


def skip_reason(text: str, start: int, inner: str, after_footnote: bool) -> SkipReason | None:
    """Why the pair ``text[start] … inner … ]`` is not negotiation text, or None if it is."""
    if inner.startswith("^"):
        return SkipReason.FOOTNOTE_MARKER
    end = start + len(inner) + 2  # just after the closer
    if text.startswith("(", end) and _LINK_TARGET.match(text, end):
        return SkipReason.MARKDOWN_LINK
    s = inner.strip(_EMPTY_CHARS)
    if not s or len(s) > 200:
        return None
    if s[0].isdecimal():
        if not (s.isdecimal() and len(s) <= 3 and inner == s):
            return None
        if after_footnote or _after_word(text, start) or _footnote_label(text, start, end):
            return SkipReason.FOOTNOTE_MARKER
        return None
    if s in ("...", "…", ". . .", "....", "..", "…."):
        return SkipReason.ELLIPSIS
    low = s.lower()
    if len(s) > 40:
        squashed = "".join(low.split())
        if squashed.startswith(("onthere", "with")) and _MASTHEAD.match(squashed):
            return SkipReason.GA_MASTHEAD
        if low.startswith("alt") and alt_label_names(s) is not None:
            return SkipReason.PROPOSAL_LABEL
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
    if low[:4] in _EDITORIAL_HEADS and _EDITORIAL.match(s):
        return SkipReason.EDITORIAL_NOTE
    if ("/" in s or low.startswith(_SYMBOL_HEADS)) and _SYMBOL_NOTE.match(s):
        return SkipReason.EDITORIAL_NOTE
    if low.startswith("alt") and alt_label_names(s) is not None:
        return SkipReason.PROPOSAL_LABEL
    found = find_status(f"[{s}]")
    if found is not None and found[1] <= 1:
        return SkipReason.STATUS_MARKER
    return None


_CLOSING_QUOTES = "\"'”’»"


def _after_word(text: str, start: int) -> bool:
    """Whether ``[1]`` at ``start`` hangs on what is before it (``word[1]``, ``word.[1]``,
    ``“word”[1]``): a footnote marker. ``in [2023][2024]`` is negotiation text."""
    if start == 0:
        return False
    before = text[start - 1]
    if before not in _GLUE_BREAKERS:
        return True
    # a closing quote: "…agreed”[3]" (but not an opening one: ‘ "[3] ’)
    return before in _CLOSING_QUOTES and start > 1 and text[start - 2] not in _GLUE_BREAKERS


def _footnote_label(text: str, start: int, end: int) -> bool:
    """Whether ``[1]`` opens a line and a footnote's text follows: ``[1] See decision 1/CP.21``
    (``[5] years …`` starts lower case: a bracketed number of the text)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(SPACE):
        return False
    if end >= len(text) or text[end] not in SPACE:
        return False
    rest = text[end : end + 80].lstrip(SPACE)
    first = rest[:1]
    if not first or not (first.isupper() or first in "“\"‘'(" or caseless(first)):
        return False
    # "[12] Requests the Secretary-General …": a bracketed paragraph number, not a footnote
    return not (is_operative_start(rest) or is_preambular_start(rest))


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
