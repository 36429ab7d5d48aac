"""Who a record is about: a registry party by code or name, or a custom actor ("Grupo Sur")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from wsis_desk.core.comment_claims import KNOWN_COALITIONS
from wsis_desk.core.parties import Actor, PartyKind, PartyRegistry, normalise_name
from wsis_desk.errors import Remedy, UnknownPartyError
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.store import actors_repo
from wsis_desk.store.uow import Tx


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved party: a registry ``code`` or a custom ``actor_id``, and how to show it."""

    code: str | None
    actor_id: str | None
    name: str
    kind: str


def now_iso() -> str:
    """The current UTC time as stored in rows."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def actor_names(actors: list[Actor]) -> list[tuple[str, list[str]]]:
    """(name, aliases) of actors, for core.comment_claims.actor_index."""
    return [(a.name, list(a.aliases)) for a in actors]


def find_actor(session: Tx, name: str) -> Actor | None:
    """The custom actor called ``name`` (or with it as an alias)."""
    key = normalise_name(name)
    for actor in actors_repo.live_actors(session):
        if key in {normalise_name(n) for n in [actor.name, *actor.aliases]}:
            return actor
    return None


def ensure_actor(session: Tx, name: str, kind: str = "coalition") -> Actor:
    """The custom actor called ``name``, created (with known aliases) when missing."""
    actor = find_actor(session, name)
    if actor is not None:
        return actor
    aliases = next((tuple(a) for n, a in KNOWN_COALITIONS if n == name), ())
    return actors_repo.add_actor(session, name=name.strip(), kind=kind, aliases=aliases)


def resolve_who(
    session: Tx, name: str, registry: PartyRegistry | None = None, *, create: bool = False
) -> Who:
    """Resolve a code, registry name or custom actor; ``create`` adds an unknown one as actor."""
    text = name.strip()
    if not text:
        raise UnknownPartyError("No party given. Name a party code (USA, G77) or an actor.")
    reg = registry or load_registry()
    party = reg.get(text) or reg.resolve(text)
    if party is not None:
        return Who(party.code, None, party.code, party.kind.value)
    actor = find_actor(session, text)
    if actor is None and create:
        actor = ensure_actor(session, text)
    if actor is None:
        raise UnknownPartyError(
            f"'{text}' is not a party in the registry nor a custom actor. "
            "Use a code like USA or G77, or add it as a new actor.",
            remedy=Remedy.NEW_ACTOR,
        )
    return Who(None, actor.id, actor.name, actor.kind)


def code_name(code: str, registry: PartyRegistry | None = None) -> str:
    """How to show a registry code: a stakeholder group by its name, anyone else by the code."""
    party = (registry or load_registry()).get(code)
    if party is not None and party.kind is PartyKind.STAKEHOLDER_GROUP:
        return party.name
    return code


def display_name(session: Tx, code: str | None, actor_id: str | None) -> str:
    """How to show who a record is about: the code, a stakeholder group's name, an actor's."""
    if code:
        return code_name(code)
    if actor_id:
        name = actors_repo.actor_name(session, actor_id)
        return name if name is not None else "?"
    return ""
