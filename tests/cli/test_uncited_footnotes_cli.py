"""`check` and `show` list, at the end, the footnotes no paragraph cites, with their groups."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tests.uncited_page import NOTE_6_TEXT as NOTE
from tests.uncited_page import PAGE
from wsis_desk.cli import main


def run(argv: list[str]) -> str:
    out = io.StringIO()
    assert main(argv, out=out) == 0
    return out.getvalue()


def _tail(text: str) -> str:
    _, sep, tail = text.partition("\nFootnotes not cited in the text (1):\n")
    assert sep, text
    return " ".join(tail.split())


def test_check_and_show_end_with_the_uncited_footnote(data_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(PAGE, encoding="utf-8")
    checked = run(["check", str(draft)])
    assert _tail(checked) == f"^6 (1 bracket group) {NOTE}"  # the last thing printed
    found = json.loads(run(["check", "--json", str(draft)]))
    assert found["uncited_footnotes"] == [{"mark": "6", "text": NOTE, "groups": 1}]
    run(["import", str(draft), "--doc", "Draft agreement"])
    shown = run(["show", "Draft agreement"])
    assert _tail(shown) == f"^6 (1 bracket group) {NOTE}"
    assert shown.index("Each Party shall [be unconditional") < shown.index("Footnotes not cited")
    found = json.loads(run(["show", "Draft agreement", "--json"]))
    assert found["uncited_footnotes"] == [{"mark": "6", "text": NOTE, "groups": 1}]
    assert found["summary"]["brackets"]["footnote_groups"] == 1


def test_a_text_whose_notes_are_all_cited_prints_no_such_list(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("1. Decides [to act][^1];\n\n[^1]: See [decision 1/CP.21].\n", "utf-8")
    checked = run(["check", str(draft)])
    assert "Footnotes not cited" not in checked
    assert json.loads(run(["check", "--json", str(draft)]))["uncited_footnotes"] == []
