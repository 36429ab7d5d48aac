"""Sync in people's words: what a conflict or a change is about (a party's position on a
paragraph of a document, a note, an input…), which laptop made each side and when, the
summary of a sync (received, sent, conflicts), and a party's stance history on a paragraph.

Values and codes only: the UI words them (the kinds are table names, the fields column names).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wsis_desk.core.hlc import repair
from wsis_desk.services.actors import display_name
from wsis_desk.services.conflicts import ConflictInfo, list_conflicts
from wsis_desk.services.documents import one_document
from wsis_desk.services.sync import ExportReport, FolderReport, ImportReport
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import sync_story as store

# The fields a person can tell apart, per kind of row (clock and bookkeeping columns left out).
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "position": ("stance", "wording", "source", "source_text", "meeting", "note"),
    "note": ("text",),
    "commitment": ("who_name", "what", "due_on", "status", "note"),
    "intervention": ("title", "speaker", "meeting", "language", "limit_seconds", "text", "status"),
    "stakeholder_input": ("title", "submitter_name", "text", "disposition", "reason"),
    "pack": ("title", "meeting"),
    "party_actor": ("name", "kind", "note"),
    "process": ("title", "body", "starts_on", "ends_on"),
    "document": ("title", "symbol"),
}
_TITLE_FIELDS = ("title", "name", "what", "who_name")


@dataclass(frozen=True, slots=True)
class Subject:
    """What a row is about: its kind (a table name), a name or title, a document, a paragraph."""

    kind: str
    name: str | None
    document: str | None
    paragraph: str | None


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict, or a change: which laptop, when, and the values shown."""

    site: str
    yours: bool  # made on this laptop
    when: str  # ISO date-time (UTC) of the edit, from its clock; "" when unknown
    deleted: bool
    values: tuple[tuple[str, str], ...]  # (field, value as text), the shown fields only


@dataclass(frozen=True, slots=True)
class ConflictStory:
    """A conflict as a person reads it: the kept side and the other one, and which is yours."""

    id: str
    subject: Subject
    kept: Side  # the deterministic winner, in effect now
    other: Side  # the side that lost, kept for review
    fields: tuple[str, ...]  # shown fields where the sides differ
    detected_at: str
    resolved_at: str | None
    resolution: str | None
    current: dict[str, Any] | None = None  # the row as it is now (what an undo puts back)
    current_deleted: bool = False

    def keep_choice(self, yours: bool) -> str:
        """The ``keep`` argument of resolve_conflict that keeps your side (or theirs)."""
        kept_is_wanted = self.kept.yours == yours
        return "ours" if kept_is_wanted else "theirs"


@dataclass(frozen=True, slots=True)
class ChangeStory:
    """A row another laptop changed last: what, by which laptop, when, and whether deleted."""

    subject: Subject
    side: Side


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one sync did: changes received, records sent, conflicts found, bundles skipped."""

    received: int
    sent: int
    conflicts: int
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StanceEntry:
    """One stance a party took on a paragraph, and where it came from."""

    stance: str
    wording: str
    source: str
    source_text: str
    meeting: str | None
    recorded_at: str
    recorded_in: str | None  # the version it was recorded on
    site: str  # the laptop that recorded (or last edited) it
    deleted: bool
    changed_at: str = ""  # when this value was set (an edit), from its clock; "" unknown


@dataclass(frozen=True, slots=True)
class StanceHistory:
    """A party's stances on one paragraph, oldest first."""

    party: str
    document: str
    paragraph: str | None
    entries: tuple[StanceEntry, ...]


def summarise(
    *,
    imported: Sequence[ImportReport] = (),
    written: ExportReport | None = None,
    errors: Sequence[str] = (),
) -> SyncSummary:
    """Received = rows added, updated or merged here; sent = records written to the bundle."""
    received = sum(r.total("added") + r.total("updated") + r.total("merged") for r in imported)
    conflicts = sum(r.total("conflicts") for r in imported)
    return SyncSummary(received, written.records if written else 0, conflicts, tuple(errors))


def folder_summary(report: FolderReport) -> SyncSummary:
    """The summary of a Sync now on a shared folder."""
    return summarise(imported=report.imported, written=report.written, errors=report.errors)


def clock_time(hlc: str) -> str:
    """The wall time of a clock value, ISO (UTC); "" when it is not a clock."""
    clock = repair(hlc) if hlc else None
    if clock is None:
        return ""
    return datetime.fromtimestamp(clock.wall_ms / 1000, UTC).isoformat(timespec="seconds")


