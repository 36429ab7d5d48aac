"""The wsis-desk commands end to end on a real database in a temp data dir."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.formats.docx_factory import make_docx, para, table
from wsis_desk.cli import main

DEMO = "WSIS+20 outcome document (demo)"
PARAGRAPH_KEYS = {"index", "label", "kind", "number", "parent", "text", "status", "footnotes"}
SUMMARY_KEYS = {
    "paragraphs",
    "preambular",
    "operative",
    "headings",
    "articles",
    "options",
    "footnotes",
    "status_markers",
    "tables",
    "brackets",
}
BRACKET_KEYS = {"groups", "max_depth", "placeholders", "alternatives", "empty", "proponents"}

DRAFT = """The General Assembly,

Recalling its resolution 70/125 of 16 December 2015,

Noting the [growing][persistent] digital divides,

1. Decides to convene a high-level meeting in 2025;

1 bis. Requests the President of the General Assembly to appoint two co-facilitators;

2. Invites all stakeholders to contribute:
(a) in writing;
(b) at an informal consultation; [Agreed ad ref]
"""


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_demo_loads_three_versions_and_is_idempotent(data_dir: Path) -> None:
    code, text = run(["demo"])
    assert code == 0 and "Loaded the demo" in text
    code, text = run(["demo"])
    assert code == 0 and "already loaded" in text

    code, text = run(["docs", "--json"])
    docs = json.loads(text)
    assert [d["title"] for d in docs] == [DEMO]
    assert docs[0]["versions"] == 3 and docs[0]["latest_label"] == "Rev.2"

    code, text = run(["versions", DEMO, "--json"])
    versions = json.loads(text)["versions"]
    assert [v["label"] for v in versions] == ["Zero draft", "Rev.1", "Rev.2"]
    assert versions[1]["circulated_at"] == "2025-10-14T09:30-05:00"


def test_show_json_has_the_stable_keys(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["show", DEMO, "--version", "Rev.1", "--json"])
    assert code == 0
    data = json.loads(text)
    assert data["document"] == DEMO and data["version"] == "Rev.1"
    assert set(data["summary"]) == SUMMARY_KEYS
    assert all(set(p) >= PARAGRAPH_KEYS for p in data["paragraphs"])
    labels = [p["label"] for p in data["paragraphs"]]
    assert "PP1" in labels and "OP2bis" in labels and "OP3(a)" in labels
    sub = next(p for p in data["paragraphs"] if p["label"] == "OP3(c)")
    parent = data["paragraphs"][sub["parent"]]
    assert parent["label"] == "OP3"
    assert data["summary"]["preambular"] == 5
    assert all(BRACKET_KEYS | {"unbalanced"} <= set(p["brackets"]) for p in data["paragraphs"])
    summary = data["summary"]["brackets"]
    assert BRACKET_KEYS | {"unbalanced_paragraphs", "non_negotiation", "document_scope"} <= set(
        summary
    )
    assert set(summary["document_scope"]) >= {"stray_close", "unclosed"}
    pp5 = next(p for p in data["paragraphs"] if p["label"] == "PP5")
    assert pp5["brackets"]["groups"] == 1 and pp5["brackets"]["proponents"] == ["USA"]
    op2 = next(p for p in data["paragraphs"] if p["label"] == "OP2")
    assert op2["brackets"]["max_depth"] == 3 and op2["brackets"]["placeholders"] == 1
    assert summary["proponents"]["G77"] == 2


def test_show_latest_counts_status_markers(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["show", "A/80/L.99-DEMO", "--json"])  # by symbol, latest version
    assert code == 0
    data = json.loads(text)
    assert data["version"] == "Rev.2"
    assert data["summary"]["status_markers"]["agreed_ad_ref"] == 7
    assert data["summary"]["status_markers"]["suggested_for_closure"] == 1


def test_import_then_same_content_again_is_a_no_op(data_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "zero.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code, text = run(
        ["import", str(draft), "--doc", "HLM modalities", "--label", "Zero draft",
         "--circulated", "2025-03-01T17:00+01:00", "--symbol", "A/79/L.1"]
    )  # fmt: skip
    assert code == 0 and "new document 'HLM modalities'" in text
    code, text = run(["import", str(draft), "--doc", "A/79/L.1", "--label", "Rev.1"])
    assert code == 0 and "Already imported" in text and "Zero draft" in text
    code, text = run(["versions", "HLM modalities", "--json"])
    assert len(json.loads(text)["versions"]) == 1

    code, text = run(["show", "HLM modalities", "--json"])
    paragraphs = json.loads(text)["paragraphs"]
    by_label = {p["label"]: p for p in paragraphs}
    assert by_label["PP2"]["text"].startswith("Noting the [growing][persistent]")
    assert by_label["OP1bis"]["kind"] == "operative"
    assert by_label["OP2(b)"]["status"] == "agreed_ad_ref"


def test_a_label_already_used_is_refused(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(DRAFT, encoding="utf-8")
    two.write_text(DRAFT + "\n3. Decides to remain seized of the matter.\n", encoding="utf-8")
    assert run(["import", str(one), "--doc", "D", "--label", "Rev.1"])[0] == 0
    assert run(["import", str(two), "--doc", "D", "--label", "rev.1"])[0] == 1
    assert "already has a version labelled" in capsys.readouterr().err
    assert run(["import", str(two), "--doc", "D"])[0] == 0


def test_unknown_document_and_version(data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["show", "Nothing"])[0] == 1
    assert "wsis-desk docs" in capsys.readouterr().err
    run(["demo"])
    assert run(["show", DEMO, "--version", "Rev.9"])[0] == 1
    assert "Zero draft, Rev.1, Rev.2" in capsys.readouterr().err


def test_check_json_stores_nothing(data_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, text = run(["check", str(draft), "--json"])
    assert code == 0
    data = json.loads(text)
    assert data["file"] == "d.md" and data["version"] is None
    assert data["summary"]["operative"] == 5  # OP1, OP1bis, OP2, OP2(a), OP2(b)
    assert not data_dir.exists()


def test_non_gui_commands_do_not_import_qt(data_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    probe = (
        "import sys\nfrom wsis_desk.cli import main\n"
        f"assert main(['check', {str(draft)!r}]) == 0\n"
        "assert main(['demo']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("argv", [["--version"], ["show", "--help"]])
def test_help_and_version(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0


def test_brackets_census_and_burn_down(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["brackets", DEMO, "--version", "Rev.1", "--json"])
    assert code == 0
    data = json.loads(text)
    assert data["version"] == "Rev.1"
    assert data["groups"] == sum(p["groups"] for p in data["paragraphs"])
    assert data["max_depth"] == 3
    labels = [p["label"] for p in data["paragraphs"] if p["groups"]]
    assert "OP2bis" in labels and "PP1" not in labels
    code, text = run(["brackets", DEMO, "--all-versions", "--json"])
    series = [(p["label"], p["groups"]) for p in json.loads(text)["burn_down"]]
    assert series[0] == ("Zero draft", 0)
    assert series[1][1] == data["groups"]
    assert series[2][1] < series[1][1]  # Rev.2 burned brackets down
    code, text = run(["brackets", DEMO, "--all-versions"])
    assert "Rev.2" in text and "█" in text


def test_reparse_recomputes_every_census(data_dir: Path) -> None:
    run(["demo"])
    code, text = run(["reparse"])
    assert code == 0 and "3 versions; 0 changed" in text


def test_heavy_modules_load_only_for_the_commands_that_need_them(
    data_dir: Path, tmp_path: Path
) -> None:
    """check needs no database and no writer; listing a current database needs no Alembic."""
    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    heavy = "('PySide6', 'sqlalchemy', 'alembic', 'reportlab', 'docx')"
    loaded = f"sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy}))"
    check = (
        "import sys\nfrom wsis_desk.cli import main\n"
        f"assert main(['check', {str(draft)!r}]) == 0\n"
        f"print({loaded})\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert run(["demo"])[0] == 0
    listing = (
        f"import sys\nfrom wsis_desk.cli import main\nassert main(['docs']) == 0\nprint({loaded})\n"
    )
    result = subprocess.run([sys.executable, "-c", listing], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['sqlalchemy']"


def test_gui_passes_files_to_open_to_the_window(tmp_path: Path) -> None:
    """A file manager's "Open with" (the desktop entry's %F) reaches the window's import."""
    seen: dict[str, object] = {}

    def launcher(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    draft = tmp_path / "Rev.3.docx"
    assert main(["gui", str(draft), "notes.md"], gui=launcher) == 0
    assert seen["files"] == [str(draft), "notes.md"] and seen["screenshot"] is None
    assert main([], gui=launcher) == 0 and seen["files"] == []
    assert seen["search"] is None
    assert main(["gui", "--search", "digital divide"], gui=launcher) == 0
    assert seen["search"] == "digital divide" and seen["files"] == []


def test_check_prints_a_table_as_rows_that_read_back_as_the_same_table(tmp_path: Path) -> None:
    rows = [["Party", "[Reported year]"], ["Date of submission", "dd/mm/yyyy"]]
    draft = tmp_path / "annex.docx"
    draft.write_bytes(make_docx([para("Annex I"), para("Table 1"), table(rows)]))
    code, text = run(["check", "--paragraphs", str(draft)])
    assert code == 0
    lines = text.splitlines()
    at = lines.index("Annex I Table 1")
    printed = [line.strip() for line in lines[at + 1 : at + 3]]
    assert printed == ["| Party | [Reported year] |", "| Date of submission | dd/mm/yyyy |"]
    again = tmp_path / "annex.txt"
    again.write_text("Annex I\nTable 1\n" + "\n".join(printed) + "\n", encoding="utf-8")
    code, text = run(["check", "--json", "--paragraphs", str(again)])
    report = json.loads(text)
    assert report["summary"]["tables"] == 1
    [back] = [p for p in report["paragraphs"] if p["kind"] == "table"]
    assert back["label"] == "Annex I Table 1"
    assert back["text"] == "Party\t[Reported year]\nDate of submission\tdd/mm/yyyy"
