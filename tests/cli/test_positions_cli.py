"""position, matrix, input, report and commitment commands end to end in a temp data dir."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from wsis_desk.cli import main

DRAFT = """The General Assembly,

1. Decides to convene a high-level meeting in [2025 - US; G77 delete];

2. Requests the Secretary-General to report [annually][biennially];
"""


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out)
    return code, out.getvalue()


@pytest.fixture
def doc(data_dir: Path, tmp_path: Path) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    assert run("import", str(path), "--doc", "Draft", "--label", "Rev.1")[0] == 0
    return "Draft"


def test_position_add_list_and_matrix(doc: str, tmp_path: Path) -> None:
    assert (
        run("position", "add", doc, "--paragraph", "OP1", "--party", "EU", "--stance", "support")[0]
        == 0
    )
    code, out = run(
        "position",
        "add",
        doc,
        "--paragraph",
        "OP1",
        "--party",
        "G-77/China",
        "--stance",
        "red line",
        "--json",
    )
    assert (
        code == 0 and json.loads(out)["party"] == "G77" and json.loads(out)["stance"] == "red_line"
    )
    code, out = run("position", "list", doc, "--json")
    assert {(p["party"], p["stance"]) for p in json.loads(out)} == {
        ("EU", "support"),
        ("G77", "red_line"),
    }
    code, out = run("matrix", doc, "--json")
    data = json.loads(out)
    assert data["parties"] == ["EU", "G77"] and {c["stance"] for c in data["cells"]} == {
        "support",
        "red_line",
    }
    code, out = run("matrix", doc, "--red-lines", "--json")
    assert json.loads(out)["parties"] == ["G77"]
    csv_path, pdf_path = tmp_path / "m.csv", tmp_path / "s.pdf"
    assert run("matrix", doc, "--csv", str(csv_path))[0] == 0
    assert "OP1" in csv_path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert run("matrix", doc, "--pdf", str(pdf_path), "--ours", "EU")[0] == 0
    text = PdfReader(pdf_path).pages[0].extract_text()
    assert "State of play — Draft" in text and "OP1" in text


def test_import_comments_json_and_brackets(doc: str) -> None:
    code, out = run("position", "import-comments", doc, "--brackets", "--json")
    data = json.loads(out)
    assert code == 0 and data["created"] == 2
    assert {(p["party"], p["stance"], p["paragraph"]) for p in data["imported"]} == {
        ("USA", "support", "OP1"),
        ("G77", "oppose", "OP1"),
    }
    code, out = run("position", "import-comments", doc, "--json")
    assert code == 0 and json.loads(out)["imported"] == [] and json.loads(out)["unresolved"] == []


def test_inputs_report_and_commitments(doc: str, tmp_path: Path) -> None:
    code, out = run(
        "input",
        "add",
        doc,
        "--submitter",
        "Civil society",
        "--title",
        "Keep 2025",
        "--paragraph",
        "OP1",
        "--date",
        "2025-01-02",
        "--text",
        "Please keep 2025.",
    )
    assert code == 0
    input_id = out.split()[1]
    assert (
        run(
            "input", "set", input_id, "reflected", "--reason", "Kept", "--evidence-paragraph", "OP1"
        )[0]
        == 0
    )
    code, out = run("input", "list", doc, "--json")
    listed = json.loads(out)[0]
    assert listed["disposition"] == "reflected" and len(listed["history"]) == 1
    code, out = run("report", "inputs", doc, "--json")
    assert json.loads(out)["by_outcome"]["reflected"] == 1
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    assert run("report", "inputs", doc, "--pdf", str(pdf))[0] == 0
    assert "Outcome: REFLECTED" in PdfReader(pdf).pages[0].extract_text()
    assert run("report", "inputs", doc, "--docx", str(docx))[0] == 0 and docx.stat().st_size > 0
    assert (
        run(
            "commitment",
            "add",
            doc,
            "--who",
            "AOSIS",
            "--what",
            "Table text",
            "--due",
            "2025-01-01",
        )[0]
        == 0
    )
    code, out = run("commitment", "list", doc, "--today", "2025-02-01")
    assert "!! OVERDUE" in out


def test_bad_input_exits_1_with_one_line(doc: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            "position",
            "add",
            doc,
            "--paragraph",
            "OP1",
            "--party",
            "Atlantis",
            "--stance",
            "support",
        )[0]
        == 1
    )
    assert "not a party in the registry" in capsys.readouterr().err
    assert (
        run("position", "add", doc, "--paragraph", "OP1", "--party", "EU", "--stance", "meh")[0]
        == 1
    )
    assert "Unknown stance" in capsys.readouterr().err
    assert run("input", "set", "nope", "reflected")[0] == 1
    assert "No input with id nope" in capsys.readouterr().err
    assert run("matrix", "Nope")[0] == 1
    assert run("report", "inputs", doc, "--pdf", "/nonexistent/dir/x.pdf")[0] == 1
    assert "Cannot write" in capsys.readouterr().err


def test_the_short_ids_input_list_prints_are_accepted_back(doc: str) -> None:
    for title in ("Keep 2025", "Drop 2030"):
        code, _ = run("input", "add", doc, "--submitter", "CSO", "--title", title, "--text", "x")
        assert code == 0
    code, out = run("input", "list", doc)
    short = next(line.split()[0] for line in out.splitlines() if "Keep 2025" in line)
    assert len(short) == 8
    assert run("input", "set", short, "reflected", "--reason", "Kept")[0] == 0
    code, out = run("input", "list", doc, "--json")
    kept = next(i for i in json.loads(out) if i["title"] == "Keep 2025")
    assert kept["disposition"] == "reflected"
    assert run("input", "set", short[:4], "reflected")[0] == 1  # too short to be sure
