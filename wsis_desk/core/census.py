"""Bracket census per paragraph and per version: the counts delegates report from.

API::

    CENSUS_FORMAT = 1          bump when the parser changes what it counts (reparse stored ones)
    paragraph_census(text, registry) -> ParagraphCensus
    census_of_parse(parse, extra_proponents=()) -> ParagraphCensus
    version_census(paragraphs, registry) -> VersionCensus
    ParagraphCensus.to_json() -> {"groups", "max_depth", "placeholders", "alternatives",
                                  "empty", "proponents": [codes], "unbalanced": bool}
    VersionCensus.to_json() -> {"format", "groups", "max_depth", "placeholders",
        "alternatives", "empty", "proponents": {"USA": 3, …}, "unresolved_proponents": [...],
        "unbalanced_paragraphs", "bracketed_paragraphs", "non_negotiation", "agreed_ad_ref",
        "suggested_for_closure", "document_scope": {"stray_close": [{"paragraph", "offset"}],
        "unclosed": [...], "spanning": [{"open", "close"}]}, "paragraphs": [ParagraphCensus]}
    ParagraphCensus.from_json / VersionCensus.from_json: exact round trip (ValueError if bad)

What is counted: ``groups`` counts every negotiation ``[`` of a paragraph, including one left
open (so a bracket spanning paragraphs counts once, where it opens); stray ``]`` only make the
paragraph ``unbalanced``. Non-negotiation brackets (footnote markers, ``[sic]``, status markers…)
are counted apart in ``non_negotiation``. ``proponents`` are party codes (or names as written
when unknown: those are also listed in ``unresolved_proponents``); a party counts once per group,
paragraph note or reservation footnote naming it. Footnote text is read only for reservations;
its brackets are not counted. ``paragraphs[i]`` is the census of ``paragraphs[i]`` given, and
``document_scope`` positions use ``Paragraph.index``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wsis_desk.core.attribution import Proponent, reservation
from wsis_desk.core.bracket_scope import DocumentScope, scope_of_parses
from wsis_desk.core.brackets import BracketParse, GroupKind, parse_brackets
from wsis_desk.core.model import Paragraph, StatusMarker
from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "CENSUS_FORMAT",
    "ParagraphCensus",
    "VersionCensus",
    "census_of_parse",
    "paragraph_census",
    "version_census",
]

CENSUS_FORMAT = 1


@dataclass(frozen=True, slots=True)
class ParagraphCensus:
    """Bracket counts of one paragraph."""

    groups: int = 0
    max_depth: int = 0
    placeholders: int = 0
    alternatives: int = 0
    empty: int = 0
    proponents: tuple[str, ...] = ()
    unbalanced: bool = False

    def to_json(self) -> dict[str, object]:
        """The ``"brackets"`` object of a paragraph in ``check``/``show`` JSON."""
        return {
            "groups": self.groups,
            "max_depth": self.max_depth,
            "placeholders": self.placeholders,
            "alternatives": self.alternatives,
            "empty": self.empty,
            "proponents": list(self.proponents),
            "unbalanced": self.unbalanced,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> ParagraphCensus:
        """Read back ``to_json`` output."""
        unbalanced = data.get("unbalanced")
        if not isinstance(unbalanced, bool):
            raise ValueError("expected a boolean for 'unbalanced'")
        return cls(
            groups=_int(data, "groups"),
            max_depth=_int(data, "max_depth"),
            placeholders=_int(data, "placeholders"),
            alternatives=_int(data, "alternatives"),
            empty=_int(data, "empty"),
            proponents=_strs(data, "proponents"),
            unbalanced=unbalanced,
        )


@dataclass(frozen=True, slots=True)
class VersionCensus:
    """Bracket counts of a whole version, with the document scope and every paragraph."""

    groups: int = 0
    max_depth: int = 0
    placeholders: int = 0
    alternatives: int = 0
    empty: int = 0
    proponents: dict[str, int] = field(default_factory=dict, hash=False)
    unresolved_proponents: tuple[str, ...] = ()
    unbalanced_paragraphs: int = 0
    bracketed_paragraphs: int = 0
    non_negotiation: int = 0
    agreed_ad_ref: int = 0
    suggested_for_closure: int = 0
    document_scope: DocumentScope = field(default_factory=DocumentScope)
    paragraphs: tuple[ParagraphCensus, ...] = ()
    format: int = CENSUS_FORMAT

    def to_json(self) -> dict[str, object]:
        """The ``"brackets"`` summary object of ``check``/``show`` JSON (and what is stored)."""
        return {
            "format": self.format,
            "groups": self.groups,
            "max_depth": self.max_depth,
            "placeholders": self.placeholders,
            "alternatives": self.alternatives,
            "empty": self.empty,
            "proponents": dict(self.proponents),
            "unresolved_proponents": list(self.unresolved_proponents),
            "unbalanced_paragraphs": self.unbalanced_paragraphs,
            "bracketed_paragraphs": self.bracketed_paragraphs,
            "non_negotiation": self.non_negotiation,
            "agreed_ad_ref": self.agreed_ad_ref,
            "suggested_for_closure": self.suggested_for_closure,
            "document_scope": self.document_scope.to_json(),
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, object], *, with_paragraphs: bool = True
    ) -> VersionCensus:
        """Read back ``to_json`` output; check ``format`` against ``CENSUS_FORMAT`` to reparse.

        ``with_paragraphs=False`` reads the totals only (``paragraphs`` stays empty): what a
        burn-down needs, for a fraction of the work on a long text.
        """
        props = data.get("proponents", {})
        if not isinstance(props, Mapping) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in props.items()
        ):
            raise ValueError("expected an object of counts for 'proponents'")
        scope = data.get("document_scope", {})
        paras = data.get("paragraphs", [])
        if not isinstance(scope, Mapping) or not isinstance(paras, list):
            raise ValueError("malformed census: 'document_scope' or 'paragraphs'")
        return cls(
            groups=_int(data, "groups"),
            max_depth=_int(data, "max_depth"),
            placeholders=_int(data, "placeholders"),
            alternatives=_int(data, "alternatives"),
            empty=_int(data, "empty"),
            proponents=dict(props),
            unresolved_proponents=_strs(data, "unresolved_proponents"),
            unbalanced_paragraphs=_int(data, "unbalanced_paragraphs"),
            bracketed_paragraphs=_int(data, "bracketed_paragraphs"),
            non_negotiation=_int(data, "non_negotiation"),
            agreed_ad_ref=_int(data, "agreed_ad_ref"),
            suggested_for_closure=_int(data, "suggested_for_closure"),
            document_scope=DocumentScope.from_json(scope),
            paragraphs=(
                tuple(ParagraphCensus.from_json(_mapping(p)) for p in paras)
                if with_paragraphs
                else ()
            ),
            format=_int(data, "format"),
        )


def census_of_parse(parse: BracketParse, extra_proponents: Sequence[str] = ()) -> ParagraphCensus:
    """Count one parsed paragraph; ``extra_proponents`` come from its footnotes."""
    return _count(parse, extra_proponents, Counter(), set())


def _count(
    parse: BracketParse, extra: Sequence[str], counts: Counter[str], unknown: set[str]
) -> ParagraphCensus:
    """One pass over a parse: its census, and party counts/unknown names added to the totals."""
    groups = placeholders = alternatives = empty = depth = 0
    closed = True
    names: set[str] = set(extra)
    for g in parse.walk():
        groups += 1
        if g.depth > depth:
            depth = g.depth
        closed = closed and g.closed
        kind = g.kind
        if kind is GroupKind.ALTERNATIVE:
            alternatives += 1
        elif kind is GroupKind.PLACEHOLDER:
            placeholders += 1
        elif kind is GroupKind.EMPTY:
            empty += 1
        if g.attributions:
            _add_unit([p for a in g.attributions for p in a.proponents], names, counts, unknown)
    for a in parse.notes:
        _add_unit(list(a.proponents), names, counts, unknown)
    return ParagraphCensus(
        groups=groups,
        max_depth=depth,
        placeholders=placeholders,
        alternatives=alternatives,
        empty=empty,
        proponents=tuple(sorted(names)),
        unbalanced=bool(parse.stray_close) or not closed,
    )


def _add_unit(
    people: list[Proponent], names: set[str], counts: Counter[str], unknown: set[str]
) -> None:
    """Count each party once for one group or note."""
    keys = {p.key for p in people}
    names.update(keys)
    counts.update(keys)
    unknown.update(p.name for p in people if p.code is None)


def paragraph_census(text: str, registry: PartyRegistry) -> ParagraphCensus:
    """The census of one paragraph's text."""
    return census_of_parse(parse_brackets(text, registry))


