"""Offline sync use cases: export and import bundles, sync a shared folder, compare states.

Import checks the whole bundle first, backs the database up, then applies it in one
transaction; importing the same bundle again changes nothing. See DESIGN.md §8.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wsis_desk.core.hlc import repair
from wsis_desk.errors import BundleError, NotFoundError, WsisDeskError
from wsis_desk.formats.bundle import read_file_bytes
from wsis_desk.services.sync_export import ExportReport, export_bundle
from wsis_desk.services.sync_import import (
    ImportReport,
    already_imported,
    apply_bundle,
    import_bundle,
    parse_checked,
    read_checked,
)
from wsis_desk.services.sync_rows import CLOCK_HORIZON
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.sync_io import sync_store

__all__ = [
    "ExportReport",
    "FolderReport",
    "ImportReport",
    "WsisDeskError",
    "apply_bundle",
    "clock_ahead",
    "export_bundle",
    "export_state",
    "import_bundle",
    "last_sync_at",
    "read_checked",
    "set_site_name",
    "site_info",
    "sync_folder",
]

BUNDLE_SUFFIX = ".wsisdesk"
ARRIVING_SECONDS = 120  # a damaged bundle younger than this is taken to be still copying
_FOLDER_FILE = re.compile(r"(\d{1,9})\.wsisdesk")
_SITE_DIR = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True, slots=True)
class FolderReport:
    """One "sync now" on a shared folder."""

    folder: Path
    written: ExportReport | None
    imported: tuple[ImportReport, ...]
    errors: tuple[str, ...] = field(default_factory=tuple)


def _now(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


# --- site ------------------------------------------------------------------------------------


def site_info(ws: Workspace) -> tuple[str, str]:
    """This laptop's site id and name."""
    with sync_store(ws.db, write=True) as io:
        site = io.site()
        return site.id, site.name


def set_site_name(ws: Workspace, name: str) -> tuple[str, str]:
    """Rename this laptop as others will see it in bundles."""
    clean = " ".join(name.split())
    if not clean or len(clean) > 200:
        raise WsisDeskError("A site name must be 1 to 200 characters, e.g. 'CSO caucus laptop 3'.")
    with sync_store(ws.db, write=True) as io:
        site = io.rename_site(clean)
        return site.id, site.name


def clock_ahead(
    ws: Workspace, *, horizon: timedelta = CLOCK_HORIZON, now: datetime | None = None
) -> str | None:
    """A warning when this laptop's own clock ran ahead (its edits are stamped in the future:
    teammates refuse them until then), else None. Edits here still work: clocks only grow."""
    with sync_store(ws.db) as io:
        last = io.site().last_hlc
    if not last:
        return None
    clock = repair(last)
    if clock is None:
        return None
    wall = clock.wall_ms
    current = now or datetime.now(UTC)
    if wall <= (current + horizon).timestamp() * 1000:
        return None
    when = datetime.fromtimestamp(min(wall / 1000, 253402300799), UTC)
    return (
        f"this laptop's clock has run ahead: its latest edit is stamped {when:%Y-%m-%d %H:%M} "
        f"UTC, later than now ({current:%Y-%m-%d %H:%M} UTC). Check its date and time; "
        "teammates refuse edits stamped that far ahead."
    )


def last_sync_at(ws: Workspace) -> str | None:
    """When this laptop last imported or exported a bundle (None: never)."""
    with sync_store(ws.db) as io:
        return io.last_sync_at()


# --- sync folder -----------------------------------------------------------------------------


def _seen_keys(ws: Workspace) -> set[tuple[str, int]]:
    with sync_store(ws.db) as io:
        return io.seen_bundle_keys()


def _numbered(folder: Path) -> list[tuple[int, Path]]:
    out = []
    for path in folder.iterdir():
        match = _FOLDER_FILE.fullmatch(path.name)
        if match and path.is_file():
            out.append((int(match.group(1)), path))
    return sorted(out)


def _still_arriving(path: Path, error: WsisDeskError) -> bool:
    """Whether a bundle that cannot be read yet is most likely still being copied in by a
    file-sync engine (cut short and written moments ago): then it is quietly left for the
    next sync instead of reported as damaged."""
    if not isinstance(error, BundleError) or "damaged" not in str(error):
        return False
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return True  # gone again: the engine replaced it
    return age < ARRIVING_SECONDS


