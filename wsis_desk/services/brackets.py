"""Bracket use cases: census per version (stored at import), the board, burn-down, reparse."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wsis_desk.core.brackets.census_records import CENSUS_FORMAT, ParagraphCensus, VersionCensus
from wsis_desk.core.brackets.layout import (
    LAYOUT_FORMAT,
    BracketNode,
    BracketSpan,
    Layout,
    layout_from_entry,
    layout_of,
    stored_layouts,
)
from wsis_desk.core.catalog import StoredVersion, VersionText
from wsis_desk.core.model import Footnote, Paragraph
from wsis_desk.services.reading import census_of, only_document, read_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader

if TYPE_CHECKING:
    from wsis_desk.core.brackets.scan import BracketParse

# The bracket engine (core.brackets.scan and what it needs) is imported only to parse: a
# version whose layout was stored at import is shown without it (start-up time).
__all__ = [
    "BracketNode",
    "BracketSpan",
    "BurnDownPoint",
    "OpenGroup",
    "ParagraphBrackets",
    "ReparseReport",
    "VersionBrackets",
]


class ParagraphBrackets:
    """A paragraph with its bracket census, spans and tree.

    The counts come from the version's stored census; spans and tree need a parse, done the
    first time they are read: opening a long version parses only the rows on screen.
    """

    __slots__ = ("_layout", "_stored", "commenters", "groups", "max_depth", "paragraph",
                 "proponents", "spanning", "unbalanced")  # fmt: skip

    def __init__(
        self,
        paragraph: Paragraph,
        census: ParagraphCensus,
        *,
        parse: BracketParse | None = None,
        stored: object = None,
    ) -> None:
        self.paragraph = paragraph
        self.groups = census.groups
        self.max_depth = census.max_depth
        self.proponents = census.proponents
        self.unbalanced = census.unbalanced  # a bracket with no partner in the whole version
        self.spanning = census.spanning  # groups crossing into or out of this paragraph
        self.commenters = census.commenters  # parties speaking in its Word comments
        self._stored = stored  # this paragraph's entry of a stored layout, read when first used
        self._layout = None if parse is None else layout_of(parse)

    def _parsed(self) -> Layout:
        layout = self._layout
        if layout is None and self._stored is not None:
            layout = layout_from_entry(self._stored)  # None if damaged: parsed below
            self._stored = None
            self._layout = layout
        if layout is None:  # two threads may both parse: same result, last one kept
            from wsis_desk.core.brackets.scan import parse_brackets  # the bracket engine: on use
            from wsis_desk.formats.parties_in import load_registry

            layout = layout_of(parse_brackets(self.paragraph.text, load_registry()))
            self._layout = layout
        return layout

    @property
    def markers(self) -> tuple[tuple[str, str | None], ...]:
        """Every status marker written in the paragraph (``agreed_ad_ref``…) with the
        condition written with it (``pending Iran``) or None."""
        from wsis_desk.core.lexicon import find_statuses  # its patterns: compiled on use

        return tuple((f.marker.value, f.condition) for f in find_statuses(self.paragraph.text))

    @property
    def spans(self) -> tuple[BracketSpan, ...]:
        """Closed groups' positions, for highlighting."""
        return self._parsed().spans

    @property
    def tree(self) -> tuple[BracketNode, ...]:
        """The bracket tree with proponents, for the inspector and the board."""
        return self._parsed().tree

    @property
    def stray_offsets(self) -> tuple[int, ...]:
        """Offsets of unmatched brackets."""
        return self._parsed().stray_offsets

    def __repr__(self) -> str:
        return f"ParagraphBrackets({self.paragraph.label!r}, groups={self.groups})"


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
    burn_down: tuple[BurnDownPoint, ...]
    # the version's footnotes no paragraph cites, each with its bracket groups (counted in
    # ``census.footnote_groups``), shown at the end of the version
    uncited_footnotes: tuple[tuple[Footnote, int], ...] = ()

    @property
    def open_groups(self) -> tuple[OpenGroup, ...]:
        """Every open group, in text order (parses every paragraph not parsed yet)."""
        return _open_groups(self.rows, self.census)

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


