"""No network, ever: the whole CLI workflow and the GUI smoke create no socket.

Three guards: in-process (socket patched), in a fresh process (a ``sitecustomize`` that
refuses and logs any socket), and at the system-call level (``strace``, when installed),
which also sees sockets opened by C libraries such as Qt.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT
from tests.hardening.net_workflow import run_workflow

GUARD = """
import os, socket

_LOG = os.environ["WSIS_NET_LOG"]
_init = socket.socket.__init__


def _refuse(what):
    with open(_LOG, "a") as fh:
        fh.write(what + "\\n")
    raise OSError("wsis_desk test guard: network access attempted: " + what)


def _guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
    _refuse(f"socket({family}, {type})")


socket.socket.__init__ = _guarded_init
socket.socket.connect = lambda self, *a: _refuse(f"connect{a}")
socket.create_connection = lambda *a, **k: _refuse(f"create_connection{a}")
socket.socketpair = lambda *a, **k: _refuse("socketpair")
socket.getaddrinfo = lambda *a, **k: _refuse(f"getaddrinfo{a}")
"""


def test_the_cli_workflow_creates_no_socket_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def refuse(what: str) -> None:
        attempts.append(what)
        raise OSError(f"network access attempted: {what}")

    monkeypatch.setattr(socket.socket, "__init__", lambda self, *a, **k: refuse(f"socket{a}"))
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: refuse(f"connect{a}"))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse("getaddrinfo"))
    done = run_workflow(tmp_path)
    assert {"import", "show", "brackets", "check"} <= set(done)
    assert attempts == []


def _guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), str(PROJECT_ROOT)])
    env["WSIS_NET_LOG"] = str(log)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, log


def _traced(argv: list[str], trace: Path) -> list[str]:
    strace = shutil.which("strace")
    if strace is None:
        return argv
    return [
        strace,
        "-f",
        "-qq",
        "-e",
        "trace=socket,connect",
        "-e",
        "signal=none",
        "-o",
        str(trace),
        *argv,
    ]


def _native_sockets(trace: Path) -> list[str]:
    if not trace.exists():
        return []
    return [
        line for line in trace.read_text().splitlines() if "socket(" in line or "connect(" in line
    ]


def test_the_guards_do_catch_a_socket(tmp_path: Path) -> None:
    """The control: without it, a guard that never loads would pass every test."""
    env, log = _guarded_env(tmp_path)
    trace = tmp_path / "strace.txt"
    argv = [sys.executable, "-c", "import socket\ntry: socket.socket()\nexcept OSError: pass"]
    subprocess.run(_traced(argv, trace), cwd=PROJECT_ROOT, env=env, check=True, timeout=60)
    assert "socket(" in log.read_text()
    argv = [sys.executable, "-S", "-c", "import socket; socket.socket().close()"]  # no site
    subprocess.run(_traced(argv, trace), cwd=PROJECT_ROOT, env=env, check=True, timeout=60)
    if shutil.which("strace"):
        assert _native_sockets(trace)


@pytest.mark.parametrize("what", ["cli", "gui"])
def test_a_fresh_process_creates_no_socket(what: str, tmp_path: Path) -> None:
    env, log = _guarded_env(tmp_path)
    trace = tmp_path / "strace.txt"
    if what == "cli":
        argv = [sys.executable, "-m", "tests.hardening.net_workflow", str(tmp_path / "work")]
    else:
        shot = tmp_path / "shot.png"
        argv = [
            sys.executable,
            "-m",
            "wsis_desk",
            "--data-dir",
            str(tmp_path / "home"),
            "gui",
            "--demo",
            "--screenshot",
            str(shot),
        ]
    done = subprocess.run(
        _traced(argv, trace),
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert not log.exists(), log.read_text()
    assert _native_sockets(trace) == []
    if what == "gui":
        assert (tmp_path / "shot.png").stat().st_size > 0
