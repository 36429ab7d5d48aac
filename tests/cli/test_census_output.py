"""What `check` and `brackets` say about spanning groups, skipped brackets and marker conditions."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from wsis_desk.cli import main
from wsis_desk.core.brackets.census_records import CENSUS_FORMAT

DRAFT = """---
title: Zero draft [for tests]
---
The Conference of the Parties,

1. Welcomes the report [sic]; [Agreed ad ref pending Iran]

2. [Decides that a cooperative approach is voluntary;

3. Requests the secretariat [- G77; US,Canada, EU delete] to report;]

4. [Alt. AGN] Urges Parties to [act][move] (see [the guide](https://unfccc.int/g));]
"""


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_check_reports_spanning_skipped_and_conditions(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, text = run(["check", str(draft)])
    assert code == 0
    assert "brackets: 4 groups (3 top-level)" in text  # [Decides…], [- G77…], [act], [move]
    assert "1 across paragraphs, 1 unbalanced" in text  # OP2→OP3; the "]" ending OP4
    assert "proponents: AGN 1, CAN 1, EU 1, G77 1, USA 1" in text
    assert "not negotiation text: 1 markdown link, 1 proposal label, 1 sic, 1 status marker" in text
    assert "agreed ad ref: pending Iran" in text
    assert "front_matter" in text  # the YAML block is said to be skipped

    code, text = run(["check", str(draft), "--json"])
    census = json.loads(text)["summary"]["brackets"]
    assert (census["groups"], census["top_level_groups"], census["spanning_groups"]) == (4, 3, 1)
    assert census["status_markers"] == {"agreed_ad_ref": 1}
    assert [(m["marker"], m["condition"]) for m in census["markers"]] == [
        ("agreed_ad_ref", "pending Iran")
    ]
    per = {p["label"]: p["brackets"] for p in json.loads(text)["paragraphs"]}
    assert [(per[k]["spanning"], per[k]["unbalanced"]) for k in ("OP2", "OP3", "OP4")] == [
        (1, False),
        (1, False),
        (0, True),
    ]


def test_a_census_stored_in_the_old_format_is_counted_afresh(
    data_dir: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run(["import", str(draft), "--doc", "Old census"])[0] == 0
    db = next(data_dir.rglob("wsis_desk.sqlite3"))
    with sqlite3.connect(db) as conn:  # what format 1 stored: no top-level or spanning counts
        conn.execute(
            "UPDATE version SET census_format = 1, census_json = "
            "json_remove(census_json, '$.top_level_groups', '$.spanning_groups')"
        )
    code, text = run(["brackets", "Old census", "--json"])
    assert code == 0 and '"top_level_groups": 3' in text and '"spanning_groups": 1' in text
    code, text = run(["reparse"])
    assert code == 0 and "1 changed" in text
    with sqlite3.connect(db) as conn:
        (fmt,) = conn.execute("SELECT census_format FROM version").fetchone()
    assert fmt == CENSUS_FORMAT


def test_several_markers_in_one_paragraph_are_all_counted(tmp_path: Path) -> None:
    draft = tmp_path / "m.txt"
    draft.write_text(
        "Legend: [Agreed ad ref] = agreed ad referendum\n\n"
        "The General Assembly,\n\n"
        "1. Decides to act [Agreed ad ref] and to report [Agreed ad ref pending EU];\n\n"
        "2. Requests a report; [Suggested for closure]\n",
        encoding="utf-8",
    )
    code, text = run(["check", str(draft)])
    assert code == 0
    assert "status markers: 1 agreed ad ref, 1 suggested for closure" in text  # paragraphs
    assert "written in the text: 2 agreed ad ref, 1 suggested for closure" in text  # no legend
    assert "agreed ad ref: pending EU" in text
