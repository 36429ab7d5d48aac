"""Turn what a version already says about parties into positions: Word comments, bracket notes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from wsis_desk.core.attribution import Action
from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.catalog import ParagraphAnchor
from wsis_desk.core.comment_claims import Speaker, actor_index, parse_comment
from wsis_desk.core.positions import PositionSource, Stance
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.actors import actor_names, ensure_actor
from wsis_desk.services.anchors import document_version
from wsis_desk.services.positions import new_position
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import actors_repo, positions_repo
from wsis_desk.store import paragraph_anchors as anchors
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx

_PROPOSED = re.compile(r"proposed (?:language|text|wording)\s*:\s*(.+)$", re.IGNORECASE)
_ACTION_STANCE = {
    Action.DELETE: Stance.OPPOSE,
    Action.OPPOSE: Stance.OPPOSE,
    Action.RETAIN: Stance.SUPPORT,
    Action.SUPPORT: Stance.SUPPORT,
    Action.PROPOSE: Stance.SUPPORT,
    Action.AMEND: Stance.AMEND,
    Action.MOVE: Stance.AMEND,
    Action.RESERVE: Stance.RESERVE,
}


@dataclass(frozen=True, slots=True)
class ImportedPosition:
    """A position made (or found already made) from a comment or bracket attribution."""

    position_id: str
    party: str
    stance: Stance
    paragraph_label: str
    statement: str
    source_text: str
    anchor_text: str
    already: bool


@dataclass(frozen=True, slots=True)
class Unresolved:
    """Something naming no party we could find, kept for a person to fix."""

    paragraph_label: str
    author: str
    text: str
    fragment: str


@dataclass(frozen=True, slots=True)
class PositionImportReport:
    """What an import from comments or brackets did."""

    document: str
    version_label: str
    imported: tuple[ImportedPosition, ...]
    unresolved: tuple[Unresolved, ...]
    new_actors: tuple[str, ...]

    @property
    def created(self) -> int:
        """How many positions this run added."""
        return sum(1 for p in self.imported if not p.already)


CommentImportReport = PositionImportReport


def _key(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _party_of(
    session: Tx, speaker: Speaker, new_actors: list[str]
) -> tuple[str | None, str | None, str]:
    if speaker.code:
        return speaker.code, None, speaker.code
    name = speaker.actor or speaker.name
    before = {a.name for a in actors_repo.live_actors(session)}
    actor = ensure_actor(session, name)
    if actor.name not in before:
        new_actors.append(actor.name)
    return None, actor.id, actor.name


def import_comment_positions(
    ws: Workspace, document: str, version: str | None = None
) -> PositionImportReport:
    """Make positions from the Word comments of a version; re-running adds nothing new.

    Each speaker turn of a comment (``US: Clarifies not decides``) becomes a position of that
    party on the commented paragraph, with the stance its words state, the full comment as
    source text and the anchored words. Comments naming no party are listed, not dropped. A
    position a person deleted is not brought back.
    """
    registry = load_registry()
    imported: list[ImportedPosition] = []
    unresolved: list[Unresolved] = []
    new_actors: list[str] = []
    seen: set[str] = set()
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        actors = actor_index(actor_names(actors_repo.live_actors(session)))
        paragraphs = repo.load_paragraphs(session, ver.id)
        for para, written in zip(anchors.anchors_of(session, ver.id), paragraphs, strict=True):
            for comment in written.comments:
                cid, author, text, anchor = comment.id, comment.author, comment.text, comment.anchor
                parsed = parse_comment(text, registry, actors)
                if not parsed.claims:
                    unresolved.append(Unresolved(para.label, author, text, text))
                    continue
                unresolved.extend(
                    Unresolved(para.label, author, text, f) for f in parsed.unresolved
                )
                for claim in parsed.claims:
                    wording = _PROPOSED.search(claim.statement)
                    for speaker in claim.speakers:
                        code, actor_id, name = _party_of(session, speaker, new_actors)
                        key = _key(
                            doc.id, para.lineage_id, cid, text, claim.statement, code or actor_id
                        )
                        if key in seen:
                            continue  # the same party saying the same thing twice in one comment
                        seen.add(key)
                        imported.append(
                            _one(
                                session,
                                doc.id,
                                para,
                                key,
                                party=(code, actor_id, name),
                                stance=claim.stance,
                                statement=claim.statement,
                                wording=wording.group(1).strip() if wording else "",
                                source=PositionSource.WORD_COMMENT,
                                source_text=text,
                                anchor=anchor,
                                note=f"Comment by {author}" if author else "",
                            )
                        )
        return PositionImportReport(
            doc.title, ver.label, tuple(imported), tuple(unresolved), tuple(new_actors)
        )


def _one(
    session: Tx,
    doc_id: str,
    para: ParagraphAnchor,
    key: str,
    *,
    party: tuple[str | None, str | None, str],
    stance: Stance,
    statement: str,
    wording: str,
    source: PositionSource,
    source_text: str,
    anchor: str,
    note: str,
    group: tuple[str, int] | None = None,
) -> ImportedPosition:
    code, actor_id, name = party
    row = positions_repo.by_source_key(session, doc_id, key)
    already = row is not None
    if row is None:
        row = new_position(
            session,
            para,
            doc_id,
            party_code=code,
            actor_id=actor_id,
            stance=stance.value,
            wording=wording,
            source=source.value,
            source_text=source_text,
            anchor_text=anchor,
            source_key=key,
            note=note,
            group_text=group[0] if group else None,
            group_offset=group[1] if group else None,
        )
    return ImportedPosition(
        row.id, name, row.stance, para.label, statement, source_text, anchor, already
    )


def import_bracket_positions(
    ws: Workspace, document: str, version: str | None = None
) -> PositionImportReport:
    """Make positions from bracket attributions (``[text - US; G77 delete]``) of a version.

    Each named party gets a position on the bracket group (its wording and offset), or on the
    paragraph for notes like ``(AILAC propose to delete para here …)``. Unknown acronyms are
    listed as unresolved. Re-running adds nothing new.
    """
    registry = load_registry()
    imported: list[ImportedPosition] = []
    unresolved: list[Unresolved] = []
    with ws.db.sessions.begin() as session:
        doc, ver = document_version(session, document, version)
        for para in anchors.anchors_of(session, ver.id):
            if "[" not in para.text and "(" not in para.text:
                continue
            parse = parse_brackets(para.text, registry)
            targets = [(g.wording or g.inner, g.start, g.attributions) for g in parse.walk()]
            targets.append(("", -1, parse.notes))
            for wording, start, attributions in targets:
                for attr in attributions:
                    source_text = para.text[attr.start : attr.end] if attr.end > attr.start else ""
                    source_text = attr.note or source_text or wording
                    for who in attr.proponents:
                        if who.code is None:
                            unresolved.append(Unresolved(para.label, "", source_text, who.name))
                            continue
                        key = _key(doc.id, para.lineage_id, "bracket", start, wording, who.code)
                        imported.append(
                            _one(
                                session,
                                doc.id,
                                para,
                                key,
                                party=(who.code, None, who.code),
                                stance=_ACTION_STANCE.get(attr.action, Stance.UNKNOWN),
                                statement=f"{attr.action.value} {attr.wording or wording}".strip(),
                                wording=attr.wording or wording,
                                source=PositionSource.BRACKET,
                                source_text=source_text,
                                anchor=wording,
                                note="",
                                group=(wording, start) if start >= 0 else None,
                            )
                        )
        return PositionImportReport(doc.title, ver.label, tuple(imported), tuple(unresolved), ())
