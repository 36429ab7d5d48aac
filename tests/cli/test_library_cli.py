"""wsis-desk version rename|move|delete|restore|deleted and doc rename|delete|restore."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wsis_desk.cli import main

DEMO = "A/80/L.99-DEMO"


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def _labels(doc: str) -> list[str]:
    code, text = _run("versions", doc, "--json")
    assert code == 0
    return [v["label"] for v in json.loads(text)["versions"]]


def _state() -> list[str]:
    return [
        _run(*argv)[1]
        for argv in (("docs", "--json"), ("versions", DEMO, "--json"), ("version", "deleted"))
    ]


def test_version_commands_round_trip(data_dir: Path, tmp_path: Path) -> None:
    assert _run("demo")[0] == 0
    stray = tmp_path / "stray.txt"
    stray.write_text("1. Decides to convene a workshop on cooperative approaches;\n", "utf-8")
    assert _run("import", str(stray), "--doc", DEMO)[0] == 0
    assert _labels(DEMO)[-1] == "Version 4"
    code, text = _run("version", "delete", DEMO, "Version 4")
    assert code == 0 and "wsis-desk version restore" in text
    assert _labels(DEMO) == ["Zero draft", "Rev.1", "Rev.2"]
    code, text = _run("version", "deleted", "--json")
    binned = json.loads(text)["versions"]
    assert [v["label"] for v in binned] == ["Version 4"]
    assert _run("version", "restore", binned[0]["id"][:8])[0] == 0
    assert _run("version", "move", DEMO, "4", "--to", "Workshop text")[0] == 0
    assert _labels("Workshop text") == ["Version 1"]
    assert _run("version", "rename", "Workshop text", "1", "Zero draft")[0] == 0
    assert _labels("Workshop text") == ["Zero draft"]
    assert _run("doc", "rename", "Workshop text", "Workshop outcome")[0] == 0
    assert _run("doc", "delete", "Workshop outcome")[0] == 0
    code, text = _run("docs", "--json")
    assert [d["title"] for d in json.loads(text)] == ["WSIS+20 outcome document (demo)"]
    assert _run("doc", "restore", "Workshop outcome")[0] == 0
    assert _labels("Workshop outcome") == ["Zero draft"]


def test_bad_requests_say_what_to_do_and_change_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("demo")[0] == 0
    before = _state()
    assert _run("version", "delete", DEMO, "Rev.9")[0] == 1
    assert "has no version 'Rev.9'" in capsys.readouterr().err
    assert _run("version", "rename", DEMO, "Rev.1", "Rev.2")[0] == 1
    assert "labelled 'Rev.2'" in capsys.readouterr().err
    assert _run("version", "restore", "nothing-like-this")[0] == 1
    assert "wsis-desk version deleted" in capsys.readouterr().err
    assert _run("version", "move", DEMO, "Rev.1", "--to", DEMO)[0] == 1
    assert "already in" in capsys.readouterr().err
    assert _state() == before
