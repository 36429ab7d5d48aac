"""Where the services found a row by id or short id: now ``store.ids`` (queries live in store/).

Kept only for the service modules still being moved behind repositories (issue 17); delete it
when none imports it.
"""

from __future__ import annotations

from wsis_desk.store.ids import MIN_PREFIX, row_by_id

__all__ = ["MIN_PREFIX", "row_by_id"]
