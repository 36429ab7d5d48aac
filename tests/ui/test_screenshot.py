"""``wsis-desk gui --screenshot``: the picture, what it leaves alone, and the process's exit."""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget
from pytestqt.qtbot import QtBot

from wsis_desk.app import run_gui
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.screenshot import _backing_image, window_png


def _demo_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    ws = open_workspace(home)
    load_demo(ws)
    ws.close()
    return home


def test_a_screenshot_is_the_window_and_leaves_the_users_layout_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = _demo_home(tmp_path)
    layout = home / "ui.ini"
    layout.write_text("[window]\nsplitter=@ByteArray(not ours to change)\n", encoding="utf-8")
    before = layout.read_bytes()
    shot = tmp_path / "shot.png"
    assert run_gui(data_dir=str(home), screenshot=str(shot), size=(1024, 700)) == 0
    with Image.open(shot) as picture:
        assert picture.size == (1024, 700) and picture.mode == "RGB"
        colours = picture.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # text, not a blank window
    assert layout.read_bytes() == before
    assert gc.isenabled()  # paused for the start, resumed for whoever runs next


def test_the_offscreen_picture_is_the_window_as_grab_renders_it(qtbot: QtBot) -> None:
    """Offscreen, the picture is converted where the window was painted (no copy of it
    first): it holds the same pixels as rendering the window again."""
    window = QMainWindow()
    qtbot.addWidget(window)
    table = QTableWidget(30, 4)
    table.setHorizontalHeaderLabels(["Label", "Status", "Proponents", "Text"])
    window.setCentralWidget(table)
    window.setWindowTitle("picture")
    window.statusBar().addWidget(QLabel("[bracketed text] النص 文本"))
    window.resize(640, 480)
    window.show()
    # Painted once: else there is no picture to read and it falls back on rendering one.
    qtbot.waitUntil(lambda: _backing_image(window) is not None)
    with Image.open(io.BytesIO(window_png(window))) as picture:
        ours = picture.convert("RGB").tobytes()
    grabbed = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = bytes(grabbed.constBits())
    width = grabbed.width() * 3
    expected = b"".join(
        rows[y * grabbed.bytesPerLine() : y * grabbed.bytesPerLine() + width]
        for y in range(grabbed.height())
    )
    assert ours == expected


def _wsis_desk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "wsis_desk", *args], capture_output=True, text=True, env=env
    )


def test_the_process_ends_with_the_screenshots_exit_code(tmp_path: Path) -> None:
    """After the window the process exits at once (no interpreter teardown), with the
    run's own exit code and its messages flushed."""
    home = _demo_home(tmp_path)
    good = _wsis_desk("--data-dir", str(home), "gui", "--screenshot", str(tmp_path / "ok.png"))
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "ok.png").stat().st_size > 10_000
    missing = tmp_path / "no such folder" / "shot.png"
    bad = _wsis_desk("--data-dir", str(home), "gui", "--screenshot", str(missing))
    assert bad.returncode == 1
    assert "cannot write the screenshot" in bad.stderr
    assert not missing.parent.exists()
