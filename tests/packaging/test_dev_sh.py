"""``./dev.sh run`` installs only when what the install depends on changed, and works offline.

The real dev.sh runs in a copy of the checkout's install inputs whose ``.venv`` holds stand-ins
that log every call (pip would need the network; the point is that it is not called at all).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("bash") is None,
    reason="dev.sh is a bash script for Debian/Ubuntu",
)

ROOT = Path(__file__).resolve().parents[2]
# The tools dev.sh uses before it starts the app; apt-get is left out so no system install runs.
TOOLS = ("bash", "cat", "sed", "sha256sum", "cut", "rm", "dirname")

FAKE_PYTHON = """#!/bin/sh
echo "python $*" >> "$CALLS"
[ "$1" = "-c" ] && echo "3.11.0 (stand-in)"
exit 0
"""
FAKE_APP = """#!/bin/sh
echo "wsis-desk $*" >> "$CALLS"
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "wsis_desk" / "resources" / "i18n").mkdir(parents=True)
    shutil.copy(ROOT / "dev.sh", root / "dev.sh")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    venv = root / ".venv" / "bin"
    venv.mkdir(parents=True)
    stand_ins = {"python": FAKE_PYTHON, "wsis-desk": FAKE_APP}
    for tool in ("ruff", "mypy", "lint-imports"):  # what `./dev.sh test` runs before pytest
        stand_ins[tool] = FAKE_APP.replace("wsis-desk", tool)
    for name, text in stand_ins.items():
        (venv / name).write_text(text)
        (venv / name).chmod(0o755)
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (tools / tool).symlink_to(found)
    return root


def run(root: Path, *args: str) -> list[str]:
    calls = root / "calls.log"
    calls.unlink(missing_ok=True)
    env = {
        "PATH": str(root.parent / "tools"),
        "CALLS": str(calls),
        "HOME": str(root.parent),
    }
    done = subprocess.run(
        ["bash", str(root / "dev.sh"), *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return calls.read_text().splitlines() if calls.exists() else []


def pip_calls(calls: list[str]) -> list[str]:
    return [c for c in calls if "-m pip" in c]


def test_second_start_installs_nothing_and_starts_the_app(checkout: Path) -> None:
    first = run(checkout, "run", "--lang", "fr")
    assert pip_calls(first), "a venv never installed by dev.sh must be installed"
    assert first[-1] == "wsis-desk gui --demo --lang fr"
    second = run(checkout, "run")
    assert pip_calls(second) == []
    assert second[-1] == "wsis-desk gui --demo"


def test_a_change_to_pyproject_reinstalls_once(checkout: Path) -> None:
    run(checkout, "run")
    with (checkout / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency would go here\n")
    assert pip_calls(run(checkout, "run"))
    assert pip_calls(run(checkout, "run")) == []


def test_a_change_to_the_package_lists_reinstalls(checkout: Path) -> None:
    run(checkout, "run")
    script = checkout / "dev.sh"
    script.write_text(script.read_text().replace("poppler-utils", "poppler-utils xauth", 1))
    assert pip_calls(run(checkout, "run"))


def test_a_test_install_serves_run_but_not_the_reverse(checkout: Path) -> None:
    run(checkout, "run")
    # `test` needs the test tools, which a plain install lacks: it installs them.
    calls = run(checkout, "test", "--version")
    assert any("-e .[test]" in c for c in pip_calls(calls))
    assert pip_calls(run(checkout, "run")) == []


def test_a_failed_install_is_retried_next_start(checkout: Path) -> None:
    python = checkout / ".venv" / "bin" / "python"
    python.write_text(FAKE_PYTHON.replace("exit 0", '[ "$2" = "pip" ] && exit 1\nexit 0'))
    env_failed = subprocess.run(
        ["bash", str(checkout / "dev.sh"), "run"],
        cwd=checkout,
        env={"PATH": str(checkout.parent / "tools"), "CALLS": os.devnull},
        capture_output=True,
        check=False,
    )
    assert env_failed.returncode != 0
    python.write_text(FAKE_PYTHON)
    assert pip_calls(run(checkout, "run"))
