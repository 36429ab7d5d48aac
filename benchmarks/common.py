"""Shared benchmark helpers: timed runs that keep their samples, one result record per measure.

Every ``report*`` call prints one line and appends a :class:`Result` to the run's list, which
``benchmarks/__main__.py`` turns into the table, the JSON and the README section
(``benchmarks/report.py``). ``median_time`` returns the median as a float that also carries its
samples (:class:`Timing`), so ``report(label, median_time(fn, n), budget)`` records min and max
without any extra argument.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TextIO

from wsis_desk.runtime import settle_heap

OK, OVER, SLOW, INFO, SKIPPED, PEER_MISSING, ERROR = (
    "ok",
    "over budget",
    "too slow",
    "info",
    "skipped",
    "peer missing",
    "error",
)
PASSING = frozenset({OK, INFO, SKIPPED, PEER_MISSING})
QUICK_PROCESS_REPEAT = 2  # whole processes (peers included) cost seconds each
FASTER = "peer/ours >= need"  # we must be at least `need` times faster than the peer
WITHIN = "ours/peer <= need"  # we may take at most `need` times the peer


class Timing(float):
    """A median in seconds that remembers the samples it is the median of."""

    __slots__ = ("samples",)
    samples: tuple[float, ...]

    def __new__(cls, samples: Iterable[float]) -> Timing:
        values = tuple(samples)
        self = super().__new__(cls, statistics.median(values))
        self.samples = values
        return self


def spread(value: float) -> tuple[float, float, int]:
    """(min, max, n) of a measured value: its samples when it has them, else the value once."""
    samples = getattr(value, "samples", None)
    if samples:
        return min(samples), max(samples), len(samples)
    return float(value), float(value), 1


@dataclass(frozen=True)
class Result:
    """One measure of one run, as printed, stored in JSON and drawn in the README table.

    ``unit`` is ``"s"`` or ``"MB"``; ``budget`` is an upper bound in that unit. With a peer,
    ``ratio`` follows ``rule``: ``FASTER`` (peer/ours, at least ``need``) or ``WITHIN``
    (ours/peer, at most ``need``).
    """

    group: str
    label: str
    status: str
    unit: str = "s"
    median: float | None = None
    min: float | None = None
    max: float | None = None
    n: int = 0
    budget: float | None = None
    peer: str | None = None
    peer_median: float | None = None
    peer_min: float | None = None
    peer_max: float | None = None
    ratio: float | None = None
    need: float | None = None
    rule: str | None = None
    note: str = ""

    @property
    def ok(self) -> bool:
        """False when the measure missed its budget or could not be taken."""
        return self.status in PASSING

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON object (``ok`` included)."""
        return {**asdict(self), "ok": self.ok}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        """Rebuild a record written by :meth:`to_json`."""
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**fields)


class Recorder:
    """The results of one run, grouped by the benchmark group that is running."""

    def __init__(self) -> None:
        self.results: list[Result] = []
        self.group = ""
        self.quick = False
        self.out: TextIO | None = None  # None: sys.stdout at print time

    def add(self, result: Result) -> bool:
        """Keep ``result``, print its line, and say whether it passed."""
        self.results.append(result)
        print(format_line(result), file=self.out, flush=True)
        return result.ok

    def say(self, text: str) -> None:
        """Print a progress line that is not a measure (set-up times, section headers)."""
        print(text, file=self.out, flush=True)


RECORDER = Recorder()


def is_quick() -> bool:
    """True in ``--quick`` runs: a group may use smaller inputs where its budget allows."""
    return RECORDER.quick


def say(text: str) -> None:
    """Print a progress line to wherever the run's lines go."""
    RECORDER.say(text)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up call (a :class:`Timing`).

    The heap is settled first, as the app does after start-up (wsis_desk.runtime).
    """
    fn()
    settle_heap()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return Timing(times)


def alternating(repeat: int) -> list[int]:
    """The order of ``repeat`` rounds of two measures: 0, 1, 1, 0, 0, 1, 1, 0, …

    Taking turns (and swapping who goes first) puts a slow spell of a shared machine on both
    sides of a ratio, where timing one side's runs and then the other's puts it on one side.
    """
    order: list[int] = []
    for n in range(max(1, repeat)):
        order += [0, 1] if n % 2 == 0 else [1, 0]
    return order


def paired_times(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[Timing, Timing]:
    """Median wall times (:class:`Timing`) of two calls measured side by side: one warm-up
    call each, the heap settled, then ``repeat`` rounds taking turns (see ``alternating``)."""
    calls = (first, second)
    for fn in calls:
        fn()
    settle_heap()
    times: tuple[list[float], list[float]] = ([], [])
    for which in alternating(repeat):
        start = time.perf_counter()
        calls[which]()
        times[which].append(time.perf_counter() - start)
    return Timing(times[0]), Timing(times[1])


def paired_process_times(
    first: Sequence[str], second: Sequence[str], repeat: int, **kwargs: Any
) -> tuple[tuple[Timing, list[float]], tuple[Timing, list[float]]]:
    """``process_time`` of two commands side by side: a warm-up run each, then ``repeat``
    rounds taking turns; for each command its median wall time and its peak RSS per run."""
    if RECORDER.quick:
        repeat = min(repeat, QUICK_PROCESS_REPEAT)
    commands = (first, second)
    for cmd in commands:
        run_process(cmd, **kwargs)
    times: tuple[list[float], list[float]] = ([], [])
    peaks: tuple[list[float], list[float]] = ([], [])
    for which in alternating(repeat):
        seconds, peak = run_process(commands[which], **kwargs)
        times[which].append(seconds)
        peaks[which].append(peak)
    return (Timing(times[0]), peaks[0]), (Timing(times[1]), peaks[1])


class ProcessFailed(RuntimeError):
    """A timed process exited with an error; the message ends with its last stderr lines."""


# The timed command is started from this small interpreter, not from the benchmark process:
# a child's peak RSS (ru_maxrss) starts at the RSS of the process it was forked from, and the
# benchmark process holds hundreds of MB by the time the GUI group runs.
_LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - start
print(json.dumps([elapsed, os.waitstatus_to_exitcode(status), usage.ru_maxrss]))
"""


