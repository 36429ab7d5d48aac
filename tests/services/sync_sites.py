"""Several data dirs as several sites, with small helpers to edit and exchange bundles."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.editing import stamp
from wsis_desk.store.orm import NoteRow, PackRow


def open_sites(root: Path, count: int) -> list[Workspace]:
    """``count`` fresh workspaces, each its own site."""
    return [open_workspace(root / f"site{i}") for i in range(count)]


def put_pack(
    ws: Workspace,
    ident: str,
    *,
    title: str,
    meeting: str | None = None,
    now: datetime | None = None,
) -> str:
    """Create or edit one pack row with a stamped edit; returns its new clock."""
    when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with ws.db.sessions.begin() as session:
        row = session.get(PackRow, ident)
        if row is None:
            row = PackRow(id=ident, title=title, meeting=meeting, created_at=when, updated_at=when)
            session.add(row)
        else:
            row.title = title
            row.meeting = meeting
            row.updated_at = when
        return stamp(session, row, now=now)


def put_note(ws: Workspace, ident: str, text: str, *, now: datetime | None = None) -> str:
    """Create or edit one note's text (a long text field merged word by word)."""
    when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with ws.db.sessions.begin() as session:
        row = session.get(NoteRow, ident)
        if row is None:
            row = NoteRow(id=ident, lineage_id="L1", text=text, created_at=when, updated_at=when)
            session.add(row)
        else:
            row.text = text
            row.updated_at = when
        return stamp(session, row, now=now)


def delete_pack(ws: Workspace, ident: str) -> None:
    """Tombstone one pack."""
    with ws.db.sessions.begin() as session:
        row = session.get(PackRow, ident)
        if row is not None:
            row.deleted = True
            stamp(session, row)


def dir_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` except backups (the database byte for byte)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "backups" not in path.relative_to(root).parts:
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def synthetic_bundle(path: Path, count: int, *, passphrase: str | None = None) -> None:
    """A bundle of ``count`` pack and note rows from an invented site (no database needed)."""
    import uuid

    from wsis_desk.core.hlc import Hlc
    from wsis_desk.formats.bundle import Header, Record, write_bundle
    from wsis_desk.store.migrate import SCHEMA_HEAD

    site = str(uuid.uuid5(uuid.NAMESPACE_URL, "synthetic-site"))
    wall = 1_760_000_000_000
    records = []
    for i in range(count):
        ident = str(uuid.uuid5(uuid.NAMESPACE_URL, f"row-{i}"))
        hlc = Hlc(wall + i, 0, site).encode()
        if i % 2:
            data: dict[str, object] = {
                "title": f"Pack {i}",
                "meeting": "Plenary",
                "items_json": "[]",
                "options_json": "{}",
                "created_at": "2025-11-20T09:00:00+00:00",
                "updated_at": "2025-11-20T09:00:00+00:00",
            }
            table = "pack"
        else:
            data = {
                "document_id": None,
                "lineage_id": f"L{i % 300}",
                "text": f"Note {i}: member States should ensure meaningful access for all.",
                "start": None,
                "end": None,
                "created_at": "2025-11-20T09:00:00+00:00",
                "updated_at": "2025-11-20T09:00:00+00:00",
            }
            table = "note"
        records.append(Record(table, ident, hlc, None, site, False, data))
    header = Header(
        schema_version=SCHEMA_HEAD,
        app_version="test",
        site_id=site,
        site_name="synthetic",
        sequence=1,
        created_at="2025-11-20T09:00:00+00:00",
    )
    write_bundle(path, header, records, {}, passphrase=passphrase)
