"""Interpreter pack benchmarks: a 100-page PDF in-process, and as a process against LibreOffice.

python -m benchmarks.bench_packs                 run them
python -m benchmarks.bench_packs --write OUT     write the benchmark pack (PDF or DOCX) and exit
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

PEER = "LibreOffice headless docx→pdf"
PACK_BUDGET_S = 1.5
PACK_VS_LIBREOFFICE_MIN_RATIO = 2.0
TARGET_PAGES = 100

_SENTENCES = {
    "en": "The Parties shall cooperate on capacity-building and the transfer of marine "
    "technology, in particular for developing States, as set out in [paragraph 12 bis].",
    "ru": "Стороны сотрудничают в деле создания потенциала и передачи морской технологии, "
    "в частности в интересах развивающихся государств.",
    "ar": "تتعاون الأطراف في بناء القدرات ونقل التكنولوجيا البحرية، ولا سيما لصالح الدول "
    "النامية، وفقا للفقرة 12 (مكررا) من عام 2025.",
    "zh": "缔约方应在能力建设和海洋技术转让方面开展合作，特别是为发展中国家，"
    "包括在2030年以前实现《公约》的目标。",
}


def make_pack():  # type: ignore[no-untyped-def]
    """About 100 A4 pages: long statements in English, Russian, Arabic and Chinese, plus
    referenced paragraphs with brackets and a redline."""
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.core.packs import (
        Pack,
        PackOptions,
        ParagraphsItem,
        RedlineItem,
        StatementItem,
    )

    items: list[object] = []
    for lang, sentence in _SENTENCES.items():
        body = "\n\n".join(" ".join([sentence] * 6) for _ in range(54))
        items.append(StatementItem(f"Statement {lang}", "CSO caucus", "WSIS+20", lang, body, 120))
    paras = tuple(
        Paragraph(i, f"OP{i + 1}", ParagraphKind.OPERATIVE, "Decides [to establish] " * 12)
        for i in range(60)
    )
    items.append(ParagraphsItem("Outcome", "A/80/L.1", "Rev.2", "en", paras))
    ops = (("=", "Decides to " * 10), ("-", "establish"), ("+", "create"), ("=", "a group;"))
    items.append(RedlineItem("Outcome", "A/80/L.1", "Rev.1", "Rev.2", "en", (("OP1", ops),) * 30))
    options = PackOptions(generated_at=datetime(2025, 5, 2, 14, 3, tzinfo=UTC))
    return Pack("Benchmark pack", "WSIS+20", tuple(items), options)  # type: ignore[arg-type]


def _medians(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Wall time (with its samples) and median CPU time of ``repeat`` calls after a warm-up."""
    from benchmarks.common import Timing
    from wsis_desk.runtime import settle_heap

    fn()
    settle_heap()
    wall, cpu = [], []
    for _ in range(max(1, repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(wall), statistics.median(cpu)


def run(repeat: int) -> bool:
    """Record the pack benchmarks against their budgets; False if one is missed."""
    from pypdf import PdfReader

    # Imported here: ``--write`` is the timed whole process and should load only what it needs.
    from benchmarks.common import (
        paired_process_times,
        process_time,
        report,
        report_error,
        report_peer_missing,
        report_ratio,
    )
    from wsis_desk.formats.docx_pack import write_pack_docx
    from wsis_desk.formats.pdf_pack import write_pack_pdf

    pack = make_pack()
    with tempfile.TemporaryDirectory(prefix="wsis-bench-pack-") as tmp:
        work = Path(tmp)
        (work / "pack.pdf").write_bytes(write_pack_pdf(pack))
        pages = len(PdfReader(work / "pack.pdf").pages)
        t, cpu = _medians(lambda: write_pack_pdf(pack), repeat)
        ok = report(
            f"pack PDF of {TARGET_PAGES} pages in-process",
            t,
            PACK_BUDGET_S,
            f"{pages} pages; CPU {cpu * 1000:.0f} ms, a busy machine shows in the gap",
        )
        if pages < TARGET_PAGES:
            ok = report_error(
                "pack PDF page count", ValueError(f"{pages} pages, fewer than {TARGET_PAGES}")
            )
        label = "pack PDF as a whole process"
        ours_cmd = [sys.executable, "-m", "benchmarks.bench_packs", "--write", str(work / "o.pdf")]
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            t_ours, _ = process_time(ours_cmd, repeat)
            return ok & report_peer_missing(
                label,
                t_ours,
                PEER,
                PACK_VS_LIBREOFFICE_MIN_RATIO,
                "apt install libreoffice-writer-nogui",
            )
        docx = work / "pack.docx"
        docx.write_bytes(write_pack_docx(pack))
        profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
        peer_cmd = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work)]
        (t_ours, peaks), (t_peer, _) = paired_process_times(
            ours_cmd, [*peer_cmd, str(docx)], repeat
        )
        extra = f"peak RSS {max(peaks):.0f} MB"
        ok_peer = report_ratio(
            label, t_ours, t_peer, PEER, PACK_VS_LIBREOFFICE_MIN_RATIO, extra=extra
        )
    return ok and ok_peer


def main() -> int:
    """Run the benchmarks, or with ``--write`` just write the pack (the whole-process case)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_packs")
    parser.add_argument("--write", type=Path, help="write the benchmark pack to this file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.write is not None:
        pack = make_pack()
        if args.write.suffix.lower() == ".docx":
            from wsis_desk.formats.docx_pack import write_pack_docx

            args.write.write_bytes(write_pack_docx(pack))
        else:
            from wsis_desk.formats.pdf_pack import write_pack_pdf

            args.write.write_bytes(write_pack_pdf(pack))
        return 0
    return 0 if run(args.repeat) else 1


if __name__ == "__main__":
    sys.exit(main())
