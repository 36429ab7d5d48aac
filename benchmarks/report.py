"""The performance report: the machine it ran on, the results as JSON, a Markdown table, README.

The README's "Performance" section sits between ``README_START`` and ``README_END``;
``python -m benchmarks --readme`` replaces what is between them and keeps the rest.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ERROR,
    INFO,
    PEER_MISSING,
    SKIPPED,
    Result,
    format_amount,
    format_duration,
    format_range,
    format_ratio,
    format_requirement,
    format_span,
)

ROOT = Path(__file__).resolve().parents[1]
README_START = "<!-- benchmarks:start (python -m benchmarks --readme rewrites this part) -->"
README_END = "<!-- benchmarks:end -->"
FORMAT = "wsis-desk-benchmarks"
FORMAT_VERSION = 1


def _first_line(cmd: Sequence[str]) -> str | None:
    """First non-empty output line of ``cmd``, or None when it is missing or fails."""
    if shutil.which(cmd[0]) is None:
        return None
    try:
        out = subprocess.run(list(cmd), capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    return lines[0] if lines else None


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def machine_info() -> dict[str, Any]:
    """What the numbers depend on: CPU, cores, RAM, OS, versions, peers, commit, load, date."""
    cpu = re.search(r"^model name\s*:\s*(.+)$", _read("/proc/cpuinfo"), re.MULTILINE)
    mem = re.search(r"^MemTotal:\s*(\d+) kB", _read("/proc/meminfo"), re.MULTILINE)
    distro = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', _read("/etc/os-release"), re.MULTILINE)
    status = _git("status", "--porcelain", "--untracked-files=no")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    return {
        "cpu": cpu.group(1).strip() if cpu else platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "ram_gb": round(int(mem.group(1)) / 1024**2, 1) if mem else None,
        "os": distro.group(1) if distro else platform.platform(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "sqlite": sqlite3.sqlite_version,
        "wsis_desk": _version("wsis_desk"),
        "peers": {
            "pandoc": _first_line(["pandoc", "--version"]),
            "libreoffice": _first_line([soffice, "--version"]) if soffice else None,
        },
        "commit": _git("rev-parse", "--short", "HEAD"),
        "dirty": bool(status) if status is not None else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }


def to_json(
    results: Sequence[Result], machine: dict[str, Any], run: dict[str, Any]
) -> dict[str, Any]:
    """The whole report as one JSON document (``run``: mode, repeat, groups, seconds)."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "machine": machine,
        "run": run,
        "ok": all(r.ok for r in results),
        "results": [r.to_json() for r in results],
    }


def from_json(data: dict[str, Any]) -> tuple[list[Result], dict[str, Any], dict[str, Any]]:
    """Results, machine and run back from :func:`to_json` output."""
    if data.get("format") != FORMAT:
        raise ValueError("not a wsis_desk benchmark report")
    results = [Result.from_json(r) for r in data["results"]]
    return results, data.get("machine", {}), data.get("run", {})


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _verdict(result: Result) -> str:
    if result.status in (INFO, SKIPPED, PEER_MISSING):
        return result.status
    return "ok" if result.ok else f"**{result.status}**"


def _peer_cell(result: Result) -> str:
    if result.status == PEER_MISSING:
        return f"{result.peer}: not installed"
    if result.peer is None or result.peer_median is None:
        return ""
    low, high = result.peer_min, result.peer_max
    spread = ""
    if low is not None and high is not None and low != high:
        spread = f" ({format_span(low, high, 's')})"
    return f"{result.peer} {format_amount(result.peer_median, 's')}{spread}"


def machine_line(machine: dict[str, Any]) -> str:
    """One sentence naming the machine, versions, commit and date of a run."""
    peers = machine.get("peers", {})
    peer_text = ", ".join(v for v in (peers.get("pandoc"), peers.get("libreoffice")) if v)
    commit = machine.get("commit") or "unknown commit"
    if machine.get("dirty"):
        commit += " with uncommitted changes"
    load = machine.get("load_average")
    load_text = f", load average {load[0]:g} at the start" if load else ""
    return (
        f"{machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
        f"{machine.get('ram_gb', '?')} GB RAM, {machine.get('os', '?')}; "
        f"Python {machine.get('python', '?')}, PySide6 {machine.get('pyside6', '?')}, "
        f"SQLite {machine.get('sqlite', '?')}"
        + (f"; peers: {peer_text}" if peer_text else "")
        + f". Commit {commit}, {machine.get('date', '?')}{load_text}."
    )


def markdown(
    results: Sequence[Result], machine: dict[str, Any], run: dict[str, Any] | None = None
) -> str:
    """The table for the README, with the machine it ran on underneath."""
    lines = [
        "| group | measure | median | min–max (n) | budget | peer, same run | ratio | result |",
        "|---|---|---:|---:|---|---|---:|---|",
    ]
    for r in results:
        median = format_amount(r.median, r.unit) if r.median is not None else "–"
        spread = f"{format_range(r)} ({r.n})" if r.median is not None else ""
        label = r.label + (f" ({r.note})" if r.note and r.status in (SKIPPED, ERROR) else "")
        cells = [
            r.group,
            label,
            median,
            spread,
            format_requirement(r),
            _peer_cell(r),
            format_ratio(r),
            _verdict(r),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    missed = [r for r in results if not r.ok]
    summary = (
        "Every budget met."
        if not missed
        else f"Missed ({len(missed)} of {len(results)}): {'; '.join(r.label for r in missed)}."
    )
    mode = ""
    if run:
        kind = "A `--quick` run" if run.get("quick") else "A full run"
        seconds = run.get("seconds")
        took = f", {format_duration(seconds)} in all" if isinstance(seconds, int | float) else ""
        repeat, process_repeat = run.get("repeat", "?"), run.get("process_repeat")
        processes = (
            f" ({process_repeat} for whole processes)"
            if process_repeat is not None and process_repeat != repeat
            else ""
        )
        mode = f" {kind}, {repeat} timed repetitions after a warm-up{processes}{took}."
    note = [run["note"], ""] if run and run.get("note") else []
    return "\n".join(
        [*lines, "", summary, "", f"Measured on: {machine_line(machine)}{mode}", "", *note]
    )


def update_readme(readme: Path, section: str) -> None:
    """Put ``section`` between the README markers, adding a "Performance" section if absent."""
    text = readme.read_text(encoding="utf-8")
    block = f"{README_START}\n{section.rstrip()}\n{README_END}"
    if README_START in text and README_END in text:
        head, rest = text.split(README_START, 1)
        _, tail = rest.split(README_END, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n## Performance\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def write_text(target: str, text: str) -> None:
    """Write to a file, or to standard output when ``target`` is ``-``."""
    if target == "-":
        print(text, end="" if text.endswith("\n") else "\n", flush=True)
    else:
        Path(target).write_text(text, encoding="utf-8")


def dumps(data: dict[str, Any]) -> str:
    """Stable, readable JSON text."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