def run_process(cmd: Sequence[str], **kwargs: Any) -> tuple[float, float]:
    """Run ``cmd`` to completion: its wall time in seconds and its peak RSS in MB.

    Both are taken by a small launcher process around this one child (``wait4``, what
    ``/usr/bin/time`` reports). Output is discarded; stderr is kept aside to explain a failure.
    ``kwargs`` go to :class:`subprocess.run` (``env``, ``cwd``).
    """
    launcher = [sys.executable, "-I", "-S", "-c", _LAUNCHER, json.dumps(list(cmd))]
    with tempfile.TemporaryFile() as err_file:
        done = subprocess.run(launcher, stdout=subprocess.PIPE, stderr=err_file, **kwargs)
        elapsed, code, peak_kb = json.loads(done.stdout) if done.returncode == 0 else (0, -1, 0)
        if code:
            err_file.seek(0)
            tail = err_file.read().decode(errors="replace").strip().splitlines()[-5:]
            raise ProcessFailed(f"{' '.join(cmd[:4])} … exited {code}: " + " / ".join(tail))
    return float(elapsed), peak_kb / 1024  # Linux reports kilobytes


def process_time(cmd: Sequence[str], repeat: int, **kwargs: Any) -> tuple[float, list[float]]:
    """Median wall time (a :class:`Timing`) of ``repeat`` runs of ``cmd`` after a warm-up run,
    and the peak RSS in MB of each timed run. A ``--quick`` run times at most two."""
    if RECORDER.quick:
        repeat = min(repeat, QUICK_PROCESS_REPEAT)
    run_process(cmd, **kwargs)
    times, peaks = [], []
    for _ in range(max(1, repeat)):
        seconds, peak = run_process(cmd, **kwargs)
        times.append(seconds)
        peaks.append(peak)
    return Timing(times), peaks


def _measured(seconds: float) -> dict[str, Any]:
    low, high, n = spread(seconds)
    return {"median": float(seconds), "min": low, "max": high, "n": n}


def report(label: str, seconds: float, budget: float, extra: str = "") -> bool:
    """Record ``seconds`` against a budget (seconds); print it; say whether it was met."""
    status = OK if seconds <= budget else OVER
    return RECORDER.add(
        Result(RECORDER.group, label, status, budget=budget, note=extra, **_measured(seconds))
    )


def report_ratio(
    label: str, ours: float, peer: float, peer_name: str, need: float, *, extra: str = ""
) -> bool:
    """Record ours vs a peer measured in the same run; ``need`` is the minimum speed-up."""
    ratio = peer / ours if ours > 0 else float("inf")
    return _add_peer(label, ours, peer, peer_name, need, FASTER, ratio, ratio >= need, extra)


def report_within(
    label: str,
    ours: float,
    peer: float,
    peer_name: str,
    limit: float,
    *,
    slack: float = 0.0,
    extra: str = "",
) -> bool:
    """Record ours against at most ``limit`` times a peer (a tool, or our own reference case).

    ``slack`` seconds are allowed on top, for ratios of a few milliseconds that are only noise.
    """
    ratio = ours / peer if peer > 0 else float("inf")
    ok = ours <= peer * limit + slack
    return _add_peer(label, ours, peer, peer_name, limit, WITHIN, ratio, ok, extra)


def _add_peer(
    label: str,
    ours: float,
    peer: float,
    peer_name: str,
    need: float,
    rule: str,
    ratio: float,
    ok: bool,
    extra: str,
) -> bool:
    low, high, _ = spread(peer)
    return RECORDER.add(
        Result(
            RECORDER.group,
            label,
            OK if ok else SLOW,
            peer=peer_name,
            peer_median=float(peer),
            peer_min=low,
            peer_max=high,
            ratio=ratio,
            need=need,
            rule=rule,
            note=extra,
            **_measured(ours),
        )
    )


