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
    override: str | os.PathLike[str] | None = None, *, verify: bool = True
) -> Workspace:
    """Open the workspace in ``override`` / ``$WSIS_DESK_HOME`` / the per-user data dir.

    ``verify=False`` skips the start-up integrity check: only to restore a backup over a
    damaged database.
    """
    root = ensure_private_dir(data_dir(override))
    return Workspace(root=root, db=open_database(root / DB_FILENAME, verify=verify))
