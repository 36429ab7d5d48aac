"""Property: three laptops editing and swapping bundles in any order all end up identical."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.sync_sites import delete_pack, put_note, put_pack
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services import sync
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import RevisionRow
from wsis_desk.store.sync_tables import sync_tables

SITES = 3
ROWS = ("p0", "p1", "p2")
WORDS = ("open", "safe", "affordable", "inclusive", "meaningful", "universal")
START = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

edit = st.tuples(
    st.just("edit"), st.integers(0, SITES - 1), st.sampled_from(ROWS), st.sampled_from(WORDS)
)
note = st.tuples(
    st.just("note"), st.integers(0, SITES - 1), st.integers(0, 5), st.sampled_from(WORDS)
)
delete = st.tuples(st.just("delete"), st.integers(0, SITES - 1), st.sampled_from(ROWS), st.just(""))
export = st.tuples(st.just("export"), st.integers(0, SITES - 1), st.booleans(), st.just(""))
import_ = st.tuples(st.just("import"), st.integers(0, SITES - 1), st.integers(0, 50), st.just(""))
steps = st.lists(st.one_of(edit, note, delete, export, import_, import_), min_size=4, max_size=28)
skews = st.lists(st.integers(-6, 6), min_size=SITES, max_size=SITES)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, copied for every site (migrating each time is slow)."""
    root = tmp_path_factory.mktemp("template")
    open_workspace(root).close()
    return root / DB_FILENAME


def _note_text(ws: Workspace) -> str:
    state = json.loads(sync.export_state(ws))
    rows = [r for r in state["note"] if r["id"] == "n1"]
    return rows[0]["text"] if rows else " ".join(WORDS)


def _clocks(ws: Workspace) -> set[str]:
    state = json.loads(sync.export_state(ws))
    current = {r["hlc"] for spec in sync_tables() if spec.editable for r in state[spec.name]}
    with ws.db.sessions() as session:
        kept = {r.hlc for r in session.query(RevisionRow) if r.data_json is not None}
    return current | kept


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=steps, skew=skews)
def test_three_sites_converge_lose_nothing_and_reimport_is_idempotent(
    template: Path, plan: list[tuple[str, int, object, str]], skew: list[int]
) -> None:
    root = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    sites = []
    try:
        for i in range(SITES):
            (root / f"s{i}").mkdir()
            shutil.copyfile(template, root / f"s{i}" / DB_FILENAME)
            sites.append(open_workspace(root / f"s{i}"))
        bundles: list[Path] = []
        stamped: set[str] = set()
        for n, (action, who, arg, word) in enumerate(plan):
            ws = sites[who]
            now = START + timedelta(hours=skew[who], seconds=n)
            if action == "edit":
                stamped.add(put_pack(ws, str(arg), title=f"{word} {who}", now=now))
            elif action == "note":
                words = _note_text(ws).split(" ")
                words[int(str(arg)) % len(words)] = word
                stamped.add(put_note(ws, "n1", " ".join(words), now=now))
            elif action == "delete":
                delete_pack(ws, str(arg))
            elif action == "export":
                path = root / f"b{len(bundles)}.wsisdesk"
                sync.export_bundle(ws, path, passphrase="pw" if arg else None)
                bundles.append(path)
            elif bundles:
                path = bundles[int(str(arg)) % len(bundles)]
                phrase = "pw" if path.read_bytes().startswith(b"WSISDESK-ENC") else None
                sync.import_bundle(ws, path, passphrase=phrase, recheck=True)
                once = sync.export_state(ws)
                again = sync.import_bundle(ws, path, passphrase=phrase, recheck=True)
                assert not again.changed
                assert sync.export_state(ws) == once
        for ws in sites:  # deletions and stamps made by helpers count as edits too
            stamped |= {h for h in _clocks(ws)}
        for _round in range(3):  # everyone sends everyone a full bundle, in a fixed order
            fulls = []
            for i, ws in enumerate(sites):
                path = root / f"full{_round}-{i}.wsisdesk"
                sync.export_bundle(ws, path)
                fulls.append(path)
            for i, ws in enumerate(sites):
                for j in (*range(i + 1, SITES), *range(i)):
                    sync.import_bundle(ws, fulls[j])
            states = [sync.export_state(ws) for ws in sites]
            if len(set(states)) == 1:
                break
        assert len(set(states)) == 1, "sites did not converge"
        kept = set().union(*(_clocks(ws) for ws in sites))
        assert stamped <= kept, "an edit was lost"
    finally:
        for ws in sites:
            ws.close()
        shutil.rmtree(root, ignore_errors=True)
