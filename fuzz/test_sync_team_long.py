"""Many seeded team days (see tests/services/test_sync_team.py); ``WSIS_SYNC_SEEDS=0-500``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.services.test_sync_team import run_team
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services.workspace import open_workspace


def _seeds() -> range:
    first, _, last = os.environ.get("WSIS_SYNC_SEEDS", "1000-1100").partition("-")
    return range(int(first), int(last or first) + 1)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    open_workspace(root).close()
    return root / DB_FILENAME


@pytest.mark.parametrize("seed", _seeds())
def test_team_day(seed: int, template: Path) -> None:
    run_team(seed, template, steps=int(os.environ.get("WSIS_SYNC_STEPS", "80")))
