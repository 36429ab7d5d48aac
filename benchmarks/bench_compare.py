"""Benchmark comparing two versions of the synthetic draft and writing DOCX and PDF redlines.

python -m benchmarks.bench_compare                               run them
python -m benchmarks.bench_compare --write OUT.pdf   write the PDF redline of the 100-page pair
                                                   and exit (the timed whole process)
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import (
    median_time,
    paired_process_times,
    paired_times,
    report,
    report_peer_missing,
    report_ratio,
    report_within,
)
from benchmarks.synthetic import WORDS, make_big_docx
from wsis_desk.core.compare import compare
from wsis_desk.core.model import Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.docx_redline import write_redline_docx
from wsis_desk.formats.pdf_redline import write_redline_pdf

COMPARE_BUDGET_S = 0.3
GROWTH_BUDGET = 4.0  # 1,000 paragraphs may take at most this many times the 100-page pair
REDLINE_BUDGET_S = 1.5
PEER = "LibreOffice headless docx→pdf"
REDLINE_VS_LIBREOFFICE_MIN_RATIO = 2.0
WHEN = datetime(2025, 11, 14, 23, 40, tzinfo=UTC)


def draft(paragraphs: int) -> tuple[Paragraph, ...]:
    """The synthetic draft with about ``paragraphs`` source paragraphs, segmented."""
    data = make_big_docx(paragraphs=paragraphs, brackets=paragraphs * 20 // 3)
    return segment(read_docx(data, name="big.docx")).paragraphs


def revise(old: tuple[Paragraph, ...], seed: int = 11) -> tuple[Paragraph, ...]:
    """Version B: 10% of paragraphs edited, 5% moved, 3% inserted, 2% deleted (deterministic)."""
    rng = random.Random(seed)
    n = len(old)
    order = list(range(n))
    rng.shuffle(order)
    cut = [n * 10 // 100, n * 5 // 100, n * 2 // 100]
    edited = set(order[: cut[0]])
    moved = order[cut[0] : cut[0] + cut[1]]
    deleted = set(order[cut[0] + cut[1] : cut[0] + cut[1] + cut[2]])
    texts: list[tuple[str, str]] = []
    for p in old:
        if p.index in deleted:
            continue
        text = p.text
        if p.index in edited:
            words = text.split(" ")
            for _ in range(max(1, len(words) // 15)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            text = " ".join(words)
        texts.append((p.label, text))
    for i in moved:
        item = (old[i].label, old[i].text)
        if item in texts:
            texts.remove(item)
            texts.insert(rng.randrange(len(texts) + 1), item)
    for k in range(n * 3 // 100):
        at = rng.randrange(len(texts) + 1)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 60)))
        texts.insert(at, (f"OP{at}bis", f"Decides also {k} [{words}];"))
    kind = old[0].kind
    return tuple(
        Paragraph(index=i, label=label, kind=kind, text=text)
        for i, (label, text) in enumerate(texts)
    )


def run(repeat: int) -> bool:
    """Time compare on the 100-page pair and a 1,000-paragraph pair, and both redlines."""
    old = draft(300)
    new = revise(old)
    big_old = draft(1000)
    big_new = revise(big_old)
    t, t_big = paired_times(lambda: compare(old, new), lambda: compare(big_old, big_new), repeat)
    ok_compare = report(
        "compare 100-page pair", t, COMPARE_BUDGET_S, f"{len(old)}/{len(new)} paragraphs"
    )
    ok_growth = report_within(
        "compare 1,000-paragraph pair",
        t_big,
        t,
        "the 100-page pair",
        GROWTH_BUDGET,
        extra=f"{len(big_old)}/{len(big_new)} paragraphs, "
        f"{len(big_old) / len(old):.1f}x the paragraphs",
    )
    comparison = compare(old, new)
    when = datetime(2025, 11, 14, 23, 40, tzinfo=UTC)
    t_docx = median_time(
        lambda: write_redline_docx(
            comparison,
            old,
            new,
            title="Synthetic draft",
            old_label="Rev.1",
            new_label="Rev.2",
            author="bench",
            when=when,
        ),
        repeat,
    )
    t_pdf = median_time(
        lambda: write_redline_pdf(
            comparison,
            old,
            new,
            title="Synthetic draft",
            old_label="Rev.1",
            old_date=when,
            new_label="Rev.2",
            new_date=when,
        ),
        repeat,
    )
    ok_docx = report("DOCX redline of the 100-page pair", t_docx, REDLINE_BUDGET_S)
    ok_pdf = report("PDF redline of the 100-page pair", t_pdf, REDLINE_BUDGET_S)
    ok_peer = _against_libreoffice(repeat)
    return all([ok_compare, ok_growth, ok_docx, ok_pdf, ok_peer, _tracked(repeat, when)])


def _redline_pdf() -> bytes:
    """What the timed process does: build and read the synthetic draft (the .docx is made in
    memory, which only adds to our time), revise it, compare, draw the PDF redline."""
    old = draft(300)
    new = revise(old)
    return write_redline_pdf(
        compare(old, new),
        old,
        new,
        title="Synthetic draft",
        old_label="Rev.1",
        old_date=WHEN,
        new_label="Rev.2",
        new_date=WHEN,
    )


def _against_libreoffice(repeat: int) -> bool:
    """Our whole process (draft read, compared and drawn as a PDF redline) side by side with
    LibreOffice converting the DOCX redline of the same pair to PDF."""
    label = "PDF redline as a whole process"
    with tempfile.TemporaryDirectory(prefix="wsis-bench-redline-") as tmp:
        work = Path(tmp)
        ours = [sys.executable, "-m", "benchmarks.bench_compare", "--write", str(work / "o.pdf")]
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            from benchmarks.common import process_time

            t_ours, _ = process_time(ours, repeat)
            hint = "apt install libreoffice-writer-nogui"
            return report_peer_missing(label, t_ours, PEER, REDLINE_VS_LIBREOFFICE_MIN_RATIO, hint)
        old = draft(300)
        new = revise(old)
        redline = work / "redline.docx"
        redline.write_bytes(
            write_redline_docx(
                compare(old, new),
                old,
                new,
                title="Synthetic draft",
                old_label="Rev.1",
                new_label="Rev.2",
                author="bench",
                when=WHEN,
            )
        )
        profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
        peer = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work)]
        (t_ours, peaks), (t_peer, _) = paired_process_times(ours, [*peer, str(redline)], repeat)
        pages = _pages(work / "o.pdf"), _pages(work / "redline.pdf")
        extra = f"ours {pages[0]} pages, LibreOffice's {pages[1]}; peak RSS {max(peaks):.0f} MB"
        return report_ratio(
            label, t_ours, t_peer, PEER, REDLINE_VS_LIBREOFFICE_MIN_RATIO, extra=extra
        )


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _tracked(repeat: int, when: datetime) -> bool:
    """The Word redline written into the delegation's own file: the two Art. 6.2 drafts."""
    folder = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "docx"
    old = folder / "art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
    new = folder / "art62_cma6_draft_party_inputs_working_copy.docx"
    if not (old.exists() and new.exists()):
        return True  # the corpus is not here: nothing to measure
    from wsis_desk.formats.docx_tracked import write_tracked_docx

    a, b = old.read_bytes(), new.read_bytes()
    seconds = median_time(
        lambda: write_tracked_docx(b, old_docx=a, author="bench", when=when), repeat
    )
    return report(
        "Word redline in the delegation's own .docx (Art. 6.2 drafts)",
        seconds,
        REDLINE_BUDGET_S,
        "SBSTA 61 draft → CMA 6 working copy, in the newer file's own runs",
    )


def main() -> int:
    """Run the benchmarks, or with ``--write`` just write one PDF redline (the timed process)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_compare")
    parser.add_argument("--write", type=Path, help="write the PDF redline of the 100-page pair")
    args = parser.parse_args()
    if args.write is not None:
        args.write.write_bytes(_redline_pdf())
        return 0
    return 0 if run(5) else 1


if __name__ == "__main__":
    sys.exit(main())
