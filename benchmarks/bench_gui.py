"""GUI budgets: screenshot start-up vs a bare PySide6 window, opening a version, peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import median_time, report
from benchmarks.synthetic import make_big_docx

DOCUMENTS, VERSIONS = 10, 5
STARTUP_MAX_RATIO = 2.0  # our screenshot run may take at most 2x a bare window
OPEN_BUDGET_S = 0.3
PEAK_MEMORY_BUDGET_MB = 350

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1440, 900); w.show(); app.processEvents()
w.grab().save(sys.argv[1]); w.close()
"""

PEAK_RSS = """
import json, resource, subprocess, sys
subprocess.run(json.loads(sys.argv[1]), check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def build_library(home: Path) -> None:
    """10 documents x 5 versions x ~300 paragraphs, each version a different synthetic draft."""
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(home)
    try:
        for d in range(DOCUMENTS):
            for v in range(VERSIONS):
                path = home / f"d{d}v{v}.docx"
                path.write_bytes(make_big_docx(seed=d * 100 + v))
                import_file(ws, path, document=f"Draft resolution {d + 1}", label=f"Rev.{v}")
                path.unlink()
    finally:
        ws.close()


def bench_startup(home: Path, out: Path, repeat: int) -> bool:
    """Whole-process ``wsis-desk gui --screenshot`` against a bare PySide6 window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ours_cmd = [sys.executable, "-m", "wsis_desk", "--data-dir", str(home), "gui",
                "--screenshot", str(out / "ours.png")]  # fmt: skip
    bare_cmd = [sys.executable, "-c", BARE_WINDOW, str(out / "bare.png")]

    def ours() -> None:
        subprocess.run(ours_cmd, check=True, env=env, stderr=subprocess.DEVNULL)

    def bare() -> None:
        subprocess.run(bare_cmd, check=True, env=env, stderr=subprocess.DEVNULL)

    t_ours, t_bare = median_time(ours, repeat), median_time(bare, repeat)
    ratio_ok = t_ours <= STARTUP_MAX_RATIO * t_bare
    print(
        f"{'gui --screenshot (50 versions)':34} median {t_ours * 1000:8.1f} ms   bare PySide6 "
        f"window {t_bare * 1000:.1f} ms   {t_ours / t_bare:.2f}x (need <= "
        f"{STARTUP_MAX_RATIO:g}x)   {'ok' if ratio_ok else 'TOO SLOW'}"
    )
    rss = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, json.dumps(ours_cmd)],
        check=True, env=env, capture_output=True, text=True,
    ).stdout  # fmt: skip
    peak_mb = int(rss.strip().splitlines()[-1]) / 1024
    mem_ok = peak_mb <= PEAK_MEMORY_BUDGET_MB
    print(
        f"{'peak memory of that run':34} {peak_mb:8.0f} MB   budget {PEAK_MEMORY_BUDGET_MB} MB"
        f"   {'ok' if mem_ok else 'OVER BUDGET'}"
    )
    return ratio_ok and mem_ok


def bench_open_version(home: Path, repeat: int) -> bool:
    """In-process: load a 300-paragraph version into the document view and paint it once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from wsis_desk.services.brackets import version_brackets
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.ui.document_view import DocumentView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = open_workspace(home)
    view = DocumentView()
    view.resize(1100, 800)
    view.show()
    try:

        def open_once() -> None:
            result = version_brackets(ws, "Draft resolution 3", "Rev.4")
            view.set_rows("Draft resolution 3", result.rows)
            app.processEvents()

        t = median_time(open_once, repeat)
        rows = view.model.total_rows()
    finally:
        view.close()
        ws.close()
    return report("open a version in document view", t, OPEN_BUDGET_S, f"{rows} paragraphs")


def run(repeat: int) -> bool:
    """Build the 50-version library once, then run the GUI benchmarks on it."""
    with tempfile.TemporaryDirectory(prefix="wsis-bench-gui-") as tmp:
        home = Path(tmp) / "home"
        start = time.perf_counter()
        build_library(home)
        print(f"library of {DOCUMENTS * VERSIONS} versions built in "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        results = [bench_startup(home, Path(tmp), repeat), bench_open_version(home, repeat)]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run(5) else 1)
