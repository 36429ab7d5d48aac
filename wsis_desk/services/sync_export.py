"""Write a sync bundle: every shared row, or only what changed since an earlier bundle."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wsis_desk import __version__
from wsis_desk.errors import NotFoundError
from wsis_desk.formats.bundle import Header, Record, write_bundle
from wsis_desk.services.sync_rows import ancestors_from
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.migrate import SCHEMA_HEAD
from wsis_desk.store.sync_io import ExportMark, SyncStore, sync_store
from wsis_desk.store.sync_tables import TableSpec, sync_tables


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


def _editable_records(io: SyncStore, spec: TableSpec, since: ExportMark | None) -> list[Record]:
    found = io.editable_rows(spec, since)
    if not found.rows:
        return []
    at = {name: i for i, name in enumerate(found.columns)}
    key, hlc, parent, origin, deleted = (
        at[n] for n in (spec.key, "hlc", "parent_hlc", "origin", "deleted")
    )
    data_at = [(c, at[c]) for c in spec.column_names]
    rows = found.rows
    index = io.revision_index(spec.name, None if since is None else [r[key] for r in rows])
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
        for r in rows
    ]


def _immutable_records(
    io: SyncStore, spec: TableSpec, since: ExportMark | None, blobs: dict[str, bytes]
) -> list[Record]:
    found = io.immutable_rows(spec, since)
    at = {name: i for i, name in enumerate(found.columns)}
    key = at[spec.key]
    data_at = [(c, at[c]) for c in spec.column_names]
    binary = None if spec.binary is None else at[spec.binary]
    out = []
    for r in found.rows:
        if binary is not None:
            blobs[r[key]] = r[binary]
        out.append(
            Record(spec.name, r[key], None, None, None, False, {c: r[i] for c, i in data_at})
        )
    return out


def _since_mark(io: SyncStore, since: int | None, delta_for: str | None) -> ExportMark | None:
    if delta_for is not None:
        peer = io.peer(delta_for)
        if peer is None:
            match = io.peers_named(delta_for)
            peer = match[0] if len(match) == 1 else None
        if peer is None:
            raise NotFoundError(
                f"No site '{delta_for}' has sent us a bundle yet; export a full bundle instead."
            )
        since = peer.acked_seq or None
    if since is None:
        return None
    mark = io.export_mark(since)
    if mark is None:
        raise NotFoundError(f"This laptop never wrote a bundle number {since}; export in full.")
    return mark


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
    with sync_store(ws.db, write=True) as io:
        io.adopt_unstamped()
        site = io.site()
        base = _since_mark(io, since, delta_for)
        hlc_mark, revision_mark, rowids, change_mark = io.current_marks()
        records: list[Record] = []
        blobs: dict[str, bytes] = {}
        for spec in sync_tables():
            if spec.editable:
                records.extend(_editable_records(io, spec, base))
            else:
                records.extend(_immutable_records(io, spec, base, blobs))
        if skip_if_empty and not records:
            return None
        # After a backup is restored the database forgets bundles it wrote since; teammates
        # skip a number they have seen, so the next one also follows what they confirmed
        # and what our sync folder holds (``min_sequence``).
        written, confirmed = io.highest_sequences()
        seq = max(written + 1, confirmed + 1, min_sequence)
        # We confirm to each site the bundle up to which we hold all it wrote (not the
        # highest we saw): its next delta for us then starts where our holdings end.
        acks = io.peer_acks()
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
        io.record_export(
            ExportMark(
                seq=seq,
                created_at=header.created_at,
                hlc_mark=hlc_mark,
                revision_mark=revision_mark,
                rowid_marks=rowids,
                change_mark=change_mark,
                since_seq=header.since_sequence,
                records=len(records),
            )
        )
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        counts[record.table] += 1
    return ExportReport(path, seq, header.since_sequence, len(records), dict(counts), sha)