def report_peer_missing(
    label: str, ours: float, peer_name: str, need: float, hint: str, *, rule: str = FASTER
) -> bool:
    """Record ours alone when the peer is not installed; never a failure."""
    return RECORDER.add(
        Result(
            RECORDER.group,
            label,
            PEER_MISSING,
            peer=peer_name,
            need=need,
            rule=rule,
            note=hint,
            **_measured(ours),
        )
    )


def report_memory(label: str, peaks_mb: Sequence[float], budget_mb: float, extra: str = "") -> bool:
    """Record peak memory (MB) of repeated runs against a budget; the median must fit."""
    median = statistics.median(peaks_mb)
    return RECORDER.add(
        Result(
            RECORDER.group,
            label,
            OK if median <= budget_mb else OVER,
            unit="MB",
            median=median,
            min=min(peaks_mb),
            max=max(peaks_mb),
            n=len(peaks_mb),
            budget=budget_mb,
            note=extra,
        )
    )


def report_info(label: str, seconds: float, extra: str = "") -> bool:
    """Record a measure that has no budget of its own (context for the others)."""
    return RECORDER.add(Result(RECORDER.group, label, INFO, note=extra, **_measured(seconds)))


def report_skipped(label: str, reason: str) -> bool:
    """Record a measure that could not be taken here (e.g. the corpus is absent)."""
    return RECORDER.add(Result(RECORDER.group, label, SKIPPED, note=reason))


def report_error(label: str, error: BaseException) -> bool:
    """Record a benchmark that crashed; the run goes on and exits 1."""
    note = f"{type(error).__name__}: {error}"
    return RECORDER.add(Result(RECORDER.group, label, ERROR, note=note))


def format_amount(value: float, unit: str) -> str:
    """``123.4 ms`` / ``1.23 s`` for seconds, ``312 MB`` for memory."""
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1.0:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def format_span(low: float, high: float, unit: str) -> str:
    """``12.1–15.3 ms``, ``0.92–1.10 s``, ``301–322 MB``: one unit written once when shared."""
    if unit == "MB":
        return f"{low:.0f}–{high:.0f} MB"
    low_number, low_unit = format_amount(low, unit).rsplit(" ", 1)
    high_number, high_unit = format_amount(high, unit).rsplit(" ", 1)
    if low_unit == high_unit:
        return f"{low_number}–{high_number} {high_unit}"
    return f"{low_number} {low_unit}–{high_number} {high_unit}"


def format_range(result: Result) -> str:
    """``min–max`` of a result in its unit, or an empty string when it has no measure."""
    if result.min is None or result.max is None:
        return ""
    return format_span(result.min, result.max, result.unit)


def format_budget(value: float, unit: str) -> str:
    """A budget as written in the issues: ``50 ms``, ``1.5 s``, ``350 MB``."""
    if unit == "MB":
        return f"{value:g} MB"
    return f"{value * 1000:g} ms" if value < 1.0 else f"{value:g} s"


def format_duration(seconds: float) -> str:
    """A run's length: ``48 s`` or ``4 min 12 s``."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"


def format_requirement(result: Result) -> str:
    """What the measure must meet: ``≤ 300 ms``, ``≥ 2× faster than pandoc``, ``≤ 2× bare …``."""
    if result.rule is not None and result.need is not None and result.peer:
        if result.rule == FASTER:
            return f"≥ {result.need:g}× faster than {result.peer}"
        return f"≤ {result.need:g}× {result.peer}"
    if result.budget is not None:
        return f"≤ {format_budget(result.budget, result.unit)}"
    return ""


def format_ratio(result: Result) -> str:
    """The measured ratio in the words of its rule, e.g. ``2.3× faster`` or ``1.41×``."""
    if result.ratio is None:
        return ""
    if result.rule == FASTER:
        return f"{result.ratio:.1f}× faster"
    return f"{result.ratio:.2f}×"


def format_line(result: Result) -> str:
    """The one-line console form of a result."""
    head = f"{result.label:38}"
    if result.median is None:
        return f"{head} {result.status}" + (f" ({result.note})" if result.note else "")
    parts = [
        f"{head} median {format_amount(result.median, result.unit):>9}",
        f"[{format_range(result)}, n={result.n}]",
    ]
    if result.peer_median is not None:
        parts.append(f"{result.peer} {format_amount(result.peer_median, 's')}")
        parts.append(f"{format_ratio(result)}")
    requirement = format_requirement(result)
    if requirement:
        parts.append(f"need {requirement}")
    parts.append(result.status.upper() if not result.ok else result.status)
    tail = f"   ({result.note})" if result.note else ""
    return "   ".join(parts) + tail
