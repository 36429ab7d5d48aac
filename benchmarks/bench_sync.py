"""Sync benchmarks: export 20,000 records, import them into an empty database, re-import.

python -m benchmarks.bench_sync
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import (
    Timing,
    alternating,
    is_quick,
    paired_times,
    report,
    report_info,
    report_within,
)

RECORDS = 20_000
EXPORT_BUDGET_S = 1.5
IMPORT_BUDGET_S = 3.0
REIMPORT_BUDGET_S = 1.0
ENCRYPTED_MAX_RATIO = 1.3
PASSPHRASE = "room 4 delegation team"
SMALL_S = 0.02  # ratios of a few milliseconds are noise: allow this much on top


def _write_source(path: Path) -> None:
    """A bundle of RECORDS pack and note rows from an invented site."""
    from wsis_desk.core.hlc import Hlc
    from wsis_desk.formats.bundle import Header, Record, write_bundle
    from wsis_desk.store.migrate import SCHEMA_HEAD

    site = str(uuid.uuid5(uuid.NAMESPACE_URL, "bench-site"))
    stamp = "2025-11-20T09:00:00+00:00"
    records = []
    for i in range(RECORDS):
        ident = str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-{i}"))
        clock = Hlc(1_760_000_000_000 + i, 0, site).encode()
        if i % 2:
            table = "pack"
            data: dict[str, object] = {
                "title": f"Pack for meeting {i}",
                "meeting": "Plenary, Conference Room 4",
                "items_json": '[{"kind": "statement", "id": "x"}]',
                "options_json": '{"paper": "A4"}',
                "created_at": stamp,
                "updated_at": stamp,
            }
        else:
            table = "note"
            data = {
                "document_id": None,
                "lineage_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"lineage-{i % 400}")),
                "text": f"Note {i}: the G77 asked to retain the bracketed text; EU flexible. " * 3,
                "start": None,
                "end": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
        records.append(Record(table, ident, clock, None, site, False, data))
    header = Header(SCHEMA_HEAD, "bench", site, "bench site", 1, stamp)
    write_bundle(path, header, records, {})


def _timed_fresh(
    template: Path,
    root: Path,
    first: Callable[[object], object],
    second: Callable[[object], object],
    repeat: int,
) -> tuple[Timing, Timing]:
    """Median times of ``first(ws)`` and ``second(ws)``, each on a fresh copy of the empty
    database every time, taking turns (``common.paired_times``) after a warm-up run each."""
    from wsis_desk.paths import DB_FILENAME
    from wsis_desk.services.workspace import open_workspace

    def once(work: Callable[[object], object]) -> float:
        home = root / f"fresh-{time.monotonic_ns()}"
        home.mkdir()
        shutil.copyfile(template, home / DB_FILENAME)
        ws = open_workspace(home)
        try:
            start = time.perf_counter()
            work(ws)
            return time.perf_counter() - start
        finally:
            ws.close()
            shutil.rmtree(home, ignore_errors=True)

    works = (first, second)
    for work in works:  # the first runs warm caches
        once(work)
    times: tuple[list[float], list[float]] = ([], [])
    for which in alternating(repeat):
        times[which].append(once(works[which]))
    return Timing(times[0]), Timing(times[1])


def run(repeat: int = 5) -> bool:
    """Run every sync benchmark; True when all budgets are met."""
    from wsis_desk.paths import DB_FILENAME
    from wsis_desk.services import sync
    from wsis_desk.services.workspace import open_workspace

    ok = True
    with tempfile.TemporaryDirectory(prefix="wsis-bench-sync-") as tmp:
        root = Path(tmp)
        (root / "template").mkdir()
        open_workspace(root / "template").close()
        template = root / "template" / DB_FILENAME
        source_bundle = root / "source.wsisdesk"
        _write_source(source_bundle)
        source = open_workspace(root / "source")
        sync.import_bundle(source, source_bundle)
        plain, sealed = root / "plain.wsisdesk", root / "sealed.wsisdesk"

        export, export_enc = paired_times(
            lambda: sync.export_bundle(source, plain),
            lambda: sync.export_bundle(source, sealed, passphrase=PASSPHRASE),
            repeat,
        )
        source.close()
        ok &= report(f"export {RECORDS:,} records", export, EXPORT_BUDGET_S)
        ok &= report_within(
            "export, encrypted", export_enc, export, "plain export", ENCRYPTED_MAX_RATIO
        )

        imp, imp_enc = _timed_fresh(
            template,
            root,
            lambda ws: sync.import_bundle(ws, plain),
            lambda ws: sync.import_bundle(ws, sealed, passphrase=PASSPHRASE),
            repeat,
        )
        ok &= report(f"import {RECORDS:,} into empty db", imp, IMPORT_BUDGET_S)
        ok &= report_within("import, encrypted", imp_enc, imp, "plain import", ENCRYPTED_MAX_RATIO)

        target = open_workspace(root / "target")
        sync.import_bundle(target, plain)
        again, again_enc = paired_times(
            lambda: sync.import_bundle(target, plain),
            lambda: sync.import_bundle(target, sealed, passphrase=PASSPHRASE),
            repeat,
        )
        if not is_quick():  # information only, no budget: left out of short runs
            recheck, recheck_enc = paired_times(
                lambda: sync.import_bundle(target, plain, recheck=True),
                lambda: sync.import_bundle(target, sealed, passphrase=PASSPHRASE, recheck=True),
                repeat,
            )
        target.close()
        ok &= report("re-import, nothing new", again, REIMPORT_BUDGET_S, "known file: sha256")
        ok &= report_within(
            "re-import, encrypted",
            again_enc,
            again,
            "plain re-import",
            ENCRYPTED_MAX_RATIO,
            slack=SMALL_S,
            extra=f"+{SMALL_S * 1000:.0f} ms allowed: a few ms are noise",
        )
        if not is_quick():
            # The same file read, checked and merged again (recheck=True).
            report_info("re-import merged again", recheck, "recheck=True")
            ratio = f"{recheck_enc / recheck:.2f}x plain"
            report_info("re-import merged again, encrypted", recheck_enc, ratio)
    return ok


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
