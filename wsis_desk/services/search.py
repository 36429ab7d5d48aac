"""Search the text of every version: where a wording is now, and where it was before.

A delegate asking "where did 'digital divide' go" wants one line per paragraph, not one per
version: hits are grouped by paragraph lineage and show the newest version that still has
the words. Paragraphs of each document's newest version come first (in document order),
then wordings that were dropped (newest version first), each with the versions it was in and
the label the paragraph has now if it is still there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from wsis_desk.core.search_records import Candidate, SearchedDocument, SearchedVersion
from wsis_desk.core.search_text import Query, parse_query, snippet
from wsis_desk.errors import Remedy, WsisDeskError
from wsis_desk.services.reading import only_document, pick_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader
from wsis_desk.store import search as index

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
# Index rows read per search, newest first: enough for every version of a few hundred
# paragraphs; a word in nearly every paragraph is answered from the newest versions only.
CANDIDATE_CAP = 5000


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A paragraph that contains what was searched for, in the newest version that has it.

    ``highlights`` are (start, end) offsets into ``snippet``. ``versions`` lists every version
    where this paragraph (this lineage) matched, oldest first. ``latest_label`` is the label
    the paragraph has in the document's newest version (None when it is no longer there).
    """

    document: str
    document_key: str  # symbol, else title: what the other commands and views accept
    document_id: str
    version: str
    version_id: str
    version_seq: int
    paragraph_index: int
    paragraph_label: str
    paragraph_id: str
    lineage_id: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    in_latest: bool
    latest_label: str | None
    versions: tuple[str, ...]


def search(
    ws: Workspace,
    query: str,
    *,
    document: str | None = None,
    version: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    """Paragraphs containing every word of ``query`` (quotes for phrases), grouped by lineage.

    ``document`` (title or symbol) and ``version`` (label, number or "latest"; needs the
    document) narrow the search. Any text may be typed: an empty or odd query finds nothing.
    """
    if version is not None and document is None:
        raise WsisDeskError(
            "Say which document the version belongs to.", remedy=Remedy.NAME_DOCUMENT
        )
    parsed = parse_query(query)
    if not parsed:
        return []
    limit = max(1, min(limit, MAX_LIMIT))
    with ws.db.reading() as conn:
        docs, versions = index.catalog(conn)
        live = [v for v in versions if not docs[v.document_id].deleted]
        wanted: list[str] | None = None
        if document is not None:
            doc = only_document(reader.find_documents(conn, document), document)
            live = [v for v in live if v.document_id == doc.id]
            if version is not None:
                live = [pick_version(live, version, doc.title)]
            wanted = [v.id for v in live]
        elif len(live) < len(versions):
            wanted = [v.id for v in live]
        found = index.candidates(conn, parsed.fts(), cap=CANDIDATE_CAP, version_ids=wanted)
        if not found:
            return []
        return _Results(conn, parsed, found, docs, versions).hits(limit)


def rebuild_search_index(ws: Workspace) -> int:
    """Index every paragraph again; returns how many (a repair: writes keep the index right)."""
    with ws.db.sessions.begin() as session:
        return index.rebuild_index(session)


class _Results:
    """Groups index candidates by lineage, confirms each on its text, builds the hits."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        query: Query,
        found: list[Candidate],
        docs: dict[str, SearchedDocument],
        versions: list[SearchedVersion],
    ) -> None:
        self.conn, self.query, self.docs = conn, query, docs
        self.by_id = {v.id: v for v in versions}
        self.latest: dict[str, SearchedVersion] = {}
        newest: dict[str, str] = {}
        for v in versions:  # oldest first: the last one seen is the newest
            self.latest[v.document_id] = v
            newest[v.document_id] = max(newest.get(v.document_id, ""), v.imported_at)
        # Documents most recently added to first; by title when imported at the same time.
        by_title = sorted(newest, key=lambda d: docs[d].title, reverse=True)
        oldest_first = sorted(by_title, key=newest.__getitem__)  # stable: titles stay reversed
        rank = {d: n for n, d in enumerate(reversed(oldest_first))}
        groups: dict[tuple[str, str], list[tuple[int, Candidate]]] = {}
        for c in found:
            v = self.by_id[c.version_id]
            key = (v.document_id, c.lineage_id or "¶" + c.paragraph_id)
            groups.setdefault(key, []).append((v.seq, c))

        def order(members: list[Candidate]) -> tuple[bool, int, int, int]:
            top = self.by_id[members[0].version_id]
            return (
                top is not self.latest[top.document_id],
                rank[top.document_id],
                -top.seq,
                members[0].ordinal,
            )

        self.groups = sorted(
            ([c for _seq, c in sorted(g, key=lambda sc: -sc[0])] for g in groups.values()),
            key=order,
        )

    def hits(self, limit: int) -> list[SearchHit]:
        texts = index.paragraph_texts(
            self.conn, [g[0].rowid for g in self.groups[: limit + limit // 2 + 1]]
        )
        confirmed: list[tuple[Candidate, list[Candidate], tuple[tuple[int, int], ...], str]] = []
        for members in self.groups:
            for c in members:  # newest first; the next one when the index over-matched
                if c.rowid not in texts:
                    texts.update(index.paragraph_texts(self.conn, [c.rowid]))
                text = texts.get(c.rowid, "")
                spans = self.query.spans(text)
                if spans is not None:
                    confirmed.append((c, members, spans, text))
                    break
            if len(confirmed) == limit:
                break
        now = self._labels_now([c for c, _m, _s, _t in confirmed])
        return [self._hit(c, members, spans, text, now) for c, members, spans, text in confirmed]

    def _labels_now(self, shown: Sequence[Candidate]) -> dict[tuple[str, str], str]:
        """(document id, lineage id) -> label in the newest version, for dropped wordings."""
        wanted: dict[str, list[str]] = {}
        for c in shown:
            doc_id = self.by_id[c.version_id].document_id
            if c.lineage_id and c.version_id != self.latest[doc_id].id:
                wanted.setdefault(doc_id, []).append(c.lineage_id)
        out: dict[tuple[str, str], str] = {}
        for doc_id, lineages in wanted.items():
            labels = index.labels_in_version(self.conn, self.latest[doc_id].id, lineages)
            out.update({(doc_id, lin): label for lin, label in labels.items()})
        return out

    def _hit(
        self,
        c: Candidate,
        members: list[Candidate],
        spans: tuple[tuple[int, int], ...],
        text: str,
        now: dict[tuple[str, str], str],
    ) -> SearchHit:
        ver = self.by_id[c.version_id]
        doc = self.docs[ver.document_id]
        in_latest = ver is self.latest[doc.id]
        cut, highlights = snippet(text, spans)
        seen = sorted({self.by_id[m.version_id] for m in members}, key=lambda v: v.seq)
        return SearchHit(
            document=doc.title,
            document_key=doc.symbol or doc.title,
            document_id=doc.id,
            version=ver.label,
            version_id=ver.id,
            version_seq=ver.seq,
            paragraph_index=c.ordinal,
            paragraph_label=c.label,
            paragraph_id=c.paragraph_id,
            lineage_id=c.lineage_id,
            snippet=cut,
            highlights=highlights,
            in_latest=in_latest,
            latest_label=c.label if in_latest else now.get((doc.id, c.lineage_id or "")),
            versions=tuple(v.label for v in seen),
        )
