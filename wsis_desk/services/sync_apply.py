"""Apply a checked bundle's records to the database: union for content, merge rules for edits."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wsis_desk.core.identity import version_id, version_winner
from wsis_desk.core.merge import Decision, MergeRules, Outcome, Revision, decide
from wsis_desk.errors import BundleError
from wsis_desk.formats.bundle import Bundle, Record
from wsis_desk.services.sync_rows import ancestors_from
from wsis_desk.store.revisions import dump_data
from wsis_desk.store.sync_io import RevisionIndex, SyncStore
from wsis_desk.store.sync_tables import TableSpec, column_default, sync_tables

_DERIVED = frozenset({"seq", "label"})  # a version's number and label follow all versions


@dataclass
class TableCounts:
    """What an import did to one table."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    conflicts: int = 0


@dataclass
class Plan:
    """Everything an import will write, computed before writing anything."""

    counts: dict[str, TableCounts] = field(default_factory=lambda: defaultdict(TableCounts))
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    revisions: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    # Shared content whose winning import changed here (version metadata, its paragraphs).
    replaced: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    documents: set[str] = field(default_factory=set)  # whose versions changed: renumber them
    # (paragraph id, lineage it came with) for paragraphs written: relinking may move them
    lineages: list[tuple[str, str]] = field(default_factory=list)
    highest_hlc: str = ""

    @property
    def changes(self) -> bool:
        """Whether applying the plan writes anything."""
        return bool(
            self.inserts or self.updates or self.revisions or self.conflicts or self.replaced
        )


def _revision(row: dict[str, Any], spec: TableSpec, ancestors: frozenset[str]) -> Revision:
    return Revision(
        hlc=row["hlc"],
        parent_hlc=row["parent_hlc"],
        origin=row["origin"],
        deleted=bool(row["deleted"]),
        data={c: row[c] for c in spec.column_names},
        ancestors=ancestors,
    )


def _complete(spec: TableSpec, data: dict[str, Any]) -> dict[str, Any]:
    for name in spec.column_names:
        if name not in data:
            data[name] = column_default(spec, name)
    return data


