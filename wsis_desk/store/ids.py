"""Find a row by its id or by the short id the CLI prints (a unique prefix, 6+ characters)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.errors import NotFoundError

__all__ = ["MIN_PREFIX", "row_by_id"]

MIN_PREFIX = 6
T = TypeVar("T")


def row_by_id(session: Session, model: type[T], ident: str, *, noun: str, hint: str) -> T:
    """The live ``model`` row with id ``ident`` or a unique prefix of it; one clear message else.

    ``noun`` names the thing ("input"), ``hint`` says how to list them.
    """
    key = ident.strip().lower()
    row: Any = session.get(model, key) if key else None
    if row is not None and not getattr(row, "deleted", False):
        return row  # type: ignore[no-any-return]
    if len(key) < MIN_PREFIX:
        raise NotFoundError(
            f"No {noun} with id {ident}; give at least {MIN_PREFIX} characters of its id ({hint})."
        )
    column: Any = model.id  # type: ignore[attr-defined]
    stmt: Any = select(model).where(column.startswith(key))
    if hasattr(model, "deleted"):
        stmt = stmt.where(model.deleted.is_(False))  # type: ignore[attr-defined]
    rows = list(session.scalars(stmt.limit(6)))
    if not rows:
        raise NotFoundError(f"No {noun} with id {ident}. List them with: {hint}")
    if len(rows) > 1:
        raise NotFoundError(
            f"Several {noun}s start with '{ident}'; give more of the id: "
            + ", ".join(str(r.id)[:12] for r in rows)
        )
    return rows[0]  # type: ignore[no-any-return]
