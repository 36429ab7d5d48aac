"""Import one sync bundle: check it all, back the database up, apply it in one transaction.

Importing the same bundle again changes nothing; a file imported whole before is recognised
by its sha256 at once. See DESIGN.md §8.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wsis_desk.core.hlc import Hlc, merge, repair
from wsis_desk.errors import BundleError
from wsis_desk.formats.bundle import Bundle, parse_bundle, read_file_bytes
from wsis_desk.services.backups import create_backup
from wsis_desk.services.sync_apply import Planner, TableCounts, apply_plan
from wsis_desk.services.sync_rows import CLOCK_HORIZON, check_clocks, check_references
from wsis_desk.services.sync_versions import settle_documents
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.migrate import SCHEMA_HEAD
from wsis_desk.store.sync_io import PeerState, SeenBundle, SyncStore, sync_store
from wsis_desk.store.sync_tables import sync_tables

# Bundles from before shared identities (0008) would bring every draft a second time.
OLDEST_SCHEMA = "0008"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing one bundle did, per table."""

    file: str
    site_id: str
    site_name: str
    sequence: int
    tables: Mapping[str, TableCounts]
    backup: Path | None
    already_imported: bool = False  # the same file was imported before: nothing to do

    def total(self, what: str) -> int:
        """The sum of one counter (added, updated, unchanged, merged, conflicts)."""
        return sum(int(getattr(c, what)) for c in self.tables.values())

    @property
    def changed(self) -> bool:
        """Whether the import changed any row."""
        return any(self.total(k) for k in ("added", "updated", "merged", "conflicts"))

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON (for --json and the GUI)."""
        keys = ("added", "updated", "unchanged", "merged", "conflicts")
        return {
            "file": self.file,
            "site": {"id": self.site_id, "name": self.site_name},
            "sequence": self.sequence,
            "totals": {k: self.total(k) for k in keys},
            "tables": {t: {k: getattr(c, k) for k in keys} for t, c in sorted(self.tables.items())},
            "backup": str(self.backup) if self.backup else None,
            "already_imported": self.already_imported,
        }


def _now(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


# --- import ----------------------------------------------------------------------------------


def read_checked(path: Path, passphrase: str | None = None) -> Bundle:
    """Read a bundle and check everything that can be checked without the database."""
    return parse_checked(read_file_bytes(path), path.name, passphrase)


def parse_checked(raw: bytes, name: str, passphrase: str | None) -> Bundle:
    """Check a bundle held in memory against this app's tables and schema."""
    tables = {spec.name: spec for spec in sync_tables()}
    bundle = parse_bundle(
        raw, name=name, tables=tables, schema_version=SCHEMA_HEAD, passphrase=passphrase
    )
    if int(bundle.header.schema_version) < int(OLDEST_SCHEMA):
        raise BundleError(
            f"{name} was made by an older wsis_desk (schema {bundle.header.schema_version}) "
            f"on '{bundle.header.site_name}', which gives shared drafts other ids; update "
            "wsis_desk there and export again. Nothing was imported."
        )
    return bundle


def already_imported(ws: Workspace, sha: str, name: str) -> ImportReport | None:
    """The report of a file imported whole before (by the sha256 of its bytes), else None."""
    with sync_store(ws.db) as io:
        seen = io.seen_bundle(sha)
        if seen is None:
            return None
        peer = io.peer(seen.site_id)
        return ImportReport(
            file=name,
            site_id=seen.site_id,
            site_name=peer.name if peer else "",
            sequence=seen.seq,
            tables={},
            backup=None,
            already_imported=True,
        )


def import_bundle(
    ws: Workspace,
    path: Path,
    *,
    passphrase: str | None = None,
    recheck: bool = False,
    now: datetime | None = None,
    horizon: timedelta = CLOCK_HORIZON,
) -> ImportReport:
    """Merge a bundle into the database: check all, back up, apply in one transaction.

    A file already imported whole (same sha256) is recognised at once and skipped; with
    ``recheck`` it is read and merged again, which changes nothing either.
    """
    raw = read_file_bytes(path)
    if not recheck:
        done = already_imported(ws, hashlib.sha256(raw).hexdigest(), path.name)
        if done is not None:
            return done
    bundle = parse_checked(raw, path.name, passphrase)
    return apply_bundle(ws, bundle, name=path.name, now=now, horizon=horizon)


def apply_bundle(
    ws: Workspace,
    bundle: Bundle,
    *,
    name: str,
    now: datetime | None = None,
    horizon: timedelta = CLOCK_HORIZON,
) -> ImportReport:
    """Merge an already checked bundle (see ``import_bundle``)."""
    header = bundle.header
    backup = None
    with sync_store(ws.db, write=True) as io:
        check_references(io, bundle, name)
        check_clocks(io, bundle, name, now=now, horizon=horizon)
        plan = Planner(io, bundle, name=name, now=now).build()
        peer = io.peer(header.site_id)
        seen = io.seen_bundle(bundle.sha256)
        site = io.site()
        is_self = header.site_id == site.id
        ack = header.acks.get(site.id, 0)
        news = plan.changes or (
            not is_self
            and (
                seen is None
                or peer is None
                or peer.last_imported_seq < header.sequence
                or peer.acked_seq < ack
            )
        )
        if news:
            if plan.changes:
                backup = create_backup(ws, reason="import").path
            before = [*io.paragraph_lineages(plan.documents), *plan.lineages]
            apply_plan(io, plan)
            settle_documents(io, plan.documents, before)
            if plan.highest_hlc:
                held = io.site().last_hlc  # settling may have stamped edits meanwhile
                last = repair(held) if held else None
                io.set_last_hlc(merge(last, Hlc.decode(plan.highest_hlc)).encode())
            if not is_self:
                _remember_peer(io, bundle, peer, seen, ack, _now(now))
    return ImportReport(
        file=name,
        site_id=header.site_id,
        site_name=header.site_name,
        sequence=header.sequence,
        tables=dict(plan.counts),
        backup=backup,
    )


def _remember_peer(
    io: SyncStore,
    bundle: Bundle,
    peer: PeerState | None,
    seen: SeenBundle | None,
    ack: int,
    now: str,
) -> None:
    header = bundle.header
    if peer is None:
        peer = PeerState(header.site_id, "", 0, 0, 0)
    complete = peer.complete_seq
    if header.since_sequence is None or header.since_sequence <= complete:
        complete = max(complete, header.sequence)  # no gap before this bundle
    io.save_peer(
        PeerState(
            site_id=header.site_id,
            name=header.site_name,
            last_imported_seq=max(peer.last_imported_seq, header.sequence),
            acked_seq=max(peer.acked_seq, ack),
            complete_seq=complete,
        ),
        imported_at=now,
    )
    if seen is None:
        io.add_seen_bundle(
            SeenBundle(bundle.sha256, header.site_id, header.sequence), imported_at=now
        )
    io.remember_site(header.site_id, header.site_name, now)
