"""Compare's footnote totals count the footnotes no paragraph cites, as the census does: kept
with the version, or read again from its source file for a version stored before they were."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desk.paths import DB_FILENAME
from wsis_desk.services.compare import compare_versions
from wsis_desk.services.documents import import_file
from wsis_desk.services.reading import census_of, read_version
from wsis_desk.services.workspace import Workspace, open_workspace

BODY = "The General Assembly,\n\n1. Decides to report every year.\n\n2. Requests action.\n\n"
# a note no paragraph cites: two groups in the first draft, one resolved in the second
NOTES = ("[^9]: It [shall][should] be reported.\n", "[^9]: It shall be reported.\n")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    for k, note in enumerate(NOTES, start=1):
        path = tmp_path / f"v{k}.md"
        path.write_text(BODY + note, encoding="utf-8")
        import_file(ws, path, document="Notes", label=f"v{k}")
    yield ws
    ws.close()


def footnote_counts(ws: Workspace) -> tuple[int, int, int, int]:
    f = compare_versions(ws, "Notes", "v1", "v2").comparison.summary.footnote_brackets
    return f.before, f.after, f.resolved, f.dropped


def test_uncited_notes_count_in_compare_as_on_the_board(workspace: Workspace) -> None:
    board = [census_of(workspace, read_version(workspace, "Notes", v).row) for v in ("v1", "v2")]
    assert [c.footnote_groups for c in board] == [2, 0]
    assert footnote_counts(workspace) == (2, 0, 1, 1)  # [shall] kept as words, [should] gone


def test_a_version_stored_before_uncited_notes_were_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / "home" / DB_FILENAME) as db:
        db.execute("UPDATE version SET uncited_footnotes_json = NULL")
    assert footnote_counts(workspace) == (2, 0, 1, 1)  # read again from the source file


@pytest.mark.parametrize("unkept", ["v1", "v2"])
def test_a_version_stored_before_uncited_notes_were_kept_is_no_note_change(
    tmp_path: Path, unkept: str
) -> None:
    """The same words in an uncited note on both sides, one side stored before such notes were
    kept: not a changed footnote, and the pair stays "layout only"."""
    ws = open_workspace(tmp_path / "home")
    try:
        for label, wrap in (("v1", " "), ("v2", "\n    ")):  # the note re-wrapped
            path = tmp_path / f"{label}.md"
            note = f"[^9]: Without prejudice{wrap}to the outcome.\n"
            path.write_text(BODY + note, encoding="utf-8")
            import_file(ws, path, document="Notes", label=label)
        with sqlite3.connect(tmp_path / "home" / DB_FILENAME) as db:
            db.execute(
                "UPDATE version SET uncited_footnotes_json = NULL WHERE label = ?", (unkept,)
            )
        s = compare_versions(ws, "Notes", "v1", "v2").comparison.summary
        assert (s.notes_changed, s.layout_only) == (0, True)
    finally:
        ws.close()
