"""The open workspace a front end works in: the data dir and its database."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from wsis_desk.paths import DB_FILENAME, data_dir, ensure_private_dir
from wsis_desk.store.db import Database, open_database


@dataclass(frozen=True)
class Workspace:
    """A data dir with its migrated database; pass it to every service call."""

    root: Path
    db: Database

    def close(self) -> None:
        """Release the database."""
        self.db.close()


def open_workspace(
    override: str | os.PathLike[str] | None = None,
    *,
    verify: bool = True,
    check_in_background: bool = False,
) -> Workspace:
    """Open the workspace in ``override`` / ``$WSIS_DESK_HOME`` / the per-user data dir.

    ``verify=False`` skips the start-up integrity check: only to restore a backup over a
    damaged database. ``check_in_background`` runs that check on a thread: reads may start
    at once, writes wait for its verdict (``ws.db.verified()``).
    """
    root = ensure_private_dir(data_dir(override))
    db = open_database(root / DB_FILENAME, verify=verify, check_in_background=check_in_background)
    return Workspace(root=root, db=db)
