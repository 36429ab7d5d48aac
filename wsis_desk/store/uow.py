"""The unit of work a service opens for one user action (``ws.db.sessions``), named for annotations.

Services hold it and hand it to repositories; only ``store/`` looks inside it.
"""

from __future__ import annotations

from typing import TypeAlias

from sqlalchemy.orm import Session

Tx: TypeAlias = Session

__all__ = ["Tx"]