def clock_site(hlc: str) -> str:
    """The site id a clock value names ("" when none)."""
    clock = repair(hlc) if hlc else None
    return clock.site if clock is not None else ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _values(kind: str, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    names = SHOWN_FIELDS.get(kind) or tuple(sorted(data))
    return tuple((n, _text(data.get(n))) for n in names if n in data)


class _Context:
    """Names for the rows of one listing, looked up once per listing."""

    def __init__(self, session: Any, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        rows = list(rows)
        self.local, self.sites = store.sites(session)
        self.documents = store.document_titles(
            session, (str(d.get("document_id") or "") for _k, d in rows)
        )
        self.labels = store.lineage_labels(
            session,
            (str(d.get("lineage_id") or d.get("evidence_lineage_id") or "") for _k, d in rows),
        )
        self.session = session

    def subject(self, kind: str, data: dict[str, Any]) -> Subject:
        if kind == "position":
            name: str | None = display_name(
                self.session, data.get("party_code"), data.get("actor_id")
            )
        elif kind == "document":
            name = data.get("symbol") or data.get("title")
        else:
            name = next((str(data[f]) for f in _TITLE_FIELDS if data.get(f)), None)
        lineage = data.get("lineage_id") or data.get("evidence_lineage_id")
        return Subject(
            kind=kind,
            name=name,
            document=self.documents.get(str(data.get("document_id") or "")),
            paragraph=self.labels.get(str(lineage)) if lineage else None,
        )

    def side(self, kind: str, hlc: str, data: dict[str, Any], *, deleted: bool) -> Side:
        site = clock_site(hlc)
        return Side(
            site=self.sites.get(site, site[:8]),
            yours=bool(site) and site == self.local,
            when=clock_time(hlc),
            deleted=deleted,
            values=_values(kind, data),
        )


def conflict_stories(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictStory]:
    """Open conflicts (and resolved ones when asked), newest first, in people's words."""
    conflicts = list_conflicts(ws, include_resolved=include_resolved)
    with ws.db.sessions() as session:
        context = _Context(session, ((c.table, {**c.loser, **c.winner}) for c in conflicts))
        return [_story(context, c) for c in conflicts]


def _story(context: _Context, c: ConflictInfo) -> ConflictStory:
    shown = SHOWN_FIELDS.get(c.table, ())
    changed = c.changed_fields()
    differing = tuple(f for f in shown if f in changed) if shown else tuple(changed)
    return ConflictStory(
        id=c.id,
        subject=context.subject(c.table, {**c.loser, **c.winner}),
        kept=context.side(c.table, c.winner_hlc, c.winner, deleted=False),
        other=context.side(c.table, c.loser_hlc, c.loser, deleted=c.loser_deleted),
        fields=differing or tuple(c.changed_fields()),
        detected_at=c.detected_at,
        resolved_at=c.resolved_at,
        resolution=c.resolution,
        current=c.current,
        current_deleted=c.current_deleted,
    )


def recent_changes(ws: Workspace, *, limit: int = 50) -> list[ChangeStory]:
    """The latest changes other laptops made that are in effect here, newest first."""
    with ws.db.sessions() as session:
        local, _names = store.sites(session)
        rows = store.recent_changes(session, local, limit=limit)
        context = _Context(session, ((r.table, r.data) for r in rows))
        return [
            ChangeStory(
                context.subject(r.table, r.data),
                context.side(r.table, r.hlc, r.data, deleted=r.deleted),
            )
            for r in rows
        ]


def stance_history(ws: Workspace, document: str, party_key: str, lineage_id: str) -> StanceHistory:
    """Every stance ``party_key`` (a registry code or ``actor:<id>``, as the matrix keys its
    rows) took on the paragraph ``lineage_id``: each position recorded, and each earlier value
    of an edited one, oldest first, with its source."""
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        positions = store.party_positions(session, doc.id, party_key, lineage_id)
        revisions = store.revisions_of(session, "position", (p.id for p in positions))
        local, sites = store.sites(session)
        labels = store.version_labels(session, doc.id)
        code, actor = (
            (None, party_key.removeprefix("actor:"))
            if party_key.startswith("actor:")
            else (party_key, None)
        )
        party = display_name(session, code, actor)
        paragraph = store.lineage_labels(session, [lineage_id]).get(lineage_id)
        entries: list[StanceEntry] = []
        for row in positions:
            current = row.data
            snapshots = [(d, o, gone, h) for h, o, gone, d in revisions.get(row.id, [])]
            snapshots.append((current, row.origin, row.deleted, row.hlc))
            seen: tuple[Any, ...] | None = None
            for data, origin, deleted, hlc in snapshots:
                key = (*(data.get(k) for k in ("stance", "wording", "source")), deleted)
                if key == seen:
                    continue
                seen = key
                entries.append(
                    StanceEntry(
                        stance=str(data.get("stance") or "unknown"),
                        wording=str(data.get("wording") or ""),
                        source=str(data.get("source") or "observed"),
                        source_text=str(data.get("source_text") or ""),
                        meeting=data.get("meeting"),
                        recorded_at=str(data.get("recorded_at") or ""),
                        recorded_in=labels.get(str(data.get("version_id") or "")),
                        site=sites.get(origin or local, "") if origin else sites.get(local, ""),
                        deleted=bool(deleted),
                        changed_at=clock_time(hlc),
                    )
                )
        return StanceHistory(party, doc.symbol or doc.title, paragraph, tuple(entries))
