"""Sync bookkeeping: this site and its peers, the bundles written here and those seen.

The half of ``SyncStore`` (``store/sync_io.py``) that knows which bundles went where; the
other half reads and writes the rows that travel.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session

from wsis_desk.store.editing import local_site, stamp
from wsis_desk.store.orm import (
    RevisionRow,
    SiteRow,
    SyncChangeRow,
    SyncExportRow,
    SyncPeerRow,
    SyncSeenBundleRow,
)
from wsis_desk.store.sync_tables import model_for, sync_tables


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """This installation as a site: its id, the name others see, its highest clock."""

    id: str
    name: str
    last_hlc: str


@dataclass(frozen=True, slots=True)
class PeerState:
    """What we know of another site: its bundles we hold, ours it holds."""

    site_id: str
    name: str
    last_imported_seq: int
    acked_seq: int
    complete_seq: int


@dataclass(frozen=True, slots=True)
class ExportMark:
    """A bundle this laptop wrote, and how far each kind of change had come then."""

    seq: int
    created_at: str
    hlc_mark: str
    revision_mark: int
    rowid_marks: dict[str, int]
    change_mark: int
    since_seq: int | None = None
    records: int = 0


@dataclass(frozen=True, slots=True)
class SeenBundle:
    """A bundle file imported whole before (known by the sha256 of its bytes)."""

    sha256: str
    site_id: str
    seq: int


class SyncBookkeeping:
    """Reads and writes of sync's own records, inside one session's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session  # for the few store functions shared with other services

    def flush(self) -> None:
        """Send pending writes to the database (still inside the transaction)."""
        self.session.flush()

    # --- this site and its peers -------------------------------------------------------------

    def site(self) -> SiteInfo:
        """This laptop's site (made on first use)."""
        row = local_site(self.session)
        return SiteInfo(row.id, row.name, row.last_hlc)

    def rename_site(self, name: str) -> SiteInfo:
        """Give this laptop the name others will see."""
        row = local_site(self.session)
        row.name = name
        return SiteInfo(row.id, row.name, row.last_hlc)

    def set_last_hlc(self, clock: str) -> None:
        """Remember the highest clock seen here."""
        local_site(self.session).last_hlc = clock

    def site_name(self, site_id: str) -> str | None:
        """The name of a site seen here, if any."""
        row = self.session.get(SiteRow, site_id)
        return row.name if row is not None else None

    def remember_site(self, site_id: str, name: str, now: str) -> None:
        """Record another site (or its new name); this laptop's own row is never renamed."""
        other = self.session.get(SiteRow, site_id)
        if other is None:
            self.session.add(
                SiteRow(id=site_id, name=name, is_local=False, last_hlc="", created_at=now)
            )
        elif not other.is_local:
            other.name = name

    def peer(self, site_id: str) -> PeerState | None:
        """What we know of a site that sent us bundles."""
        row = self.session.get(SyncPeerRow, site_id)
        return None if row is None else _peer(row)

    def peers_named(self, name: str) -> list[PeerState]:
        """The peers that go by ``name``."""
        rows = self.session.scalars(select(SyncPeerRow).where(SyncPeerRow.name == name))
        return [_peer(r) for r in rows]

    def peer_acks(self) -> dict[str, int]:
        """Site id -> the bundle up to which we hold everything it wrote."""
        return {p.site_id: p.complete_seq for p in self.session.scalars(select(SyncPeerRow))}

    def save_peer(self, peer: PeerState, *, imported_at: str) -> None:
        """Store what we now know of a peer."""
        row = self.session.get(SyncPeerRow, peer.site_id)
        if row is None:
            row = SyncPeerRow(site_id=peer.site_id)
            self.session.add(row)
        row.name = peer.name
        row.last_imported_seq = peer.last_imported_seq
        row.acked_seq = peer.acked_seq
        row.complete_seq = peer.complete_seq
        row.last_import_at = imported_at

    def seen_bundle(self, sha256: str) -> SeenBundle | None:
        """A bundle file imported whole before, by the sha256 of its bytes."""
        row = self.session.get(SyncSeenBundleRow, sha256)
        return None if row is None else SeenBundle(row.sha256, row.site_id, row.seq)

    def seen_bundle_keys(self) -> set[tuple[str, int]]:
        """(site id, sequence) of every bundle imported whole."""
        rows = self.session.execute(select(SyncSeenBundleRow.site_id, SyncSeenBundleRow.seq))
        return {(site_id, seq) for site_id, seq in rows}

    def add_seen_bundle(self, seen: SeenBundle, *, imported_at: str) -> None:
        """Remember a bundle file imported whole."""
        self.session.add(
            SyncSeenBundleRow(
                sha256=seen.sha256, site_id=seen.site_id, seq=seen.seq, imported_at=imported_at
            )
        )

    def last_sync_at(self) -> str | None:
        """When this laptop last imported or exported a bundle (None: never)."""
        imported = self.session.scalar(select(func.max(SyncPeerRow.last_import_at)))
        exported = self.session.scalar(select(func.max(SyncExportRow.created_at)))
        return max((t for t in (imported, exported) if t), default=None)

    # --- bundles written here ----------------------------------------------------------------

    def export_mark(self, seq: int) -> ExportMark | None:
        """Bundle number ``seq`` written here, if this database remembers it."""
        row = self.session.get(SyncExportRow, seq)
        if row is None:
            return None
        return ExportMark(
            seq=row.seq,
            created_at=row.created_at,
            hlc_mark=row.hlc_mark,
            revision_mark=row.revision_mark,
            rowid_marks=json.loads(row.rowid_marks_json),
            change_mark=row.change_mark,
            since_seq=row.since_seq,
            records=row.records,
        )

    def exported_seqs(self) -> set[int]:
        """The numbers of the bundles this database wrote."""
        return set(self.session.scalars(select(SyncExportRow.seq)))

    def highest_sequences(self) -> tuple[int, int]:
        """(our highest bundle written, our highest bundle a peer confirmed)."""
        written = self.session.scalar(select(func.max(SyncExportRow.seq))) or 0
        confirmed = self.session.scalar(select(func.max(SyncPeerRow.acked_seq))) or 0
        return int(written), int(confirmed)

    def current_marks(self) -> tuple[str, int, dict[str, int], int]:
        """(highest clock, last revision id, last rowid of each immutable table, last change
        id): where a later delta starts."""
        site = local_site(self.session)
        revision_mark = self.session.scalar(select(func.max(RevisionRow.id))) or 0
        rowids = {}
        for spec in sync_tables():
            if not spec.editable:
                last: Select[Any] = select(func.max(literal_column("rowid")))
                last = last.select_from(spec.table)
                rowids[spec.name] = int(self.session.scalar(last) or 0)
        change_mark = self.session.scalar(select(func.max(SyncChangeRow.id))) or 0
        return site.last_hlc, int(revision_mark), rowids, int(change_mark)

    def record_export(self, mark: ExportMark) -> None:
        """Remember a bundle written here."""
        self.session.add(
            SyncExportRow(
                seq=mark.seq,
                created_at=mark.created_at,
                hlc_mark=mark.hlc_mark,
                revision_mark=mark.revision_mark,
                rowid_marks_json=json.dumps(mark.rowid_marks, sort_keys=True),
                since_seq=mark.since_seq,
                records=mark.records,
                change_mark=mark.change_mark,
            )
        )

    def adopt_unstamped(self) -> None:
        """Stamp editable rows that predate sync (no clock yet) so that they can travel."""
        for spec in sync_tables():
            if spec.editable:
                model: Any = model_for(spec.name)
                for row in self.session.scalars(select(model).where(model.hlc == "")):
                    stamp(self.session, row)
        self.session.flush()


def _peer(row: SyncPeerRow) -> PeerState:
    return PeerState(
        site_id=row.site_id,
        name=row.name or "",
        last_imported_seq=row.last_imported_seq or 0,
        acked_seq=row.acked_seq or 0,
        complete_seq=row.complete_seq or 0,
    )
