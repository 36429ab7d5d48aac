"""Positions: who stands where on a paragraph (or bracket group), followed across versions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wsis_desk.core.catalog import ParagraphAnchor
from wsis_desk.core.positions import (
    PositionSource,
    Stance,
    StoredPosition,
    text_hash,
)
from wsis_desk.errors import InvalidPositionError, NotFoundError
from wsis_desk.services.actors import display_name, now_iso, resolve_who
from wsis_desk.services.anchors import document_version, find_paragraph
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import paragraph_anchors as anchors
from wsis_desk.store import positions_repo
from wsis_desk.store.uow import Tx

EDITABLE = (
    "stance",
    "wording",
    "source",
    "source_text",
    "anchor_text",
    "meeting",
    "note",
    "group_text",
    "group_offset",
)


@dataclass(frozen=True, slots=True)
class PositionInfo:
    """A position as the views list it, seen from one version of the document."""

    id: str
    document_id: str
    party: str
    party_code: str | None
    actor_id: str | None
    lineage_id: str | None
    paragraph_label: str | None  # in the version it is seen from; None: not in that version
    group_text: str | None
    group_offset: int | None
    stance: Stance
    wording: str
    source: PositionSource
    source_text: str
    anchor_text: str
    meeting: str | None
    recorded_at: str
    recorded_in: str | None  # label of the version it was recorded on
    note: str
    text_changed_since: bool


def stance_of(value: str) -> Stance:
    """A stance from its value or a spelling like "red line"; one clear line when unknown."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Stance(key)
    except ValueError:
        names = ", ".join(s.value for s in Stance)
        raise InvalidPositionError(f"Unknown stance '{value}'; use one of {names}.") from None


