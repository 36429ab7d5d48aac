"""Two processes on one data dir at once: both succeed or one is told it is busy; never
corruption, never a duplicated document or version."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks.synthetic import make_big_docx
from tests.conftest import PROJECT_ROOT
from wsis_desk.paths import DB_FILENAME

BUSY = "busy"


def _start(data: Path, path: Path, label: str) -> subprocess.Popen[str]:
    argv = ["import", str(path), "--doc", "Shared", "--label", label]
    return subprocess.Popen(
        [sys.executable, "-m", "wsis_desk", "--data-dir", str(data), *argv],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _both(data: Path, a: tuple[Path, str], b: tuple[Path, str]) -> list[tuple[int, str]]:
    children = [_start(data, *a), _start(data, *b)]
    results = []
    for child in children:
        _, err = child.communicate(timeout=120)
        results.append((child.returncode, err))
    for code, err in results:
        assert code == 0 or (code == 1 and BUSY in err and len(err.strip().splitlines()) == 1), err
        assert "Traceback" not in err
    return results


def _versions(data: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM document WHERE title = 'Shared'").fetchone() == (
            1,
        )
        rows = conn.execute("SELECT label, content_sha256 FROM version ORDER BY seq").fetchall()
    assert len({sha for _, sha in rows}) == len(rows)  # no content twice
    return rows


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("two")
    one, two = root / "one.docx", root / "two.docx"
    one.write_bytes(make_big_docx(seed=11, paragraphs=120))
    two.write_bytes(make_big_docx(seed=12, paragraphs=120))
    return one, two


def test_two_imports_into_a_fresh_data_dir_at_once(
    drafts: tuple[Path, Path], tmp_path: Path
) -> None:
    """Both create the database, migrate it and create the same new document."""
    one, two = drafts
    results = _both(tmp_path / "data", (one, "Rev.1"), (two, "Rev.2"))
    ok = sum(code == 0 for code, _ in results)
    assert len(_versions(tmp_path / "data")) == ok >= 1


def test_the_same_file_imported_twice_at_once(drafts: tuple[Path, Path], tmp_path: Path) -> None:
    one, _ = drafts
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "wsis_desk", "--data-dir", str(data), "docs"],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    _both(data, (one, "Rev.1"), (one, "Rev.1"))
    assert len(_versions(data)) == 1
