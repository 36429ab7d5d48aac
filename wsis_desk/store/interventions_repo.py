"""Map intervention and pack rows to core records and back; the queries behind them."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.interventions import DocumentRef, Intervention, ParagraphRef, Status
from wsis_desk.store import repositories as repo
from wsis_desk.store.orm import DocumentRow, InterventionRow, ParagraphRow

_STATUSES = frozenset(s.value for s in Status)


def live_interventions(session: Session) -> list[InterventionRow]:
    """Every intervention not deleted, most recently changed first."""
    stmt = (
        select(InterventionRow)
        .where(InterventionRow.deleted.is_(False))
        .order_by(InterventionRow.updated_at.desc(), InterventionRow.title)
    )
    return list(session.scalars(stmt))


def interventions_by_prefix(session: Session, prefix: str) -> list[InterventionRow]:
    """Live interventions whose id starts with ``prefix`` (at most a few, for the message)."""
    stmt = (
        select(InterventionRow)
        .where(
            InterventionRow.deleted.is_(False),
            InterventionRow.id.startswith(prefix, autoescape=True),
        )
        .limit(6)
    )
    return list(session.scalars(stmt))


def lineage_rows(session: Session, version_id: str) -> list[tuple[str | None, str]]:
    """(lineage id, label) of every paragraph of a version, in order."""
    stmt = (
        select(ParagraphRow.lineage_id, ParagraphRow.label)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    return [(lineage, label) for lineage, label in session.execute(stmt)]


def refs_to_json(refs: Sequence[ParagraphRef]) -> str:
    """The ``paragraphs_json`` column: ``[{"lineage": id, "label": label}, ...]``."""
    return json.dumps(
        [{"lineage": r.lineage_id, "label": r.label} for r in refs], ensure_ascii=False
    )


def _refs_from_json(text: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    out = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and item.get("lineage"):
            out.append((str(item["lineage"]), str(item.get("label") or "?")))
    return out


def document_ref(session: Session, document_id: str | None) -> DocumentRef | None:
    """The document a statement refers to, with the label of its latest version."""
    if document_id is None:
        return None
    doc = session.get(DocumentRow, document_id)
    if doc is None:
        return None
    versions = repo.versions_of(session, doc.id)
    return DocumentRef(doc.id, doc.title, doc.symbol, versions[-1].label if versions else None)


def to_intervention(session: Session, row: InterventionRow) -> Intervention:
    """A row as a core record; paragraph labels are read in the document's latest version."""
    doc = document_ref(session, row.document_id)
    stored = _refs_from_json(row.paragraphs_json)
    now: dict[str, tuple[int, str]] = {}
    if doc is not None and stored:
        versions = repo.versions_of(session, doc.id)
        if versions:
            rows = lineage_rows(session, versions[-1].id)
            now = {lin: (i, label) for i, (lin, label) in enumerate(rows) if lin}
    # paragraphs still in the text in their current order, then those no longer there
    ordered = sorted(stored, key=lambda s: now[s[0]][0] if s[0] in now else len(now))
    refs = tuple(
        ParagraphRef(lin, now[lin][1], True) if lin in now else ParagraphRef(lin, label, False)
        for lin, label in ordered
    )
    return Intervention(
        id=row.id,
        title=row.title,
        speaker=row.speaker,
        meeting=row.meeting,
        language=row.language,
        limit_seconds=row.limit_seconds,
        wpm=row.wpm,
        text=row.text,
        document=doc,
        paragraphs=refs,
        status=Status(row.status) if row.status in _STATUSES else Status.DRAFT,
        delivered_at=row.delivered_at,
        updated_at=row.updated_at,
    )
