"""Import budgets: the synthetic 100-page draft in-process, and ``check`` against pandoc."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    median_time,
    paired_process_times,
    process_time,
    report,
    report_peer_missing,
    report_ratio,
)
from benchmarks.synthetic import make_big_docx

IMPORT_BUDGET_S = 0.3
CHECK_VS_PANDOC_MIN_RATIO = 2.0


def bench_import(docx: Path, work: Path, repeat: int) -> bool:
    """Import (parse, segment, census, lineage, store) in-process, a new document each time."""
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(work / "import-home")
    counter = iter(range(10_000))
    try:
        t = median_time(lambda: import_file(ws, docx, document=f"Big {next(counter)}"), repeat)
    finally:
        ws.close()
    return report("import big.docx in-process", t, IMPORT_BUDGET_S)


def bench_check_vs_pandoc(docx: Path, repeat: int) -> bool:
    """``wsis-desk check --json`` as a whole process, against ``pandoc -t plain``."""
    label = "check big.docx --json (process)"
    ours_cmd = [sys.executable, "-m", "wsis_desk", "check", str(docx), "--json"]
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        ours, peaks = process_time(ours_cmd, repeat)
        return report_peer_missing(
            label, ours, "pandoc", CHECK_VS_PANDOC_MIN_RATIO, "apt install pandoc"
        )
    (ours, peaks), (peer, _) = paired_process_times(
        ours_cmd, [pandoc, "-t", "plain", str(docx)], repeat
    )
    extra = f"peak RSS {max(peaks):.0f} MB"
    return report_ratio(
        label, ours, peer, "pandoc -t plain", CHECK_VS_PANDOC_MIN_RATIO, extra=extra
    )


def run(repeat: int) -> bool:
    """Both import benchmarks on a fresh synthetic draft."""
    with tempfile.TemporaryDirectory(prefix="wsis-bench-") as tmp:
        work = Path(tmp)
        docx = work / "big.docx"
        docx.write_bytes(make_big_docx())
        results = [bench_import(docx, work, repeat), bench_check_vs_pandoc(docx, repeat)]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run(5) else 1)
