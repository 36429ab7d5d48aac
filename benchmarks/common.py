"""Shared timing helpers for the benchmarks: medians after a warm-up, one report line each."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from wsis_desk.runtime import settle_heap


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up call.

    The heap is settled first, as the app does after start-up (wsis_desk.runtime).
    """
    fn()
    settle_heap()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, seconds: float, budget: float, extra: str = "") -> bool:
    """Print one line against a budget (seconds) and say whether it was met."""
    ok = seconds <= budget
    tail = f"   ({extra})" if extra else ""
    print(
        f"{label:34} median {seconds * 1000:8.1f} ms   budget {budget * 1000:6.0f} ms   "
        f"{'ok' if ok else 'OVER BUDGET'}{tail}"
    )
    return ok


def report_ratio(label: str, ours: float, peer: float, peer_name: str, need: float) -> bool:
    """Print ours vs a peer measured in the same run; ``need`` is the minimum speed-up."""
    ratio = peer / ours if ours > 0 else float("inf")
    ok = ratio >= need
    print(
        f"{label:34} median {ours * 1000:8.1f} ms   {peer_name} {peer * 1000:.1f} ms   "
        f"{ratio:.1f}x (need >= {need:g}x)   {'ok' if ok else 'TOO SLOW'}"
    )
    return ok
