"""Benchmark comparing two versions of the synthetic draft and writing DOCX and PDF redlines."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

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


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    t = median_time(lambda: compare(old, new), repeat)
    ok_compare = t <= COMPARE_BUDGET_S
    print(
        f"compare 100-page pair ({len(old)}/{len(new)} paragraphs)  median {t * 1000:7.1f} ms   "
        f"budget {COMPARE_BUDGET_S * 1000:.0f} ms   {'ok' if ok_compare else 'OVER BUDGET'}"
    )
    big_old = draft(1000)
    big_new = revise(big_old)
    t_big = median_time(lambda: compare(big_old, big_new), repeat)
    growth = t_big / t
    size = len(big_old) / len(old)
    ok_growth = growth <= GROWTH_BUDGET
    print(
        f"compare 1,000-paragraph pair ({len(big_old)}/{len(big_new)})  median "
        f"{t_big * 1000:7.1f} ms   {growth:.1f}x the 100-page pair for {size:.1f}x the "
        f"paragraphs (need <= {GROWTH_BUDGET:.0f}x)   {'ok' if ok_growth else 'TOO SLOW'}"
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
    results = [ok_compare, ok_growth]
    for name, value in (("DOCX", t_docx), ("PDF", t_pdf)):
        ok = value <= REDLINE_BUDGET_S
        results.append(ok)
        print(
            f"{name} redline of the 100-page pair       median {value * 1000:7.1f} ms   "
            f"budget {REDLINE_BUDGET_S * 1000:.0f} ms   {'ok' if ok else 'OVER BUDGET'}"
        )
    return all(results)


if __name__ == "__main__":
    import sys

    sys.exit(0 if run(5) else 1)
