"""The benchmark report's records and renderings (JSON, Markdown, README), with no timing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from benchmarks import __main__ as cli
from benchmarks import common, report
from benchmarks.common import (
    FASTER,
    WITHIN,
    ProcessFailed,
    Recorder,
    Result,
    Timing,
    spread,
)

MACHINE = {
    "cpu": "Test CPU 3000",
    "cores": 2,
    "ram_gb": 8.0,
    "os": "Debian GNU/Linux 12 (bookworm)",
    "python": "3.11.7",
    "pyside6": "6.11.3",
    "sqlite": "3.40.1",
    "peers": {"pandoc": "pandoc 2.17.1.1", "libreoffice": None},
    "commit": "abc1234",
    "dirty": True,
    "load_average": [1.5, 1.2, 1.0],
    "date": "2025-11-20T09:00:00+00:00",
}


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """A fresh recorder for the run, as ``python -m benchmarks`` would have."""
    fresh = Recorder()
    fresh.group = "demo"
    monkeypatch.setattr(common, "RECORDER", fresh)
    return fresh


def test_timing_is_the_median_and_keeps_its_samples() -> None:
    t = Timing([0.3, 0.1, 0.2])
    assert t == pytest.approx(0.2)
    assert spread(t) == (0.1, 0.3, 3)
    assert spread(0.25) == (0.25, 0.25, 1)  # a computed value counts once
    assert not hasattr(t * 2, "samples")


def test_median_time_hands_its_samples_to_report(recorder: Recorder) -> None:
    calls = []
    t = common.median_time(lambda: calls.append(1), 4)
    assert len(calls) == 5  # one warm-up
    assert common.report("fast thing", t, 10.0, "note") is True
    (result,) = recorder.results
    assert (result.group, result.label, result.status, result.n) == ("demo", "fast thing", "ok", 4)
    assert result.min is not None and result.max is not None
    assert result.min <= result.median <= result.max  # type: ignore[operator]
    assert result.budget == 10.0 and result.note == "note"


def test_each_kind_of_report_records_its_verdict(recorder: Recorder) -> None:
    assert common.report("over", Timing([0.4, 0.5]), 0.3) is False
    assert common.report_ratio("vs pandoc", Timing([1.0]), Timing([1.5, 1.7]), "pandoc", 2) is False
    assert common.report_within("gui", 0.5, 0.3, "bare window", 2.0) is True
    assert common.report_within("tiny", 0.004, 0.002, "plain", 1.3, slack=0.02) is True
    assert common.report_memory("peak", [300.0, 360.0, 320.0], 350) is True
    assert common.report_peer_missing("vs soffice", 1.0, "LibreOffice", 2, "apt install") is True
    assert common.report_info("info", 0.2) is True
    assert common.report_skipped("corpus", "absent") is True
    assert common.report_error("crashed", ValueError("boom")) is False
    by_label = {r.label: r for r in recorder.results}
    assert by_label["over"].status == common.OVER
    ratio = by_label["vs pandoc"]
    assert (ratio.status, ratio.rule) == (common.SLOW, FASTER)
    assert ratio.ratio == pytest.approx(1.6)
    assert (ratio.peer_min, ratio.peer_max) == (1.5, 1.7)
    within = by_label["gui"]
    assert within.rule == WITHIN and within.ratio == pytest.approx(0.5 / 0.3)
    assert (by_label["peak"].unit, by_label["peak"].median, by_label["peak"].n) == ("MB", 320, 3)
    assert by_label["vs soffice"].status == common.PEER_MISSING
    assert by_label["crashed"].note == "ValueError: boom"
    assert [r.ok for r in recorder.results] == [
        False,
        False,
        True,
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_console_line_says_median_range_and_verdict() -> None:
    line = common.format_line(
        Result("g", "census", common.OVER, median=0.06, min=0.05, max=0.09, n=7, budget=0.05)
    )
    assert "60.0 ms" in line and "[50.0–90.0 ms, n=7]" in line
    assert "≤ 50 ms" in line and "OVER BUDGET" in line


def test_amounts_and_spans() -> None:
    assert common.format_amount(0.0123, "s") == "12.3 ms"
    assert common.format_amount(0.456, "s") == "456 ms"
    assert common.format_amount(2.5, "s") == "2.50 s"
    assert common.format_span(0.9, 1.2, "s") == "900 ms–1.20 s"
    assert common.format_span(301.4, 322.6, "MB") == "301–323 MB"
    assert common.format_budget(1.5, "s") == "1.5 s"
    assert common.format_budget(0.3, "s") == "300 ms"
    assert common.format_duration(48.2) == "48 s"
    assert common.format_duration(252) == "4 min 12 s"


def sample_results() -> list[Result]:
    return [
        Result("import", "import big.docx", "ok", median=0.25, min=0.2, max=0.3, n=7, budget=0.3),
        Result(
            "import",
            "check --json (process)",
            common.SLOW,
            median=1.0,
            min=0.9,
            max=1.1,
            n=7,
            peer="pandoc",
            peer_median=1.5,
            peer_min=1.4,
            peer_max=1.7,
            ratio=1.5,
            need=2.0,
            rule=FASTER,
        ),
        Result(
            "packs",
            "pack as a process",
            common.PEER_MISSING,
            median=1.0,
            min=1.0,
            max=1.0,
            n=1,
            peer="LibreOffice",
            need=2.0,
            rule=FASTER,
        ),
        Result(
            "gui", "peak memory", "ok", unit="MB", median=160, min=150, max=170, n=7, budget=350
        ),
        Result("brackets", "census Paris v1", common.SKIPPED, note="corpus | absent"),
    ]


def test_json_round_trip_keeps_every_record() -> None:
    results = sample_results()
    run = {"quick": False, "repeat": 7, "seconds": 250.0}
    data = json.loads(report.dumps(report.to_json(results, MACHINE, run)))
    assert data["ok"] is False
    assert data["machine"]["cpu"] == "Test CPU 3000"
    assert data["results"][1]["ok"] is False and data["results"][1]["peer"] == "pandoc"
    back, machine, run_back = report.from_json(data)
    assert back == results and machine == MACHINE and run_back == run
    with pytest.raises(ValueError):
        report.from_json({"format": "something else"})


def test_markdown_table_shows_ratios_misses_and_the_machine() -> None:
    run = {"quick": True, "repeat": 3, "process_repeat": 2, "seconds": 95, "note": "Noisy."}
    text = report.markdown(sample_results(), MACHINE, run)
    lines = text.splitlines()
    assert lines[0].startswith("| group | measure | median | min–max (n) | budget |")
    rows = {line.split(" | ")[1]: line for line in lines if line.startswith("| ")}
    assert "| 250 ms | 200–300 ms (7) | ≤ 300 ms |" in rows["import big.docx"]
    check = rows["check --json (process)"]
    assert "≥ 2× faster than pandoc" in check and "pandoc 1.50 s (1.40–1.70 s)" in check
    assert "1.5× faster" in check and "**too slow**" in check
    assert "LibreOffice: not installed" in rows["pack as a process"]
    assert "≤ 350 MB" in rows["peak memory"] and "150–170 MB (7)" in rows["peak memory"]
    assert "census Paris v1 (corpus \\| absent)" in text  # a pipe cannot break the table
    assert "Missed (1 of 5): check --json (process)." in text
    assert "Test CPU 3000, 2 cores, 8.0 GB RAM" in text
    assert "Commit abc1234 with uncommitted changes, 2025-11-20T09:00:00+00:00" in text
    assert "A `--quick` run, 3 timed repetitions after a warm-up (2 for whole processes)" in text
    assert "95 s in all" in text and lines[-1] == "Noisy."


def test_readme_section_is_replaced_and_the_rest_kept(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# App\n\nIntro.\n", encoding="utf-8")
    report.update_readme(readme, "first table")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# App\n\nIntro.\n\n## Performance\n\n")
    assert report.README_START in text and "first table" in text
    readme.write_text(text + "\n## Licence\n\nMIT.\n", encoding="utf-8")
    report.update_readme(readme, "second table")
    text = readme.read_text(encoding="utf-8")
    assert "first table" not in text and "second table" in text
    assert text.count("## Performance") == 1 and text.endswith("## Licence\n\nMIT.\n")


def test_cli_renders_a_saved_run_and_exits_1_on_a_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "run.json"
    data = report.to_json(sample_results(), MACHINE, {"quick": False, "repeat": 7})
    saved.write_text(report.dumps(data), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# App\n", encoding="utf-8")
    argv = ["--from-json", str(saved), "--markdown", "-", "--readme", str(readme)]
    assert cli.main(argv) == 1
    out = capsys.readouterr()
    assert out.out.startswith("| group | measure |")
    assert "missed: check --json (process)" in out.err  # progress lines leave stdout alone
    assert "| import | import big.docx |" in readme.read_text(encoding="utf-8")
    passing = [r for r in sample_results() if r.ok]
    saved.write_text(report.dumps(report.to_json(passing, MACHINE, {})), encoding="utf-8")
    assert cli.main(["--from-json", str(saved)]) == 0


def test_cli_refuses_two_documents_on_stdout() -> None:
    with pytest.raises(SystemExit) as exc:
        cli.parse_args(["--json", "-", "--markdown", "-"])
    assert exc.value.code == 2


def test_machine_info_names_what_the_numbers_depend_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "_first_line", lambda cmd: f"{Path(cmd[0]).name} 1.0")
    info = report.machine_info()
    for key in ("cpu", "cores", "ram_gb", "os", "python", "pyside6", "sqlite", "commit", "date"):
        assert key in info
    assert info["python"] == f"{sys.version_info.major}.{sys.version_info.minor}." + str(
        sys.version_info.micro
    )
    assert set(info["peers"]) == {"pandoc", "libreoffice"}
    assert "cores" in report.machine_line(info)


def test_run_process_reports_the_childs_own_peak_memory_and_explains_a_failure() -> None:
    seconds, peak_mb = common.run_process([sys.executable, "-c", "x = bytearray(30_000_000)"])
    assert seconds > 0 and peak_mb >= 30
    ballast = b"x" * 150_000_000  # a fork from this process would start at 150 MB
    _, small_mb = common.run_process([sys.executable, "-c", "pass"])
    assert small_mb < 100 and len(ballast)
    with pytest.raises(ProcessFailed, match="went wrong"):
        common.run_process(
            [sys.executable, "-c", "import sys; sys.exit('it went wrong')"],
        )
