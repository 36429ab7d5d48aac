"""The brackets board lists a group spanning paragraphs once, with both ends."""

from __future__ import annotations

from pathlib import Path

from wsis_desk.services.brackets import version_brackets
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import open_workspace

DRAFT = """The Conference of the Parties,

1. Welcomes the report;

2. [Decides that a cooperative approach is [voluntary];

3. Requests the secretariat to report;]

4. Urges Parties to [act];
"""


def test_a_spanning_group_is_one_row_with_both_ends(tmp_path: Path) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")
    ws = open_workspace(tmp_path / "home")
    try:
        import_file(ws, source, document="Board test")
        vb = version_brackets(ws, "Board test")
        rows = [(g.paragraph_label, g.depth, g.text[:20]) for g in vb.open_groups]
        assert rows == [
            ("OP2–OP3", 1, "Decides that a coope"),
            ("OP2", 2, "voluntary"),
            ("OP4", 1, "act"),
        ]
        assert (vb.census.groups, vb.census.spanning_groups) == (3, 1)
    finally:
        ws.close()
