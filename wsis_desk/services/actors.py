"""Who a record is about: a registry party by code or name, or a custom actor ("Grupo Sur")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.core.comment_claims import KNOWN_COALITIONS
from wsis_desk.core.parties import PartyKind, PartyRegistry, normalise_name
from wsis_desk.errors import Remedy, UnknownPartyError, WsisDeskError
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import PartyActorRow

ACTOR_KINDS = ("coalition", "person-free", "organisation", "stakeholder-group")


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved party: a registry ``code`` or a custom ``actor_id``, and how to show it."""

    code: str | None
    actor_id: str | None
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """A custom actor."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]


def now_iso() -> str:
    """The current UTC time as stored in rows."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def live_actors(session: Session) -> list[PartyActorRow]:
    """Every custom actor not deleted, by name."""
    stmt = select(PartyActorRow).where(PartyActorRow.deleted.is_(False))
    return sorted(session.scalars(stmt), key=lambda r: r.name.lower())


def actor_names(rows: list[PartyActorRow]) -> list[tuple[str, list[str]]]:
    """(name, aliases) of actor rows, for core.comment_claims.actor_index."""
    return [(r.name, list(json.loads(r.aliases_json))) for r in rows]


def find_actor(session: Session, name: str) -> PartyActorRow | None:
    """The custom actor called ``name`` (or with it as an alias)."""
    key = normalise_name(name)
    for row in live_actors(session):
        if key in {normalise_name(n) for n in [row.name, *json.loads(row.aliases_json)]}:
            return row
    return None


def ensure_actor(session: Session, name: str, kind: str = "coalition") -> PartyActorRow:
    """The custom actor called ``name``, created (with known aliases) when missing."""
    row = find_actor(session, name)
    if row is not None:
        return row
    aliases = next((list(a) for n, a in KNOWN_COALITIONS if n == name), [])
    row = PartyActorRow(
        name=name.strip(), kind=kind, aliases_json=json.dumps(aliases), created_at=now_iso()
    )
    session.add(row)
    stamp(session, row)
    session.flush()
    return row


def resolve_who(
    session: Session, name: str, registry: PartyRegistry | None = None, *, create: bool = False
) -> Who:
    """Resolve a code, registry name or custom actor; ``create`` adds an unknown one as actor."""
    text = name.strip()
    if not text:
        raise UnknownPartyError("No party given. Name a party code (USA, G77) or an actor.")
    reg = registry or load_registry()
    party = reg.get(text) or reg.resolve(text)
    if party is not None:
        return Who(party.code, None, party.code, party.kind.value)
    row = find_actor(session, text)
    if row is None and create:
        row = ensure_actor(session, text)
    if row is None:
        raise UnknownPartyError(
            f"'{text}' is not a party in the registry nor a custom actor. "
            "Use a code like USA or G77, or add it as a new actor.",
            remedy=Remedy.NEW_ACTOR,
        )
    return Who(None, row.id, row.name, row.kind)


def code_name(code: str, registry: PartyRegistry | None = None) -> str:
    """How to show a registry code: a stakeholder group by its name, anyone else by the code."""
    party = (registry or load_registry()).get(code)
    if party is not None and party.kind is PartyKind.STAKEHOLDER_GROUP:
        return party.name
    return code


def display_name(session: Session, code: str | None, actor_id: str | None) -> str:
    """How to show who a record is about: the code, a stakeholder group's name, an actor's."""
    if code:
        return code_name(code)
    if actor_id:
        row = session.get(PartyActorRow, actor_id)
        return row.name if row is not None else "?"
    return ""


def list_actors(ws: Workspace) -> list[ActorInfo]:
    """Every custom actor."""
    with ws.db.sessions() as session:
        return [
            ActorInfo(r.id, r.name, r.kind, tuple(json.loads(r.aliases_json)))
            for r in live_actors(session)
        ]


def add_actor(ws: Workspace, name: str, *, kind: str = "coalition") -> ActorInfo:
    """Add a custom actor (or return the existing one of that name)."""
    if kind not in ACTOR_KINDS:
        raise WsisDeskError(f"Unknown actor kind '{kind}'; use one of {', '.join(ACTOR_KINDS)}.")
    if not name.strip():
        raise WsisDeskError("The actor's name is empty.")
    with ws.db.sessions.begin() as session:
        row = ensure_actor(session, name, kind)
        return ActorInfo(row.id, row.name, row.kind, tuple(json.loads(row.aliases_json)))
