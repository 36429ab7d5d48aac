"""PDF budgets side by side: the 86-page Geneva text imported in-process, ``check`` vs pdftotext."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import (
    Timing,
    median_time,
    paired_process_times,
    process_time,
    report,
    report_info,
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
# The floor under any PDFium-based ``check``: Python starts, imports pypdfium2, opens the file
# and loads each page and its text page (what every character position needs), nothing more.
_FLOOR = """
import sys
import pypdfium2 as pdfium
import pypdfium2.raw as c
doc = pdfium.PdfDocument(sys.argv[1])
for i in range(len(doc)):
    page = c.FPDF_LoadPage(doc.raw, i)
    c.FPDFText_ClosePage(c.FPDFText_LoadPage(page))
    c.FPDF_ClosePage(page)
doc.close()
"""


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


def cpu_time(cmd: Sequence[str]) -> float:
    """User + system CPU seconds of one run of ``cmd`` (its own, from ``wait4``).

    CPU time hardly moves with the load of a shared machine, where wall time does.
    """
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{' '.join(cmd[:4])} … failed")
    return usage.ru_utime + usage.ru_stime


def bench_cpu_floor(pdf: Path, work: Path, repeat: int) -> bool:
    """CPU time of ``check``, of the PDFium floor and of pdftotext, taking turns.

    Recorded as information beside the budget line: how far ``check`` is above pdftotext,
    and how far the floor (Python plus PDFium loading the pages, no reading) already is.
    """
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return report_skipped("check vs floor, CPU time", "pdftotext is absent")
    commands = (
        [sys.executable, "-m", "wsis_desk", "check", str(pdf), "--json"],
        [sys.executable, "-c", _FLOOR, str(pdf)],
        [pdftotext, str(pdf), str(work / "out.txt")],
    )
    for cmd in commands:
        cpu_time(cmd)  # warm-up: file cache, bytecode
    samples: tuple[list[float], ...] = ([], [], [])
    for n in range(max(3, repeat)):
        for which in range(3) if n % 2 == 0 else reversed(range(3)):
            samples[which].append(cpu_time(commands[which]))
    ours, floor, peer = (Timing(s) for s in samples)
    return all(
        [
            report_info(
                "check 86-page PDF, CPU time",
                ours,
                f"{ours / peer:.2f}× pdftotext's CPU time ({statistics.median(samples[2]):.3f} s)",
            ),
            report_info(
                "floor: Python + PDFium loading the pages, CPU time",
                floor,
                f"{floor / peer:.2f}× pdftotext's CPU time",
            ),
        ]
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
            bench_cpu_floor(GENEVA, work, repeat),
        ]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run(5) else 1)