def _import_from(
    ws: Workspace,
    path: Path,
    site_id: str,
    passphrase: str | None,
    now: datetime | None,
    horizon: timedelta,
) -> ImportReport | None:
    """Import a bundle of the sub-folder of ``site_id``, refusing one another laptop wrote."""
    raw = read_file_bytes(path)
    if already_imported(ws, hashlib.sha256(raw).hexdigest(), path.name) is not None:
        return None
    where = f"{path.parent.name[:8]}…/{path.name}"
    bundle = parse_checked(raw, where, passphrase)
    writer = bundle.header
    if writer.site_id != site_id:
        raise BundleError(
            f"{where} is bundle #{writer.sequence} of '{writer.site_name}' "
            f"({writer.site_id[:8]}…), in another laptop's sub-folder; it was not imported. "
            f"Each laptop writes only its own sub-folder: move it to {writer.site_id}/."
        )
    return apply_bundle(ws, bundle, name=where, now=now, horizon=horizon)


def sync_folder(
    ws: Workspace,
    folder: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    horizon: timedelta = CLOCK_HORIZON,
    checkpoint: Callable[[], None] | None = None,
) -> FolderReport:
    """Write our changes to FOLDER/<site-id>/<seq>.wsisdesk and import every new bundle there.

    Each site writes only its own sub-folder, so file-sync engines never see two writers.
    A broken bundle from one site is reported and skipped; the others are still imported.
    ``checkpoint`` is called before each bundle is imported and before ours is written: it may
    raise to stop there (a Cancel button); each bundle is one transaction, and the ones not
    taken yet are taken at the next sync.
    """
    step = checkpoint or (lambda: None)
    if not folder.is_dir():
        raise NotFoundError(f"The sync folder {folder} does not exist; create it first.")
    site_id, _name = site_info(ws)
    mine = folder / site_id
    mine.mkdir(exist_ok=True)
    errors: list[str] = []
    imported: list[ImportReport] = []
    seen = _seen_keys(ws)
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != site_id):
        if not _SITE_DIR.fullmatch(sub.name):
            continue
        for seq, path in _numbered(sub):
            if (sub.name, seq) in seen:
                continue
            step()
            try:
                report = _import_from(ws, path, sub.name, passphrase, now, horizon)
            except WsisDeskError as exc:  # not imported, tried again at the next sync
                if not _still_arriving(path, exc):
                    errors.append(str(exc))
                continue
            if report is not None:
                imported.append(report)
    written = None
    with sync_store(ws.db) as io:
        ours = io.exported_seqs()
    for seq, path in _numbered(mine):
        if seq not in ours:  # ours, but this database forgot it (a backup was restored)
            try:
                report = _import_from(ws, path, site_id, passphrase, now, horizon)
                if report is not None:
                    imported.append(report)
            except WsisDeskError as exc:
                errors.append(str(exc))
    previous = [seq for seq, _path in _numbered(mine) if seq in ours]
    since = max(previous) if previous else None
    step()
    target = mine / f".next{BUNDLE_SUFFIX}"
    held = max((seq for seq, _path in _numbered(mine)), default=0)
    written = export_bundle(
        ws,
        target,
        since=since,
        passphrase=passphrase,
        skip_if_empty=since is not None,
        now=now,
        min_sequence=held + 1,
    )
    if written is not None:
        final = mine / f"{written.sequence}{BUNDLE_SUFFIX}"
        target.replace(final)
        written = ExportReport(
            final, written.sequence, written.since, written.records, written.counts, written.sha256
        )
    return FolderReport(folder, written, tuple(imported), tuple(errors))


# --- state -----------------------------------------------------------------------------------


def export_state(ws: Workspace) -> str:
    """Canonical JSON of all shared data, sorted: converged databases give identical text."""
    with sync_store(ws.db) as io:
        out = io.shared_rows()
    return json.dumps(out, ensure_ascii=False, sort_keys=True, indent=1, default=str) + "\n"
