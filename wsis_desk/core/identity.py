"""Identities of shared facts (documents, versions, paragraphs) that every laptop derives alike.

A room's laptops all import the same circulated draft before they sync, so these rows must
not get random ids: a version is its content within its document, a paragraph its place in
its version, a new document its symbol (else its title). The order of a document's versions
and their display sequence and labels are a pure function of the versions held, so that
laptops holding the same versions show the same "Rev.2" for the same text (DESIGN.md §8).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

# A fixed namespace: changing it would split every team's data in two.
NAMESPACE = uuid.UUID("5b0b7f0e-51c1-4d7e-9a55-3f3a2d1c0e10")
CLASH_MARK = " ({n})"  # the n-th version asking for a label already shown gets "Rev.1 (2)"


def document_id(*, title: str, symbol: str | None) -> str:
    """The id a newly created document gets: from its symbol, else its title (case-folded)."""
    if symbol and symbol.strip():
        key = "symbol:" + " ".join(symbol.split()).casefold()
    else:
        key = "title:" + " ".join(title.split()).casefold()
    return str(uuid.uuid5(NAMESPACE, key))


def version_id(document: str, content_sha256: str) -> str:
    """The id of the version of ``document`` with this content: the same everywhere."""
    return str(uuid.uuid5(NAMESPACE, f"version:{document}:{content_sha256}"))


def paragraph_id(version: str, ordinal: int) -> str:
    """The id of the paragraph at ``ordinal`` of a version."""
    return str(uuid.uuid5(NAMESPACE, f"paragraph:{version}:{ordinal}"))


def fresh_lineage(paragraph: str) -> str:
    """The lineage a paragraph starts when it matches nothing earlier (derived, not random)."""
    return str(uuid.uuid5(NAMESPACE, f"lineage:{paragraph}"))


@dataclass(frozen=True, slots=True)
class VersionKey:
    """What decides a version's place: circulation time (else import time), then a tie-break."""

    id: str
    circulated_at: str | None
    imported_at: str
    import_hlc: str
    asked_label: str | None


@dataclass(frozen=True, slots=True)
class Numbered:
    """A version's derived sequence number and label; ``clash``: its asked label was taken."""

    id: str
    seq: int
    label: str
    clash: bool


def _utc(text: str | None) -> str:
    """An ISO date-time in UTC (naive means UTC) for ordering; unparsable text sorts as is."""
    if not text:
        return ""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def order_key(key: VersionKey) -> tuple[str, str, str]:
    """Sort key: circulation time in UTC (import time when not given), import clock, id."""
    return (_utc(key.circulated_at) or _utc(key.imported_at), key.import_hlc, key.id)


def number_versions(keys: Sequence[VersionKey]) -> list[Numbered]:
    """Sequence numbers 1..n in order, and labels: the asked one, else "Version n".

    When two versions ask for the same label (case-insensitive), the earlier keeps it and
    the later one shows it with a number, "Rev.1 (2)", the same way on every laptop.
    """
    out: list[Numbered] = []
    taken: set[str] = set()
    for seq, key in enumerate(sorted(keys, key=order_key), start=1):
        wanted = (key.asked_label or "").strip() or f"Version {seq}"
        label, clash, n = wanted, False, 1
        while label.casefold() in taken:
            n += 1
            clash = True
            label = wanted + CLASH_MARK.format(n=n)
        taken.add(label.casefold())
        out.append(Numbered(key.id, seq, label, clash))
    return out


def version_winner(a: dict[str, object], b: dict[str, object]) -> dict[str, object]:
    """Of two imports of the same version, the one whose metadata every laptop keeps.

    The earliest import (by its import clock) wins; equal clocks fall back to the data
    itself so that the choice never depends on which side is local.
    """

    def rank(d: dict[str, object]) -> tuple[str, str]:
        return (str(d.get("import_hlc") or "~"), repr(sorted(d.items(), key=lambda kv: kv[0])))

    return a if rank(a) <= rank(b) else b
