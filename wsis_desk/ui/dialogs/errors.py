"""One error dialog for everything, and the excepthook that routes unexpected errors to it."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from wsis_desk.errors import WsisDeskError


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    """Tell the person what went wrong; the technical details sit behind "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox  # not needed until something goes wrong

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setAccessibleName("Error")
    if isinstance(error, WsisDeskError):
        box.setWindowTitle(QApplication.translate("errors", "Could not do that"))
        box.setText(str(error))
    else:
        box.setWindowTitle(QApplication.translate("errors", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "errors",
                "Something went wrong inside WSIS Desk. Your data is safe; the last action "
                "was not completed. Copy the details below when you report it.",
            )
        )
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions on the GUI thread to the error dialog instead of aborting."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_error(parent, value, details)

    sys.excepthook = hook
