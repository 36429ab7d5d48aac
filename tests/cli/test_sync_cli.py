"""The sync commands end to end: export, import --json, sync FOLDER, conflicts, site, backup."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tests.services.sync_sites import put_pack
from wsis_desk.cli import main
from wsis_desk.services import sync
from wsis_desk.services.workspace import open_workspace


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def test_bundle_export_import_state_and_conflicts(tmp_path: Path, capsys) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    ws = open_workspace(a)
    put_pack(ws, "p1", title="Pack A")
    ws.close()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("team words\n")
    bundle = str(tmp_path / "a.wsisdesk")
    code, text = run(
        "--data-dir", a, "bundle", "export", "-o", bundle, "--passphrase-file", str(phrase)
    )
    assert code == 0 and "1 records" in text
    assert run("--data-dir", b, "bundle", "import", bundle)[0] == 1
    assert "give the team passphrase" in capsys.readouterr().err
    code, text = run(
        "--data-dir", b, "bundle", "import", bundle, "--passphrase-file", str(phrase), "--json"
    )
    assert code == 0 and json.loads(text)["totals"]["added"] == 1
    assert (
        run("--data-dir", a, "export-state", "--json")[1]
        == run("--data-dir", b, "export-state", "--json")[1]
    )
    code, text = run("--data-dir", b, "conflicts", "--json")
    assert code == 0 and json.loads(text) == []
    code, text = run("--data-dir", b, "site", "--name", "Booth laptop")
    assert code == 0 and text.startswith("Booth laptop\t")


def test_conflict_resolve_and_sync_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    folder = tmp_path / "shared"
    folder.mkdir()
    wa, wb = open_workspace(a), open_workspace(b)
    try:
        put_pack(wa, "p1", title="base")
        sync.sync_folder(wa, folder)
        sync.sync_folder(wb, folder)
        put_pack(wa, "p1", title="A's")
        put_pack(wb, "p1", title="B's")
    finally:
        wa.close()
        wb.close()
    assert run("--data-dir", str(a), "sync", str(folder))[0] == 0
    code, text = run("--data-dir", str(b), "sync", str(folder))
    assert code == 0 and "1 conflicts" in text
    code, text = run("--data-dir", str(b), "conflicts", "--json")
    (conflict,) = json.loads(text)
    code, text = run(
        "--data-dir", str(b), "conflicts", "resolve", conflict["id"][:8], "--keep", "theirs"
    )
    assert code == 0 and "kept theirs" in text
    run("--data-dir", str(b), "sync", str(folder))
    run("--data-dir", str(a), "sync", str(folder))
    state_a = run("--data-dir", str(a), "export-state", "--json")[1]
    assert state_a == run("--data-dir", str(b), "export-state", "--json")[1]
    assert conflict["loser"]["title"] in state_a


def test_backup_create_list_restore(tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    ws = open_workspace(d)
    put_pack(ws, "p1", title="kept")
    ws.close()
    code, text = run("--data-dir", d, "backup", "create")
    ident = text.split("\t")[0]
    assert code == 0 and ident
    ws = open_workspace(d)
    put_pack(ws, "p1", title="changed")
    ws.close()
    code, text = run("--data-dir", d, "backup", "list")
    assert ident in text
    code, text = run("--data-dir", d, "backup", "restore", ident)
    assert code == 0 and "restored" in text
    assert '"title": "kept"' in run("--data-dir", d, "export-state")[1]
