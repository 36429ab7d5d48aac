"""A bundle checked against the stored rows, and the ancestry of stored revisions."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from wsis_desk.errors import BundleError
from wsis_desk.formats.bundle import Bundle
from wsis_desk.store.sync_io import RevisionIndex, SyncStore
from wsis_desk.store.sync_tables import sync_tables

CLOCK_HORIZON = timedelta(hours=24)  # how far ahead of our clock an incoming edit may be
_MAX_MS = 253402300799000  # 9999-12-31: the last instant a date can show


def ancestors_from(
    index: RevisionIndex,
    row_id: str,
    hlc: str,
    parent: str | None,
) -> frozenset[str]:
    """The ancestors of a stored row's current revision, from the revision index."""
    known = index.get((row_id, hlc))
    if known is not None:
        return frozenset(known[0])
    if not parent:
        return frozenset()
    above = index.get((row_id, parent))
    return frozenset((above[0] if above else set()) | {parent})


def check_references(io: SyncStore, bundle: Bundle, name: str) -> None:
    """Refuse a bundle whose rows point at rows neither it nor this database has."""
    present: dict[str, set[str]] = defaultdict(set)
    for record in bundle.records:
        present[record.table].add(record.id)
    wanted: dict[str, set[str]] = defaultdict(set)
    specs = {s.name: s for s in sync_tables()}
    for record in bundle.records:
        for column, target in specs[record.table].references:
            value = record.data.get(column)
            if value is not None and value not in present[target]:
                wanted[target].add(str(value))
    for target, ids in wanted.items():
        spec = specs.get(target)
        if spec is None:
            raise BundleError(f"{name} refers to rows of {target}, which bundles never carry.")
        found = set(io.stored_values(spec, sorted(ids)))
        missing = sorted(ids - found)
        if missing:
            raise BundleError(
                f"{name} refers to a {target} row ({missing[0][:12]}…) that neither it nor this "
                "database holds; the bundle was not imported."
            )


def check_clocks(
    io: SyncStore,
    bundle: Bundle,
    name: str,
    *,
    now: datetime | None = None,
    horizon: timedelta = CLOCK_HORIZON,
) -> None:
    """Refuse a bundle holding edits stamped more than ``horizon`` ahead of our clock.

    Taking such a clock would drag every later edit here into the future with it (and, at
    the edge of the format, overflow it); the laptop that made it is named so that its clock
    can be put right.
    """
    current = now or datetime.now(UTC)
    limit = int((current + horizon).timestamp() * 1000)
    for record in bundle.records:
        for clock in (record.hlc, record.parent_hlc):
            if clock and int(clock[:16]) > limit:
                who = _laptop(io, bundle, record.origin or "")
                when = datetime.fromtimestamp(min(int(clock[:16]), _MAX_MS) / 1000, UTC)
                hours = horizon.total_seconds() / 3600
                raise BundleError(
                    f"{name} holds an edit stamped {when:%Y-%m-%d %H:%M} UTC by {who}, more "
                    f"than {hours:g} h ahead of this laptop's clock "
                    f"({current.astimezone(UTC):%Y-%m-%d %H:%M} UTC): set the clock of {who} "
                    "right and export again (or this laptop's, if it is the wrong one). "
                    "Nothing was imported."
                )


def _laptop(io: SyncStore, bundle: Bundle, site_id: str) -> str:
    if site_id == bundle.header.site_id and bundle.header.site_name:
        return f"'{bundle.header.site_name}'"
    known = io.site_name(site_id)
    if known:
        return f"'{known}'"
    return f"the laptop {site_id[:8]}"
