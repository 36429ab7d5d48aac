"""Test set-up shared by every test: offscreen Qt, the shared corpus, private data dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# pytest-qt has no ini option for the platform; without it a display-less run aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    """The shared corpus folder; the test is skipped when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir, also set as WSIS_DESK_HOME so nothing touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("WSIS_DESK_HOME", str(home))
    return home
