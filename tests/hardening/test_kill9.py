"""kill -9 during import, reparse and pack export: the database stays whole, holds all or none
of the operation, and the operation can be run again.

Every kill is sent at a known moment, which the child announces with a marker file
(``tests/hardening/kill_point.py``), never after a guessed delay; each case asserts the child
was stopped there and ended by SIGKILL, so none can pass without killing anything.
"""

from __future__ import annotations

import hashlib
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
from tests.hardening.kill_point import NOT_REACHED
from wsis_desk.paths import DB_FILENAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")

DOC = "Big draft"
STALE_LAYOUT = "[]"  # a layout reparse must replace: reparse then has something to write


def _wsis(data: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "wsis_desk", "--data-dir", str(data), *argv]


def _run(data: Path, *argv: str) -> None:
    done = subprocess.run(
        _wsis(data, *argv), cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def _kill_at(data: Path, point: str, table: str, *argv: str) -> None:
    """Run the command until it announces ``point`` (see kill_point), then SIGKILL it; fails
    unless the child reached that point and died of the signal."""
    marker = data.parent / f"{point}.marker"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.hardening.kill_point",
            str(marker),
            point,
            table,
            "--",
            "--data-dir",
            str(data),
            *argv,
        ],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            code = child.poll()
            assert code is None, f"the command ended ({code}) before {point}"
            assert time.monotonic() < deadline, f"{point} not reached in 120 s"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stderr is not None
        child.stderr.close()
    assert child.returncode != NOT_REACHED


def _check(data: Path) -> dict[str, int]:
    """integrity_check and foreign keys ok; paragraph count of every version of DOC."""
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT v.label, count(p.id) FROM version v JOIN document d ON d.id = v.document_id "
            "LEFT JOIN paragraph p ON p.version_id = v.id WHERE d.title = ? GROUP BY v.id",
            (DOC,),
        ).fetchall()
    return dict(rows)


def _fingerprint(data: Path, *tables: str) -> str:
    """A hash of every row of ``tables``, in key order: equal when nothing in them changed."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn:
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """A data dir with Rev.1 imported, the Rev.2 file and its paragraph count."""
    root = tmp_path_factory.mktemp("kill9")
    rev1, rev2 = root / "rev1.docx", root / "rev2.docx"
    rev1.write_bytes(make_big_docx(seed=1))
    rev2.write_bytes(make_big_docx(seed=2, paragraphs=400, brackets=3000))
    data = root / "base"
    _run(data, "import", str(rev1), "--doc", DOC, "--label", "Rev.1")
    probe = root / "probe"
    shutil.copytree(data, probe)
    _run(probe, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")
    expected = _check(probe)["Rev.2"]
    assert expected > 0
    return data, rev2, expected


def _copy(base_dir: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(base_dir, data)
    return data


# (where the kill lands, the table watched, whether Rev.2 is then held)
IMPORT_POINTS = [
    ("writing", "paragraph", False),  # paragraphs half written
    ("committing", "paragraph", False),  # all written, COMMIT not issued
    ("committed", "paragraph", True),  # committed, the command not yet done
]


@pytest.mark.parametrize(("point", "table", "held"), IMPORT_POINTS)
def test_kill_during_import(
    point: str, table: str, held: bool, base: tuple[Path, Path, int], tmp_path: Path
) -> None:
    base_dir, rev2, expected = base
    data = _copy(base_dir, tmp_path)
    rev1 = _check(data)["Rev.1"]
    _kill_at(data, point, table, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")
    versions = _check(data)
    assert versions == ({"Rev.1": rev1, "Rev.2": expected} if held else {"Rev.1": rev1})
    _run(data, "import", str(rev2), "--doc", DOC, "--label", "Rev.2")  # re-run: done or no-op
    assert _check(data) == {"Rev.1": rev1, "Rev.2": expected}


def _stale_layouts(data: Path) -> None:
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn, conn:
        changed = conn.execute("UPDATE version_layout SET layout_json = ?", (STALE_LAYOUT,))
        assert changed.rowcount > 0


def _layouts(data: Path) -> list[str]:
    with closing(sqlite3.connect(data / DB_FILENAME)) as conn:
        return [r[0] for r in conn.execute("SELECT layout_json FROM version_layout")]


@pytest.mark.parametrize("point", ["writing", "committing"])
def test_kill_during_reparse(point: str, base: tuple[Path, Path, int], tmp_path: Path) -> None:
    data = _copy(base[0], tmp_path)
    _stale_layouts(data)
    before = _check(data)
    tables = ("version", "paragraph", "version_layout")
    state = _fingerprint(data, *tables)
    _kill_at(data, point, "version_layout", "reparse")
    assert _check(data) == before
    assert _fingerprint(data, *tables) == state  # none of the reparse is kept
    _run(data, "reparse")
    assert STALE_LAYOUT not in _layouts(data)  # it had work to do, and did it


def test_kill_during_pack_export(base: tuple[Path, Path, int], tmp_path: Path) -> None:
    data = _copy(base[0], tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "pack.pdf"
    args = ("pack", "--paragraphs", f"{DOC}::1-40", "-o", str(pdf))
    state = _fingerprint(data, "pack", "pack_file")
    _kill_at(data, "rendering", "-", *args)  # the PDF being laid out
    _check(data)
    assert _fingerprint(data, "pack", "pack_file") == state  # nothing recorded
    assert list(out.iterdir()) == []  # no file, not even half of one
    _run(data, *args)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert _fingerprint(data, "pack", "pack_file") != state
