"""Run the benchmarks and print medians against their budgets and peers.

python -m benchmarks            all benchmarks
python -m benchmarks --repeat 9 more repetitions for steadier medians
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.synthetic import make_big_docx

IMPORT_BUDGET_S = 0.3
CHECK_VS_PANDOC_MIN_RATIO = 2.0


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import(docx: Path, work: Path, repeat: int) -> bool:
    """Import (parse, segment, store) the big draft in-process, a new document each time."""
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(work / "import-home")
    counter = iter(range(10_000))
    try:
        t = median_time(
            lambda: import_file(ws, docx, document=f"Big draft {next(counter)}"), repeat
        )
    finally:
        ws.close()
    ok = t <= IMPORT_BUDGET_S
    print(
        f"import big.docx in-process      median {t * 1000:7.1f} ms   budget "
        f"{IMPORT_BUDGET_S * 1000:.0f} ms   {'ok' if ok else 'OVER BUDGET'}"
    )
    return ok


def bench_check_vs_pandoc(docx: Path, repeat: int) -> bool:
    """``wsis-desk check --json`` as a whole process, against ``pandoc -t plain``."""
    ours_cmd = [sys.executable, "-m", "wsis_desk", "check", str(docx), "--json"]

    def ours() -> None:
        subprocess.run(ours_cmd, check=True, stdout=subprocess.DEVNULL)

    t_ours = median_time(ours, repeat)
    print(f"wsis-desk check big.docx --json median {t_ours * 1000:7.1f} ms (whole process)")
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print(
            "pandoc -t plain big.docx        skipped (pandoc is not installed: apt install pandoc)"
        )
        return True

    def peer() -> None:
        subprocess.run([pandoc, "-t", "plain", str(docx)], check=True, stdout=subprocess.DEVNULL)

    t_peer = median_time(peer, repeat)
    ratio = t_peer / t_ours
    ok = ratio >= CHECK_VS_PANDOC_MIN_RATIO
    print(
        f"pandoc -t plain big.docx        median {t_peer * 1000:7.1f} ms   "
        f"we are {ratio:.1f}x faster (need >= {CHECK_VS_PANDOC_MIN_RATIO:.0f}x)   "
        f"{'ok' if ok else 'TOO SLOW'}"
    )
    return ok


def main() -> int:
    """Generate the synthetic draft and run every benchmark; exit 1 if a budget is missed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wsis-bench-") as tmp:
        work = Path(tmp)
        docx = work / "big.docx"
        docx.write_bytes(make_big_docx())
        print(
            f"synthetic draft: {docx.stat().st_size // 1024} KB, 300 paragraphs, "
            "~2,000 bracket groups (depth <= 4), Word auto-numbering, footnotes"
        )
        results = [bench_import(docx, work, args.repeat), bench_check_vs_pandoc(docx, args.repeat)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
