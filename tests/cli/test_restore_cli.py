"""`backup restore` when it is needed most: over a garbage or truncated database (issue 16)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from wsis_desk.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def _damage(db: Path, how: str) -> None:
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    if how == "garbage":
        db.write_bytes(bytes(range(256)) * 40)
    else:  # truncated in the middle of a page, as a copy cut short leaves it
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3 + 100])


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_restore_over_a_damaged_database_restores_and_leaves_no_empty_backup(
    tmp_path: Path, how: str, capsys
) -> None:
    d = tmp_path / "d"
    assert (
        run("--data-dir", str(d), "intervention", "add", "--title", "Kept", "--text", "x")[0] == 0
    )
    code, text = run("--data-dir", str(d), "backup", "create")
    ident = text.split("\t")[0]
    assert code == 0
    (d / "backups" / "wsis_desk-29991231T000000000000Z-manual.sqlite3").write_bytes(b"")
    _damage(d / "wsis_desk.sqlite3", how)
    code, _ = run("--data-dir", str(d), "intervention", "list")
    err = capsys.readouterr().err
    assert code == 1 and f"backup restore {ident}" in err  # never the empty file
    code, text = run("--data-dir", str(d), "backup", "restore", ident)
    assert code == 0 and "restored" in text, capsys.readouterr().err
    names = [p.name for p in (d / "backups").iterdir()]
    assert [n for n in names if n.endswith(".damaged")], names  # the damaged file is kept
    assert not any(n.endswith(("-wal", "-shm")) for n in names), names
    empties = [n for n in names if (d / "backups" / n).stat().st_size == 0]
    assert empties == ["wsis_desk-29991231T000000000000Z-manual.sqlite3"]  # ours only
    code, text = run("--data-dir", str(d), "intervention", "list")
    assert code == 0 and "Kept" in text
    code, text = run("--data-dir", str(d), "backup", "list")
    assert "29991231" not in text  # an empty file is not offered as a backup


def test_restore_refuses_an_empty_backup_and_changes_nothing(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    run("--data-dir", str(d), "intervention", "add", "--title", "Kept", "--text", "x")
    (d / "backups").mkdir(exist_ok=True)
    (d / "backups" / "wsis_desk-20250101T000000000000Z-manual.sqlite3").write_bytes(b"")
    before = (d / "wsis_desk.sqlite3").read_bytes()
    code, _ = run("--data-dir", str(d), "backup", "restore", "wsis_desk-20250101")
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert (d / "wsis_desk.sqlite3").read_bytes() == before
