"""Who proposed or opposes bracketed text: the attribution grammars of real drafts.

Styles (``AttributionStyle``) and where they are parsed:

- ``dash``: ``[extreme - US; G77 delete]``, ``[a - EU, G77 retain / b - US]`` (slash-separated
  alternatives, each with its proponents) — ``inner_attributions`` on a group's inner text;
- ``colon``: ``[G77: text]``, ``[EU: delete]`` — ``inner_attributions`` too;
- ``postfix``: ``[text] (EU)``, ``[text] (EU: delete)`` — ``parenthetical`` with ``after_group``;
- ``parenthetical``: ``(AILAC propose to delete para here …)`` anywhere — ``parenthetical``;
- ``label``: ``[Alt. AGN] …``, an alternative labelled by its proponents — ``core.proposal_labels``;
- ``footnote``: ``South Africa wishes its reservation … to be recorded`` — ``reservation``;
- ``comment``: a Word comment ``US: Clarifies not decides`` — ``comment_attribution``.

A list of proponents is accepted only when every name resolves in the registry or looks like
a party acronym (``AGN``), and at least one resolves or an action word (delete, retain…) is
written; ``postfix`` needs every name to resolve (``[…] (NDMC)`` is not an attribution).
Short names must be written in capitals (``us`` is a pronoun). Unknown acronyms are kept as
written with ``code=None``, never dropped. Offsets are into the text given (plus ``base``).

Over ~400 lines because each grammar above is small and they share the party lookup; one module
keeps the list of styles and their parsers together.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "Action",
    "Attribution",
    "AttributionStyle",
    "Proponent",
    "comment_attribution",
    "inner_attributions",
    "parenthetical",
    "parse_proponents",
    "reservation",
]


class Action(StrEnum):
    """What the proponents want done with the wording."""

    PROPOSE = "propose"
    RETAIN = "retain"
    DELETE = "delete"
    SUPPORT = "support"
    OPPOSE = "oppose"
    RESERVE = "reserve"
    AMEND = "amend"
    MOVE = "move"


class AttributionStyle(StrEnum):
    """How the attribution was written."""

    DASH = "dash"
    COLON = "colon"
    POSTFIX = "postfix"
    PARENTHETICAL = "parenthetical"
    LABEL = "label"
    FOOTNOTE = "footnote"
    COMMENT = "comment"


@dataclass(frozen=True, slots=True)
class Proponent:
    """A name as written and the registry code it resolved to (None: unknown, flagged)."""

    name: str
    code: str | None

    @property
    def key(self) -> str:
        """The code when known, else the name as written (what census counts)."""
        return self.code or self.name


@dataclass(frozen=True, slots=True)
class Attribution:
    """Proponents with their action on a wording; ``start``/``end`` span the attribution text."""

    proponents: tuple[Proponent, ...]
    action: Action
    wording: str
    style: AttributionStyle
    start: int
    end: int
    option: int = 0  # index of the slash-separated alternative it belongs to
    wording_start: int = -1
    wording_end: int = -1
    note: str = ""


_ACTIONS: dict[str, Action] = {
    **dict.fromkeys(("retain", "retains", "keep", "keeps", "stays"), Action.RETAIN),
    **dict.fromkeys(
        ("delete", "deletes", "deletion", "remove", "removes", "strike", "drop"), Action.DELETE
    ),
    **dict.fromkeys(
        ("support", "supports", "prefer", "prefers", "accept", "accepts", "agree", "agrees"),
        Action.SUPPORT,
    ),
    **dict.fromkeys(
        ("oppose", "opposes", "object", "objects", "reject", "rejects", "bracket", "brackets"),
        Action.OPPOSE,
    ),
    **dict.fromkeys(("reserve", "reserves", "reservation"), Action.RESERVE),
    **dict.fromkeys(
        (
            *("propose", "proposes", "proposed", "proposal", "suggest", "suggests", "add"),
            *("adds", "insert", "inserts", "request", "requests", "want", "wants"),
        ),
        Action.PROPOSE,
    ),
    **dict.fromkeys(("amend", "amends", "replace", "replaces", "reword"), Action.AMEND),
    **dict.fromkeys(("move", "moves", "relocate"), Action.MOVE),
    # the other five languages: what a facilitator writes after the names
    **dict.fromkeys(
        (
            *("supprimer", "suppression", "supprime", "eliminar", "suprimir", "supresión"),
            *("удалить", "исключить", "删除", "حذف"),
        ),
        Action.DELETE,
    ),
    **dict.fromkeys(
        ("maintenir", "conserver", "mantener", "retener", "сохранить", "保留", "الإبقاء"),
        Action.RETAIN,
    ),
    **dict.fromkeys(("proposition", "propuesta", "предложение", "提议", "اقتراح"), Action.PROPOSE),
}
_BY_PREFIX = re.compile(
    r"^(?:(proposed|supported|opposed|suggested|requested|retained|deleted)\s+)?by\s+",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:and|&|\+)\s+|\s*/\s*", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-/]{1,9}")
# the space before the dash is often lost in extraction ("promote- G77; US,Canada delete")
_DASH = re.compile(r"[-–—]+\s+")  # the wording before it is stripped of its spaces
_SLASH = re.compile(r"\s+/\s+")
_COLON = re.compile(r"^\s*([^:：\n]{1,60}?)\s*[:：]\s*")
_WORDS = re.compile(r"[A-Za-z]+")
_PAREN_PROPOSAL = re.compile(
    r"^(?P<who>[^():;]{1,80}?)\s+(?P<verb>propose[sd]?|proposal|suggests?|supports?|opposes?"
    r"|objects?|requests?|wants?|prefers?|reserves?|would like|deletes?|retains?|wish(?:es)?)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TO_VERB = re.compile(r"^\s*(?:to\s+)?(\w+)", re.IGNORECASE)
_RESERVATION = re.compile(
    r"(?P<who>[A-Z][\w .,'’()\-]{1,80}?)\s+(?:wish(?:es)?|would like|requests?|asks?|want(?:s)?)"
    r"\s+(?:for\s+|to\s+(?:have|record|place|enter)\s+)?(?:its|their|a|the)?\s*"
    r"(?P<what>reservations?|objections?)",
)
_RESERVATION_OF = re.compile(
    r"(?:reservation|objection)s?\s+(?:of|by|from)\s+(?P<who>[A-Z][\w .,'’\-]{1,60}?)"
    r"(?=\s*(?:[.;:,)\]]|\s+(?:on|to|regarding|concerning|is|was|be)\b|$))",
)


def parse_proponents(
    text: str, registry: PartyRegistry, *, strict: bool = False
) -> tuple[tuple[Proponent, ...], Action | None] | None:
    """Parse one clause ``EU, G77 retain`` / ``proposed by US``; None if not a proponent list."""
    s = text.strip().strip(".").strip()
    if not s or len(s) > 120:
        return None
    action: Action | None = None
    m = _BY_PREFIX.match(s)
    if m:
        action = _ACTIONS.get((m.group(1) or "propose").lower(), Action.PROPOSE)
        s = s[m.end() :]
    else:
        words = s.split()
        # trailing action words: "G77 delete", "EU, US retain", "US strongly oppose"
        while len(words) > 1 and words[-1].lower().strip(",.") in _ACTIONS:
            action = action or _ACTIONS[words[-1].lower().strip(",.")]
            words.pop()
        if len(words) > 1 and words[-1].lower() in ("strongly", "to", "would", "also"):
            words.pop()
        s = " ".join(words)
    people: list[Proponent] = []
    for chunk in (c.strip() for c in s.split(",")):
        if not chunk:
            continue
        found = _chunk(chunk, registry, strict)
        if found is None:
            return None
        people.extend(found)
    if not people:
        return None
    if action is None and all(p.code is None for p in people):
        return None
    return tuple(people), action


def _chunk(chunk: str, registry: PartyRegistry, strict: bool) -> list[Proponent] | None:
    one = _one(chunk, registry, strict)
    if one is not None:
        return [one]
    parts = [p for p in _AND.split(chunk) if p.strip()]
    if len(parts) < 2:
        return None
    out: list[Proponent] = []
    for part in parts:
        p = _one(part.strip(), registry, strict)
        if p is None:
            return None
        out.append(p)
    return out


def _one(name: str, registry: PartyRegistry, strict: bool) -> Proponent | None:
    if name[:4].lower() == "the ":
        name = name[4:].lstrip()
    if not name or len(name) > 60 or len(name.split()) > 10:
        return None
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return None
    cased = [c for c in letters if c.isupper() or c.islower()]
    # Chinese and Arabic have no capitals ("欧盟", "مجموعة الـ77"): only the registry decides
    if cased and (
        (len(letters) <= 3 and not all(c.isupper() for c in letters)) or not letters[0].isupper()
    ):
        return None  # "us", "and", "or", "climate": words, not parties ("Iran", "US" are)
    party = registry.resolve(name)
    if party is not None:
        return Proponent(name, party.code)
    if strict or not _ACRONYM.fullmatch(name) or sum(c.isupper() for c in name) < 2:
        return None
    return Proponent(name, None)


@functools.lru_cache(maxsize=8192)
def _clauses(
    text: str, registry: PartyRegistry, strict: bool = False
) -> tuple[tuple[tuple[Proponent, ...], Action], ...] | None:
    """Clauses separated by ``;``, each a proponent list with its action (cached)."""
    out: list[tuple[tuple[Proponent, ...], Action]] = []
    for clause in text.split(";"):
        if not clause.strip():
            continue
        parsed = parse_proponents(clause, registry, strict=strict)
        if parsed is None:
            return None
        out.append((parsed[0], parsed[1] or Action.PROPOSE))
    return tuple(out) or None


def inner_attributions(
    inner: str, registry: PartyRegistry, *, masked: str | None = None, base: int = 0
) -> tuple[str, tuple[Attribution, ...]]:
    """The wording of a group's inner text without attribution, and its attributions.

    ``masked`` is ``inner`` with nested groups blanked out (same length), so that a dash or
    colon inside a nested group is not taken for this group's attribution.
    """
    scan = inner if masked is None else masked
    colon = ":" in scan or "：" in scan
    if "- " not in scan and " -" not in scan and "–" not in scan and "—" not in scan and not colon:
        return inner, ()
    attrs: list[Attribution] = []
    lo = 0
    m = _COLON.match(scan) if colon else None  # the regex is slow to fail
    if m:
        clauses = _clauses(m.group(1), registry)
        if clauses is not None:
            rest = inner[m.end() :].strip()
            word = rest.lower().strip(" .;")
            act = _ACTIONS.get(word.split()[0]) if word and len(word.split()) <= 3 else None
            ws, we = (m.end(), m.end()) if act else (m.end(), len(inner))
            for people, action in clauses:
                attrs.append(
                    Attribution(
                        people,
                        act or action,
                        "" if act else rest,
                        AttributionStyle.COLON,
                        base,
                        base + (len(inner) if act else m.end()),
                        wording_start=base + ws,
                        wording_end=base + we,
                    )
                )
            lo = len(inner) if act else m.end()
    dash = _dash_parts(inner, scan, lo, registry, base)
    if dash:
        attrs = [a for a in attrs if a.style is AttributionStyle.COLON] + dash
    if not attrs:
        return inner, ()
    options = {a.option: (a.wording_start, a.wording_end) for a in dash}
    wording = " / ".join(inner[ws - base : we - base].strip() for ws, we in options.values())
    if not dash:
        wording = attrs[0].wording
    return wording, tuple(attrs)


def _dash_parts(
    inner: str, scan: str, lo: int, registry: PartyRegistry, base: int
) -> list[Attribution]:
    if "-" not in scan and "–" not in scan and "—" not in scan:
        return []  # _DASH needs one of them
    options = _split_spans(scan, lo, _SLASH) if "/" in scan else [(lo, len(scan))]
    if len(options) == 1:
        # one option: the loop below finds no separator exactly when _DASH.search would not
        candidates = [options]
    elif not _DASH.search(scan, lo):
        return []
    else:
        candidates = [options, [(lo, len(scan))]]
    for parts in candidates:
        out: list[Attribution] = []
        for option, (ps, pe) in enumerate(parts):
            seps = list(_DASH.finditer(scan, ps, pe))
            if not seps:
                break
            sep = seps[-1]
            clauses = _clauses(inner[sep.end() : pe], registry)
            if clauses is None:
                break
            wording = inner[ps : sep.start()].strip()
            for people, action in clauses:
                out.append(
                    Attribution(
                        people,
                        action,
                        wording,
                        AttributionStyle.DASH,
                        base + sep.start(),
                        base + pe,
                        option=option,
                        wording_start=base + ps,
                        wording_end=base + sep.start(),
                    )
                )
        else:
            return out
    return []


def _split_spans(scan: str, lo: int, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], lo
    for m in rx.finditer(scan, lo):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(scan)))
    return spans


def parenthetical(
    inside: str, registry: PartyRegistry, *, after_group: bool, start: int, end: int
) -> Attribution | None:
    """An attribution written in parentheses: ``(EU)`` after a group, ``(AILAC propose …)``."""
    text = inside.strip()
    if not text or len(text) > 400:
        return None
    if after_group and len(text) <= 80:
        who, _, what = text.partition(":")
        clauses = _clauses(who, registry, strict=True)
        verb = what.strip().split()[0].lower() if what.strip() else ""
        if clauses is not None and (not verb or verb in _ACTIONS):
            act = _ACTIONS.get(verb)
            people = tuple(p for ps, _ in clauses for p in ps)
            action = act or clauses[0][1]
            return Attribution(people, action, "", AttributionStyle.POSTFIX, start, end)
    m = _PAREN_PROPOSAL.match(text)
    if not m:
        return None
    parsed = parse_proponents(m.group("who"), registry)
    if parsed is None or all(p.code is None for p in parsed[0]):
        return None
    verb, rest = m.group("verb").lower(), m.group("rest")
    action = _ACTIONS.get(verb.split()[0], Action.PROPOSE)
    nxt = _TO_VERB.match(rest)
    if action is Action.PROPOSE and nxt and nxt.group(1).lower() in _ACTIONS:
        action = _ACTIONS[nxt.group(1).lower()]
    return Attribution(parsed[0], action, "", AttributionStyle.PARENTHETICAL, start, end, note=text)


def reservation(text: str, registry: PartyRegistry) -> Attribution | None:
    """A reservation footnote: ``South Africa wishes its reservation … to be recorded``."""
    if "eservation" not in text and "bjection" not in text:
        return None
    for rx in (_RESERVATION, _RESERVATION_OF):
        for m in rx.finditer(text[:2000]):
            who = m.group("who")
            # keep the shortest tail that parses: "In this context, South Africa" -> "South Africa"
            words = who.split()
            for i in range(len(words)):
                parsed = parse_proponents(" ".join(words[i:]), registry)
                if parsed is not None and all(p.code for p in parsed[0]):
                    return Attribution(
                        parsed[0],
                        Action.RESERVE,
                        "",
                        AttributionStyle.FOOTNOTE,
                        m.start(),
                        m.end(),
                        note=text.strip(),
                    )
    return None


def comment_attribution(text: str, registry: PartyRegistry) -> Attribution | None:
    """A Word comment that names its author party: ``US: Clarifies not decides``."""
    m = _COLON.match(text)
    if not m:
        return None
    clauses = _clauses(m.group(1), registry)
    if clauses is None:
        return None
    rest = text[m.end() :].strip()
    first = rest.split()[0].lower().strip(".,;") if rest else ""
    action = _ACTIONS.get(first, clauses[0][1])
    people = tuple(p for ps, _ in clauses for p in ps)
    return Attribution(people, action, "", AttributionStyle.COMMENT, 0, len(text), note=rest)
