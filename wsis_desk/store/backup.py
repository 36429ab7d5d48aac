"""Consistent copies of the database file, taken with SQLite's online backup API."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def backup_database(path: Path, backup_dir: Path, *, reason: str | None = None) -> Path:
    """Copy the database at ``path`` into ``backup_dir`` and return the copy's path.

    The copy is consistent even while the database is in WAL mode; its file name carries
    the UTC time and the schema revision it was taken at (``reason``).
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        backup_dir.chmod(0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    tag = reason or "base"
    target = backup_dir / f"{path.stem}-{stamp}-{tag}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(path)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except BaseException:
        target.unlink(missing_ok=True)  # never leave an empty file that looks like a backup
        raise
    return target


def usable_backups(backup_dir: Path) -> list[Path]:
    """The backup files worth offering, oldest first: not empty, starting like SQLite."""
    if not backup_dir.is_dir():
        return []
    out = []
    for path in sorted(backup_dir.glob("*.sqlite3"), key=lambda p: p.name):
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError:
            continue
        if head == SQLITE_HEADER:
            out.append(path)
    return out


def set_aside(path: Path, backup_dir: Path) -> Path:
    """Keep a damaged database file as it is, under a name no one takes for a backup."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}-{stamp}.damaged"
    shutil.copyfile(path, target)
    if os.name == "posix":
        target.chmod(0o600)
    return target


def is_sound_database(path: Path) -> bool:
    """Whether ``path`` is a sound SQLite database (read without creating -wal/-shm files)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        ) as conn:
            return [str(r[0]) for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
