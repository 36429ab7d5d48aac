"""Stamp user edits with this site's hybrid logical clock; the one shape of an editable synced
row (add, edit, find by short id) that every repository of user records uses."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.hlc import repair, tick
from wsis_desk.errors import NotFoundError, Remedy
from wsis_desk.store.orm import SiteRow, SyncColumns
from wsis_desk.store.revisions import record_superseded

R = TypeVar("R", bound=SyncColumns)


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


# --- rows of an editable synced table: the one shape every repository of user records uses ---

MIN_PREFIX = 6  # the short ids the CLI prints


def add_stamped(session: Session, model: type[R], **values: Any) -> R:
    """A new row of ``model`` with ``values``, stamped and flushed (caller's transaction)."""
    row = model(**values)
    session.add(row)
    stamp(session, row)
    session.flush()
    return row


def update_stamped(session: Session, row: SyncColumns, changes: Mapping[str, object]) -> None:
    """Set ``changes`` on ``row`` (plus ``updated_at``, when it has one) and stamp the edit."""
    values = dict(changes)
    if hasattr(row, "updated_at"):
        values.setdefault("updated_at", datetime.now(UTC).isoformat(timespec="seconds"))
    for name, value in values.items():
        setattr(row, name, value)
    stamp(session, row)
    session.flush()


def live_row(session: Session, model: type[R], ident: str, *, noun: str, remedy: Remedy) -> R:
    """The live ``model`` row with id ``ident`` or a unique prefix of it; one clear message else.

    ``noun`` names the thing ("input"), ``remedy`` is how to list them.
    """
    key = ident.strip().lower()
    row = session.get(model, key) if key else None
    if row is not None and not row.deleted:
        return row
    if len(key) < MIN_PREFIX:
        raise NotFoundError(
            f"No {noun} with id {ident}; give at least {MIN_PREFIX} characters of its id.",
            remedy=remedy,
        )
    column: Any = model.id  # type: ignore[attr-defined]
    stmt = select(model).where(column.startswith(key, autoescape=True), model.deleted.is_(False))
    rows = list(session.scalars(stmt.limit(6)))
    if not rows:
        raise NotFoundError(
            f"No {noun} with id {ident}; check it against the list of {noun}s.", remedy=remedy
        )
    if len(rows) > 1:
        raise NotFoundError(
            f"Several {noun}s start with '{ident}'; give more of the id: "
            + ", ".join(str(getattr(r, "id", ""))[:12] for r in rows)
        )
    return rows[0]
