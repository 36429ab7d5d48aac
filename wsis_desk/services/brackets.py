"""Bracket use cases: census per version (stored at import), the board, burn-down, reparse."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wsis_desk.core.brackets import BracketGroup, BracketParse, parse_brackets
from wsis_desk.core.catalog import VersionText
from wsis_desk.core.census import CENSUS_FORMAT, VersionCensus, census_of_parse
from wsis_desk.core.model import Paragraph
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.census import compute_census
from wsis_desk.services.documents import one_document, pick_version, show_version, store_census
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo
from wsis_desk.store.orm import VersionRow


@dataclass(frozen=True, slots=True)
class BracketSpan:
    """Where a group sits in its paragraph's text (for highlighting)."""

    start: int
    end: int
    depth: int
    kind: str


@dataclass(frozen=True, slots=True)
class BracketNode:
    """A group in the bracket tree of a paragraph."""

    start: int
    end: int
    depth: int
    kind: str
    text: str
    proponents: tuple[str, ...]
    children: tuple[BracketNode, ...]


@dataclass(frozen=True, slots=True)
class ParagraphBrackets:
    """A paragraph with its bracket census, spans and tree."""

    paragraph: Paragraph
    groups: int
    max_depth: int
    proponents: tuple[str, ...]
    unbalanced: bool
    spans: tuple[BracketSpan, ...]
    tree: tuple[BracketNode, ...]
    stray_offsets: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OpenGroup:
    """One open bracket group, as the brackets board lists it."""

    paragraph_index: int
    paragraph_label: str
    depth: int
    kind: str
    text: str
    proponents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BurnDownPoint:
    """The census of one version, a point of the burn-down series."""

    label: str
    circulated_at: str | None
    groups: int
    bracketed_paragraphs: int
    agreed_ad_ref: int


@dataclass(frozen=True, slots=True)
class VersionBrackets:
    """Everything the document view and the brackets board show for one version."""

    text: VersionText
    census: VersionCensus
    rows: tuple[ParagraphBrackets, ...]
    open_groups: tuple[OpenGroup, ...]
    burn_down: tuple[BurnDownPoint, ...]

    @property
    def census_groups(self) -> int:
        """Open bracket groups in the version."""
        return self.census.groups

    @property
    def bracketed_paragraphs(self) -> int:
        """Paragraphs with at least one group (or unbalanced)."""
        return self.census.bracketed_paragraphs


@dataclass(frozen=True, slots=True)
class ReparseReport:
    """How many stored censuses were recomputed."""

    versions: int
    changed: int


def _stored_census(session: Session, row: VersionRow) -> VersionCensus:
    if row.census_json and row.census_format == CENSUS_FORMAT:
        try:
            return VersionCensus.from_json(json.loads(row.census_json))
        except ValueError:
            pass  # damaged or older: recompute below
    return compute_census(repo.load_paragraphs(session, row.id))


def _node(g: BracketGroup) -> BracketNode:
    return BracketNode(
        start=g.start,
        end=g.end,
        depth=g.depth,
        kind=g.kind.value,
        text=g.wording,
        proponents=tuple(sorted({p.key for a in g.attributions for p in a.proponents})),
        children=tuple(_node(c) for c in g.children),
    )


def paragraph_brackets(paragraph: Paragraph, parse: BracketParse) -> ParagraphBrackets:
    """Combine a paragraph with its parse into the record the views show."""
    census = census_of_parse(parse)
    return ParagraphBrackets(
        paragraph=paragraph,
        groups=census.groups,
        max_depth=census.max_depth,
        proponents=census.proponents,
        unbalanced=census.unbalanced,
        spans=tuple(
            BracketSpan(g.start, g.end, g.depth, g.kind.value) for g in parse.walk() if g.closed
        ),
        tree=tuple(_node(g) for g in parse.groups),
        stray_offsets=tuple(sorted((*parse.stray_close, *parse.unclosed))),
    )


def _open_groups(rows: Sequence[ParagraphBrackets]) -> tuple[OpenGroup, ...]:
    found: list[OpenGroup] = []
    for row in rows:
        stack = list(reversed(row.tree))
        while stack:
            node = stack.pop()
            found.append(
                OpenGroup(
                    paragraph_index=row.paragraph.index,
                    paragraph_label=row.paragraph.label,
                    depth=node.depth,
                    kind=node.kind,
                    text=node.text,
                    proponents=node.proponents,
                )
            )
            stack.extend(reversed(node.children))
    return tuple(found)


def _burn_down(session: Session, versions: Sequence[VersionRow]) -> tuple[BurnDownPoint, ...]:
    points = []
    for v in versions:
        census = _stored_census(session, v)
        points.append(
            BurnDownPoint(
                label=v.label,
                circulated_at=v.circulated_at,
                groups=census.groups,
                bracketed_paragraphs=census.bracketed_paragraphs,
                agreed_ad_ref=census.agreed_ad_ref,
            )
        )
    return tuple(points)


def version_brackets(ws: Workspace, document: str, version: str | None = None) -> VersionBrackets:
    """A version with every paragraph's brackets, its open groups and the burn-down."""
    text = show_version(ws, document, version)
    registry = load_registry()
    rows = tuple(paragraph_brackets(p, parse_brackets(p.text, registry)) for p in text.paragraphs)
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        versions = repo.versions_of(session, doc.id)
        row = pick_version(versions, text.version.label, doc.title)
        census = _stored_census(session, row)
        burn = _burn_down(session, versions)
    return VersionBrackets(
        text=text, census=census, rows=rows, open_groups=_open_groups(rows), burn_down=burn
    )


def census_of_version(
    ws: Workspace, document: str, version: str | None = None
) -> tuple[VersionText, VersionCensus]:
    """The stored census of a version (recomputed if stored by an older parser)."""
    text = show_version(ws, document, version)
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        row = pick_version(repo.versions_of(session, doc.id), text.version.label, doc.title)
        return text, _stored_census(session, row)


def burn_down(ws: Workspace, document: str) -> tuple[BurnDownPoint, ...]:
    """The census of every version of a document, oldest first."""
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        return _burn_down(session, repo.versions_of(session, doc.id))


def reparse(ws: Workspace, document: str | None = None) -> ReparseReport:
    """Recompute and store the census of every version (of one document, or all)."""
    with ws.db.sessions.begin() as session:
        docs = [one_document(session, document)] if document else repo.all_documents(session)
        versions = changed = 0
        for doc in docs:
            for row in repo.versions_of(session, doc.id):
                census = compute_census(repo.load_paragraphs(session, row.id))
                versions += 1
                changed += store_census(row, census)
    return ReparseReport(versions=versions, changed=changed)
