"""Composition root: data dir and database, then the QApplication and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from wsis_desk.services.workspace import Workspace


def run_gui(
    *,
    data_dir: str | None = None,
    demo: bool = False,
    screenshot: str | None = None,
    view: str = "document",
    size: tuple[int, int] = (1440, 900),
    files: Sequence[str] = (),
) -> int:
    """Open the workspace, optionally load the demo, show the main window; returns exit code.

    With ``screenshot`` the window is rendered offscreen to that PNG and the app exits.
    ``files`` (a file manager's "Open with") are offered for import, one dialog each, once the
    window is up.
    """
    import os

    from wsis_desk.runtime import quiet_start

    quiet_start()  # resumed by settle_heap() once the window is up
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wsis_desk import APP_DISPLAY_NAME, __version__
    from wsis_desk.runtime import settle_heap
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.ui.errors import install_excepthook
    from wsis_desk.ui.main_window import MainWindow
    from wsis_desk.ui.tasks import SyncTaskRunner, TaskRunner

    # The integrity check reads the whole file on a thread while Qt starts; writes wait for it.
    workspace = open_workspace(data_dir, check_in_background=True)
    try:
        if demo:
            from wsis_desk.services.demo import load_demo

            load_demo(workspace, with_records=True)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName(APP_DISPLAY_NAME)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("wsis-desk")
        app.setWindowIcon(_app_icon())
        if screenshot:
            # A screenshot wants the finished picture: run jobs synchronously, then grab.
            window = MainWindow(workspace, SyncTaskRunner())
            window.resize(*size)
            window.show_view("document" if view == "library" else view)
            window.show()
            for _ in range(3):  # layout settles over a few event-loop turns
                app.processEvents()
            if view == "library":
                window.splitter.setSizes([460, max(size[0] - 460, 200)])
                window.library.view.setFocus()
            elif view == "document":
                window.document_view.select_first_bracketed()
            app.processEvents()
            # Offscreen, the window's backing store already holds the picture: reading it is
            # a sixth of the time of rendering it again (grab); on a real display another
            # window could be on top, so render it there.
            offscreen = QApplication.platformName() == "offscreen"
            picture = window.screen().grabWindow(window.winId()) if offscreen else window.grab()
            # Quality 85 is a light zlib level: half the time of the default to write, and
            # window pictures (flat colours, text) compress about as well.
            if not picture.save(str(Path(screenshot)), "PNG", 85):
                sys.stderr.write(f"wsis-desk: cannot write the screenshot {screenshot}\n")
                return 1
            window.close()
            workspace.db.verified()  # a damaged database fails the run (exit 1, clear message)
            return 0
        install_excepthook()
        window = MainWindow(workspace, TaskRunner())
        window.show()
        QTimer.singleShot(0, lambda: _report_damage(window, workspace))
        for name in files:
            QTimer.singleShot(0, lambda path=Path(name): window.import_draft(path))
        QTimer.singleShot(400, settle_heap)  # after the first picture, not before it
        return int(app.exec())
    finally:
        workspace.close()


def _report_damage(window: QWidget, workspace: Workspace) -> None:
    """Once the window is up: if the start-up check found damage, say what to restore."""
    from wsis_desk.errors import StoreError
    from wsis_desk.ui.errors import show_error

    try:
        workspace.db.verified()
    except StoreError as exc:
        show_error(window, exc)


def _app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from wsis_desk.paths import resources_dir

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"wsis-desk-{size}.png"))
    return icon


def main(argv: Sequence[str] | None = None) -> int:
    """The ``wsis-desk`` console script: the CLI, with the GUI as its default command."""
    from wsis_desk.cli import main as cli_main

    return cli_main(argv, gui=run_gui)
