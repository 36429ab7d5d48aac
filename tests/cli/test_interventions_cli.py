"""wsis-desk intervention … and wsis-desk pack, end to end on a real database."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from wsis_desk.cli import main
from wsis_desk.cli.interventions import duration

SYMBOL = "A/80/L.99-DEMO"
STATEMENT = " ".join(["We call for universal, meaningful and affordable connectivity."] * 40)


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def _add(*extra: str) -> str:
    code, text = run(
        [
            "intervention",
            "add",
            "--title",
            "Connectivity",
            "--speaker",
            "Civil Society Caucus",
            "--meeting",
            "WSIS+20 informals",
            "--limit",
            "2:00",
            "--text",
            STATEMENT,
            "--json",
            *extra,
        ]
    )
    assert code == 0, text
    return str(json.loads(text)["id"])


def test_add_list_time_and_pack(data_dir: Path, tmp_path: Path) -> None:
    assert run(["demo"])[0] == 0
    ident = _add("--doc", SYMBOL, "--paragraphs", "OP1-OP2")
    code, text = run(["intervention", "list", "--json"])
    listed = [i for i in json.loads(text) if i["id"] == ident]  # the demo brings its own too
    assert code == 0 and len(listed) == 1
    assert [p["label"] for p in listed[0]["paragraphs"]] == ["OP1", "OP2"]
    assert listed[0]["timing"]["units"] == 320 and listed[0]["limit_seconds"] == 120

    code, text = run(["intervention", "time", ident[:6]])
    assert code == 0
    assert text.splitlines() == [
        "320 words, about 02:55 at 110 words a minute; slot 02:00",
        "fits the slot but too fast to interpret (160 words a minute; "
        "interpretable: 100-120 words a minute): cut 100 words",
    ]

    out = tmp_path / "x.pdf"
    code, text = run(
        [
            *("pack", "--intervention", ident[:8], "--paragraphs", f"{SYMBOL}::OP1-OP2"),
            *("--redline", "--copies", "3", "--duplex", "-o", str(out)),
        ]
    )
    assert code == 0 and text.startswith(f"Wrote {out}: ")
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert "Copies wanted: 3" in pages[0] and "double-sided" in pages[0]
    assert all("Speaker: Civil Society Caucus" in p for p in pages)
    assert any("affordable connectivity" in p for p in pages)


def test_time_a_plain_text_file_and_stdin(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = tmp_path / "speech.txt"
    speech.write_text(" ".join(["word"] * 220), encoding="utf-8")
    code, text = run(["intervention", "time", str(speech), "--wpm", "110", "--limit", "120"])
    assert code == 0 and "fits the slot at 110 words a minute, 00:00 to spare" in text
    code, text = run(["intervention", "time", str(speech), "--limit", "60", "--json"])
    data = json.loads(text)
    assert data["verdict"] == "too_fast_to_interpret" and data["units_to_cut"] == 110
    assert data["message"].endswith("cut 110 words")

    monkeypatch.setattr("sys.stdin", io.StringIO("缔约方应开展合作" * 5))
    code, text = run(["intervention", "time", "-", "--lang", "zh", "--json"])
    assert code == 0 and json.loads(text)["unit"] == "characters"
    assert json.loads(text)["units"] == 40


def test_bad_values_are_one_line_errors(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    speech = tmp_path / "speech.txt"
    speech.write_text("Short statement.", encoding="utf-8")
    capsys.readouterr()
    for argv in (
        ["intervention", "time", str(speech), "--wpm", "300"],
        ["intervention", "add", "--title", "T", "--wpm", "300"],
        ["intervention", "add", "--title", "T", "--lang", "english"],
        ["intervention", "time", str(tmp_path / "missing.txt")],
        ["intervention", "show", "abc"],
        ["pack", "--paragraphs", "nonsense", "-o", str(tmp_path / "p.pdf")],
    ):
        code, _ = run(argv)
        err = capsys.readouterr().err
        assert code == 1, argv
        assert err.startswith("wsis-desk: ") and err.count("\n") == 1, err


def test_usage_errors_exit_2(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["intervention", "time", "x.txt", "--limit", "two minutes"])
    assert info.value.code == 2


def test_edit_show_deliver_delete_by_prefix(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ident = _add("--lang", "pt")
    assert "not one of the six UN languages" in capsys.readouterr().err
    code, text = run(["intervention", "edit", ident[:7], "--wpm", "120", "--status", "final"])
    assert code == 0 and "final" in text
    code, text = run(["intervention", "show", ident[:6], "--json"])
    shown = json.loads(text)
    assert shown["wpm"] == 120 and shown["status"] == "final" and shown["language"] == "pt"
    code, text = run(["intervention", "deliver", ident[:6], "--at", "2025-11-21T10:15+00:00"])
    assert code == 0 and "2025-11-21T10:15:00+00:00" in text
    code, text = run(["intervention", "delete", ident[:6]])
    assert code == 0 and text.startswith(f"Deleted {ident[:8]}")
    assert json.loads(run(["intervention", "list", "--json"])[1]) == []


def test_duration_forms() -> None:
    assert [duration(v) for v in ("120", "120s", "2m", "2m30s", "2:30")] == [
        120,
        120,
        120,
        150,
        150,
    ]


def test_chinese_is_timed_and_judged_in_characters_a_minute(data_dir: Path, tmp_path: Path) -> None:
    text = tmp_path / "zh.txt"
    text.write_text("缔约方应开展合作，养护和可持续利用海洋生物多样性。" * 12, encoding="utf-8")
    code, out = run(["intervention", "time", str(text), "--lang", "zh", "--limit", "1:00"])
    assert code == 0
    summary, verdict = out.splitlines()
    assert "at 165 characters (110 words) a minute" in summary
    assert "interpretable: 150-180 characters a minute" in verdict and "cut" in verdict