def version_census(paragraphs: Sequence[Paragraph], registry: PartyRegistry) -> VersionCensus:
    """The census of a whole version (paragraph texts, their footnotes, status markers)."""
    parses = [parse_brackets(p.text, registry) for p in paragraphs]
    per: list[ParagraphCensus] = []
    counts: Counter[str] = Counter()
    unknown: set[str] = set()
    for para, parse in zip(paragraphs, parses, strict=True):
        names = {a_p.key: a_p.code for a_p in _footnote_proponents(para, registry)}
        per.append(_count(parse, tuple(names), counts, unknown))
        counts.update(names.keys())
        unknown.update(key for key, code in names.items() if code is None)
    scope = scope_of_parses(parses, paragraph_numbers=[p.index for p in paragraphs])
    return VersionCensus(
        groups=sum(c.groups for c in per),
        max_depth=max((c.max_depth for c in per), default=0),
        placeholders=sum(c.placeholders for c in per),
        alternatives=sum(c.alternatives for c in per),
        empty=sum(c.empty for c in per),
        proponents=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        unresolved_proponents=tuple(sorted(unknown)),
        unbalanced_paragraphs=sum(c.unbalanced for c in per),
        bracketed_paragraphs=sum(1 for c in per if c.groups or c.unbalanced),
        non_negotiation=sum(len(p.skipped) for p in parses),
        agreed_ad_ref=sum(p.status is StatusMarker.AGREED_AD_REF for p in paragraphs),
        suggested_for_closure=sum(
            p.status is StatusMarker.SUGGESTED_FOR_CLOSURE for p in paragraphs
        ),
        document_scope=scope,
        paragraphs=tuple(per),
    )


def _footnote_proponents(para: Paragraph, registry: PartyRegistry) -> list[Proponent]:
    out: list[Proponent] = []
    for note in para.footnotes:
        found = reservation(note.text, registry)
        if found is not None:
            out.extend(found.proponents)
    return out


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError("expected an object")
    return value


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"expected an integer for {key!r}")
    return value


def _strs(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings for {key!r}")
    return tuple(value)