def paragraph_brackets(paragraph: Paragraph, parse: BracketParse) -> ParagraphBrackets:
    """Combine a paragraph with its parse into the record the views show."""
    from wsis_desk.core.brackets.census import census_of_parse  # the bracket engine: on use

    return ParagraphBrackets(paragraph, census_of_parse(parse), parse=parse)


def _open_groups(rows: Sequence[ParagraphBrackets], census: VersionCensus) -> tuple[OpenGroup, ...]:
    # a group spanning paragraphs is listed once, labelled with both ends: "OP3–OP4"
    label_of = {row.paragraph.index: row.paragraph.label for row in rows}
    ends = {
        (s.open.paragraph, s.open.offset): label_of.get(s.close.paragraph)
        for s in census.document_scope.spanning
    }
    found: list[OpenGroup] = []
    for row in rows:
        stack = list(reversed(row.tree))
        while stack:
            node = stack.pop()
            label = row.paragraph.label
            close = ends.get((row.paragraph.index, node.start)) if ends else None
            found.append(
                OpenGroup(
                    paragraph_index=row.paragraph.index,
                    paragraph_label=f"{label}–{close}" if close else label,
                    depth=node.depth,
                    kind=node.kind,
                    text=node.text,
                    proponents=node.proponents,
                )
            )
            stack.extend(reversed(node.children))
    return tuple(found)


def _burn_down(ws: Workspace, versions: Sequence[StoredVersion]) -> tuple[BurnDownPoint, ...]:
    """The burn-down of ``versions`` (read light or whole): the totals come out of the stored
    censuses inside SQLite; a version without a current one is counted afresh."""
    with ws.db.reading() as conn:
        totals = reader.census_totals(conn, [v.info.id for v in versions], CENSUS_FORMAT)
        missing = [reader.with_stored(conn, v) for v in versions if v.info.id not in totals]
    for v in missing:
        census = census_of(ws, v, with_paragraphs=False)
        totals[v.info.id] = (census.groups, census.bracketed_paragraphs, census.agreed_ad_ref)
    return tuple(
        BurnDownPoint(
            label=v.info.label,
            circulated_at=v.info.circulated_at,
            groups=totals[v.info.id][0],
            bracketed_paragraphs=totals[v.info.id][1],
            agreed_ad_ref=totals[v.info.id][2],
        )
        for v in versions
    )


def version_brackets(ws: Workspace, document: str, version: str | None = None) -> VersionBrackets:
    """A version with every paragraph's brackets, its open groups and the burn-down."""
    read = read_version(ws, document, version)
    census = census_of(ws, read.row)
    paragraphs = read.text.paragraphs
    layouts = _stored_layouts(ws, read.row, len(paragraphs))
    if len(census.paragraphs) == len(paragraphs):
        rows = tuple(
            ParagraphBrackets(p, c, stored=layouts[i] if layouts else None)
            for i, (p, c) in enumerate(zip(paragraphs, census.paragraphs, strict=True))
        )
    else:  # a census without its paragraphs: count each paragraph from its parse
        from wsis_desk.core.brackets.scan import parse_brackets  # the bracket engine: on use
        from wsis_desk.formats.parties_in import load_registry

        registry = load_registry()
        rows = tuple(paragraph_brackets(p, parse_brackets(p.text, registry)) for p in paragraphs)
    notes = read.text.uncited_footnotes
    if notes:
        from wsis_desk.core.brackets.scan import count_groups  # the bracket engine: on use

    return VersionBrackets(
        text=read.text,
        census=census,
        rows=rows,
        burn_down=_burn_down(ws, read.versions),
        uncited_footnotes=tuple((n, count_groups(n.text)) for n in notes),
    )


