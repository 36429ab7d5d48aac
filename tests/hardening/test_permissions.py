"""On POSIX the data dir is 0700 and the database, its -wal/-shm and backups are 0600."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from wsis_desk.cli import main
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.backup import backup_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_database_wal_shm_and_backups_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: without care files would be world-readable
    try:
        home = tmp_path / "home"
        assert main(["--data-dir", str(home), "demo"], out=io.StringIO()) == 0
        ws = open_workspace(home)
        try:
            with ws.db.engine.connect() as conn:  # keep the -wal and -shm files in place
                conn.exec_driver_sql("SELECT count(*) FROM document").scalar()
                db = home / DB_FILENAME
                companions = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
                assert all(p.exists() for p in companions)
                assert _mode(home) == 0o700
                for path in (db, *companions):
                    assert _mode(path) == 0o600, path
                backup = backup_database(db, home / "backups", reason="test")
        finally:
            ws.close()
        assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "docs"], out=io.StringIO()) == 0
    db = home / DB_FILENAME
    home.chmod(0o755)
    db.chmod(0o644)
    assert main(["--data-dir", str(home), "docs"], out=io.StringIO()) == 0
    assert _mode(home) == 0o700 and _mode(db) == 0o600
