"""PDF budgets side by side: the 86-page Geneva text imported in-process, ``check`` vs pdftotext."""

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
    report_skipped,
    report_within,
)

GENEVA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpus"
    / "pdf"
    / "unfccc_paris_v0a_2015-02-12_geneva_negotiating_text.pdf"
)
IMPORT_BUDGET_S = 1.5
CHECK_VS_PDFTOTEXT_MAX_RATIO = 2.0


def bench_import(pdf: Path, work: Path, repeat: int) -> bool:
    """Import (read, segment, census, store) the 86-page PDF in-process, a new document each."""
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(work / "import-home")
    counter = iter(range(10_000))
    try:
        t = median_time(lambda: import_file(ws, pdf, document=f"Geneva {next(counter)}"), repeat)
    finally:
        ws.close()
    return report("import 86-page PDF in-process", t, IMPORT_BUDGET_S)


def bench_check_vs_pdftotext(pdf: Path, work: Path, repeat: int) -> bool:
    """``wsis-desk check`` as a whole process, against ``pdftotext`` alone on the same file."""
    label = "check 86-page PDF (process)"
    ours_cmd = [sys.executable, "-m", "wsis_desk", "check", str(pdf), "--json"]
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        ours, _ = process_time(ours_cmd, repeat)
        return report_peer_missing(
            label, ours, "pdftotext", CHECK_VS_PDFTOTEXT_MAX_RATIO, "apt install poppler-utils"
        )
    (ours, peaks), (peer, _) = paired_process_times(
        ours_cmd, [pdftotext, str(pdf), str(work / "out.txt")], repeat
    )
    return report_within(
        label,
        ours,
        peer,
        "pdftotext",
        CHECK_VS_PDFTOTEXT_MAX_RATIO,
        extra=f"peak RSS {max(peaks):.0f} MB",
    )


def run(repeat: int) -> bool:
    """Both PDF benchmarks on the corpus's 86-page PDF (reported as skipped without it)."""
    if not GENEVA.is_file():
        return report_skipped("PDF import", "../shared/corpus is absent")
    with tempfile.TemporaryDirectory(prefix="wsis-bench-") as tmp:
        work = Path(tmp)
        results = [
            bench_import(GENEVA, work, repeat),
            bench_check_vs_pdftotext(GENEVA, work, repeat),
        ]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run(5) else 1)
