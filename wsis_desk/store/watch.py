"""Whether the database file changed under us: SQLite's ``PRAGMA data_version``, one cheap read.

The value a connection reads changes whenever *another* connection committed since its last
read: the CLI, a sync, another window, or this app's own writers (which use other
connections). It reads no table; one look costs microseconds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class ChangeWatch:
    """One private connection that only asks "changed since I last looked?"."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._seen: int | None = None

    def _version(self) -> int:
        if self._conn is None:
            # Used by one worker thread at a time (the task runner's), never concurrently.
            self._conn = sqlite3.connect(self._path, check_same_thread=False)
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether a commit landed since the last ``changed`` or ``settle`` (False the first
        time: that look only sets the starting point)."""
        version = self._version()
        changed = self._seen is not None and version != self._seen
        self._seen = version
        return changed

    def settle(self) -> None:
        """Take what is in the file now as seen (after a write of our own)."""
        self._seen = self._version()

    def close(self) -> None:
        """Close the connection (the watch opens it again if asked)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
