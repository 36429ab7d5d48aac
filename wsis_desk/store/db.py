"""Open the local SQLite database: private file, pragmas, backup, then migrations to head.

Opening a database that is already at head needs only the standard library: SQLAlchemy (about
a third of a second to import) is loaded when the first session is asked for, so the window
can show a version read through :meth:`Database.reading` before it is loaded.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from wsis_desk.errors import Remedy, StoreError
from wsis_desk.store.backup import backup_database, usable_backups
from wsis_desk.store.migrate import SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, ExceptionContext
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
_NOT_DAMAGE = re.compile(r"disk I/O error|disk is full|unable to open database file")


class IntegrityCheck:
    """``quick_check`` running on its own thread (SQLite releases the GIL while it reads)."""

    def __init__(self, path: Path, backup_dir: Path) -> None:
        self._error: StoreError | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, backup_dir), name="integrity-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, backup_dir: Path) -> None:
        try:
            check_integrity(path, backup_dir)
        except StoreError as exc:
            self._error = exc

    def result(self) -> None:
        """Wait for the check; a StoreError naming the backup to restore if it failed."""
        self._thread.join()
        if self._error is not None:
            raise self._error


class Database:
    """An open database: its file, and (made on first use) an engine and a session factory.

    With a background integrity check pending, sessions (every write, and the SQLAlchemy
    reads) wait for its verdict; plain reads (``reading``) may go first.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        check: IntegrityCheck | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.read_only = read_only  # a read-only data folder: reads work, writes say why not
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._check = check

    def verified(self) -> None:
        """Return once the start-up check passed; raise its StoreError if it did not."""
        if self._check is not None:
            self._check.result()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (created, and SQLAlchemy imported, on first use)."""
        if self._engine is None:
            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory: one session per action."""
        self.verified()
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A short-lived plain sqlite3 connection for reads only, inside one transaction.

        For the read models that must not wait for SQLAlchemy (store/reader.py). Writes are
        refused by ``query_only``.
        """
        try:
            connect = _connect_read_only if self.read_only else _connect
            with closing(connect(self.path)) as conn:
                conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA query_only=ON")
                conn.execute("BEGIN")  # one snapshot for every query of the read
                try:
                    yield conn
                finally:
                    conn.execute("ROLLBACK")
        except sqlite3.DatabaseError:
            self.verified()  # a damaged file: say so, with the backup to restore
            raise

    def close(self) -> None:
        """Dispose of the engine's connections (the WAL is checkpointed by SQLite)."""
        if self._engine is not None:
            self._engine.dispose()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # A folder we cannot write holds no -shm file and cannot get one, and SQLite opens a WAL
    # database there only as immutable (nobody can change it while the folder is read-only).
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


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
    from wsis_desk.store.search import register_functions  # the search index's triggers

    register_functions(dbapi_connection)  # type: ignore[arg-type]


def _set_read_only_pragmas(dbapi_connection: object, _record: object) -> None:
    from wsis_desk.store.search import register_functions

    register_functions(dbapi_connection)  # type: ignore[arg-type]


