"""Notice changes made to the workspace's database by anyone else (CLI, sync, another window)."""

from __future__ import annotations

from wsis_desk.services.workspace import Workspace
from wsis_desk.store.watch import ChangeWatch

__all__ = ["ChangeWatch", "watch_changes"]


def watch_changes(ws: Workspace) -> ChangeWatch:
    """A watch on ``ws``'s database file: ``changed()`` says whether a commit landed since."""
    return ChangeWatch(ws.db.path)
