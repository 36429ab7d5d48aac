"""Property: a team importing the same and different drafts, editing and swapping bundles in
random orders (relays, stale and duplicate bundles, clock skew) converges and loses nothing.

A few seeds run every time; ``fuzz/test_sync_team_long.py`` runs many more (see fuzz/README).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.services.sync_team import (
    CORPUS,
    clocks_kept,
    delta_exchange,
    drafts,
    full_exchange,
    held_versions,
    open_team,
    step,
)
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services.workspace import open_workspace

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is absent")
SEEDS = range(8)
STEPS = 40


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, copied for every laptop (migrating each time is slow)."""
    root = tmp_path_factory.mktemp("template")
    open_workspace(root).close()
    return root / DB_FILENAME


def run_team(seed: int, template: Path, steps: int = STEPS) -> None:
    """One seeded day; fails with the seed in the message when the laptops do not agree."""
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix=f"sync-team-{seed}-"))
    team = open_team(root / "sites", template, rng.randint(3, 5), rng)
    try:
        files = drafts(root)
        for n in range(steps):
            step(team, rng, n, files)
        for ws in team.sites:  # deletions and stamps made by helpers count as edits too
            team.stamped |= clocks_kept(ws)
        states = delta_exchange(team)  # deltas alone, relays included, must carry everything
        assert len(set(states)) == 1, f"seed {seed}: deltas did not bring the laptops together"
        states = full_exchange(team)
        assert len(set(states)) == 1, f"seed {seed}: the laptops did not converge"
        kept = set().union(*(clocks_kept(ws) for ws in team.sites))
        assert team.stamped <= kept, f"seed {seed}: an edit was lost"
        for ws in team.sites:
            assert team.imported <= held_versions(ws), f"seed {seed}: a draft was lost"
    finally:
        team.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_team_converges_with_imports_and_loses_nothing(seed: int, template: Path) -> None:
    run_team(seed, template)
