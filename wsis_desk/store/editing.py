"""Stamp user edits with this site's hybrid logical clock (the base of offline merging)."""

from __future__ import annotations

import platform
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.hlc import repair, tick
from wsis_desk.store.orm import SiteRow, SyncColumns
from wsis_desk.store.revisions import record_superseded


def local_site(session: Session) -> SiteRow:
    """This installation's site row, created on first use with the machine's name."""
    site = session.scalars(select(SiteRow).where(SiteRow.is_local.is_(True))).first()
    if site is None:
        now = datetime.now(UTC)
        site = SiteRow(
            name=platform.node() or "this laptop",
            is_local=True,
            last_hlc="",
            created_at=now.isoformat(timespec="seconds"),
        )
        session.add(site)
        session.flush()
    return site


def next_clock(session: Session, *, now: datetime | None = None) -> str:
    """This site's next clock value (for facts that are not edits, e.g. when a version was
    imported: the tie-break of the version order)."""
    site = local_site(session)
    when = now or datetime.now(UTC)
    last = repair(site.last_hlc) if site.last_hlc else None
    clock = tick(last, int(when.timestamp() * 1000), site.id).encode()
    site.last_hlc = clock
    return clock


def stamp(session: Session, row: SyncColumns, *, now: datetime | None = None) -> str:
    """Give ``row`` a new clock value from this site, remembering the one it replaces.

    The state being replaced is kept in the revision history (``store.revisions``).
    """
    record_superseded(session, row)  # first: a query would flush and forget the old values
    site = local_site(session)
    when = now or datetime.now(UTC)
    last = repair(site.last_hlc) if site.last_hlc else None
    row_clock = repair(row.hlc) if row.hlc else None
    if row_clock is not None:
        last = row_clock if last is None or row_clock > last else last
    clock = tick(last, int(when.timestamp() * 1000), site.id).encode()
    row.parent_hlc = row.hlc or None
    row.hlc = clock
    row.origin = site.id
    site.last_hlc = clock
    return clock
