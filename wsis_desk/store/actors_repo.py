"""The custom actors beside the parties registry ("Grupo Sur", a caucus): read and add."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.parties import Actor
from wsis_desk.store.editing import add_stamped
from wsis_desk.store.orm import PartyActorRow


def _actor(row: PartyActorRow) -> Actor:
    return Actor(row.id, row.name, row.kind, tuple(json.loads(row.aliases_json)))


def live_actors(session: Session) -> list[Actor]:
    """Every custom actor not deleted, by name."""
    stmt = select(PartyActorRow).where(PartyActorRow.deleted.is_(False))
    return sorted(map(_actor, session.scalars(stmt)), key=lambda a: a.name.lower())


def all_actors(session: Session) -> list[Actor]:
    """Every custom actor, deleted ones too (records may still name them)."""
    return [_actor(r) for r in session.scalars(select(PartyActorRow))]


def actor_name(session: Session, actor_id: str) -> str | None:
    """The name of a custom actor, None when there is no such actor."""
    return session.scalar(select(PartyActorRow.name).where(PartyActorRow.id == actor_id))


def add_actor(session: Session, *, name: str, kind: str, aliases: tuple[str, ...]) -> Actor:
    """Add a custom actor (caller's transaction)."""
    row = add_stamped(
        session,
        PartyActorRow,
        name=name,
        kind=kind,
        aliases_json=json.dumps(list(aliases)),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return _actor(row)
