"""Parties (states, observers, the EU, groups, stakeholder groups) and resolving names to them.

API::

    Party(code, kind, names, aliases, members, note)   frozen; ``.id`` = uuid5(NAMESPACE, code)
    party_id(code) -> uuid.UUID
    PartyRegistry.from_records(records: Iterable[Mapping]) -> PartyRegistry   (ValueError if bad)
    registry.resolve(name) -> Party | None     "G-77/China", "Group of 77" -> G77; "US" -> USA
    registry.get(code) -> Party | None         exact code, case-insensitive
    registry.members(code) / registry.groups_of(code) -> tuple[Party, ...]

Matching is case-, accent- and punctuation-insensitive and ignores the small words
"the/and/of/&" (so ``G77 and China`` = ``G-77/China``). ISO codes match only when written
in capitals (``USA``, ``GBR``), because ``can``, ``per`` or ``and`` are also words. Long names
(8+ letters) fall back to a fuzzy match (rapidfuzz ratio >= 90) for spelling mistakes.
The registry is plain data: ``formats.parties_in.load_registry`` reads the shipped JSON.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "NAMESPACE",
    "Actor",
    "Party",
    "PartyKind",
    "PartyRegistry",
    "normalise_name",
    "party_id",
]

#: Fixed namespace of party ids: every installation derives the same id from a code.
NAMESPACE = uuid.UUID("6f0c3c52-8a1e-5b7d-9c4e-2d9a0b7e51a3")

_STOPWORDS = frozenset({"the", "and", "of", "et", "de", "du", "des", "la", "le", "les", "l", "d"})
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_FUZZY_MIN_LEN = 8
_FUZZY_CUTOFF = 90.0


class PartyKind(StrEnum):
    """What kind of actor a party is."""

    STATE = "state"
    OBSERVER = "observer"
    GROUP = "group"
    STAKEHOLDER_GROUP = "stakeholder-group"
    ORGANISATION = "organisation"
    PERSON_FREE = "person-free"


def party_id(code: str) -> uuid.UUID:
    """The deterministic id of the party with this code."""
    return uuid.uuid5(NAMESPACE, code)


def normalise_name(name: str) -> str:
    """The matching key of a name: folded, unaccented, without punctuation or small words."""
    text = unicodedata.normalize("NFKD", name.replace("&", " and ").replace("+", " and "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return "".join(t for t in _TOKEN.findall(text) if t not in _STOPWORDS)


@dataclass(frozen=True, slots=True)
class Party:
    """A party: ``code`` (ISO alpha-3 for states, ``EU``, ``G77``…), names by language, members."""

    code: str
    kind: PartyKind
    names: dict[str, str] = field(default_factory=dict, hash=False)
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # member codes, empty when membership is not kept
    note: str = ""

    @property
    def id(self) -> uuid.UUID:
        """The deterministic id, ``uuid5(NAMESPACE, code)`` (worked out when asked: loading the
        registry at start-up makes none)."""
        return party_id(self.code)

    @property
    def name(self) -> str:
        """The English name (else any name, else the code)."""
        return self.names.get("en") or next(iter(self.names.values()), self.code)


@dataclass(frozen=True, slots=True)
class Actor:
    """A custom actor not in the registry: a coalition ("Grupo Sur"), a caucus, a person."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


class PartyRegistry:
    """An immutable set of parties with name resolution; build it with ``from_records``."""

    __slots__ = ("_by_code", "_cache", "_index", "_long_keys", "_parties")

    def __init__(self, parties: Iterable[Party]) -> None:
        self._parties = tuple(parties)
        self._by_code: dict[str, Party] = {}
        self._index: dict[str, Party] = {}
        self._cache: dict[str, Party | None] = {}
        for p in self._parties:
            if p.code.upper() in self._by_code:
                raise ValueError(f"duplicate party code {p.code!r}")
            self._by_code[p.code.upper()] = p
        # names first, then aliases: a party's own name beats another party's alias
        for p in self._parties:
            for n in p.names.values():
                self._index.setdefault(normalise_name(n), p)
        for p in self._parties:
            for n in p.aliases:
                self._index.setdefault(normalise_name(n), p)
        self._index.pop("", None)
        self._long_keys = [k for k in self._index if len(k) >= _FUZZY_MIN_LEN]

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, object]]) -> PartyRegistry:
        """Build a registry from plain records (``code``, ``kind``, ``names``, ``aliases``…)."""
        return cls(_party_from_record(r) for r in records)

    @property
    def parties(self) -> tuple[Party, ...]:
        """Every party, in the order given."""
        return self._parties

    def __len__(self) -> int:
        return len(self._parties)

    def __iter__(self) -> Iterator[Party]:
        return iter(self._parties)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self._by_code

    def get(self, code: str) -> Party | None:
        """The party with exactly this code (any case), or None."""
        return self._by_code.get(code.strip().upper())

    def resolve(self, name: str) -> Party | None:
        """The party a name, alias or capitalised code refers to, or None."""
        if not isinstance(name, str):
            return None
        name = name.strip()
        if name in self._cache:
            return self._cache[name]
        found = self._resolve(name)
        if len(self._cache) < 50_000:
            self._cache[name] = found
        return found

    def _resolve(self, name: str) -> Party | None:
        if name.isupper() and name.upper() in self._by_code:
            return self._by_code[name.upper()]
        key = normalise_name(name)
        if not key:
            return None
        found = self._index.get(key)
        if found is not None or len(key) < _FUZZY_MIN_LEN or len(key) > 80:
            return found
        from rapidfuzz import fuzz, process  # only names not found exactly get here

        best = process.extractOne(
            key, self._long_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        return self._index[best[0]] if best else None

    def members(self, code: str) -> tuple[Party, ...]:
        """The parties that are members of the group with this code (known ones only)."""
        group = self.get(code)
        if group is None:
            return ()
        return tuple(p for c in group.members if (p := self.get(c)) is not None)

    def groups_of(self, code: str) -> tuple[Party, ...]:
        """The groups (and organisations) that list the party with this code as a member."""
        code = code.strip().upper()
        return tuple(p for p in self._parties if code in (m.upper() for m in p.members))


def _party_from_record(rec: Mapping[str, object]) -> Party:
    code = rec.get("code")
    if not isinstance(code, str) or not code.strip():
        raise ValueError(f"party record without a code: {dict(rec)!r}")
    code = code.strip()
    try:
        kind = PartyKind(str(rec.get("kind", "state")))
    except ValueError:
        raise ValueError(f"party {code}: unknown kind {rec.get('kind')!r}") from None
    names_raw = rec.get("names", {})
    if isinstance(names_raw, str):
        names = {"en": names_raw}
    elif isinstance(names_raw, Mapping):
        names = {str(k): str(v) for k, v in names_raw.items() if v}
    else:
        raise ValueError(f"party {code}: names must be a mapping of language to name")
    note = rec.get("note", "")
    return Party(
        code=code,
        kind=kind,
        names=names,
        aliases=_strings(rec.get("aliases", ()), code, "aliases"),
        members=_strings(rec.get("members", ()), code, "members"),
        note=note if isinstance(note, str) else "",
    )


def _strings(value: object, code: str, what: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValueError(f"party {code}: {what} must be a list of strings")
    return tuple(str(v) for v in value if str(v).strip())
