"""The performance report: every budget of the issues, with median, min–max and peer ratios.

    python -m benchmarks                     full run (7 timed repetitions after a warm-up)
    python -m benchmarks --quick             short run: 3 repetitions, 2 of whole processes
    python -m benchmarks --only gui          one group (repeatable): import, brackets, compare, …
    python -m benchmarks --repeat 9          more repetitions for steadier medians
    python -m benchmarks --json out.json     also write the results and the machine as JSON
    python -m benchmarks --json -            JSON on stdout (progress lines go to stderr)
    python -m benchmarks --markdown -        the README table on stdout (or to a file)
    python -m benchmarks --readme            rewrite README.md's Performance table with this run
    python -m benchmarks --readme --note "…" with a sentence under the table
    python -m benchmarks --from-json out.json --readme   render a saved run, measure nothing

Exit status 1 when a budget is missed or a benchmark fails, 0 otherwise (a missing peer or
corpus is reported, not failed). Budgets are measured here, never in unit tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.common import QUICK_PROCESS_REPEAT, RECORDER, Result, report_error, say

GROUPS = ("import", "pdf", "brackets", "compare", "packs", "gui", "positions", "sync", "scale")
FULL_REPEAT, QUICK_REPEAT = 7, 3


def run_groups(groups: tuple[str, ...], repeat: int) -> dict[str, float]:
    """Run each group (a module ``benchmarks.bench_<name>`` with ``run(repeat)``); seconds each.

    A group that crashes is recorded as an error and the others still run.
    """
    seconds: dict[str, float] = {}
    for name in groups:
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"benchmarks.bench_{name}":
                raise
            continue
        RECORDER.group = name
        say(f"== {name}")
        start = time.perf_counter()
        before = len(RECORDER.results)
        try:
            ok = module.run(repeat)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            report_error(f"{name} benchmarks", exc)
        else:
            if not ok and all(r.ok for r in RECORDER.results[before:]):
                report_error(f"{name} benchmarks", RuntimeError("a check failed without a result"))
        seconds[name] = round(time.perf_counter() - start, 1)
    return seconds


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure every performance budget and print the report.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="short run: 3 repetitions, 2 for whole processes"
    )
    parser.add_argument("--repeat", type=int, help="timed repetitions (default 7, quick 3)")
    parser.add_argument("--only", choices=GROUPS, action="append", help="run only this group")
    parser.add_argument("--json", metavar="PATH", help="write the report as JSON ('-': stdout)")
    parser.add_argument("--markdown", metavar="PATH", help="write the Markdown table ('-': stdout)")
    parser.add_argument(
        "--readme",
        nargs="?",
        const=str(report.ROOT / "README.md"),
        metavar="PATH",
        help="replace the Performance table in README.md (or PATH) with this run's",
    )
    parser.add_argument(
        "--note", metavar="TEXT", help="a sentence printed under the table (e.g. why it is noisy)"
    )
    parser.add_argument(
        "--from-json", metavar="PATH", help="render a report saved with --json; measure nothing"
    )
    args = parser.parse_args(argv)
    if args.json == "-" and args.markdown == "-":
        parser.error("only one of --json and --markdown can go to stdout")
    if args.readme and args.only:
        parser.error("--readme shows every group: leave out --only")
    if args.from_json and (args.quick or args.repeat or args.only):
        parser.error("--from-json renders a saved run: --quick, --repeat and --only do not apply")
    return args


def compile_bytecode() -> None:
    """Compile wsis_desk's bytecode, as installing the app does (pip, the frozen build).

    An editable install compiles nothing, and with PYTHONDONTWRITEBYTECODE set (as on our CI
    machines) nothing is ever cached: every timed process would compile each module it
    imports from source, a cost no installed copy pays.
    """
    import compileall

    import wsis_desk

    compileall.compile_dir(Path(wsis_desk.__file__).parent, quiet=1)


def measure(args: argparse.Namespace) -> tuple[list[Result], dict[str, Any], dict[str, Any]]:
    """Run the benchmarks; the results, the machine and a description of the run."""
    repeat = args.repeat or (QUICK_REPEAT if args.quick else FULL_REPEAT)
    RECORDER.quick = args.quick
    machine = report.machine_info()
    say(f"Machine: {report.machine_line(machine)}")
    compile_bytecode()
    start = time.perf_counter()
    groups = tuple(args.only or GROUPS)
    group_seconds = run_groups(groups, repeat)
    run = {
        "quick": bool(args.quick),
        "repeat": repeat,
        "process_repeat": min(repeat, QUICK_PROCESS_REPEAT) if args.quick else repeat,
        "groups": group_seconds,
        "seconds": round(time.perf_counter() - start, 1),
    }
    return list(RECORDER.results), machine, run


def main(argv: list[str] | None = None) -> int:
    """Measure (or load) a run, write the outputs asked for, and exit 1 on a missed budget."""
    args = parse_args(argv)
    if args.json == "-" or args.markdown == "-":
        RECORDER.out = sys.stderr  # stdout carries the document
    if args.from_json:
        data = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        results, machine, run = report.from_json(data)
    else:
        results, machine, run = measure(args)
    if args.note:
        run["note"] = args.note
    missed = [r for r in results if not r.ok]
    say(
        f"== {len(results)} measures in {run.get('seconds', 0):.0f} s; "
        + ("every budget met" if not missed else f"missed: {'; '.join(r.label for r in missed)}")
    )
    if args.json:
        report.write_text(args.json, report.dumps(report.to_json(results, machine, run)))
    table = report.markdown(results, machine, run)
    if args.markdown:
        report.write_text(args.markdown, table)
    if args.readme:
        report.update_readme(Path(args.readme), table)
        say(f"README table rewritten: {args.readme}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
