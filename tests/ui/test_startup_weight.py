"""What the window's first picture loads: start-up stays within its budget (issue 21).

Speed itself is measured by ``python -m benchmarks --only gui``; these tests hold, without a
clock, the start-up work that was taken out because the first picture does not need it, and
the waits that cost wall-clock time without showing in a count of instructions.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import open_workspace

# Imported on first use, not for the first picture.
LATE_MODULES = (
    "PySide6.QtPrintSupport",  # File › Print…: a Qt library of its own, and its enums
    "wsis_desk.ui.controllers.printing",
    "wsis_desk.ui.dialogs.shortcuts_dialog",  # Help › Keyboard shortcuts
    "wsis_desk.formats.parties_in",  # the parties registry: only a paragraph parse needs it
    "wsis_desk.core.parties",
    "wsis_desk.core.lexicon",  # status markers: read again only for a paragraph with a status
    "subprocess",  # compiling a stale .ts in a checkout; with signal, selectors and select
)
# PySide makes a Python class the first time it is used, with every enum it has. Wrapping a
# plain QWidget that Qt made (an item view's viewport(), say) makes it load every QWidget
# class not loaded yet, these among them, to look for a better match: ~3% of start-up.
UNUSED_WIDGET_CLASSES = ("QWizard", "QCalendarWidget", "QMdiArea", "QLCDNumber", "QFontDialog")
# The dialogs the window may open later: each is imported where it is opened.
DIALOG_CLASSES = ("QMessageBox", "QFileDialog", "QInputDialog", "QDialogButtonBox")
# What a screenshot leaves: late modules, unused widget classes, threads besides the main one.
Loaded = tuple[set[str], set[str], list[str]]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    """(late modules, unused widget classes, threads other than the main one still there)
    after a screenshot of the demo, in Arabic so that the right-to-left path and its font are
    taken too."""
    tmp_path = tmp_path_factory.mktemp("startup")
    home = tmp_path / "home"
    ws = open_workspace(home)
    load_demo(ws, with_records=True)
    ws.close()
    shot = tmp_path / "shot.png"
    script = (
        "import os, sys\n"
        "from wsis_desk.app import main\n"
        f"code = main(['--data-dir', {str(home)!r}, 'gui', '--screenshot', {str(shot)!r}, "
        "'--lang', 'ar'])\n"
        "import PySide6.QtWidgets as w\n"
        f"print(code, '|', ','.join(m for m in {LATE_MODULES!r} if m in sys.modules), '|', "
        f"','.join(c for c in {UNUSED_WIDGET_CLASSES + DIALOG_CLASSES!r} if c in vars(w)), '|', "
        "','.join(open(f'/proc/self/task/{t}/comm').read().strip() for t in "
        "(os.listdir('/proc/self/task') if os.path.isdir('/proc/self/task') else ()) "
        "if int(t) != os.getpid()))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    code, modules, classes, threads = (part.strip() for part in done.stdout.split("|"))
    assert code == "0", done.stdout + done.stderr
    assert Path(shot).stat().st_size > 10_000
    return (
        set(filter(None, modules.split(","))),
        set(filter(None, classes.split(","))),
        list(filter(None, threads.split(","))),
    )


def test_the_first_picture_loads_neither_printing_nor_the_parties_registry(
    loaded: Loaded,
) -> None:
    assert loaded[0] == set()


def test_the_first_picture_wraps_no_widget_that_makes_pyside_load_every_widget_class(
    loaded: Loaded,
) -> None:
    assert loaded[1] & set(UNUSED_WIDGET_CLASSES) == set()


def test_the_first_picture_loads_no_dialog_class(loaded: Loaded) -> None:
    assert loaded[1] & set(DIALOG_CLASSES) == set()


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads listed by /proc")
def test_the_first_picture_is_painted_on_the_gui_thread_alone(
    loaded: Loaded,
) -> None:
    """Qt's raster engine hands each large fill and image conversion to a pool of threads
    and waits for them: about 900 hand-offs for the first picture, each a wake-up of another
    core, which a count of instructions does not show and a busy machine makes slow. The
    start-up integrity check has ended by the time the screenshot returns."""
    assert loaded[2] == []


def test_pyside_still_loads_widget_classes_lazily(qapp: object) -> None:
    """The class check above means something only while PySide loads classes on first use,
    and a wrapped viewport still loads them all (if PySide changes this, drop the check)."""
    script = (
        "import PySide6.QtWidgets as w\n"
        "app = w.QApplication([])\n"
        "table = w.QTableView()\n"
        "before = 'QWizard' in vars(w)\n"
        "table.viewport()\n"
        "print(before, 'QWizard' in vars(w))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["False", "True"], done.stdout + done.stderr
