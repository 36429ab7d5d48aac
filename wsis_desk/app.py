"""Composition root: data dir and database, then the QApplication and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

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
    search: str | None = None,
    lang: str | None = None,
) -> int:
    """Open the workspace, optionally load the demo, show the main window; returns exit code.

    With ``screenshot`` the window is rendered offscreen to that PNG and the app exits.
    ``files`` (a file manager's "Open with") are offered for import, one dialog each, once the
    window is up. ``search`` opens the search view on those words (a screenshot shows it).
    ``lang`` (``ar``, ``zh_CN``, ``fr``…) overrides the interface language for this run.
    """
    import gc
    import os

    from wsis_desk.runtime import quiet_start

    quiet_start()  # resumed by settle_heap() once the window is up
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Qt's raster engine hands every large fill and image conversion to a pool of threads and
    # waits for them: about 900 hand-offs for the first picture, each waking another core for
    # a few microseconds of work. On the GUI thread alone the pixels are the same and a whole
    # window repaints in about half the time. Qt reads this once, at the first such fill.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wsis_desk import APP_DISPLAY_NAME, __version__
    from wsis_desk.runtime import settle_heap
    from wsis_desk.services.workspace import open_workspace
    from wsis_desk.ui.dialogs.errors import install_excepthook
    from wsis_desk.ui.i18n import chosen_language, install_language
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
        # Before any widget: the window reads its words and its direction once.
        install_language(app, chosen_language(lang, workspace.root / "ui.ini"))
        if screenshot:
            from wsis_desk.formats.png import write_png
            from wsis_desk.ui.screenshot import window_png

            # A screenshot wants the finished picture: run jobs synchronously, then grab.
            window = MainWindow(workspace, SyncTaskRunner(), remember_layout=False, watch=False)
            window.resize(*size)
            window.show_view("document" if view == "library" else view)
            window.show()
            if search:
                window.search_for(search)
            for _ in range(3):  # layout settles over a few event-loop turns
                app.processEvents()
            if view == "library":
                window.splitter.setSizes([460, max(size[0] - 460, 200)])
                window.library.view.setFocus()
            elif view == "document":
                window.document_view.select_first_bracketed()
            app.processEvents()
            try:
                write_png(Path(screenshot), window_png(window))
            except OSError as exc:
                sys.stderr.write(f"wsis-desk: cannot write the screenshot {screenshot}: {exc}\n")
                return 1
            window.hide()  # not close(): a picture leaves the user's window layout as it was
            workspace.db.verified()  # a damaged database fails the run (exit 1, clear message)
            return 0
        install_excepthook()
        window = MainWindow(workspace, TaskRunner())
        window.show()
        QTimer.singleShot(0, lambda: _report_damage(window, workspace))
        if search:
            QTimer.singleShot(0, lambda: window.search_for(search))
        for name in files:
            QTimer.singleShot(0, lambda path=Path(name): window.import_draft(path))
        QTimer.singleShot(400, settle_heap)  # after the first picture, not before it
        QTimer.singleShot(2000, window.prepare_layouts)  # once the person is looking
        return int(app.exec())
    finally:
        workspace.close()
        if screenshot:
            gc.enable()  # quiet_start paused it; a caller in the same process goes on


def _report_damage(window: QWidget, workspace: Workspace) -> None:
    """Once the window is up: if the start-up check found damage, say what to restore."""
    from wsis_desk.errors import StoreError
    from wsis_desk.ui.dialogs.errors import show_error

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


def main(argv: Sequence[str] | None = None, *, gui: Callable[..., int] | None = None) -> int:
    """The ``wsis-desk`` command: the CLI, with the GUI as its default command; returns the
    exit code."""
    from wsis_desk.cli import main as cli_main
    from wsis_desk.ui.view_registry import VIEW_NAMES  # imports no Qt

    return cli_main(argv, gui=gui or run_gui, views=VIEW_NAMES)


def launch() -> NoReturn:
    """The process's entry (console script, ``python -m wsis_desk``, frozen executable): run
    ``main`` and end the process with its exit code.

    Once the desktop app has run, the process ends at once rather than tearing the interpreter
    down: by then the window is closed, the database is closed and every file is written, and
    unwinding PySide6 and the hundred thousand objects of a session only makes the user wait
    (about 60 ms, more than a bare Qt window's whole exit). Commands that never open the window
    exit normally, running every clean-up they registered.
    """
    ran_gui = False

    def gui(**options: Any) -> int:
        nonlocal ran_gui
        ran_gui = True
        return run_gui(**options)

    code = main(gui=gui)
    if ran_gui:
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
