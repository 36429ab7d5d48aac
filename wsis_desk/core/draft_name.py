"""Name a new document from its draft: the UN symbol printed on it, else its title line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wsis_desk.core.draft_dates import printed_date

# A UN document symbol: an organ's series and slash-separated parts (A/80/L.1,
# FCCC/PA/CMA/2024/L.15, A/C.3/78/L.41, FCCC/CP/2015/10/Add.1, A/AC.296/2026/9).
_SYMBOL = re.compile(
    r"(?<![\w/])(?:A|E|S|FCCC|UNEP|TD|HRC|WHA|EB|ICCD|CBD|UNW|DP)"
    r"(?:/(?:[A-Z0-9][A-Za-z0-9.\-]*))+(?![\w/])"
)
_FURNITURE = re.compile(
    r"^(?:CORPUS-SOURCE:|Distr\.|Original:|United Nations\b|General Assembly$|Page \d|"
    r"Advance unedited|Edited version|Rev\.\s*\d|Agenda item|\d{1,2} \w+ \d{4}$|Non-paper$|"
    # the meeting it was written for: "Second session, part eight", "Sixty-first session"
    r"[\w-]+ session\b|"
    # the opening of the text itself: a preambular or operative paragraph is no title
    r"(?:Recalling|Guided|Noting|Reaffirming|Recogni[sz]ing|Welcoming|Acknowledging|Bearing|"
    r"Emphasi[sz]ing|Decides|Requests|Also|Further)\b)",
    re.IGNORECASE,
)
_DECISION_HEAD = re.compile(r"^(?:draft )?(?:decision|resolution)\b.{0,30}$", re.IGNORECASE)
_MARKUP = re.compile(r"^#+\s*|[*_]{1,2}|\[\^\w+\]")
LOOK_AT = 15  # blocks: a title and symbol sit on the first page's head
MAX_TITLE = 160


@dataclass(frozen=True, slots=True)
class DraftName:
    """What a draft calls itself: its symbol (if printed), a title line, its printed date."""

    title: str
    symbol: str | None
    dated: date | None = None

    @property
    def proposed(self) -> str:
        """The name to propose for a new document."""
        return self.title


def _clean(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split()).strip(" |")


def _shorten(title: str) -> str:
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def name_draft(blocks: Iterable[str], file_stem: str) -> DraftName:
    """The symbol and title found at the head of a draft (``file_stem`` when none is)."""
    head = [_clean(b) for b in blocks]
    head = [b for b in head if b][:LOOK_AT]
    symbol = None
    for text in head:
        found = _SYMBOL.search(text)
        if found:
            symbol = found.group(0)
            break
    title = None
    for text in head:
        words = text.split()
        if (
            len(words) < 4
            or len(text) > 300
            or text.endswith(",")
            or _FURNITURE.match(text)
            or _DECISION_HEAD.match(text)
            or (symbol is not None and text == symbol)
        ):
            continue
        title = text
        break
    if title is None:
        title = " ".join(file_stem.replace("_", " ").split()) or "New document"
    return DraftName(title=_shorten(title), symbol=symbol, dated=printed_date(head))