def source_of(value: str) -> PositionSource:
    """A source from its value or a spelling like "word comment"."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return PositionSource(key)
    except ValueError:
        names = ", ".join(s.value for s in PositionSource)
        raise InvalidPositionError(f"Unknown source '{value}'; use one of {names}.") from None


def position_info(
    session: Tx,
    row: StoredPosition,
    here: dict[str, ParagraphAnchor],
    version_labels: dict[str, str],
) -> PositionInfo:
    """A position seen from the version whose paragraphs by lineage are ``here``."""
    para = here.get(row.lineage_id or "")
    changed = bool(
        para is not None and row.paragraph_sha256 and text_hash(para.text) != row.paragraph_sha256
    )
    return PositionInfo(
        id=row.id,
        document_id=row.document_id,
        party=display_name(session, row.party_code, row.actor_id),
        party_code=row.party_code,
        actor_id=row.actor_id,
        lineage_id=row.lineage_id,
        paragraph_label=para.label if para is not None else None,
        group_text=row.group_text,
        group_offset=row.group_offset,
        stance=row.stance,
        wording=row.wording,
        source=row.source,
        source_text=row.source_text,
        anchor_text=row.anchor_text,
        meeting=row.meeting,
        recorded_at=row.recorded_at,
        recorded_in=version_labels.get(row.version_id or ""),
        note=row.note,
        text_changed_since=changed,
    )


def _by_lineage(session: Tx, version_id: str) -> dict[str, ParagraphAnchor]:
    return {p.lineage_id or "": p for p in anchors.anchors_of(session, version_id)}


def _view(session: Tx, row: StoredPosition) -> PositionInfo:
    here = _by_lineage(session, row.version_id) if row.version_id else {}
    return position_info(session, row, here, anchors.version_labels(session, row.document_id))


def new_position(
    session: Tx, paragraph: ParagraphAnchor, document_id: str, **values: Any
) -> StoredPosition:
    """A new, stamped position on ``paragraph`` (caller's transaction)."""
    now = now_iso()
    return positions_repo.add_position(
        session,
        document_id=document_id,
        lineage_id=paragraph.lineage_id,
        version_id=paragraph.version_id,
        paragraph_sha256=text_hash(paragraph.text),
        recorded_at=values.pop("recorded_at", None) or now,
        updated_at=now,
        **values,
    )


def _record(
    session: Tx,
    doc_id: str,
    para: ParagraphAnchor,
    *,
    party: str,
    stance: str,
    wording: str,
    source: str,
    source_text: str,
    meeting: str | None,
    note: str,
    group_text: str | None,
    new_actor: bool,
) -> StoredPosition:
    st, src = stance_of(stance), source_of(source)
    who = resolve_who(session, party, create=new_actor)
    offset = None
    if group_text:
        offset = para.text.find(group_text)
        if offset < 0:
            raise InvalidPositionError(
                f"'{group_text}' is not in {para.label}; give bracketed text as written."
            )
    return new_position(
        session,
        para,
        doc_id,
        party_code=who.code,
        actor_id=who.actor_id,
        stance=st.value,
        wording=wording,
        source=src.value,
        source_text=source_text,
        meeting=meeting,
        note=note,
        group_text=group_text,
        group_offset=offset,
    )


def add_position(
    ws: Workspace,
    *,
    document: str,
    paragraph: str,
    party: str,
    stance: str,
    version: str | None = None,
    wording: str = "",
    source: str = "observed",
    source_text: str = "",
    meeting: str | None = None,
    note: str = "",
    group_text: str | None = None,
    new_actor: bool = False,
) -> PositionInfo:
    """Record where ``party`` stands on ``paragraph`` of a version (latest by default)."""
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        para = find_paragraph(session, ver, paragraph)
        row = _record(
            session,
            doc.id,
            para,
            party=party,
            stance=stance,
            wording=wording,
            source=source,
            source_text=source_text,
            meeting=meeting,
            note=note,
            group_text=group_text,
            new_actor=new_actor,
        )
        return _view(session, row)


def _at(session: Tx, version_id: str, ordinal: int) -> tuple[str, ParagraphAnchor]:
    """The document id and the paragraph a view shows."""
    document_id = anchors.document_of_version(session, version_id)
    return document_id, anchors.anchor_at(session, version_id, ordinal)


def add_position_at(
    ws: Workspace,
    *,
    version_id: str,
    ordinal: int,
    party: str,
    stance: str,
    wording: str = "",
    source: str = "observed",
    meeting: str | None = None,
    note: str = "",
    new_actor: bool = False,
) -> PositionInfo:
    """Record a position on the paragraph a view shows (version id + paragraph index)."""
    with ws.db.sessions.begin() as session:
        document_id, para = _at(session, version_id, ordinal)
        row = _record(
            session,
            document_id,
            para,
            party=party,
            stance=stance,
            wording=wording,
            source=source,
            source_text="",
            meeting=meeting,
            note=note,
            group_text=None,
            new_actor=new_actor,
        )
        return _view(session, row)


def edit_position(ws: Workspace, position_id: str, **changes: Any) -> PositionInfo:
    """Change some fields of a position (``stance``, ``wording``, ``note`` …) in one go."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidPositionError(f"Cannot edit {', '.join(sorted(unknown))} of a position.")
    if "stance" in changes:
        changes["stance"] = stance_of(str(changes["stance"])).value
    if "source" in changes:
        changes["source"] = source_of(str(changes["source"])).value
    with ws.db.sessions.begin() as session:
        return _view(session, positions_repo.edit_position(session, position_id, changes))


def set_deleted(ws: Workspace, position_id: str, deleted: bool = True) -> None:
    """Delete a position (a tombstone, so sync carries it) or bring it back (undo)."""
    with ws.db.sessions.begin() as session:
        if not positions_repo.set_deleted(session, position_id, deleted):
            raise NotFoundError(f"No position with id {position_id}.")


def delete_position(ws: Workspace, position_id: str) -> None:
    """Delete a position (tombstone)."""
    set_deleted(ws, position_id, True)


def get_position(ws: Workspace, position_id: str) -> PositionInfo:
    """One position, seen from the version it was recorded on."""
    with ws.db.sessions() as session:
        return _view(session, positions_repo.live_position(session, position_id))


def list_positions(
    ws: Workspace,
    document: str,
    *,
    version: str | None = None,
    paragraph: str | None = None,
    party: str | None = None,
) -> list[PositionInfo]:
    """Positions of a document seen from a version (latest): of one paragraph or party, or all.

    A paragraph's positions are found through its lineage, so positions recorded on earlier
    versions appear on the renumbered paragraph, flagged when its text changed since.
    """
    with ws.db.sessions() as session:
        doc, ver = document_version(session, document, version)
        rows = anchors.anchors_of(session, ver.id)
        here = {p.lineage_id or "": p for p in rows}
        para = find_paragraph(session, ver, paragraph) if paragraph is not None else None
        who = resolve_who(session, party) if party is not None else None
        stored = positions_repo.positions_of(
            session,
            doc.id,
            on=para,
            party=(who.code, who.actor_id) if who is not None else None,
        )
        labels = anchors.version_labels(session, doc.id)
        order = {p.lineage_id: p.ordinal for p in rows}
        found = [position_info(session, r, here, labels) for r in stored]
    return sorted(
        found,
        key=lambda p: (order.get(p.lineage_id, 1 << 30), p.party, p.recorded_at),
    )


def positions_at(ws: Workspace, version_id: str, ordinal: int) -> list[PositionInfo]:
    """Positions on the paragraph a view shows, found through its lineage in any version."""
    with ws.db.sessions() as session:
        document_id, para = _at(session, version_id, ordinal)
        stored = positions_repo.positions_of(session, document_id, on=para)
        here = _by_lineage(session, version_id)
        labels = anchors.version_labels(session, document_id)
        found = [position_info(session, r, here, labels) for r in stored]
    return sorted(found, key=lambda p: (p.party, p.recorded_at))
