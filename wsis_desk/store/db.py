"""Open the local SQLite database: private file, pragmas, backup, then migrations to head."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from wsis_desk.errors import StoreError
from wsis_desk.store.backup import backup_database
from wsis_desk.store.migrate import SCHEMA_HEAD, current_revision, upgrade_to_head

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Database:
    """An open database: its file, engine and a session factory (one session per action)."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        """Dispose of the engine's connections (the WAL is checkpointed by SQLite)."""
        self.engine.dispose()


def _set_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with our pragmas set on every new connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _create_private_file(path: Path) -> None:
    if path.exists():
        if os.name == "posix":
            path.chmod(0o600)
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) the database at ``path`` and migrate it to head.

    When an existing, non-empty database is behind head, a backup copy is written to
    ``backup_dir`` (default: ``backups/`` beside the file) before anything changes.
    """
    try:
        existed = path.exists() and path.stat().st_size > 0
        _create_private_file(path)
        engine = make_engine(path)
        current = current_revision(engine)
        if current != SCHEMA_HEAD:
            if existed:
                backup_database(path, backup_dir or path.parent / "backups", reason=current)
            upgrade_to_head(engine)
    except StoreError:
        raise
    except Exception as exc:  # sqlite3/alembic errors become one clear line
        raise StoreError(
            f"Cannot open the database {path}: {exc}. "
            "Check the file is not damaged; backups are in the 'backups' folder beside it."
        ) from exc
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
