"""Bracket census budgets: the synthetic 100-page draft and the Paris v1 draft, in-process.

Run alone with ``python -m benchmarks.bench_brackets``; ``benchmarks/__main__.py`` calls ``run``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.common import median_time, report, report_skipped
from benchmarks.synthetic import make_big_docx

SYNTHETIC_BUDGET_S = 0.050
PARIS_BUDGET_S = 0.100
PARIS_V1 = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpus"
    / "texts"
    / "unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt"
)


def bench_synthetic(repeat: int) -> bool:
    """Census (parse, attributions, document scope) of the synthetic draft's paragraphs."""
    from wsis_desk.core.brackets.census import version_census
    from wsis_desk.core.segment import segment
    from wsis_desk.formats.docx_in import read_docx
    from wsis_desk.formats.parties_in import load_registry

    registry = load_registry()
    paragraphs = segment(read_docx(make_big_docx(), name="big.docx")).paragraphs
    census = version_census(paragraphs, registry)
    t = median_time(lambda: version_census(paragraphs, registry), repeat)
    extra = f"{len(paragraphs)} paragraphs, {census.groups} groups, depth {census.max_depth}"
    return report("bracket census big.docx", t, SYNTHETIC_BUDGET_S, extra)


def bench_paris(repeat: int) -> bool:
    """Census of the whole Paris Agreement draft of 6 November 2015 (about 1,000 brackets)."""
    if not PARIS_V1.is_file():
        return report_skipped("bracket census Paris v1", "../shared/corpus is absent")
    from wsis_desk.core.brackets.census import version_census
    from wsis_desk.core.segment import segment
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.formats.reader import parse_bytes

    registry = load_registry()
    data = PARIS_V1.read_bytes().split(b"\n", 1)[1]  # drop the CORPUS-SOURCE line
    paragraphs = segment(parse_bytes(data, PARIS_V1.name)).paragraphs
    census = version_census(paragraphs, registry)
    t = median_time(lambda: version_census(paragraphs, registry), repeat)
    extra = f"{len(paragraphs)} paragraphs, {census.groups} groups, depth {census.max_depth}"
    return report("bracket census Paris v1", t, PARIS_BUDGET_S, extra)


def run(repeat: int) -> bool:
    """Run the bracket benchmarks; True when every budget is met."""
    return all([bench_synthetic(repeat), bench_paris(repeat)])


if __name__ == "__main__":
    sys.exit(0 if run(7) else 1)
