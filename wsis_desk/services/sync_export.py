"""Write a sync bundle: every shared row, or only what changed since an earlier bundle."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from wsis_desk import __version__
from wsis_desk.errors import NotFoundError
from wsis_desk.formats.bundle import Header, Record, write_bundle
from wsis_desk.services.sync_rows import ancestors_from, revision_index
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.editing import local_site, stamp
from wsis_desk.store.migrate import SCHEMA_HEAD
from wsis_desk.store.orm import RevisionRow, SyncChangeRow, SyncExportRow, SyncPeerRow
from wsis_desk.store.sync_tables import TableSpec, model_for, sync_tables


def _now(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class ExportReport:
    """A bundle written: where, its sequence, whether a delta, how many records."""

    path: Path
    sequence: int
    since: int | None
    records: int
    counts: Mapping[str, int]
    sha256: str


def _adopt_unstamped(session: Session) -> None:
    """Stamp editable rows that predate sync (hlc empty) so they can travel."""
    for spec in sync_tables():
        if spec.editable:
            model: Any = model_for(spec.name)
            for row in session.scalars(select(model).where(model.hlc == "")):
                stamp(session, row)
    session.flush()


def _marks(session: Session) -> tuple[str, int, dict[str, int]]:
    site = local_site(session)
    revision_mark = session.scalar(select(func.max(RevisionRow.id))) or 0
    rowids = {}
    for spec in sync_tables():
        if not spec.editable:
            rowids[spec.name] = session.scalar(text(f'SELECT max(rowid) FROM "{spec.name}"')) or 0
    return site.last_hlc, int(revision_mark), rowids


def _change_mark(session: Session) -> int:
    return int(session.scalar(select(func.max(SyncChangeRow.id))) or 0)


def _arrived(spec: TableSpec, since: SyncExportRow) -> Select[str]:
    """Rows of ``spec`` that imports wrote here after bundle ``since``: whoever made them
    (a third laptop's edits relayed through us carry clocks older than our own mark)."""
    return select(SyncChangeRow.row_id).where(
        SyncChangeRow.table_name == spec.name, SyncChangeRow.id > since.change_mark
    )


def _editable_records(
    session: Session, spec: TableSpec, since: SyncExportRow | None
) -> list[Record]:
    table = spec.table
    query = select(table)
    if since is not None:
        touched = select(RevisionRow.row_id).where(
            RevisionRow.table_name == spec.name, RevisionRow.id > since.revision_mark
        )
        query = query.where(
            (table.c.hlc > since.hlc_mark)
            | table.c[spec.key].in_(touched)
            | table.c[spec.key].in_(_arrived(spec, since))
        )
    names = [c.name for c in table.columns]
    found = session.execute(query.order_by(table.c[spec.key])).all()
    if not found:
        return []
    at = {name: i for i, name in enumerate(names)}
    key, hlc, parent, origin, deleted = (
        at[n] for n in (spec.key, "hlc", "parent_hlc", "origin", "deleted")
    )
    data_at = [(c, at[c]) for c in spec.column_names]
    index = revision_index(session, spec.name, None if since is None else [r[key] for r in found])
    return [
        Record(
            spec.name,
            r[key],
            r[hlc],
            r[parent],
            r[origin],
            bool(r[deleted]),
            {c: r[i] for c, i in data_at},
            tuple(sorted(ancestors_from(index, r[key], r[hlc], r[parent]))),
        )
        for r in found
    ]


def _immutable_records(
    session: Session, spec: TableSpec, since: SyncExportRow | None, blobs: dict[str, bytes]
) -> list[Record]:
    table = spec.table
    query = select(table)
    if since is not None:
        mark = json.loads(since.rowid_marks_json).get(spec.name, 0)
        newer = text(f'"{spec.name}".rowid > :mark').bindparams(mark=mark)
        query = query.where(or_(newer, table.c[spec.key].in_(_arrived(spec, since))))
    out = []
    for r in session.execute(query.order_by(table.c[spec.key])).mappings():
        if spec.binary is not None:
            blobs[r[spec.key]] = r[spec.binary]
        out.append(
            Record(
                spec.name,
                r[spec.key],
                None,
                None,
                None,
                False,
                {c: r[c] for c in spec.column_names},
            )
        )
    return out


def _since_row(session: Session, since: int | None, delta_for: str | None) -> SyncExportRow | None:
    if delta_for is not None:
        peer = session.get(SyncPeerRow, delta_for)
        if peer is None:
            match = session.scalars(select(SyncPeerRow).where(SyncPeerRow.name == delta_for)).all()
            peer = match[0] if len(match) == 1 else None
        if peer is None:
            raise NotFoundError(
                f"No site '{delta_for}' has sent us a bundle yet; export a full bundle instead."
            )
        since = peer.acked_seq or None
    if since is None:
        return None
    row = session.get(SyncExportRow, since)
    if row is None:
        raise NotFoundError(f"This laptop never wrote a bundle number {since}; export in full.")
    return row


def export_bundle(
    ws: Workspace,
    path: Path,
    *,
    since: int | None = None,
    delta_for: str | None = None,
    passphrase: str | None = None,
    skip_if_empty: bool = False,
    now: datetime | None = None,
    min_sequence: int = 1,
) -> ExportReport | None:
    """Write this laptop's rows (all, or changed since bundle ``since`` / what ``delta_for`` has).

    A delta may hold more than needed; importing is idempotent. Returns None when
    ``skip_if_empty`` and nothing changed.
    """
    with ws.db.sessions.begin() as session:
        _adopt_unstamped(session)
        site = local_site(session)
        base = _since_row(session, since, delta_for)
        hlc_mark, revision_mark, rowids = _marks(session)
        change_mark = _change_mark(session)
        records: list[Record] = []
        blobs: dict[str, bytes] = {}
        for spec in sync_tables():
            if spec.editable:
                records.extend(_editable_records(session, spec, base))
            else:
                records.extend(_immutable_records(session, spec, base, blobs))
        if skip_if_empty and not records:
            return None
        # After a backup is restored the database forgets bundles it wrote since; teammates
        # skip a number they have seen, so the next one also follows what they confirmed
        # and what our sync folder holds (``min_sequence``).
        written = session.scalar(select(func.max(SyncExportRow.seq))) or 0
        confirmed = session.scalar(select(func.max(SyncPeerRow.acked_seq))) or 0
        seq = max(written + 1, confirmed + 1, min_sequence)
        # We confirm to each site the bundle up to which we hold all it wrote (not the
        # highest we saw): its next delta for us then starts where our holdings end.
        acks = {p.site_id: p.complete_seq for p in session.scalars(select(SyncPeerRow))}
        header = Header(
            schema_version=SCHEMA_HEAD,
            app_version=__version__,
            site_id=site.id,
            site_name=site.name,
            sequence=seq,
            created_at=_now(now),
            since_sequence=base.seq if base else None,
            acks=acks,
        )
        sha = write_bundle(path, header, records, blobs, passphrase=passphrase)
        session.add(
            SyncExportRow(
                seq=seq,
                created_at=header.created_at,
                hlc_mark=hlc_mark,
                revision_mark=revision_mark,
                rowid_marks_json=json.dumps(rowids, sort_keys=True),
                since_seq=header.since_sequence,
                records=len(records),
                change_mark=change_mark,
            )
        )
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        counts[record.table] += 1
    return ExportReport(path, seq, header.since_sequence, len(records), dict(counts), sha)
