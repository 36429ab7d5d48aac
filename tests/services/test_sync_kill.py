"""A process killed (kill -9) in the middle of a large import leaves the database intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT
from tests.services.sync_sites import put_pack, synthetic_bundle
from wsis_desk.services import sync
from wsis_desk.services.workspace import open_workspace

CHILD = """
import sys, time
from pathlib import Path
from wsis_desk.services import sync, sync_apply, sync_import
from wsis_desk.services.workspace import open_workspace

real = sync_apply.apply_plan

def apply_then_stall(io, plan):
    real(io, plan)  # every row written, the transaction not yet committed
    io.flush()
    Path(sys.argv[3]).write_text("applied")
    time.sleep(120)

sync_import.apply_plan = apply_then_stall
ws = open_workspace(sys.argv[1])
sync.import_bundle(ws, Path(sys.argv[2]))
"""


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_kill_during_import_leaves_the_database_intact_and_the_import_rerunnable(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "big.wsisdesk"
    synthetic_bundle(bundle, 20_000)
    data = tmp_path / "data"
    ws = open_workspace(data)
    put_pack(ws, "mine", title="Local work before the import")
    before = sync.export_state(ws)
    ws.close()

    marker = tmp_path / "applied"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(bundle), str(marker)],
        cwd=PROJECT_ROOT,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    db = data / "wsis_desk.sqlite3"
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    ws = open_workspace(data)
    try:
        assert sync.export_state(ws) == before
        report = sync.import_bundle(ws, bundle)
        assert report.total("added") == 20_000
        assert "Local work before the import" in sync.export_state(ws)
    finally:
        ws.close()
