"""Position budgets: the 193 x 300 matrix with 10,000 positions, the 500-input report PDF.

Run alone with ``python -m benchmarks.bench_positions``; ``benchmarks/__main__.py`` may call
``run``.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from benchmarks.common import median_time, report

MATRIX_BUDGET_S = 0.200
REPORT_BUDGET_S = 2.0


def _seed_matrix(work: Path) -> object:
    """A workspace with one 300-paragraph version and 10,000 positions of the 193 states."""
    from sqlalchemy import insert

    from wsis_desk.core.parties import PartyKind
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.documents import import_file
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.store.orm import ParagraphRow, PositionRow, VersionRow, new_id

    ws = open_workspace(work / "matrix-home")
    text = "The General Assembly,\n\n" + "\n\n".join(
        f"{n}. Decides to [act][consider acting] on item {n};" for n in range(1, 300)
    )
    draft = work / "draft300.txt"
    draft.write_text(text, encoding="utf-8")
    import_file(ws, draft, document="Bench")
    states = [p.code for p in load_registry() if p.kind is PartyKind.STATE]
    rng = random.Random(6)
    stances = ("support", "oppose", "amend", "reserve", "red_line", "flexible", "unknown")
    with ws.db.sessions.begin() as session:
        version = session.query(VersionRow).one()
        lineages = [
            lin
            for (lin,) in session.query(ParagraphRow.lineage_id).filter_by(version_id=version.id)
        ]
        rows = [
            {
                "id": new_id(),
                "document_id": version.document_id,
                "party_code": rng.choice(states),
                "lineage_id": rng.choice(lineages),
                "stance": rng.choice(stances),
                "recorded_at": f"2025-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}",
                "updated_at": "2025-01-01T00:00:00",
                "version_id": version.id,
                "hlc": "",
                "origin": "",
                "deleted": False,
            }
            for n in range(10_000)
        ]
        session.execute(insert(PositionRow), rows)
    return ws


def bench_matrix(work: Path, repeat: int) -> bool:
    """position_matrix over every member state (193 rows) x 300 paragraphs, in-process."""
    from wsis_desk.services.matrix import position_matrix

    ws = _seed_matrix(work)
    try:
        m = position_matrix(ws, "Bench", all_states=True)  # type: ignore[arg-type]
        t = median_time(lambda: position_matrix(ws, "Bench", all_states=True), repeat)  # type: ignore[arg-type]
    finally:
        ws.close()  # type: ignore[attr-defined]
    extra = f"{len(m.rows)} parties x {len(m.columns)} paragraphs, 10,000 positions"
    return report("position matrix 193x300", t, MATRIX_BUDGET_S, extra)


def bench_report(repeat: int) -> bool:
    """Transparency report PDF of 500 inputs with commitments."""
    from wsis_desk.core.positions import CommitmentStatus, Disposition
    from wsis_desk.core.reports import CommitmentLine, InputLine
    from wsis_desk.formats.pdf_report import write_report_pdf
    from wsis_desk.services.reports import build_report

    outcomes = list(Disposition)
    lines = [
        InputLine(
            id=str(n),
            title=f"Input {n}: strengthen the language on meaningful connectivity",
            submitter=f"Organisation {n % 37}",
            group=("Civil Society", "Private Sector", "Technical Community", "Academia")[n % 4],
            submitted_on="2025-03-01",
            asked="Replace 'encourages' by 'calls upon' and add a reference to affordability "
            "and digital skills for women and girls in rural areas. " * 2,
            targets=(f"OP{n % 40 + 1}", f"PP{n % 12 + 1}"),
            landed=f"Rev.2 OP{n % 40 + 1}" if n % 3 else "",
            disposition=outcomes[n % len(outcomes)],
            reason="Reflected in part: affordability kept, skills moved to OP12.",
            changes=2,
        )
        for n in range(500)
    ]
    commitments = tuple(
        CommitmentLine(
            str(n),
            "EU",
            "Circulate a bridging text",
            "2025-05-01",
            CommitmentStatus.OVERDUE if n % 2 else CommitmentStatus.OPEN,
            ("OP5",),
        )
        for n in range(20)
    )
    document = build_report(
        document="Bench", symbol="A/80/L.1", scope="Rev.2", lines=lines, commitments=commitments
    )
    pages = write_report_pdf(document).count(b"/Type /Page\n")
    t = median_time(lambda: write_report_pdf(document), repeat)
    return report("transparency report 500 inputs", t, REPORT_BUDGET_S, f"PDF, ~{pages} pages")


def run(repeat: int = 5) -> bool:
    """Run both budgets; True when both are met."""
    with tempfile.TemporaryDirectory(prefix="wsis-bench-positions-") as tmp:
        results = [bench_matrix(Path(tmp), repeat), bench_report(repeat)]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