class Planner:
    """Builds the ``Plan`` of one bundle inside the caller's transaction."""

    def __init__(
        self, io: SyncStore, bundle: Bundle, *, name: str = "", now: datetime | None = None
    ) -> None:
        self.io = io
        self.bundle = bundle
        self.plan = Plan()
        self.now = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        self.bundle_name = name
        self._skipped_versions: set[str] = set()
        self._replacing: set[str] = set()

    def build(self) -> Plan:
        """Decide every record, parents before children."""
        by_table: dict[str, list[Record]] = defaultdict(list)
        for record in self.bundle.records:
            by_table[record.table].append(record)
        for spec in sync_tables():
            records = by_table.get(spec.name)
            if records:
                if spec.editable:
                    self._editable(spec, records)
                else:
                    self._immutable(spec, records)
        return self.plan

    def _immutable(self, spec: TableSpec, records: list[Record]) -> None:
        counts = self.plan.counts[spec.name]
        if spec.name == "version":
            self._versions(spec, records)
            return
        dated = spec.name != "paragraph" and "created_at" in spec.column_names
        column = "created_at" if dated else None
        stored = self.io.stored_values(spec, [r.id for r in records], column)
        for record in records:
            if spec.name == "paragraph" and self._paragraph(spec, record, record.id in stored):
                continue
            if dated and record.id in stored and record.data["created_at"] < stored[record.id]:
                # The same bytes stored on two laptops: both keep the earlier date.
                self.plan.replaced[spec.name].append(
                    {spec.key: record.id, "created_at": record.data["created_at"]}
                )
                counts.updated += 1
                continue
            if record.id in stored or self._skip_content(spec, record):
                counts.unchanged += 1
                continue
            row = {spec.key: record.id, **_complete(spec, dict(record.data))}
            if spec.binary is not None:
                row[spec.binary] = self.bundle.blobs[record.id]
            self.plan.inserts[spec.name].append(row)
            counts.added += 1

    def _versions(self, spec: TableSpec, records: list[Record]) -> None:
        """Versions are their content within their document: the same id on every laptop.

        A version held already keeps the metadata of its earliest import (the same choice on
        every laptop); a new one goes in with placeholder numbers, renumbered after the plan.
        """
        counts = self.plan.counts[spec.name]
        stored = self.io.rows_by_id(spec, [r.id for r in records])
        for n, record in enumerate(records):
            data = _complete(spec, dict(record.data))
            if record.id != version_id(str(data["document_id"]), str(data["content_sha256"])):
                raise BundleError(
                    f"{self.bundle_name}: version {record.id[:12]}… does not carry the id "
                    "of its content; it was written by an older wsis_desk. Update wsis_desk "
                    "on that laptop and export again; the bundle was not imported."
                )
            mine = stored.get(record.id)
            if mine is not None:
                ours = {c: mine[c] for c in spec.column_names if c not in _DERIVED}
                theirs = {c: data[c] for c in spec.column_names if c not in _DERIVED}
                if version_winner(ours, theirs) is ours:
                    counts.unchanged += 1
                else:
                    self.plan.replaced["version"].append({spec.key: record.id, **theirs})
                    self.plan.documents.add(str(data["document_id"]))
                    self._replacing.add(record.id)
                    counts.updated += 1
                continue
            if self._skip_content(spec, record):
                counts.unchanged += 1
                continue
            data["seq"] = -1_000_000 - n  # placeholders: renumbering derives both
            data["label"] = "\x00" + record.id
            self.plan.inserts[spec.name].append({spec.key: record.id, **data})
            self.plan.documents.add(str(data["document_id"]))
            counts.added += 1

    def _paragraph(self, spec: TableSpec, record: Record, held: bool) -> bool:
        """Handle a paragraph of a version whose winning import changed; True when done."""
        lineage = str(record.data.get("lineage_id") or "")
        if not held:
            if lineage and record.data.get("version_id") not in self._skipped_versions:
                self.plan.lineages.append((record.id, lineage))
            return False
        if record.data.get("version_id") not in self._replacing:
            return False
        if lineage:
            self.plan.lineages.append((record.id, lineage))
        data = _complete(spec, dict(record.data))
        self.plan.replaced["paragraph"].append({spec.key: record.id, **data})
        self.plan.counts[spec.name].updated += 1
        return True

    def _skip_content(self, spec: TableSpec, record: Record) -> bool:
        """Same content already held under another id (a version), or its paragraphs."""
        if spec.name == "paragraph":
            return record.data.get("version_id") in self._skipped_versions
        if spec.name != "version":
            return False
        data = record.data
        same = self.io.version_with_content(str(data["document_id"]), str(data["content_sha256"]))
        if same is not None:
            self._skipped_versions.add(record.id)
            return True
        return False

    def _editable(self, spec: TableSpec, records: list[Record]) -> None:
        counts = self.plan.counts[spec.name]
        clocks = self.io.stored_values(spec, [r.id for r in records], "hlc")
        self.plan.highest_hlc = max(self.plan.highest_hlc, *(r.hlc or "" for r in records))
        same = [r for r in records if clocks.get(r.id) == r.hlc]
        counts.unchanged += len(same)  # the fast path of a re-import: same clock, same row
        records = [r for r in records if clocks.get(r.id) != r.hlc]
        if spec.name == "version_edit":  # a version renamed, deleted or restored: renumber
            self.plan.documents.update(str(r.data["document_id"]) for r in records)
        stored = self.io.rows_by_id(spec, [r.id for r in records if r.id in clocks])
        index = self.io.revision_index(spec.name, list(stored))
        rules = MergeRules(text_fields=spec.text_fields)
        for record in records:
            assert record.hlc is not None and record.origin is not None
            theirs = Revision(
                hlc=record.hlc,
                parent_hlc=record.parent_hlc,
                origin=record.origin,
                deleted=record.deleted,
                data=_complete(spec, dict(record.data)),
                ancestors=frozenset(record.ancestors),
            )
            row = stored.get(record.id)
            ours = None
            if row is not None:
                anc = ancestors_from(index, record.id, row["hlc"], row["parent_hlc"])
                ours = _revision(row, spec, anc)

            def base(hlc: str, rid: str = record.id, mine: Revision | None = ours) -> Any:
                if mine is not None and hlc == mine.hlc:
                    return mine.data
                known = index.get((rid, hlc))
                return json.loads(known[1]) if known and known[1] is not None else None

            decision = decide(ours, theirs, base=base, rules=rules)
            self._apply_decision(spec, record.id, ours, theirs, decision, index, counts)

    def _keep(
        self,
        spec: TableSpec,
        row_id: str,
        rev: Revision,
        index: RevisionIndex,
        source: str,
    ) -> None:
        known = index.get((row_id, rev.hlc))
        if known is not None and known[1] is not None:
            return
        index[(row_id, rev.hlc)] = (set(rev.ancestors), dump_data(dict(rev.data)))
        self.plan.revisions.append(
            {
                "table_name": spec.name,
                "row_id": row_id,
                "hlc": rev.hlc,
                "parent_hlc": rev.parent_hlc,
                "origin": rev.origin,
                "deleted": rev.deleted,
                "data_json": dump_data(dict(rev.data)),
                "ancestors_json": json.dumps(sorted(rev.ancestors)),
                "source": source,
                "recorded_at": self.now,
            }
        )

    def _apply_decision(
        self,
        spec: TableSpec,
        row_id: str,
        ours: Revision | None,
        theirs: Revision,
        decision: Decision,
        index: RevisionIndex,
        counts: TableCounts,
    ) -> None:
        outcome = decision.outcome
        result = decision.result
        if ours is not None and ours.hlc and result is not None:
            self._keep(spec, row_id, ours, index, "local")  # superseded here: keep it
        if result is not theirs and (ours is None or theirs.hlc != ours.hlc):
            self._keep(spec, row_id, theirs, index, "import")  # stale or loser: keep it
        elif result is theirs and not theirs.ancestors <= ancestors_from(
            index, row_id, theirs.hlc, theirs.parent_hlc
        ):
            self._keep(spec, row_id, theirs, index, "import")  # its history, for descent
        if outcome is Outcome.UNCHANGED:
            counts.unchanged += 1
        elif outcome is Outcome.ADDED:
            counts.added += 1
        elif outcome is Outcome.FAST_FORWARD:
            counts.updated += 1
        elif outcome is Outcome.MERGED:
            counts.merged += 1
        if decision.loser is not None and decision.winner is not None:
            loser, winner = decision.loser, decision.winner
            if self._new_conflict(spec.name, row_id, loser.hlc):
                counts.conflicts += 1
                self.plan.conflicts.append(
                    {
                        "table_name": spec.name,
                        "row_id": row_id,
                        "winner_hlc": winner.hlc,
                        "loser_hlc": loser.hlc,
                        "winner_json": dump_data(dict(winner.data)),
                        "loser_json": dump_data(dict(loser.data)),
                        "loser_deleted": loser.deleted,
                        "detected_at": self.now,
                    }
                )
            else:
                counts.unchanged += 1
        if result is None:
            return
        if outcome is Outcome.MERGED:
            self._keep(spec, row_id, result, index, "merge")
            self.plan.highest_hlc = max(self.plan.highest_hlc, result.hlc)
        values = {
            spec.key: row_id,
            **dict(result.data),
            "hlc": result.hlc,
            "parent_hlc": result.parent_hlc,
            "origin": result.origin,
            "deleted": result.deleted,
        }
        target = self.plan.inserts if ours is None else self.plan.updates
        target[spec.name].append(values)

    def _new_conflict(self, table: str, row_id: str, loser_hlc: str) -> bool:
        return not self.io.has_conflict(table, row_id, loser_hlc)


def apply_plan(io: SyncStore, plan: Plan) -> None:
    """Write a plan inside the caller's transaction (all of it or, on error, nothing)."""
    io.write_merge(
        inserts=plan.inserts,
        updates=plan.updates,
        replaced=plan.replaced,
        revisions=plan.revisions,
        conflicts=plan.conflicts,
    )