def _stored_layouts(ws: Workspace, row: StoredVersion, count: int) -> list[object] | None:
    """The layouts stored with a version, if they are there and current (else None: parse)."""
    if row.census_format != CENSUS_FORMAT:
        return None  # stored by an older parser: what it found may differ
    with ws.db.reading() as conn:
        stored = reader.load_layout(conn, row.info.id)
    if stored is None or stored[0] != LAYOUT_FORMAT:
        return None
    return stored_layouts(stored[1], count)


def census_of_version(
    ws: Workspace, document: str, version: str | None = None
) -> tuple[VersionText, VersionCensus]:
    """The stored census of a version (recomputed if stored by an older parser)."""
    read = read_version(ws, document, version)
    return read.text, census_of(ws, read.row)


def burn_down(ws: Workspace, document: str) -> tuple[BurnDownPoint, ...]:
    """The census of every version of a document, oldest first."""
    with ws.db.reading() as conn:
        doc = only_document(reader.find_documents(conn, document), document)
        versions = reader.versions_of(conn, [doc.id], with_census=False)[doc.id]
    return _burn_down(ws, versions)


def fill_layouts(ws: Workspace, *, limit: int | None = None) -> int:
    """Store the bracket layout of versions that lack a current one (synced in from another
    laptop, or stored before layouts existed), newest first, at most ``limit``; returns how
    many were stored. Then they open without a parse.

    Layouts are local, derived data: nothing that syncs changes and nothing shown changes. A
    version whose stored census is from another parser is left to ``reparse``. Each version
    is parsed outside the write (which stays short) and skipped if deleted meanwhile.
    """
    # On use: the bracket engine and SQLAlchemy are not needed to show a version.
    from wsis_desk.core.brackets.scan import parse_brackets
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.store import layouts

    with ws.db.reading() as conn:
        pending = reader.versions_without_layout(conn, LAYOUT_FORMAT, CENSUS_FORMAT)
    registry = load_registry() if pending else None
    stored = 0
    for version_id in pending[:limit]:
        with ws.db.reading() as conn:
            paragraphs = reader.load_paragraphs(conn, version_id)
        parses = [parse_brackets(p.text, registry) for p in paragraphs]
        with ws.db.sessions.begin() as tx:
            stored += layouts.store_layout(tx, version_id, parses)
    return stored


def reparse(ws: Workspace, document: str | None = None) -> ReparseReport:
    """Recompute and store the census and bracket layout of every version (of one document,
    or all). ``changed`` counts the censuses that differed from what was stored.

    The census is of the stored paragraphs and the footnotes they do not carry, read again
    from the version's source file when it can be read (its paragraphs are not touched: a
    note today's reader cites but an older import did not store is kept as not cited, never
    lost), so a version counts as an import today would."""
    # On use: the bracket engine and SQLAlchemy are not needed to show a version.
    from wsis_desk.services.census import census_and_parses, uncited_from_source
    from wsis_desk.store import layouts
    from wsis_desk.store import repositories as repo

    with ws.db.sessions.begin() as tx:
        if document:
            docs = [only_document(repo.find_documents(tx, document), document)]
        else:
            docs = repo.all_documents(tx)
        versions = changed = 0
        for doc in docs:
            for version in repo.versions_of(tx, doc.id):
                paragraphs = repo.load_paragraphs(tx, version.id)
                notes = repo.uncited_footnotes(tx, version.id)
                data = repo.source_of(tx, version.id)
                fresh = uncited_from_source(data, version.source_name, paragraphs) if data else None
                if fresh is not None and fresh != notes:  # read again: today's reader decides
                    notes = fresh
                    repo.set_uncited_footnotes(tx, version.id, notes)
                census, parses = census_and_parses(paragraphs, notes or ())
                versions += 1
                changed += layouts.store_census(tx, version.id, census)
                layouts.store_layout(tx, version.id, parses)
    return ReparseReport(versions=versions, changed=changed)
