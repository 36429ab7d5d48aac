"""A seeded day of a team: 3-5 laptops editing, importing corpus drafts and swapping bundles.

Used by the convergence test (a few seeds in every run) and by ``fuzz/`` (many seeds).
Each step is drawn from one ``random.Random(seed)``, so a failing seed replays exactly.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from tests.services.sync_sites import delete_pack, put_pack
from wsis_desk.errors import BundleError, NotFoundError, WsisDeskError
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services import sync
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import ConflictRow, NoteRow, ParagraphRow, RevisionRow, VersionRow
from wsis_desk.store.sync_tables import sync_tables

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "texts"
WORDS = ("open", "safe", "affordable", "inclusive", "meaningful", "universal")
START = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
LABELS = (None, None, "Rev.1", "Rev.2", "Zero draft")


def drafts(folder: Path) -> list[tuple[str, Path, str | None]]:
    """(document, file, circulated) of the drafts a team imports: real texts and a cut one."""
    en = CORPUS / "bbnj_agreement_2023_en_preamble_art1_excerpt.txt"
    cut = folder / "bbnj_en_cut.txt"
    lines = en.read_text(encoding="utf-8").splitlines()
    cut.write_text("\n".join(lines[: len(lines) * 2 // 3]) + "\n", encoding="utf-8")
    return [
        ("BBNJ", cut, "2023-03-01T10:00+00:00"),
        ("BBNJ", en, "2023-03-04T18:00+00:00"),
        ("BBNJ", CORPUS / "bbnj_agreement_2023_fr_preamble_art1_excerpt.txt", None),
        ("Res", CORPUS / "unga_A-C.3-78-L.41_2023-11-01_draft_resolution.txt", None),
    ]


@dataclass
class Team:
    """The laptops of one run and what the run made."""

    root: Path
    sites: list[Workspace]
    skew: list[int]
    bundles: list[Path] = field(default_factory=list)
    stamped: set[str] = field(default_factory=set)
    imported: set[tuple[str, str]] = field(default_factory=set)  # (document title, file)

    def close(self) -> None:
        for ws in self.sites:
            ws.close()


def open_team(root: Path, template: Path, count: int, rng: random.Random) -> Team:
    sites = []
    for i in range(count):
        (root / f"s{i}").mkdir(parents=True)
        shutil.copyfile(template, root / f"s{i}" / DB_FILENAME)
        sites.append(open_workspace(root / f"s{i}"))
    return Team(root, sites, [rng.randint(-6, 6) for _ in range(count)])


def _note_on_a_paragraph(ws: Workspace, rng: random.Random, now: datetime) -> str | None:
    """A note on a paragraph lineage of a version held here (it must follow relinking)."""
    with ws.db.sessions.begin() as session:
        lineages = sorted(
            str(lin)
            for lin in session.scalars(select(ParagraphRow.lineage_id).limit(40))
            if lin is not None
        )
        if not lineages:
            return None
        when = now.isoformat(timespec="seconds")
        note = NoteRow(
            lineage_id=rng.choice(lineages),
            text=rng.choice(WORDS),
            created_at=when,
            updated_at=when,
        )
        session.add(note)
        return stamp(session, note, now=now)


def step(team: Team, rng: random.Random, n: int, files: list[tuple[str, Path, str | None]]) -> None:
    """One random action of one laptop."""
    who = rng.randrange(len(team.sites))
    ws = team.sites[who]
    now = START + timedelta(hours=team.skew[who], seconds=n)
    action = rng.choice(("edit", "edit", "delete", "note", "import", "import", "export", "take"))
    if action == "edit":
        team.stamped.add(put_pack(ws, f"p{rng.randrange(3)}", title=rng.choice(WORDS), now=now))
    elif action == "delete":
        delete_pack(ws, f"p{rng.randrange(3)}")
    elif action == "note":
        clock = _note_on_a_paragraph(ws, rng, now)
        if clock:
            team.stamped.add(clock)
    elif action == "import":
        document, path, circulated = rng.choice(files)
        when = datetime.fromisoformat(circulated) if circulated else None
        try:
            import_file(ws, path, document=document, label=rng.choice(LABELS), circulated_at=when)
        except WsisDeskError:
            return  # a label this laptop shows already: the person picks another one
        team.imported.add((document, path.name))
    elif action == "export":  # a delta for one teammate (full when it never confirmed one)
        path = team.root / f"b{len(team.bundles)}.wsisdesk"
        peer = rng.choice([s for s in team.sites if s is not ws])
        try:
            sync.export_bundle(ws, path, delta_for=sync.site_info(peer)[0])
        except NotFoundError:
            sync.export_bundle(ws, path)
        team.bundles.append(path)
    elif team.bundles:  # take a bundle: any, stale or already seen, in any order
        try:
            sync.import_bundle(ws, rng.choice(team.bundles), recheck=rng.random() < 0.3)
        except BundleError as exc:  # a delta meant for another laptop may lack its parents
            assert "neither it nor this database holds" in str(exc)


def clocks_kept(ws: Workspace) -> set[str]:
    """Every clock this laptop holds: current rows, kept revisions, conflict losers."""
    state = json.loads(sync.export_state(ws))
    current = {r["hlc"] for spec in sync_tables() if spec.editable for r in state[spec.name]}
    with ws.db.sessions() as session:
        kept = {r.hlc for r in session.scalars(select(RevisionRow)) if r.data_json is not None}
        lost = {c.loser_hlc for c in session.scalars(select(ConflictRow))}
    return current | kept | lost


def held_versions(ws: Workspace) -> set[tuple[str, str]]:
    with ws.db.sessions() as session:
        return {(v.document.title, v.source_name) for v in session.scalars(select(VersionRow))}


def full_exchange(team: Team, rounds: int = 3) -> list[str]:
    """Everyone sends everyone a full bundle until the states agree (at most ``rounds``)."""
    states: list[str] = []
    for r in range(rounds):
        fulls = []
        for i, ws in enumerate(team.sites):
            path = team.root / f"full{r}-{i}.wsisdesk"
            sync.export_bundle(ws, path)
            fulls.append(path)
        for i, ws in enumerate(team.sites):
            for j in (*range(i + 1, len(team.sites)), *range(i)):
                sync.import_bundle(ws, fulls[j])
        states = [sync.export_state(ws) for ws in team.sites]
        if len(set(states)) == 1:
            break
    return states


def delta_exchange(team: Team, rounds: int = 4) -> list[str]:
    """Everyone sends everyone a delta (what that teammate has not confirmed; a full bundle
    to one that never sent anything) until the states agree: deltas alone must carry all."""
    states: list[str] = []
    for r in range(rounds):
        for i, ws in enumerate(team.sites):
            for j, peer in enumerate(team.sites):
                if i == j:
                    continue
                path = team.root / f"delta{r}-{i}-{j}.wsisdesk"
                try:
                    sync.export_bundle(ws, path, delta_for=sync.site_info(peer)[0])
                except NotFoundError:
                    sync.export_bundle(ws, path)
                sync.import_bundle(peer, path)
        states = [sync.export_state(ws) for ws in team.sites]
        if len(set(states)) == 1:
            break
    return states
