"""Stored rows and revisions read in bulk for sync, and a bundle checked against them."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.errors import BundleError
from wsis_desk.formats.bundle import Bundle
from wsis_desk.store.orm import RevisionRow, SiteRow
from wsis_desk.store.sync_tables import TableSpec, sync_tables

CHUNK = 500
FULL_SCAN = 5000
CLOCK_HORIZON = timedelta(hours=24)  # how far ahead of our clock an incoming edit may be
_MAX_MS = 253402300799000  # 9999-12-31: the last instant a date can show


def chunks(values: list[str]) -> Iterator[list[str]]:
    """``values`` in slices small enough for one SQL ``IN``."""
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def rows_by_id(session: Session, spec: TableSpec, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of ``spec`` among ``ids``, as plain dicts."""
    table = spec.table
    names = [c.name for c in table.columns]
    key = names.index(spec.key)
    if len(ids) > FULL_SCAN:  # many ids: one pass over the table beats many IN queries
        wanted = set(ids)
        found = session.execute(select(table)).all()
        return {r[key]: dict(zip(names, r, strict=True)) for r in found if r[key] in wanted}
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(ids):
        query = select(table).where(table.c[spec.key].in_(part))
        for r in session.execute(query):
            out[r[key]] = dict(zip(names, r, strict=True))
    return out


def stored_values(
    session: Session, spec: TableSpec, ids: list[str], column: str | None = None
) -> dict[str, Any]:
    """id -> the value of ``column`` (or the id) for the stored rows among ``ids``."""
    table = spec.table
    cols = (table.c[spec.key], table.c[column or spec.key])
    if len(ids) > FULL_SCAN:
        wanted = set(ids)
        return {k: v for k, v in session.execute(select(*cols)) if k in wanted}
    out: dict[str, Any] = {}
    for part in chunks(ids):
        query = select(*cols).where(table.c[spec.key].in_(part))
        out.update((k, v) for k, v in session.execute(query))
    return out


def revision_index(
    session: Session, table: str, row_ids: Iterable[str] | None = None
) -> dict[tuple[str, str], tuple[set[str], str | None]]:
    """(row id, clock) -> (ancestors, data JSON) of the revisions kept for ``table``."""
    cols = (RevisionRow.row_id, RevisionRow.hlc, RevisionRow.ancestors_json, RevisionRow.data_json)
    base = select(*cols).where(RevisionRow.table_name == table)
    queries = (
        [base]
        if row_ids is None
        else [base.where(RevisionRow.row_id.in_(p)) for p in chunks(sorted(set(row_ids)))]
    )
    out: dict[tuple[str, str], tuple[set[str], str | None]] = {}
    for query in queries:
        for row_id, hlc, ancestors, data in session.execute(query):
            out[(row_id, hlc)] = (set(json.loads(ancestors)), data)
    return out


def ancestors_from(
    index: dict[tuple[str, str], tuple[set[str], str | None]],
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


def check_references(session: Session, bundle: Bundle, name: str) -> None:
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
        found = set(rows_by_id(session, spec, sorted(ids)))
        missing = sorted(ids - found)
        if missing:
            raise BundleError(
                f"{name} refers to a {target} row ({missing[0][:12]}…) that neither it nor this "
                "database holds; the bundle was not imported."
            )


def check_clocks(
    session: Session,
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
                who = _laptop(session, bundle, record.origin or "")
                when = datetime.fromtimestamp(min(int(clock[:16]), _MAX_MS) / 1000, UTC)
                hours = horizon.total_seconds() / 3600
                raise BundleError(
                    f"{name} holds an edit stamped {when:%Y-%m-%d %H:%M} UTC by {who}, more "
                    f"than {hours:g} h ahead of this laptop's clock "
                    f"({current.astimezone(UTC):%Y-%m-%d %H:%M} UTC): set the clock of {who} "
                    "right and export again (or this laptop's, if it is the wrong one). "
                    "Nothing was imported."
                )


def _laptop(session: Session, bundle: Bundle, site_id: str) -> str:
    if site_id == bundle.header.site_id and bundle.header.site_name:
        return f"'{bundle.header.site_name}'"
    known = session.get(SiteRow, site_id)
    if known is not None and known.name:
        return f"'{known.name}'"
    return f"the laptop {site_id[:8]}"
