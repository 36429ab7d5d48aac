"""wsis-desk search end to end on a real database in a temp data dir."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desk.cli import main

REV1 = """The General Assembly,

1. Decides to bridge the digital divide;

2. Requests a report on the digital divide;

3. 决定弥合数字鸿沟；
"""
REV2 = REV1.replace("2. Requests a report on the digital divide;", "2. Requests a report;")


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


@pytest.fixture
def drafts(data_dir: Path, tmp_path: Path) -> Path:
    for label, text in (("Rev.1", REV1), ("Rev.2", REV2)):
        path = tmp_path / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        assert run(["import", str(path), "--doc", "Outcome", "--label", label])[0] == 0
    return data_dir


def test_search_prints_one_line_per_paragraph_with_the_matches_marked(drafts: Path) -> None:
    code, text = run(["search", "digital", "divide"])
    assert code == 0
    lines = text.splitlines()
    assert lines[0] == "Outcome · Rev.2 · OP1   in Rev.1 … Rev.2 (2 versions)"
    assert "**digital** **divide**" in lines[1]
    assert lines[2].startswith("Outcome · Rev.1 · OP2   in Rev.1; not in the newest version")
    assert "now OP2, reworded" in lines[2]
    assert lines[-1] == "2 paragraphs."


def test_search_json_and_filters(drafts: Path) -> None:
    code, text = run(["search", '"digital divide"', "--doc", "Outcome", "--version", "Rev.2",
                      "--json"])  # fmt: skip
    assert code == 0
    data = json.loads(text)
    assert data["query"] == '"digital divide"'
    (hit,) = data["hits"]
    assert hit["paragraph_label"] == "OP1" and hit["version"] == "Rev.2" and hit["in_latest"]
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["digital divide"]
    code, text = run(["search", "数字", "--json"])
    assert [h["paragraph_label"] for h in json.loads(text)["hits"]] == ["OP3"]
    code, text = run(["search", "nothing-like-this"])
    assert code == 0 and text == "Nothing found for nothing-like-this.\n"


def test_usage_and_user_errors(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["search"])[0] == 2
    assert run(["search", "digital", "--version", "Rev.1"])[0] == 1
    assert "which document" in capsys.readouterr().err
    assert run(["search", "digital", "--doc", "No such"])[0] == 1
    assert "No document called" in capsys.readouterr().err
    code, _text = run(["search", '"', "(", "*", "NEAR("])  # odd input is not an error
    assert code == 0


def test_rebuild_the_index(drafts: Path) -> None:
    code, text = run(["search", "--rebuild"])
    assert code == 0 and text == "Search index rebuilt: 8 paragraphs.\n"
    assert json.loads(run(["search", "divide", "--json"])[1])["hits"]


def test_search_does_not_import_qt(drafts: Path) -> None:
    probe = (
        "import sys\nfrom wsis_desk.cli import main\n"
        "assert main(['search', 'digital']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
