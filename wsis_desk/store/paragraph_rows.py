"""Paragraph rows found by reference (label, ``#ordinal`` or lineage id) for the services that
still edit through ORM rows (positions, inputs, commitments: issue 17 moves them behind their
own repositories; delete this module when none imports it)."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsis_desk.errors import NotFoundError
from wsis_desk.store.orm import ParagraphRow


class _Version(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...


def paragraph_rows(session: Session, version_id: str) -> list[ParagraphRow]:
    """The paragraph rows of a version, in order."""
    stmt = (
        select(ParagraphRow)
        .where(ParagraphRow.version_id == version_id)
        .order_by(ParagraphRow.ordinal)
    )
    return list(session.scalars(stmt))


def find_paragraph(session: Session, version: _Version, ref: str) -> ParagraphRow:
    """A paragraph of ``version`` by label (``OP5``, ``5bis``), ``#ordinal`` or lineage id."""
    key = ref.strip()
    rows = paragraph_rows(session, version.id)
    if key.startswith("#") and key[1:].isdigit():
        found = [r for r in rows if r.ordinal == int(key[1:])]
    else:
        found = [r for r in rows if r.lineage_id == key] or [
            r for r in rows if r.label.lower() == key.lower()
        ]
        if not found and key.isdigit():
            found = [r for r in rows if (r.number or "").rstrip(".") == key]
    if not found:
        raise NotFoundError(
            f"'{version.label}' has no paragraph '{ref}'. Give a label such as OP5, "
            "or #N for the N-th paragraph."
        )
    return found[0]
