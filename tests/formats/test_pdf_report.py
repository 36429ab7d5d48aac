"""Transparency report (PDF, DOCX), state of play PDF and matrix CSV, read back from the bytes."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from wsis_desk.core.positions import CommitmentStatus, Disposition, Stance
from wsis_desk.core.reports import (
    CommitmentLine,
    InputLine,
    MatrixColumn,
    MatrixRow,
    PositionMatrix,
    StateOfPlay,
    StateRow,
    TransparencyReport,
)
from wsis_desk.formats.docx_report import write_report_docx
from wsis_desk.formats.matrix_csv import write_matrix_csv
from wsis_desk.formats.pdf_matrix import write_state_pdf
from wsis_desk.formats.pdf_report import write_report_pdf


def _report(n: int = 2) -> TransparencyReport:
    lines = tuple(
        InputLine(
            id=f"i{k}",
            title=f"Input number {k}",
            submitter="Civil society" if k % 2 else "Brazil",
            group="Civil Society" if k % 2 else "Member and observer States",
            submitted_on="2025-03-01",
            asked=f"Please add human rights language to paragraph {k}.",
            targets=("OP5", "PP3"),
            landed="Rev.2 OP5" if k % 2 else "",
            disposition=Disposition.REFLECTED if k % 2 else Disposition.NOT_REFLECTED,
            reason="Agreed in informals" if k % 2 else "No consensus",
            changes=1,
        )
        for k in range(1, n + 1)
    )
    return TransparencyReport(
        document="WSIS+20 outcome",
        symbol="A/80/L.1",
        scope="Rev.2",
        generated_at="2025-06-01T10:00+02:00",
        inputs=lines,
        by_group=(
            ("Civil Society", ((Disposition.REFLECTED, (n + 1) // 2),)),
            ("Member and observer States", ((Disposition.NOT_REFLECTED, n // 2),)),
        ),
        by_outcome=tuple(
            (
                d,
                (n + 1) // 2
                if d is Disposition.REFLECTED
                else n // 2
                if d is Disposition.NOT_REFLECTED
                else 0,
            )
            for d in Disposition
        ),
        commitments=(
            CommitmentLine(
                "c1",
                "AOSIS",
                "Circulate a bridging text",
                "2025-05-01",
                CommitmentStatus.OVERDUE,
                ("OP5",),
            ),
            CommitmentLine("c2", "EU", "Consult capital", "2025-07-01", CommitmentStatus.OPEN, ()),
        ),
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


def test_report_pdf_says_what_was_asked_where_it_landed_and_why(tmp_path: Path) -> None:
    pdf = write_report_pdf(_report())
    text = _text(pdf)
    for expected in (
        "How stakeholder inputs were considered",
        "WSIS+20 outcome (A/80/L.1)",
        "Scope: Rev.2",
        "1. Input number 1 — Civil society (Civil Society), 2025-03-01",
        "Please add human rights language to paragraph 1.",
        "Paragraphs: OP5, PP3",
        "Landed: Rev.2 OP5",
        "Outcome: REFLECTED",
        "Reason: Agreed in informals",
        "Outcome: NOT REFLECTED",
        "Landed: no evidence recorded",
        "Totals by stakeholder group and outcome",
        "Commitments (step 11)",
        "!! 1 overdue",
        "OVERDUE",
        "page 1 of",
    ):
        assert expected in text, expected
    lines = _fonts(pdf, tmp_path)
    assert lines and all(line.split()[-5] == "yes" for line in lines)  # emb column
    assert not any("Helvetica" in line for line in lines)


def test_report_docx_has_the_same_content() -> None:
    doc = Document(io.BytesIO(write_report_docx(_report())))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Outcome: REFLECTED" in text and "Reason: No consensus" in text
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Civil Society" in cells and "OVERDUE" in cells and "!!" in cells
    overdue_row = next(r for r in doc.tables[-1].rows if r.cells[4].text == "OVERDUE")
    assert all(run.bold for c in overdue_row.cells for p in c.paragraphs for run in p.runs)


def test_report_of_many_inputs_paginates_with_page_n_of_total() -> None:
    pdf = write_report_pdf(_report(60))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 3
    last = reader.pages[-1].extract_text()
    assert f"page {len(reader.pages)} of {len(reader.pages)}" in last


def _state(rows: int) -> StateOfPlay:
    return StateOfPlay(
        document="Paris Agreement",
        symbol="FCCC/CP/2015/L.9",
        version_label="Rev.3",
        generated_at="2015-12-12T10:00+01:00",
        ours="EU",
        rows=tuple(
            StateRow(
                label=f"OP{k}",
                brackets=f"{k % 4} open" if k % 4 else "clean",
                holders=(
                    ("G77", Stance.OPPOSE),
                    ("USA", Stance.SUPPORT),
                    ("Grupo Sur", Stance.AMEND),
                ),
                ours=Stance.RED_LINE if k == 1 else None,
                ours_wording="keep 1.5 °C" if k == 1 else "",
                latest_change="changed in Rev.3",
                contested=k % 3 == 0,
            )
            for k in range(1, rows + 1)
        ),
        paragraphs=rows,
        bracketed=rows,
        contested=rows // 3,
    )


def test_state_of_play_is_one_page_with_glyph_key(tmp_path: Path) -> None:
    pdf = write_state_pdf(_state(12))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    for expected in (
        "State of play — Paris Agreement (FCCC/CP/2015/L.9)",
        "Rev.3 · 12 paragraphs",
        "our position: EU",
        "OP1",
        "red line: keep 1.5 °C",
        "G77",
        "Grupo Sur",
        "(contested)",
        "changed in Rev.3",
        "supports",
        "red line",
    ):
        assert expected in text, expected
    assert "✔" in text and "✘" in text
    lines = _fonts(pdf, tmp_path)
    assert all(line.split()[-5] == "yes" for line in lines)
    assert not any("Helvetica" in line for line in lines)


def test_state_of_play_runs_to_as_many_pages_as_needed_with_every_paragraph() -> None:
    pdf = write_state_pdf(_state(200))
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total > 1
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.add(round(size * tm[0], 2))

    found: set[str] = set()
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text(visitor_text=visit)
        assert f"page {n} of {total}" in text and "State of play — Paris Agreement" in text
        assert "Who holds brackets" in text  # the header row on every page
        found.update(re.findall(r"\bOP\d+\b", text))
    assert found == {f"OP{k}" for k in range(1, 201)}
    assert "more paragraphs" not in _text(pdf)
    assert min(sizes) >= 8


def test_matrix_csv_has_a_row_per_party_and_stance_words() -> None:
    matrix = PositionMatrix(
        document="D",
        version_label="Rev.1",
        rows=(
            MatrixRow("USA", "United States", "state"),
            MatrixRow("actor:1", "Grupo Sur", "coalition"),
        ),
        columns=(MatrixColumn("l1", "OP1", 0), MatrixColumn("l2", "OP2", 1)),
        cells={(0, 1): Stance.RED_LINE, (1, 0): Stance.AMEND},
    )
    data = write_matrix_csv(matrix)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["party", "name", "kind", "OP1", "OP2"],
        ["USA", "United States", "state", "", "red_line"],
        ["Grupo Sur", "Grupo Sur", "coalition", "amend", ""],
    ]


def test_inputs_in_other_scripts_use_the_embedded_faces(tmp_path: Path) -> None:
    report = _report(1)
    line = report.inputs[0]
    other = type(line)(
        **{
            **{f: getattr(line, f) for f in line.__slots__},  # type: ignore[attr-defined]
            "title": "加强数字合作",
            "asked": "تعزيز التعاون الرقمي",
        }
    )
    pdf = write_report_pdf(
        TransparencyReport(**{**_fields(report), "inputs": (other,)})  # type: ignore[arg-type]
    )
    text = _text(pdf)
    assert "加强数字合作" in text
    lines = _fonts(pdf, tmp_path)
    assert any("WenQuanYi" in x for x in lines) and any("Naskh" in x for x in lines)
    assert all(x.split()[-5] == "yes" for x in lines)


def _fields(report: TransparencyReport) -> dict[str, object]:
    return {f: getattr(report, f) for f in report.__slots__}  # type: ignore[attr-defined]
