"""``import`` takes the date printed on a draft as its circulation date when none is given,
as the window's import dialog proposes it: last week's drafts imported today fall in their
place, and the burn-down runs in the order the drafts were circulated."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from wsis_desk.cli import main

BODY = "The General Assembly,\n\nRecalling its resolution 70/125,\n\n1. Decides [to act];\n"


def _run(*args: str) -> str:
    out = io.StringIO()
    assert main(list(args), out=out) == 0
    return out.getvalue()


def _draft(folder: Path, name: str, head: str) -> Path:
    path = folder / name
    path.write_text(f"{head}\n\n{BODY}", encoding="utf-8")
    return path


def test_drafts_take_their_printed_dates_and_fall_in_their_place(tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    rev2 = _draft(tmp_path, "rev2.txt", "Distr.: Limited\n\n12 March 2025")
    rev1 = _draft(tmp_path, "rev1.txt", "Distr.: Limited\n\n1 March 2025")
    said = _run("--data-dir", home, "import", str(rev2), "--doc", "D", "--label", "Rev.2")
    assert "Circulated 2025-03-12: the date printed on it" in said
    _run("--data-dir", home, "import", str(rev1), "--doc", "D", "--label", "Rev.1")
    versions = json.loads(_run("--data-dir", home, "versions", "D", "--json"))["versions"]
    assert [v["label"] for v in versions] == ["Rev.1", "Rev.2"]  # imported last, printed first
    assert versions[0]["circulated_at"].startswith("2025-03-01")


def test_a_given_date_stands_and_an_undated_draft_says_nothing(tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    dated = _draft(tmp_path, "dated.txt", "1 March 2025")
    said = _run(
        "--data-dir", home, "import", str(dated), "--doc", "D", "--circulated", "2025-03-02T10:00"
    )
    assert "Circulated" not in said
    undated = _draft(tmp_path, "undated.txt", "Draft resolution")
    said = _run("--data-dir", home, "import", str(undated), "--doc", "E")
    assert "Circulated" not in said
    today = _draft(tmp_path, "today.txt", date.today().strftime("%d %B %Y").lstrip("0"))
    said = _run("--data-dir", home, "import", str(today), "--doc", "F")
    assert "Circulated" not in said  # printed today: circulated now, the import time
    versions = json.loads(_run("--data-dir", home, "versions", "D", "--json"))["versions"]
    assert versions[0]["circulated_at"].startswith("2025-03-02T10:00")
