"""Read use cases the window needs first: the library tree and one version's text.

They go through the read model (store/reader.py) on a plain sqlite3 connection, so the window
can show them before SQLAlchemy is loaded. The lookup rules (a document by title or symbol, a
version by label or number, "latest") live here once and are shared with the use cases that
write (which run the same reads inside their transaction, through store/repositories.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from wsis_desk.core.brackets.census_records import CENSUS_FORMAT, VersionCensus
from wsis_desk.core.catalog import NamedDocument, StoredVersion, VersionText
from wsis_desk.errors import NotFoundError, Remedy
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader


class _Versioned(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def seq(self) -> int: ...


V = TypeVar("V", bound=_Versioned)
D = TypeVar("D", bound=NamedDocument)


def only_document(rows: Sequence[D], name: str) -> D:
    """The one document found for ``name``, or a NotFoundError saying what to do."""
    if not rows:
        raise NotFoundError(
            f"No document called '{name}'; check the name against the list of documents.",
            remedy=Remedy.LIST_DOCUMENTS,
        )
    if len(rows) > 1:
        raise NotFoundError(
            f"Several documents are called '{name}'; name one by its symbol or the start of "
            "its id: "
            + ", ".join(
                f"{r.title} ({f'symbol {r.symbol}, ' if r.symbol else ''}id {r.id[:8]})"
                for r in rows
            )
        )
    return rows[0]


def pick_version(versions: Sequence[V], wanted: str | None, doc: str) -> V:
    """The version labelled (or numbered) ``wanted``; the latest when None or "latest"."""
    if not versions:
        raise NotFoundError(
            f"'{doc}' has no versions yet; import a text into it first.",
            remedy=Remedy.IMPORT_VERSION,
        )
    if wanted is None or wanted.lower() == "latest":
        return versions[-1]
    key = wanted.strip().lower()
    for row in versions:
        if row.label.lower() == key:
            return row
    if key.isdigit():
        for row in versions:
            if row.seq == int(key):
                return row
    labels = ", ".join(r.label for r in versions)
    raise NotFoundError(f"'{doc}' has no version '{wanted}'. Its versions: {labels}")


def stored_census(row: StoredVersion, *, with_paragraphs: bool = True) -> VersionCensus | None:
    """The census stored with a version; None when missing, damaged or from an older parser.

    ``with_paragraphs=False``: the totals only (see ``VersionCensus.from_json``).
    """
    if row.census_json and row.census_format == CENSUS_FORMAT:
        try:
            return VersionCensus.from_json(
                json.loads(row.census_json), with_paragraphs=with_paragraphs
            )
        except ValueError:
            return None
    return None


def census_of(ws: Workspace, row: StoredVersion, *, with_paragraphs: bool = True) -> VersionCensus:
    """A version's census: the stored one, else computed afresh (never a stale one)."""
    census = stored_census(row, with_paragraphs=with_paragraphs)
    if census is not None:
        return census
    from wsis_desk.services.census import compute_census  # loads the bracket engine

    with ws.db.reading() as conn:
        paragraphs = reader.load_paragraphs(conn, row.info.id)
        notes = reader.uncited_footnotes(conn, row.info.id) or ()
    return compute_census(paragraphs, notes)


@dataclass(frozen=True, slots=True)
class ReadVersion:
    """A version's text, its stored row, and every version of its document (oldest first;
    read light: without their census, see ``reader.versions_of``)."""

    text: VersionText
    row: StoredVersion
    versions: tuple[StoredVersion, ...]


def read_version(ws: Workspace, document: str, version: str | None = None) -> ReadVersion:
    """One version's paragraphs (the latest when ``version`` is None)."""
    with ws.db.reading() as conn:
        doc = only_document(reader.find_documents(conn, document), document)
        # Every version light (the census text of each is tens of KB), the chosen one whole.
        versions = reader.versions_of(conn, [doc.id], with_census=False)[doc.id]
        chosen = pick_version([v.info for v in versions], version, doc.title)
        row = reader.with_stored(conn, next(v for v in versions if v.info.id == chosen.id))
        paragraphs = reader.load_paragraphs(conn, chosen.id)
        notes = reader.uncited_footnotes(conn, chosen.id) or ()
    text = VersionText(
        document=reader.document_record(doc, [v.info for v in versions]),
        version=chosen,
        paragraphs=paragraphs,
        diagnostics=reader.diagnostics_from_json(row.diagnostics_json),
        uncited_footnotes=notes,
    )
    return ReadVersion(text, row, tuple(versions))


def sync_status(ws: Workspace) -> tuple[str, str | None]:
    """This laptop's name as bundles will carry it, and when it last exchanged one (or None).

    Read-only: before the first edit there is no site row yet, and the name shown is the one
    it will get (the machine's name, see store/editing.local_site).
    """
    import platform  # only for a laptop that has never edited anything

    with ws.db.reading() as conn:
        name, when = reader.sync_status(conn)
    return name or platform.node() or "this laptop", when
