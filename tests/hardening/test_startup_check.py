"""Start-up integrity check: a damaged database is refused with the backup to restore."""

from __future__ import annotations

import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.hardening.hostile import cli
from wsis_desk.cli import main
from wsis_desk.paths import DB_FILENAME
from wsis_desk.services.workspace import open_workspace


def _damage(db: Path) -> None:
    """Overwrite a few pages in the middle of the file (the header stays valid)."""
    with closing(sqlite3.connect(db)) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek((size // page // 2) * page)
        fh.write(os.urandom(page * 3))


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, str]:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"], out=io.StringIO()) == 0
    assert main(["--data-dir", str(home), "backup", "create"], out=io.StringIO()) == 0
    (backup,) = (home / "backups").glob("*.sqlite3")
    _damage(home / DB_FILENAME)
    return home, backup.stem


def test_a_damaged_database_names_the_backup_and_the_restore_command(
    damaged: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    home, backup_id = damaged
    code, _, err = cli(capsys, "--data-dir", str(home), "docs")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "damaged" in err and f"wsis-desk backup restore {backup_id}" in err


def test_the_named_backup_can_be_restored(damaged: tuple[Path, str]) -> None:
    from wsis_desk.services.backups import restore_backup

    home, backup_id = damaged
    ws = open_workspace(home, verify=False)
    try:
        ws, _ = restore_backup(ws, backup_id)
    finally:
        ws.close()
    assert main(["--data-dir", str(home), "docs"], out=io.StringIO()) == 0


def test_a_file_that_is_not_a_database_at_all(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_FILENAME).write_bytes(b"not a database" * 1000)
    with pytest.raises(Exception, match=r"damaged.*no backup"):
        open_workspace(home)


def test_a_check_in_the_background_still_stops_every_write(tmp_path: Path) -> None:
    """The window lets the check run while it paints; sessions (writes) wait for its verdict."""
    from wsis_desk.errors import Remedy, StoreError

    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"], out=io.StringIO()) == 0
    assert main(["--data-dir", str(home), "backup", "create"], out=io.StringIO()) == 0
    (backup,) = (home / "backups").glob("*.sqlite3")
    db = home / DB_FILENAME
    with closing(sqlite3.connect(db)) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    with db.open("r+b") as fh:  # the last pages hold data, not the schema
        fh.seek(db.stat().st_size - 2 * page)
        fh.write(os.urandom(2 * page))
    ws = open_workspace(home, check_in_background=True)  # opens: the schema is intact
    try:
        with pytest.raises(StoreError, match=f"latest backup, {backup.stem}") as info:
            ws.db.verified()
        assert info.value.remedy is Remedy.RESTORE_BACKUP
        assert info.value.subject == backup.stem
        with pytest.raises(StoreError, match="damaged"):
            ws.db.sessions()
    finally:
        ws.close()


def test_a_sound_database_checked_in_the_background_opens_as_usual(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"], out=io.StringIO()) == 0
    ws = open_workspace(home, check_in_background=True)
    try:
        ws.db.verified()
        with ws.db.sessions() as session:
            assert session.execute(__import__("sqlalchemy").text("SELECT 1")).scalar() == 1
    finally:
        ws.close()
