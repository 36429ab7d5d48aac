"""The stored records of a bracket census: counts per paragraph and version, document scope.

Split from the engine (core.census, core.bracket_scope, which re-export these names) so that
reading a stored census needs none of the parser: a version's counts show before it loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "CENSUS_FORMAT",
    "DocumentScope",
    "MarkerNote",
    "ParagraphCensus",
    "Position",
    "SpanningPair",
    "VersionCensus",
]


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a document: paragraph number and character offset in its text."""

    paragraph: int
    offset: int

    def to_json(self) -> dict[str, int]:
        """``{"paragraph": n, "offset": n}``."""
        return {"paragraph": self.paragraph, "offset": self.offset}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Position:
        """Read back ``to_json`` output (ValueError when malformed)."""
        return cls(_int(data, "paragraph"), _int(data, "offset"))


@dataclass(frozen=True, slots=True)
class SpanningPair:
    """A bracket opened in one paragraph and closed in a later one."""

    open: Position
    close: Position


@dataclass(frozen=True, slots=True)
class DocumentScope:
    """How brackets pair across the paragraphs of a whole version."""

    spanning: tuple[SpanningPair, ...] = ()
    stray_close: tuple[Position, ...] = ()
    unclosed: tuple[Position, ...] = ()
    # derived per-paragraph depth at entry; not stored in JSON, so not part of equality
    carried: tuple[int, ...] = field(default=(), compare=False)

    @property
    def balanced(self) -> bool:
        """No stray ``]`` and no unclosed ``[`` in the whole document."""
        return not self.stray_close and not self.unclosed

    def to_json(self) -> dict[str, object]:
        """``{"stray_close": [...], "unclosed": [...], "spanning": [{"open", "close"}]}``."""
        return {
            "stray_close": [p.to_json() for p in self.stray_close],
            "unclosed": [p.to_json() for p in self.unclosed],
            "spanning": [
                {"open": s.open.to_json(), "close": s.close.to_json()} for s in self.spanning
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> DocumentScope:
        """Read back ``to_json`` output (``carried`` is not stored)."""
        spanning = tuple(
            SpanningPair(Position.from_json(_map(s, "open")), Position.from_json(_map(s, "close")))
            for s in _list(data, "spanning")
        )
        return cls(
            spanning=spanning,
            stray_close=tuple(Position.from_json(_map(p)) for p in _list(data, "stray_close")),
            unclosed=tuple(Position.from_json(_map(p)) for p in _list(data, "unclosed")),
        )


# 2: spanning groups, top_level_groups, footnote_groups, comment positions, every status
# marker with its condition; "unbalanced" only for brackets with no partner in the document;
# links, editorial notes, footnote labels and proposal labels skipped
# 3: the secretariat's stand-ins for a document symbol ([document to be issued]) are editorial
# notes, not placeholder groups; footnotes cited by no paragraph count (groups, reservations)
CENSUS_FORMAT = 3


@dataclass(frozen=True, slots=True)
class MarkerNote:
    """A status marker found in a paragraph: which, and the condition written with it."""

    paragraph: int
    marker: str  # a core.model.StatusMarker value
    condition: str | None = None

    def to_json(self) -> dict[str, object]:
        """``{"paragraph", "marker", "condition"}``."""
        return {"paragraph": self.paragraph, "marker": self.marker, "condition": self.condition}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> MarkerNote:
        """Read back ``to_json`` output (ValueError when malformed)."""
        marker, condition = data.get("marker"), data.get("condition")
        if not isinstance(marker, str) or not (condition is None or isinstance(condition, str)):
            raise ValueError("malformed status marker")
        return cls(_int(data, "paragraph"), marker, condition)


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
    top_level_groups: int = 0
    spanning: int = 0  # groups crossing a paragraph boundary that open, close or run here
    commenters: tuple[str, ...] = ()  # parties speaking in the paragraph's Word comments

    def to_json(self) -> dict[str, object]:
        """The ``"brackets"`` object of a paragraph in ``check``/``show`` JSON."""
        return {
            "commenters": list(self.commenters),
            "groups": self.groups,
            "top_level_groups": self.top_level_groups,
            "spanning": self.spanning,
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
            top_level_groups=_int(data, "top_level_groups", 0),
            spanning=_int(data, "spanning", 0),
            commenters=_strs(data, "commenters"),
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
    top_level_groups: int = 0
    spanning_groups: int = 0
    footnote_groups: int = 0
    comment_positions: dict[str, int] = field(default_factory=dict, hash=False)
    status_markers: dict[str, int] = field(default_factory=dict, hash=False)
    markers: tuple[MarkerNote, ...] = ()
    skipped: dict[str, int] = field(default_factory=dict, hash=False)  # by reason

    def to_json(self) -> dict[str, object]:
        """The ``"brackets"`` summary object of ``check``/``show`` JSON (and what is stored)."""
        return {
            "format": self.format,
            "groups": self.groups,
            "top_level_groups": self.top_level_groups,
            "spanning_groups": self.spanning_groups,
            "footnote_groups": self.footnote_groups,
            "max_depth": self.max_depth,
            "placeholders": self.placeholders,
            "alternatives": self.alternatives,
            "empty": self.empty,
            "proponents": dict(self.proponents),
            "unresolved_proponents": list(self.unresolved_proponents),
            "unbalanced_paragraphs": self.unbalanced_paragraphs,
            "bracketed_paragraphs": self.bracketed_paragraphs,
            "non_negotiation": self.non_negotiation,
            "skipped": dict(self.skipped),
            "agreed_ad_ref": self.agreed_ad_ref,
            "suggested_for_closure": self.suggested_for_closure,
            "status_markers": dict(self.status_markers),
            "markers": [m.to_json() for m in self.markers],
            "comment_positions": dict(self.comment_positions),
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
        props = _counts(data, "proponents")
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
            top_level_groups=_int(data, "top_level_groups", 0),
            spanning_groups=_int(data, "spanning_groups", 0),
            footnote_groups=_int(data, "footnote_groups", 0),
            comment_positions=_counts(data, "comment_positions"),
            status_markers=_counts(data, "status_markers"),
            skipped=_counts(data, "skipped"),
            markers=tuple(MarkerNote.from_json(_map(m)) for m in _list(data, "markers")),
        )


def _map(value: object, key: str | None = None) -> Mapping[str, object]:
    if key is not None:
        value = value.get(key) if isinstance(value, Mapping) else None
    if not isinstance(value, Mapping):
        raise ValueError(f"expected an object{f' for {key!r}' if key else ''}")
    return value


def _list(data: Mapping[str, object], key: str) -> list[object]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"expected a list for {key!r}")
    return value


def _counts(data: Mapping[str, object], key: str) -> dict[str, int]:
    value = data.get(key, {})
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in value.items()
    ):
        raise ValueError(f"expected an object of counts for {key!r}")
    return dict(value)


def _int(data: Mapping[str, object], key: str, default: int | None = None) -> int:
    """``data[key]`` as an int; ``default`` when missing (fields added in a later format)."""
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"expected an integer for {key!r}")
    return value


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError("expected an object")
    return value


def _strs(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings for {key!r}")
    return tuple(value)
