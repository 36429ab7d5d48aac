"""Map intervention and pack rows to core records and back; the queries behind them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.interventions import DocumentRef, Intervention, ParagraphRef, Status
from wsis_desk.core.packs import PackFile
from wsis_desk.errors import NotFoundError, Remedy
from wsis_desk.store import repositories as repo
from wsis_desk.store.editing import add_stamped, live_row, update_stamped
from wsis_desk.store.orm import DocumentRow, InterventionRow, PackFileRow, PackRow

_STATUSES = frozenset(s.value for s in Status)
_LIST = Remedy.LIST_INTERVENTIONS


def live_interventions(session: Session) -> list[Intervention]:
    """Every intervention not deleted, most recently changed first."""
    stmt = (
        select(InterventionRow)
        .where(InterventionRow.deleted.is_(False))
        .order_by(InterventionRow.updated_at.desc(), InterventionRow.title)
    )
    return [to_intervention(session, r) for r in session.scalars(stmt)]


def live_intervention(session: Session, ident: str) -> Intervention:
    """The live intervention named by its id or a unique prefix of at least 6 characters."""
    return to_intervention(session, _live(session, ident))


def _live(session: Session, ident: str) -> InterventionRow:
    return live_row(session, InterventionRow, ident, noun="intervention", remedy=_LIST)


def add_intervention(
    session: Session, *, paragraphs: Sequence[ParagraphRef], **values: object
) -> Intervention:
    """Store a new intervention referring to ``paragraphs`` (caller's transaction)."""
    row = add_stamped(session, InterventionRow, paragraphs_json=refs_to_json(paragraphs), **values)
    return to_intervention(session, row)


def edit_intervention(
    session: Session,
    ident: str,
    changes: Mapping[str, object],
    *,
    paragraphs: Sequence[ParagraphRef] | None = None,
) -> Intervention:
    """Change some columns of a live intervention (and its paragraphs), stamped as an edit."""
    row = _live(session, ident)
    values = dict(changes)
    if paragraphs is not None:
        values["paragraphs_json"] = refs_to_json(paragraphs)
    update_stamped(session, row, values)
    return to_intervention(session, row)


def restore_intervention(session: Session, ident: str, now: str) -> Intervention:
    """Take a deleted intervention (by its whole id) out of the bin, stamped as an edit."""
    row = session.get(InterventionRow, ident.strip().lower())
    if row is None:
        raise NotFoundError(
            f"No intervention with id '{ident}'; check it against the list of interventions.",
            remedy=_LIST,
        )
    if row.deleted:
        update_stamped(session, row, {"deleted": False, "updated_at": now})
    return to_intervention(session, row)


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
            places = repo.paragraph_places(session, versions[-1].id)
            now = {p.lineage_id: (i, p.label) for i, p in enumerate(places) if p.lineage_id}
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


def add_pack(
    session: Session,
    *,
    title: str,
    meeting: str | None,
    items_json: str,
    options_json: str,
    made_at: str,
    file: PackFile,
) -> str:
    """Record a pack definition and the file just produced from it; the pack's id."""
    row = add_stamped(
        session,
        PackRow,
        title=title,
        meeting=meeting,
        items_json=items_json,
        options_json=options_json,
        created_at=made_at,
        updated_at=made_at,
    )
    session.add(
        PackFileRow(
            pack_id=row.id,
            path=file.path,
            format=file.format,
            sha256=file.sha256,
            pages=file.pages,
            generated_at=made_at,
        )
    )
    session.flush()
    return row.id
