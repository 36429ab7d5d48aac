"""Backups of the database: create (rotated, keep the last N), list, restore one."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wsis_desk.errors import NotFoundError, Remedy, StoreError
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.backup import (
    backup_database,
    is_sound_database,
    set_aside,
    usable_backups,
)

KEEP_BACKUPS = 20


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: its id (the file name without extension), path, size and time."""

    id: str
    path: Path
    size: int
    created_at: str


def backups_dir(ws: Workspace) -> Path:
    """The folder beside the database where backups go (also used by migrations)."""
    return ws.db.path.parent / "backups"


def _info(path: Path) -> BackupInfo:
    stat = path.stat()
    when = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
    return BackupInfo(id=path.stem, path=path, size=stat.st_size, created_at=when)


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """Every backup, newest first."""
    return [_info(p) for p in reversed(usable_backups(backups_dir(ws)))]


def rotate_backups(ws: Workspace, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the files removed."""
    removed = [b.path for b in list_backups(ws)[max(keep, 1) :]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def create_backup(ws: Workspace, *, reason: str = "manual", keep: int = KEEP_BACKUPS) -> BackupInfo:
    """A consistent copy of the database now, then rotation."""
    try:
        path = backup_database(ws.db.path, backups_dir(ws), reason=reason)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Cannot back up the database: {exc}. Nothing was changed.") from exc
    rotate_backups(ws, keep)
    return _info(path)


def find_backup(ws: Workspace, ident: str) -> BackupInfo:
    """The backup whose id is ``ident`` or starts with it (unique)."""
    items = list_backups(ws)
    exact = [b for b in items if b.id == ident]
    matches = exact or [b for b in items if b.id.startswith(ident)]
    if len(matches) != 1:
        what = "No backup" if not matches else "Several backups"
        raise NotFoundError(
            f"{what} called '{ident}'; check the name against the list of backups.",
            remedy=Remedy.LIST_BACKUPS,
        )
    return matches[0]


def restore_backup(ws: Workspace, ident: str) -> tuple[Workspace, BackupInfo]:
    """Put a backup back in place of the database; the current one is kept first.

    A readable current database is backed up as usual; a damaged one (garbage, truncated)
    cannot be, so its file is kept as it is under a ``.damaged`` name that is never offered
    as a backup. ``ws`` is closed; use the returned workspace from then on.
    """
    chosen = find_backup(ws, ident)
    if chosen.size == 0 or not is_sound_database(chosen.path):
        raise StoreError(
            f"The backup {chosen.id} is empty or damaged; choose another one. Nothing was changed.",
            remedy=Remedy.LIST_BACKUPS,
        )
    db_path = ws.db.path
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(chosen.path, tmp)  # first: rotation below may remove the chosen file
    if os.name == "posix":
        tmp.chmod(0o600)
    try:
        if is_sound_database(db_path):
            create_backup(ws, reason="before-restore")
        elif db_path.exists():
            set_aside(db_path, backups_dir(ws))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    ws.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return open_workspace(ws.root), chosen