def _begin_immediate(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front, waiting up to busy_timeout for another
    # process: two instances importing at once take turns instead of both deciding "this
    # document is new" and one then failing (or duplicating it). Transactions are short.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _store_error(path: Path) -> Callable[[ExceptionContext], None]:
    """SQLite's failures a person can act on, as one line saying what to do (nothing changed:
    the transaction is rolled back)."""

    def translate(context: ExceptionContext) -> None:
        original = context.original_exception
        if not isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
            return
        text = str(original)
        if "locked" in text or "busy" in text:
            raise StoreError(
                "The database is busy: another wsis_desk window or command is writing to it. "
                "Try again in a moment; nothing was changed."
            ) from original
        if "disk is full" in text or "disk I/O error" in text:
            raise StoreError(
                f"The disk holding {path.parent} is full (or failing): free some space and "
                "try again; nothing was changed."
            ) from original
        if "readonly database" in text or "read-only" in text:
            raise StoreError(
                f"The data folder {path.parent} is read-only: reading works, but this command "
                "changes data. Make the folder writable (or work in another data folder); "
                "nothing was changed.",
                remedy=Remedy.OTHER_DATA_FOLDER,
            ) from original

    return translate


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path`` with our pragmas set on every new connection."""
    from sqlalchemy import create_engine, event

    if read_only:
        engine = create_engine("sqlite://", creator=lambda: _connect_read_only(path))
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    event.listen(engine, "handle_error", _store_error(path))
    return engine


def writable(path: Path) -> bool:
    """Whether we may write the database at ``path`` (its folder, and the file if it exists);
    ``access`` also says no on a read-only file system, for root too."""
    if not os.access(path.parent, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


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
        if _NOT_DAMAGE.search(str(exc)):  # the disk, not the file: never call it damaged
            raise StoreError(
                f"Cannot read the database {path}: {exc} (is the disk full?). Free some "
                "space and try again; nothing was changed."
            ) from exc
        rows = [str(exc)]
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        rows = [str(exc)]
    if rows == ["ok"]:
        return
    backups = usable_backups(backup_dir)
    problem = " ".join(rows[0].split())[:160]
    if backups:
        latest = backups[-1].stem
        advice = f"Restore the latest backup, {latest} (the damaged file is kept)."
        remedy: Remedy | None = Remedy.RESTORE_BACKUP
    else:
        advice = "There is no backup: move the file aside and import the texts again."
        remedy = None
    raise StoreError(
        f"Cannot open the database {path}: it is damaged ({problem}). {advice}",
        remedy=remedy,
        subject=latest if backups else None,
    )


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


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the database file (None when it has none yet)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def open_database(
    path: Path,
    *,
    backup_dir: Path | None = None,
    verify: bool = True,
    check_in_background: bool = False,
) -> Database:
    """Open (creating if needed) the database at ``path`` and migrate it to head.

    An existing database is first checked (``verify``; skipped only to restore a backup over
    a damaged one). ``check_in_background`` lets the check run on a thread while the caller
    goes on reading; sessions wait for it (the window uses this to paint sooner). When the
    database is behind head, it is checked first and a backup copy is written to
    ``backup_dir`` (default: ``backups/`` beside the file) before anything changes.
    """
    backups = backup_dir or path.parent / "backups"
    check = None
    if not writable(path):
        return _open_read_only(path, backups, verify=verify)
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed and verify and not check_in_background:
            check_integrity(path, backups)
        _create_private_file(path)
        try:
            current = stored_revision(path)
        except sqlite3.DatabaseError:
            if not verify:  # opened only to restore a backup over it: leave it as it is
                return Database(path)
            if existed:
                check_integrity(path, backups)  # the clear message, with the backup to use
            raise
        engine = None
        if existed and verify and check_in_background:
            check = IntegrityCheck(path, backups)
        if current != SCHEMA_HEAD:
            from wsis_desk.store.migrate import upgrade_to_head

            if check is not None:
                check.result()  # never migrate a damaged file
            if existed:
                backup_database(path, backups, reason=current)
            engine = make_engine(path)
            upgrade_to_head(engine)
    except StoreError:
        raise
    except Exception as exc:  # sqlite3/alembic errors become one clear line
        raise StoreError(
            f"Cannot open the database {path}: {exc}. "
            "Check the file is not damaged; backups are in the 'backups' folder beside it."
        ) from exc
    return Database(path, engine, check)


def _open_read_only(path: Path, backups: Path, *, verify: bool) -> Database:
    """A database in a folder we cannot write: opened for reading, when it can be."""
    where = path.parent
    if not path.exists() or path.stat().st_size == 0:
        raise StoreError(
            f"The data folder {where} is read-only and holds no database yet: make it "
            "writable, or work in another data folder.",
            remedy=Remedy.OTHER_DATA_FOLDER,
        )
    try:
        with closing(_connect_read_only(path)) as conn:
            if verify:
                rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
                if rows != ["ok"]:
                    check_integrity(path, backups)  # the message with the backup to use
            has = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone() if has else None
            )
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot read the database {path}: {exc}.") from exc
    if row is None or str(row[0]) != SCHEMA_HEAD:
        raise StoreError(
            f"The database in {where} needs an upgrade, but the folder is read-only: make it "
            "writable and open it with wsis_desk once."
        )
    return Database(path, read_only=True)
