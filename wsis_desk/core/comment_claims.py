"""Read who said what out of a Word comment: ``US: Clarifies not decides``, ``Pakistan\\n…``.

API::

    KNOWN_COALITIONS            coalitions a reader resolves by eye that the registry lacks
    actor_index(names) -> dict  normalised name/alias -> canonical actor name
    parse_comment(text, registry, actors) -> CommentParse
        .claims      CommentClaim(speakers, statement, stance): one per speaker turn
        .unresolved  the lines (or whole comment) no speaker could be found for

Forms read, line by line (dated headers like ``17 November – IC`` are skipped):
``Name: words`` and ``Name, Name: words`` (``Name suggestion: …`` too); ``Name – words``;
a name alone on its line followed by what it said; ``Name words`` when the leading words
resolve (``US ok``, ``Suriname against additional reporting``). A line without a speaker
continues the previous turn. Names resolve against the registry and the custom ``actors``
(exactly, or fuzzily for long names: ``Groupo Sur`` is ``Grupo Sur``). A short capitalised
name before a colon or alone on a line that resolves nowhere is proposed as a new actor
(``Speaker.code`` None, ``Speaker.new`` True).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from wsis_desk.core.parties import PartyRegistry, normalise_name
from wsis_desk.core.positions import Stance, infer_stance

__all__ = [
    "KNOWN_COALITIONS",
    "CommentClaim",
    "CommentParse",
    "Speaker",
    "actor_index",
    "parse_comment",
]

KNOWN_COALITIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Grupo Sur", ("Grupo SUR", "Groupo Sur")),
    ("CfRN", ("CFRN", "Coalition for Rainforest Nations")),
)
_HEAD_SUFFIX = re.compile(
    r"\s+(?:suggestions?|proposals?|proposed|proposes?|suggests?|comments?|positions?|views?"
    r"|says|said|notes?|statement|intervention)$",
    re.IGNORECASE,
)
_COLON = re.compile(r"^([^:\n]{1,60}?)\s*:\s*(.*)$", re.DOTALL)
_DASH = re.compile(r"^([^–—\n]{1,60}?)\s*(?:[–—]+|\s-+)\s*(.*)$", re.DOTALL)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_HEADER = re.compile(
    rf"^(?:\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?(?:\s+\d{{2,4}})?\b.*|\[[^\]]*\]|\d{{4}}-\d\d-\d\d.*)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|/)\s*")
_NOT_ACTORS = frozenset(
    normalise_name(w)
    for w in (
        "Note",
        "Notes",
        "Comment",
        "Question",
        "Proposed language",
        "Response",
        "Rationale",
        "Summary",
        "Update",
        "Context",
        "Background",
        "Example",
        "Reminder",
        "Concern",
        "Concerns",
        "Issue",
        "Issues",
        "Text",
        "Para",
        "Paragraph",
        "Section",
        "Decision",
        "Option",
        "Alt",
        "Definition",
        "See",
    )
)
_FUZZY_MIN = 8
_FUZZY_CUTOFF = 85.0


@dataclass(frozen=True, slots=True)
class Speaker:
    """A name as written and what it resolved to: a registry code or a custom actor name."""

    name: str
    code: str | None
    actor: str | None = None
    new: bool = False

    @property
    def key(self) -> str:
        """The registry code, else the actor's canonical name."""
        return self.code or self.actor or self.name


@dataclass(frozen=True, slots=True)
class CommentClaim:
    """One speaker turn of a comment: who, what they said, the stance it states."""

    speakers: tuple[Speaker, ...]
    statement: str
    stance: Stance


@dataclass(frozen=True, slots=True)
class CommentParse:
    """Every turn found in a comment and the lines no speaker could be found for."""

    claims: tuple[CommentClaim, ...]
    unresolved: tuple[str, ...]


