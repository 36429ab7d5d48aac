"""The position matrix (parties x paragraphs) and the one-page state of play of a version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from itertools import repeat
from typing import cast

from wsis_desk.core.parties import PartyKind, PartyRegistry
from wsis_desk.core.positions import Stance, text_hash
from wsis_desk.core.reports import MatrixColumn, MatrixRow, PositionMatrix, StateOfPlay, StateRow
from wsis_desk.errors import NotFoundError
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.actors import resolve_who
from wsis_desk.services.anchors import document_version
from wsis_desk.services.reading import census_of, read_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import actors_repo, positions_repo
from wsis_desk.store import paragraph_anchors as anchors
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx

_STANCES = {s.value: s for s in Stance}


def build_matrix(
    *,
    document: str,
    version_label: str,
    columns: Sequence[MatrixColumn],
    latest: Mapping[str, Mapping[str, str]],
    rows: Sequence[MatrixRow],
    extra_rows: dict[str, MatrixRow] | None = None,
    only_rows: bool = False,
    red_lines_only: bool = False,
    contested_only: bool = False,
) -> PositionMatrix:
    """Place each party's latest stance on each paragraph shown; then apply the filters.

    ``rows`` come first in the order given; parties with positions but not in ``rows`` are
    added after them from ``extra_rows`` unless ``only_rows``. A paragraph is contested when
    both support and opposition are recorded on it among the rows shown.
    """
    col_of = {c.lineage_id: i for i, c in enumerate(columns)}
    all_rows = list(rows)
    row_of = {r.key: i for i, r in enumerate(all_rows)}
    if not only_rows:
        extra = extra_rows or {}
        for key in sorted(
            {k for k, by in latest.items() if not by.keys().isdisjoint(col_of)} - set(row_of),
            key=lambda k: extra[k].name if k in extra else k,
        ):
            row_of[key] = len(all_rows)
            all_rows.append(extra.get(key, MatrixRow(key, key, "unknown")))
    cells: dict[tuple[int, int | None], Stance] = {}
    positions = 0
    for key, by in latest.items():
        positions += len(by.keys() & col_of.keys())
        row = row_of.get(key)
        if row is not None:  # 50,000 cells: zip and map keep the loop out of Python
            places = zip(repeat(row), map(col_of.get, by.keys()))
            cells.update(zip(places, map(_STANCES.__getitem__, by.values()), strict=True))
            cells.pop((row, None), None)  # lineages that are not columns of this version
    placed = cast("dict[tuple[int, int], Stance]", cells)
    if not (contested_only or red_lines_only):
        return PositionMatrix(document, version_label, tuple(all_rows), tuple(columns), placed,
                              positions)  # fmt: skip
    keep_cols: list[int] = list(range(len(columns)))
    keep_rows: list[int] = list(range(len(all_rows)))
    if contested_only:
        by_col: dict[int, set[Stance]] = {}
        for (_, col), stance in placed.items():
            by_col.setdefault(col, set()).add(stance)
        keep_cols = [
            c for c in keep_cols if {Stance.SUPPORT, Stance.OPPOSE} <= by_col.get(c, set())
        ]
    if red_lines_only:
        red = [(r, c) for (r, c), s in placed.items() if s is Stance.RED_LINE]
        red_cols = {c for _, c in red}
        keep_cols = [c for c in keep_cols if c in red_cols]
        keep_rows = sorted({r for r, _ in red})
    new_col = {c: i for i, c in enumerate(keep_cols)}
    new_row = {r: i for i, r in enumerate(keep_rows)}
    return PositionMatrix(
        document=document,
        version_label=version_label,
        rows=tuple(all_rows[r] for r in keep_rows),
        columns=tuple(columns[c] for c in keep_cols),
        cells={
            (new_row[r], new_col[c]): s
            for (r, c), s in placed.items()
            if r in new_row and c in new_col
        },
        positions=positions,
    )


def _key(code: str | None, actor_id: str | None) -> str:
    return code if code else f"actor:{actor_id}"


def _party_rows(session: Tx, registry: PartyRegistry) -> dict[str, MatrixRow]:
    rows = {p.code: MatrixRow(p.code, p.name, p.kind.value) for p in registry}
    for actor in actors_repo.all_actors(session):
        rows[f"actor:{actor.id}"] = MatrixRow(f"actor:{actor.id}", actor.name, actor.kind)
    return rows


def _columns(session: Tx, version_id: str) -> list[MatrixColumn]:
    return [
        MatrixColumn(p.lineage_id or "", p.label, p.ordinal)
        for p in repo.paragraph_places(session, version_id)
    ]


def position_matrix(
    ws: Workspace,
    document: str,
    version: str | None = None,
    *,
    group: str | None = None,
    all_states: bool = False,
    red_lines_only: bool = False,
    contested_only: bool = False,
) -> PositionMatrix:
    """Parties x paragraphs of a version with the latest stance in each cell.

    ``group`` keeps the group itself and its members (registry memberships); ``all_states``
    lists every member state even without positions.
    """
    registry = load_registry()
    with ws.db.sessions() as session:
        doc, ver = document_version(session, document, version)
        known = _party_rows(session, registry)
        rows: list[MatrixRow] = []
        if group:
            party = registry.get(group) or registry.resolve(group)
            if party is None:
                raise NotFoundError(f"No group '{group}' in the parties registry.")
            rows = [known[party.code]] + [known[m.code] for m in registry.members(party.code)]
        elif all_states:
            rows = [known[p.code] for p in registry if p.kind is PartyKind.STATE]
        return build_matrix(
            document=doc.title,
            version_label=ver.label,
            columns=_columns(session, ver.id),
            latest=positions_repo.latest_stances(session, doc.id),
            rows=rows,
            extra_rows=known,
            only_rows=bool(group),
            red_lines_only=red_lines_only,
            contested_only=contested_only,
        )


def _latest_changes(session: Tx, document_id: str) -> dict[str, str]:
    """Lineage id -> "changed in Rev.2" / "new in Rev.1" over every version of the document."""
    hashes: dict[str, str] = {}
    change: dict[str, str] = {}
    for version in repo.versions_of(session, document_id):
        for para in anchors.anchors_of(session, version.id):
            lineage = para.lineage_id
            if not lineage:
                continue
            digest = text_hash(para.text)
            before = hashes.get(lineage)
            if before is None:
                change[lineage] = f"new in {version.label}"
            elif before != digest:
                change[lineage] = f"changed in {version.label}"
            hashes[lineage] = digest
    return change


def state_of_play(
    ws: Workspace, document: str, version: str | None = None, *, ours: str | None = None
) -> StateOfPlay:
    """Paragraph, bracket status, who holds the brackets, our position, latest change."""
    registry = load_registry()
    read = read_version(ws, document, version)
    doc, ver, paras = read.text.document, read.text.version, read.text.paragraphs
    census = census_of(ws, read.row)
    with ws.db.sessions() as session:
        our_key = None
        if ours:
            who = resolve_who(session, ours, registry)
            our_key = _key(who.code, who.actor_id)
        names = {
            k: r.name if k.startswith("actor:") else k
            for k, r in _party_rows(session, registry).items()
        }
        latest: dict[tuple[str, str], tuple[str, Stance, str]] = {}
        for p in positions_repo.positions_of(session, doc.id):
            cell = (p.lineage_id or "", _key(p.party_code, p.actor_id))
            if cell not in latest or p.recorded_at >= latest[cell][0]:
                latest[cell] = (p.recorded_at, p.stance, p.wording)
        by_lineage: dict[str, dict[str, tuple[Stance, str]]] = {}
        for (lineage, key), (_, stance, wording) in latest.items():
            by_lineage.setdefault(lineage, {})[key] = (stance, wording)
        changes = _latest_changes(session, doc.id)
        lineages = [p.lineage_id for p in repo.paragraph_places(session, ver.id)]
        rows: list[StateRow] = []
        bracketed = contested = 0
        for i, (para, lin) in enumerate(zip(paras, lineages, strict=True)):
            lineage = lin or ""
            pc = census.paragraphs[i] if i < len(census.paragraphs) else None
            groups = pc.groups if pc else 0
            held = by_lineage.get(lineage or "", {})
            if not groups and not held:
                continue
            bracketed += bool(groups)
            stances = {s for s, _ in held.values()}
            is_contested = {Stance.SUPPORT, Stance.OPPOSE} <= stances
            contested += is_contested
            holders = {k: s for k, (s, _) in held.items() if k != our_key}
            for code in pc.proponents if pc else ():
                holders.setdefault(code, Stance.UNKNOWN)
            status = para.status.value.replace("_", " ") if para.status else ""
            ours_here = held.get(our_key or "")
            rows.append(
                StateRow(
                    label=para.label,
                    brackets=status or (f"{groups} open" if groups else "clean"),
                    holders=tuple(sorted((names.get(k, k), s) for k, s in holders.items())),
                    ours=ours_here[0] if ours_here else None,
                    ours_wording=ours_here[1] if ours_here else "",
                    latest_change=changes.get(lineage or "", ""),
                    contested=is_contested,
                )
            )
        return StateOfPlay(
            document=doc.title,
            symbol=doc.symbol,
            version_label=ver.label,
            generated_at=datetime.now(UTC).astimezone().isoformat(timespec="minutes"),
            ours=ours,
            rows=tuple(rows),
            paragraphs=len(paras),
            bracketed=bracketed,
            contested=contested,
        )
