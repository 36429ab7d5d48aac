"""Faults end in one line, exit 1, nothing changed: a full disk, a read-only data folder,
arguments that are not text, id prefixes with LIKE wildcards, bundles beyond the app's limits.

The disk and folder cases run the real CLI in a private mount namespace (``unshare -m``) on a
small tmpfs or a read-only bind mount: a real ENOSPC / EROFS, and nothing outside the test
process sees the mounts. They are skipped where that is not allowed (not root, no unshare).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wsis_desk.cli import main

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "texts"
DRAFT = CORPUS / "unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def _can_unshare() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


needs_namespace = pytest.mark.skipif(
    not _can_unshare(), reason="needs root and unshare -m for a private tmpfs / ro mount"
)


def _in_namespace(script: str, tmp_path: Path) -> dict[str, object]:
    """Run ``script`` (Python) in a private mount namespace; it prints one JSON object."""
    path = tmp_path / "scenario.py"
    path.write_text(textwrap.dedent(script), encoding="utf-8")
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", sys.executable, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


_HELPERS = """
    import json, subprocess, sys
    from pathlib import Path

    def cli(*args):
        p = subprocess.run([sys.executable, "-m", "wsis_desk", *args], capture_output=True,
                           text=True)
        return p.returncode, p.stdout, p.stderr
"""


@needs_namespace
@pytest.mark.skipif(not DRAFT.is_file(), reason="the shared corpus is absent")
def test_a_full_disk_during_import_and_sync_is_one_line_and_changes_nothing(
    tmp_path: Path,
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    result = _in_namespace(
        _HELPERS
        + f"""
    disk = Path({str(disk)!r})
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)], check=True)
    data, folder = str(disk / "data"), disk / "shared"
    folder.mkdir()
    cli("--data-dir", data, "intervention", "add", "--title", "Before", "--text", "kept")
    before = cli("--data-dir", data, "export-state")[1]
    fill = disk / "fill"
    subprocess.run(["dd", "if=/dev/zero", f"of={{fill}}", "bs=64k"], capture_output=True)
    subprocess.run(["truncate", "-s", "-96K", str(fill)], check=True)
    code_import, _, err_import = cli("--data-dir", data, "import", {str(DRAFT)!r}, "--doc", "P")
    subprocess.run(["dd", "if=/dev/zero", f"of={{fill}}2", "bs=4k"], capture_output=True)
    code_sync, _, err_sync = cli("--data-dir", data, "sync", str(folder))
    full_read = cli("--data-dir", data, "export-state")
    Path(f"{{fill}}2").unlink()
    after = cli("--data-dir", data, "export-state")[1]
    print(json.dumps({{"import": [code_import, err_import], "sync": [code_sync, err_sync],
                      "same": before == after, "read": full_read[0], "err": full_read[2]}}))
    """,
        tmp_path,
    )
    assert result["same"], result
    for key in ("import", "sync"):
        code, err = result[key]  # type: ignore[misc]
        assert code == 1, result
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert "full" in err and "nothing was changed" in err.lower(), err


@needs_namespace
def test_a_read_only_data_folder_still_reads_and_refuses_writes_in_one_line(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert (
        run("--data-dir", str(data), "intervention", "add", "--title", "Kept", "--text", "x")[0]
        == 0
    )
    result = _in_namespace(
        _HELPERS
        + f"""
    data = {str(data)!r}
    subprocess.run(["mount", "--bind", "-o", "ro", data, data], check=True)
    listed = cli("--data-dir", data, "intervention", "list")
    added = cli("--data-dir", data, "intervention", "add", "--title", "New", "--text", "y")
    synced = cli("--data-dir", data, "sync", data)
    print(json.dumps({{"list": listed, "add": added, "sync": synced}}))
    """,
        tmp_path,
    )
    code, out, err = result["list"]  # type: ignore[misc]
    assert code == 0 and "Kept" in out and err == ""
    for key in ("add", "sync"):
        code, _out, err = result[key]  # type: ignore[misc]
        assert code == 1 and err.count("\n") == 1 and "read-only" in err.lower(), (key, err)
    code, out = run("--data-dir", str(data), "intervention", "list")
    assert "New" not in out


@pytest.mark.parametrize("bad", ["caf\udce9", "half \ud800 a character"])
def test_arguments_that_are_not_text_are_one_line(tmp_path: Path, bad: str, capsys) -> None:
    data = str(tmp_path / "d")
    run("--data-dir", data, "intervention", "add", "--title", "Kept", "--text", "x")
    before = run("--data-dir", data, "export-state")[1]
    code, _ = run("--data-dir", data, "intervention", "add", "--title", bad, "--text", "y")
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "not valid text" in err
    assert run("--data-dir", data, "export-state")[1] == before


@pytest.mark.parametrize("prefix", ["%%%%%%", "______", "%_%_%_"])
def test_id_prefixes_are_literal(tmp_path: Path, prefix: str, capsys) -> None:
    data = str(tmp_path / "d")
    for title in ("One", "Two"):
        run("--data-dir", data, "intervention", "add", "--title", title, "--text", "x")
    run("--data-dir", data, "intervention", "add", "--title", "Only", "--text", "x")
    before = run("--data-dir", data, "intervention", "list")[1]
    code, _ = run("--data-dir", data, "intervention", "delete", prefix)
    assert code == 1 and capsys.readouterr().err.count("\n") == 1
    code, _ = run("--data-dir", data, "conflicts", "resolve", prefix, "--keep", "ours")
    assert code == 1
    assert run("--data-dir", data, "intervention", "list")[1] == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("wpm", 5000), ("limit_seconds", 0), ("status", "bogus"), ("title", "t" * 501)],
)
def test_bundles_obey_the_limits_of_the_cli(
    tmp_path: Path, field: str, value: object, capsys
) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    run("--data-dir", a, "intervention", "add", "--title", "Fine", "--text", "x")
    bundle = tmp_path / "a.wsisdesk"
    run("--data-dir", a, "bundle", "export", "-o", str(bundle))
    _edit_records(bundle, "intervention", field, value)
    before = run("--data-dir", b, "export-state")[1]
    code, _ = run("--data-dir", b, "bundle", "import", str(bundle))
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and f"intervention.{field}" in err, err
    assert run("--data-dir", b, "export-state")[1] == before
    # and the CLI refuses the same value
    flag = {"wpm": "--wpm", "limit_seconds": "--limit", "title": "--title"}.get(field)
    if flag is not None:
        code, _ = run("--data-dir", b, "intervention", "add", "--title", "x", flag, str(value))
        assert code in (1, 2)


def _edit_records(bundle: Path, table: str, field: str, value: object) -> None:
    import hashlib
    import zipfile

    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    lines = []
    for line in members["records.jsonl"].decode().splitlines():
        record = json.loads(line)
        if record["table"] == table:
            record["data"][field] = value
        lines.append(json.dumps(record, ensure_ascii=False))
    body = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["records.jsonl"] = hashlib.sha256(body).hexdigest()
    members["records.jsonl"], members["manifest.json"] = body, json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
