"""Test set-up shared by every test: offscreen Qt, the shared corpus, private data dirs."""

from __future__ import annotations

import os
import stat
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


# A stand-in for the tesseract command (OCR tests run where it is not installed): it lists two
# UN languages and prints a short resolution for any page.
FAKE = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then
  printf 'List of available languages (3):\\neng\\nfra\\nosd\\n'
  exit 0
fi
echo "$@" >> "{log}"
printf 'Recalling its resolution 70/125,\\n\\n1. Decides to hold [two] informal consultations;\\n'
"""


@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "tesseract.log"
    script = folder / "tesseract"
    script.write_text(FAKE.format(log=log))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return log
