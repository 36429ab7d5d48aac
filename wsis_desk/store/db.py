"""Open the local SQLite database: private file, pragmas, backup, then migrations to head."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, ExceptionContext, create_engine, event
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
    # We issue BEGIN ourselves (below): the sqlite3 module's own implicit BEGIN comes only
    # before the first write, so the reads a use case makes first would see no transaction.
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: WAL may wait for a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front, waiting up to busy_timeout for another
    # process: two instances importing at once take turns instead of both deciding "this
    # document is new" and one then failing (or duplicating it). Transactions are short.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _busy_error(context: ExceptionContext) -> None:
    original = context.original_exception
    if isinstance(original, sqlite3.OperationalError) and (
        "locked" in str(original) or "busy" in str(original)
    ):
        raise StoreError(
            "The database is busy: another wsis-desk window or command is writing to it. "
            "Try again in a moment; nothing was changed."
        ) from original


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with our pragmas set on every new connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    event.listen(engine, "handle_error", _busy_error)
    return engine


def check_integrity(path: Path, backup_dir: Path) -> None:
    """Run SQLite's ``quick_check`` on ``path``; a StoreError naming the latest backup if bad.

    Reads every page once (about 0.1 s for a 50 MB database, see SECURITY.md).
    """
    try:
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # another instance holds it: it is in use, so it opened fine there
        rows = [str(exc)]
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        rows = [str(exc)]
    if rows == ["ok"]:
        return
    backups = (
        sorted(backup_dir.glob("*.sqlite3"), key=lambda p: p.name) if backup_dir.is_dir() else []
    )
    problem = " ".join(rows[0].split())[:160]
    if backups:
        latest = backups[-1].stem
        advice = (
            f"Restore the latest backup with: wsis-desk backup restore {latest} "
            "(the damaged file is kept)."
        )
    else:
        advice = "There is no backup: move the file aside and import the texts again."
    raise StoreError(f"Cannot open the database {path}: it is damaged ({problem}). {advice}")


def _create_private_file(path: Path) -> None:
    if path.exists():
        if os.name == "posix":
            path.chmod(0o600)
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    except FileExistsError:  # another instance created it a moment ago
        return
    os.close(fd)


def open_database(path: Path, *, backup_dir: Path | None = None, verify: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and migrate it to head.

    An existing database is first checked (``verify``; skipped only to restore a backup over
    a damaged one). When it is behind head, a backup copy is written to ``backup_dir``
    (default: ``backups/`` beside the file) before anything changes.
    """
    backups = backup_dir or path.parent / "backups"
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed and verify:
            check_integrity(path, backups)
        _create_private_file(path)
        engine = make_engine(path)
        current = current_revision(engine)
        if current != SCHEMA_HEAD:
            if existed:
                backup_database(path, backups, reason=current)
            upgrade_to_head(engine)
    except StoreError:
        raise
    except Exception as exc:  # sqlite3/alembic errors become one clear line
        raise StoreError(
            f"Cannot open the database {path}: {exc}. "
            "Check the file is not damaged; backups are in the 'backups' folder beside it."
        ) from exc
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