def actor_index(names: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """Matching keys of custom actors: every name and alias -> the canonical name."""
    index: dict[str, str] = {}
    for name, aliases in names:
        for n in (name, *aliases):
            key = normalise_name(n)
            if key:
                index.setdefault(key, name)
    return index


def _resolve_one(name: str, registry: PartyRegistry, actors: Mapping[str, str]) -> Speaker | None:
    name = name.strip().strip(".,;:()“”\"'").strip()
    if name[:4].lower() == "the ":
        name = name[4:].lstrip()
    letters = [c for c in name if c.isalpha()]
    if not letters or len(name) > 60 or len(name.split()) > 6 or not letters[0].isupper():
        return None
    key = normalise_name(name)
    if key in actors:
        return Speaker(name, None, actors[key])
    if len(letters) <= 3 and not all(c.isupper() for c in letters):
        return None  # "us", "or", "and" are words; "US", "EU" are parties
    party = registry.resolve(name)
    if party is not None:
        return Speaker(name, party.code)
    if len(key) >= _FUZZY_MIN and actors:
        best = process.extractOne(key, list(actors), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best:
            return Speaker(name, None, actors[best[0]])
    return None


def _names(
    text: str, registry: PartyRegistry, actors: Mapping[str, str], *, allow_new: bool = False
) -> tuple[Speaker, ...] | None:
    parts = [p for p in _SPLIT.split(text.strip()) if p.strip()]
    if not parts:
        return None
    found = [_resolve_one(p, registry, actors) for p in parts]
    if all(s is not None for s in found):
        return tuple(s for s in found if s is not None)
    if allow_new and len(parts) == 1 and _looks_like_actor(parts[0]):
        name = parts[0].strip()
        return (Speaker(name, None, name, new=True),)
    return None


def _looks_like_actor(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 4 or len(name) > 30 or any(c.isdigit() for c in name):
        return False
    if normalise_name(name) in _NOT_ACTORS:
        return False
    return (
        all(w[0].isupper() for w in words if w.isalpha() and len(w) > 3) and words[0][0].isupper()
    )


def _leading(
    line: str, registry: PartyRegistry, actors: Mapping[str, str]
) -> tuple[tuple[Speaker, ...], str] | None:
    """The longest run of leading words that names speakers, and the words after it."""
    words = line.split()
    for k in range(min(len(words) - 1, 8), 0, -1):
        head = " ".join(words[:k]).rstrip(",;&")
        speakers = _names(head, registry, actors)
        if speakers:
            return speakers, " ".join(words[k:]).lstrip("–—-,: ").strip()
    return None


def _turn(
    line: str, registry: PartyRegistry, actors: Mapping[str, str], alone_ok: bool
) -> tuple[tuple[Speaker, ...], str] | None:
    m = _COLON.match(line)
    if m:
        head = _HEAD_SUFFIX.sub("", m.group(1).strip())
        speakers = _names(head, registry, actors, allow_new=True)
        if speakers:
            return speakers, m.group(2).strip()
    m = _DASH.match(line)
    if m:
        speakers = _names(m.group(1), registry, actors)
        if speakers:
            return speakers, m.group(2).strip()
    speakers = _names(line, registry, actors, allow_new=alone_ok)
    if speakers:
        return speakers, ""
    return _leading(line, registry, actors)


def parse_comment(
    text: str, registry: PartyRegistry, actors: Mapping[str, str] | None = None
) -> CommentParse:
    """Split a comment into speaker turns with their stated stance; keep what is unclaimed."""
    known = actor_index(KNOWN_COALITIONS) | dict(actors or {})
    lines = [
        clause.strip()
        for ln in text.replace("\r", "\n").split("\n")
        if not _HEADER.match(ln.strip())
        for clause in ln.split(";")
    ]
    lines = [ln for ln in lines if ln]
    turns: list[tuple[tuple[Speaker, ...], list[str]]] = []
    unresolved: list[str] = []
    for i, line in enumerate(lines):
        followed = i + 1 < len(lines)
        found = _turn(line, registry, known, alone_ok=followed)
        if found is None:
            if turns:
                turns[-1][1].append(line)
            else:
                unresolved.append(line)
            continue
        turns.append((found[0], [found[1]] if found[1] else []))
    claims: list[CommentClaim] = []
    for speakers, parts in turns:
        statement = " ".join(parts).strip()
        if not statement and claims:  # "…\nMozambique, Panama": they join the turn before
            claims.append(CommentClaim(speakers, claims[-1].statement, claims[-1].stance))
            continue
        claims.append(CommentClaim(speakers, statement, infer_stance(statement)))
    return CommentParse(tuple(claims), tuple(unresolved))
