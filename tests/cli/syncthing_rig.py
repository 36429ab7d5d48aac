"""Real Syncthing instances on 127.0.0.1 only, sharing one Send & Receive folder (tests only).

Each instance has its own home (keys, config, index), listens on a loopback port and knows
the others by ``tcp://127.0.0.1:PORT``; global discovery, local discovery, relays, NAT
traversal, STUN, usage reporting, crash reporting and upgrades are all off, so nothing
leaves the machine. The same settings are the set-up the README gives a team.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

FOLDER_ID = "wsis-desk"
BINARY = shutil.which("syncthing")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    """One laptop's Syncthing: its home, shared folder, device id, ports and process."""

    home: Path
    folder: Path
    device_id: str
    port: int
    gui_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None
    log: BinaryIO | None = None

    def rescan(self) -> None:
        """Ask for a scan now (the file watcher would, a little later)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}/rest/db/scan?folder={FOLDER_ID}",
            method="POST",
            headers={"X-API-Key": self.api_key},
        )
        with contextlib.suppress(OSError):  # not up yet: the periodic rescan catches up
            urllib.request.urlopen(request, timeout=5).read()


def _config(me: Instance, everyone: list[Instance]) -> str:
    devices = "\n".join(
        f'  <device id="{o.device_id}" name="laptop-{i}" compression="metadata">'
        f"<address>{'dynamic' if o is me else f'tcp://127.0.0.1:{o.port}'}</address></device>"
        for i, o in enumerate(everyone)
    )
    shares = "".join(f'<device id="{o.device_id}"></device>' for o in everyone)
    return f"""<configuration version="36">
  <folder id="{FOLDER_ID}" label="wsis-desk" path={quoteattr(str(me.folder))} type="sendreceive"
      rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
    {shares}
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
{devices}
  <gui enabled="true" tls="false"><address>127.0.0.1:{me.gui_port}</address>
    <apikey>{me.api_key}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{me.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
"""


def start(root: Path, count: int) -> list[Instance]:
    """``count`` instances under ``root``, configured for each other and running."""
    assert BINARY is not None
    env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"}
    out: list[Instance] = []
    for i in range(count):
        home, folder = root / f"st{i}", root / f"shared{i}"
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()
        subprocess.run(
            [BINARY, "generate", f"--home={home}", "--no-default-folder"],
            check=True,
            capture_output=True,
            env=env,
        )
        device = subprocess.run(
            [BINARY, "serve", f"--home={home}", "--device-id"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout.strip()
        out.append(Instance(home, folder, device, free_port(), free_port(), secrets.token_hex(16)))
    for me in out:
        (me.home / "config.xml").write_text(_config(me, out), encoding="utf-8")
        me.log = (me.home / "syncthing.log").open("wb")
        me.process = subprocess.Popen(
            [BINARY, "serve", f"--home={me.home}", "--no-browser", "--no-restart"],
            stdout=me.log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    return out


def stop(instances: list[Instance]) -> None:
    for me in instances:
        if me.process is not None and me.process.poll() is None:
            me.process.terminate()
    for me in instances:
        if me.process is not None:
            try:
                me.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                me.process.kill()
                me.process.wait()
        if me.log is not None:
            me.log.close()


def _bundles(folder: Path) -> dict[str, str]:
    """relative path -> sha256 of every finished bundle (what a laptop would import)."""
    out = {}
    for path in folder.glob("*/*.wsisdesk"):
        if not path.name.startswith(".") and path.name[0].isdigit():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def wait_until_alike(instances: list[Instance], timeout: float = 90.0) -> None:
    """Wait until every shared folder holds the same finished bundles; AssertionError after
    ``timeout`` seconds, with the Syncthing logs' tails."""
    deadline = time.monotonic() + timeout
    for me in instances:
        me.rescan()
    while time.monotonic() < deadline:
        views = [_bundles(me.folder) for me in instances]
        if all(v == views[0] for v in views):
            return
        time.sleep(0.5)
    tails = "\n".join(
        (me.home / "syncthing.log").read_text(errors="replace")[-1500:] for me in instances
    )
    raise AssertionError(f"Syncthing did not carry the bundles in {timeout} s:\n{tails}")
