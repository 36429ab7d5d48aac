"""Consistent copies of the database file, taken with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


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
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
