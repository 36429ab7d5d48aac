"""Composition root: data dir and database, then the QApplication and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def run_gui(*, data_dir: str | None = None, demo: bool = False) -> int:
    """Open the workspace, optionally load the demo, show the main window; returns exit code."""
    from PySide6.QtWidgets import QApplication

    from wsis_desk import APP_DISPLAY_NAME, __version__
    from wsis_desk.services.demo import load_demo
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.ui.main_window import MainWindow

    workspace = open_workspace(data_dir)
    try:
        if demo:
            load_demo(workspace)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName(APP_DISPLAY_NAME)
        app.setApplicationVersion(__version__)
        window = MainWindow(workspace)
        window.show()
        if os.environ.get("WSIS_DESK_SMOKE_TEST"):
            app.processEvents()
            return 0
        return int(app.exec())
    finally:
        workspace.close()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``wsis-desk`` console script: the CLI, with the GUI as its default command."""
    from wsis_desk.cli import main as cli_main

    return cli_main(argv, gui=run_gui)
