"""kill -9 during import, reparse and pack export: the database stays whole, holds all or none
of the operation, and the operation can be run again."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks.synthetic import make_big_docx
from tests.conftest import PROJECT_ROOT
from wsis_desk.paths import DB_FILENAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")

DOC = "Big draft"
FRACTIONS = (0.4, 0.75, 0.95)  # of an uninterrupted run: parsing, writing, committing


def _wsis(data: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "wsis_desk", "--data-dir", str(data), *argv]


def _run(data: Path, *argv: str) -> float:
    start = time.monotonic()
    done = subprocess.run(
        _wsis(data, *argv), cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def _kill_after(data: Path, delay: float, *argv: str) -> bool:
    """Start the command, SIGKILL it after ``delay`` s; True when it was killed mid-way."""
    child = subprocess.Popen(
        _wsis(data, *argv), cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        child.wait(timeout=delay)
        return False  # finished first
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        return True


def _check(data: Path) -> dict[str, int]:
    """integrity_check is ok; paragraph count of every version of DOC."""
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT v.label, count(p.id) FROM version v JOIN document d ON d.id = v.document_id "
            "LEFT JOIN paragraph p ON p.version_id = v.id WHERE d.title = ? GROUP BY v.id",
            (DOC,),
        ).fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int, float]:
    """A data dir with Rev.1 imported, the Rev.2 file, its paragraph count and import time."""
    root = tmp_path_factory.mktemp("kill9")
    rev1, rev2 = root / "rev1.docx", root / "rev2.docx"
    rev1.write_bytes(make_big_docx(seed=1))
    rev2.write_bytes(make_big_docx(seed=2, paragraphs=400, brackets=3000))
    data = root / "base"
    _run(data, "import", str(rev1), "--doc", DOC, "--label", "Rev.1")
    probe = root / "probe"
    shutil.copytree(data, probe)
    took = _run(probe, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")
    expected = _check(probe)["Rev.2"]
    return data, rev2, expected, took


def _copy(base_dir: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(base_dir, data)
    return data


@pytest.mark.parametrize("fraction", FRACTIONS)
def test_kill_during_import(
    fraction: float, base: tuple[Path, Path, int, float], tmp_path: Path
) -> None:
    base_dir, rev2, expected, took = base
    # ``took`` was measured once; a busy machine can run this import faster or slower, so a
    # kill that came too late is tried again, earlier, on a fresh copy (never counted as done)
    for attempt in range(4):
        data = _copy(base_dir, tmp_path / f"try{attempt}")
        delay = took * fraction * 0.6**attempt
        killed = _kill_after(data, delay, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")
        if killed or fraction > 0.9:
            break
    assert killed or fraction > 0.9, "the import finished before every kill"
    versions = _check(data)
    assert versions.get("Rev.2") in (None, expected)  # all or nothing
    assert versions["Rev.1"] > 0
    _run(data, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")  # re-run: done or no-op
    assert _check(data)["Rev.2"] == expected


def test_kill_during_reparse(base: tuple[Path, Path, int, float], tmp_path: Path) -> None:
    base_dir, _, _, took = base  # reparse costs about what the import of Rev.2 cost
    data = _copy(base_dir, tmp_path)
    before = _check(data)
    _kill_after(data, took * 0.7, "reparse")
    assert _check(data) == before
    _run(data, "reparse")


def test_kill_during_pack_export(base: tuple[Path, Path, int, float], tmp_path: Path) -> None:
    base_dir, _, _, took = base
    data = _copy(base_dir, tmp_path)
    args = ("pack", "--paragraphs", f"{DOC}::1-40", "-o", str(tmp_path / "pack.pdf"))
    _kill_after(data, took * 0.8, *args)  # Python and reportlab loaded, the PDF being laid out
    _check(data)
    _run(data, *args)
    assert (tmp_path / "pack.pdf").stat().st_size > 0
