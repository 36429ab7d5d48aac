"""Run the benchmarks and print medians against their budgets and peers.

    python -m benchmarks                 every benchmark
    python -m benchmarks --only gui      one group (import, brackets, compare, packs, gui, …)
    python -m benchmarks --repeat 9      more repetitions for steadier medians

Exit status 1 when a budget is missed. Budgets are measured here, never in unit tests.
"""

from __future__ import annotations

import argparse
import importlib
import sys

GROUPS = ("import", "brackets", "compare", "packs", "gui", "positions", "sync")


def main() -> int:
    """Run the chosen groups; each is a module ``benchmarks.bench_<name>`` with ``run(repeat)``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", choices=GROUPS, action="append")
    args = parser.parse_args()
    results = []
    for name in args.only or GROUPS:
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"benchmarks.bench_{name}":
                raise
            continue
        print(f"== {name}")
        results.append(module.run(args.repeat))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
